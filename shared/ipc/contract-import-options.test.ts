import { describe, expect, it } from 'vitest';
import { commands } from './contract';
import { ImportRecordSchema } from '../model/import';
import { ToWorkerSchema } from '../data-channel';

const mapping = {
  name: 'SIEM export', kind: 'table', signature: ['timestamp', 'user'], time: { column: 'timestamp', format: 'iso' }, columns: { actorEmail: 'user' },
};
const start = commands['import.start'].input;

describe('import.start options (additive)', () => {
  it('takes saved mappings, one archive entry and the import it replaces; the old form still parses', () => {
    expect(start.safeParse({ refs: ['0123456789ab'], timeZone: 'UTC' }).success).toBe(true);
    const r = start.parse({ refs: ['0123456789ab'], timeZone: 'UTC', encoding: 'cp932', mappings: [mapping], entry: 'logs/a.csv', replaces: 'imp_1' });
    expect(r.mappings?.[0]).toMatchObject({ version: 1, signature: ['timestamp', 'user'] });
  });

  it('validates every mapping at the boundary and names the field', () => {
    const bad = start.safeParse({ refs: ['0123456789ab'], timeZone: 'UTC', mappings: [{ ...mapping, time: { column: 'when' } }] });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues[0].path).toEqual(['mappings', 0, 'time', 'column']);
    expect(start.safeParse({ refs: ['0123456789ab'], timeZone: 'UTC', entry: '' }).success).toBe(false);
  });

  it('import records and the abort message carry the new statuses and fields', () => {
    const base = {
      id: 'imp_1', fileName: 'a.csv', entryPath: '', size: 1, sha256: '', sourceId: '', encoding: '', timeZone: 'UTC', read: 0, added: 0,
      duplicates: 0, rejected: 0, message: '', startedAt: 1, finishedAt: 2,
    };
    const request = { kind: 'table', columns: ['timestamp', 'user'], samples: [['2024-05-14T02:31:18Z', 'a@example.com']], line: 1 };
    const rec = ImportRecordSchema.parse({ ...base, status: 'needs-mapping', encodingBy: 'user', fileRef: 'abc', replaces: 'imp_0', mappingRequest: request });
    expect(rec).toMatchObject({ status: 'needs-mapping', encodingBy: 'user', fileRef: 'abc', replaces: 'imp_0', mappingRequest: request });
    expect(ImportRecordSchema.safeParse({ ...base, status: 'replaced' }).success).toBe(true);
    expect(ToWorkerSchema.parse({ t: 'import-abort', importId: 'imp_1', status: 'needs-mapping', message: 'm', mappingRequest: request })).toMatchObject({ mappingRequest: request });
    expect(ToWorkerSchema.safeParse({ t: 'import-abort', importId: 'imp_1', status: 'finished', message: 'm' }).success).toBe(false);
  });
});
