import { describe, expect, it } from 'vitest';
import { ColumnMappingSchema } from './column-mapping';
import { mappedPage } from './mapped-page';

const siem = ColumnMappingSchema.parse({
  name: 'SIEM export', kind: 'table', signature: ['timestamp', 'user', 'src_ip', 'event', 'result', 'session_id'],
  headers: ['timestamp', 'user', 'src_ip', 'event', 'result', 'session_id'],
  time: { column: 'timestamp' }, columns: { actorEmail: 'user', ip: 'src_ip', action: 'event', status: 'result' },
});

describe('page of a mapped source', () => {
  it('lists the time, the mapped columns under the file’s names, then the other columns as details', () => {
    const page = mappedPage([siem], 'custom.siem-export')!;
    expect(page).toMatchObject({ sourceId: 'custom.siem-export', vendor: '', labels: { en: 'SIEM export' } });
    expect(page.columns.map((c) => [c.value, c.labels.en, c.mobile])).toEqual([
      ['time', 'timestamp', true], ['actorEmail', 'user', true], ['action', 'event', true], ['statusText', 'result', true],
      ['ip', 'src_ip', false], ['details.session_id', 'session_id', false],
    ]);
    expect(mappedPage([siem], 'custom.other')).toBeUndefined();
  });

  it('merges the columns of two layouts saved under one name', () => {
    const v2 = ColumnMappingSchema.parse({ ...siem, signature: [...siem.signature, 'severity'], headers: [...siem.headers!, 'severity'], columns: { ...siem.columns, level: 'severity' } });
    expect(mappedPage([siem, v2], 'custom.siem-export')!.columns.map((c) => c.value)).toEqual(['time', 'actorEmail', 'action', 'statusText', 'ip', 'details.session_id', 'level']);
  });
});
