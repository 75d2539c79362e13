import { afterAll, describe, expect, it } from 'vitest';
import { collect, scratch, withBom } from './test-helpers';

const LOGIN_HEADER = 'Description,User,Date,IP Address,Login method,Service Type\n';
const tmp = scratch();
afterAll(() => tmp.remove());

describe('bad input fails with the file named, never throws', () => {
  it('an empty file', async () => {
    const { result } = await collect(tmp.write('empty.csv', ''));
    expect(result).toMatchObject({ status: 'failed', message: 'empty.csv: the file is empty', read: 0 });
  });

  it('a file holding only a BOM and blank lines', async () => {
    const { result } = await collect(tmp.write('bom-only.csv', withBom('\n\r\n  \n')));
    expect(result).toMatchObject({ status: 'failed', message: 'bom-only.csv: the file is empty' });
  });

  it('binary content (a NUL byte in the first 8 KB), with its offset', async () => {
    const bytes = Buffer.from('\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR', 'latin1');
    const { result } = await collect(tmp.write('image.png', bytes));
    expect(result).toMatchObject({ status: 'failed', message: 'image.png: binary content, not a text audit log (byte 8)' });
  });

  it('a ZIP given as one file says that its entries are imported one by one', async () => {
    const bytes = Buffer.from('PK\u0003\u0004\u0014\u0000\u0000\u0000\u0008', 'latin1');
    const { result } = await collect(tmp.write('archive.zip', bytes));
    expect(result.status).toBe('failed');
    expect(result.message).toMatch(/^archive\.zip: a ZIP archive; its entries are imported one by one/);
  });

  it('a CSV that is not an audit log we know, quoting its header', async () => {
    const { result } = await collect(tmp.write('sales.csv', 'Region,Revenue\nEMEA,12\n'));
    expect(result).toMatchObject({ status: 'failed', message: 'sales.csv: not a recognised audit log; header line 1 was: Region,Revenue', sourceId: '' });
  });

  it('bytes that no candidate encoding decodes', async () => {
    const bytes = Buffer.concat([Buffer.from(LOGIN_HEADER), Buffer.from([0xff, 0xfe, 0xff, 0x80, 0xff])]);
    const { result } = await collect(tmp.write('garbled.csv', bytes));
    expect(result.status).toBe('failed');
    expect(result.message).toBe(`garbled.csv: bytes that are not valid UTF-8, CP932 or EUC-KR near byte ${LOGIN_HEADER.length} (line 2); choose the file's encoding by hand`);
  });

  it('a UTF-8 file (BOM) with invalid bytes further in, naming the line', async () => {
    const good = 'Login successful,A (a@example.com),2024-05-14 10:00:00,192.0.2.1,Password,PC Web\n';
    const bytes = Buffer.concat([withBom(LOGIN_HEADER + good), Buffer.from([0xc3, 0x28]), Buffer.from(',x\n')]);
    const { result } = await collect(tmp.write('broken-utf8.csv', bytes));
    expect(result).toMatchObject({ status: 'failed', encoding: 'utf-8-bom' });
    expect(result.message).toMatch(/^broken-utf8\.csv: bytes that are not valid utf-8 near byte \d+ \(line 3\)/);
  });

  it('a file that does not exist', async () => {
    const { result } = await collect(`${tmp.dir}/missing.csv`);
    expect(result).toMatchObject({ status: 'failed', message: 'missing.csv: cannot read the file (ENOENT)' });
  });

  it('an unknown time zone or encoding', async () => {
    const file = tmp.write('ok.csv', withBom(LOGIN_HEADER));
    expect((await collect(file, { timeZone: 'Mars/Olympus' })).result.message).toBe('ok.csv: unknown time zone "Mars/Olympus"');
    expect((await collect(file, { encoding: 'ebcdic' })).result.message).toMatch(/^ok\.csv: cannot decode "ebcdic"/);
  });

  it('a line over 16 MB (an opening quote that never closes) fails without holding the file', async () => {
    const huge = `Login successful,"A (a@example.com),2024-05-14 10:00:00,${'x'.repeat(17 * 1024 * 1024)}\n`;
    const { result } = await collect(tmp.write('huge.csv', LOGIN_HEADER + huge));
    expect(result.status).toBe('failed');
    expect(result.message).toMatch(/^huge\.csv: line 2 is longer than 16 MB/);
  });

  it('a header-only file is finished with no events and one empty final batch', async () => {
    const { result, batches } = await collect(tmp.write('header-only.csv', withBom(LOGIN_HEADER)));
    expect(result).toMatchObject({ status: 'finished', read: 0, rejected: 0, sourceId: 'naverworks.login', message: 'header-only.csv: 0 events' });
    expect(batches).toHaveLength(1);
    expect(batches[0]).toMatchObject({ seq: 0, rejects: [], progress: { read: 0, rejected: 0 } });
    expect(batches[0].chunks).toEqual([]);
  });
});
