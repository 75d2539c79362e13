import { describe, expect, it } from 'vitest';
import { english, fileMessage, formatText, IngestTextSchema, INGEST_EN, listOf, say, verbatim, type IngestText } from './ingest-text';

describe('ingest texts', () => {
  it('write the English the ingest stored before they had keys, nested texts included', () => {
    const reason = say('reject.fieldCount', { expected: 6, found: 5 });
    expect(english(reason)).toBe('expected 6 fields, found 5');
    expect(english(say('reject.inSheet', { where: say('reject.sheet', { sheet: 'Login' }), line: 7, reason }))).toBe('sheet "Login" row 7: expected 6 fields, found 5');
    const done = listOf([say('done.events', { n: 2 }), say('done.linesRejected', { n: 3 }), say('done.headersSkipped', { n: 1, lines: '40' })]);
    expect(fileMessage('a.csv', done)).toBe('a.csv: 2 events, 3 lines rejected, 1 repeated header line(s) skipped (line 40)');
    expect(english(verbatim('downloadLogs error : code 500'))).toBe('downloadLogs error : code 500');
  });

  it('take their template from the language given, English for a key it lacks, numbers as it writes them', () => {
    const catalog: Partial<Record<keyof typeof INGEST_EN, string>> = { 'reject.inSheet': '{where} の {line} 行目: {reason}', 'reject.sheet': 'シート「{sheet}」' };
    const t = say('reject.inSheet', { where: say('reject.sheet', { sheet: 'S' }), line: 1234, reason: say('file.empty') });
    expect(formatText(t, (k) => catalog[k], (n) => n.toLocaleString('en-US'))).toBe('シート「S」 の 1,234 行目: the file is empty');
  });

  it('leave a placeholder with no value as written, and never read a value from the prototype', () => {
    expect(english({ key: 'reject.noDate' })).toBe('no date in "{column}"');
    expect(english({ key: 'reject.noDate', args: Object.create({ column: 'inherited' }) as Record<string, string> })).toBe('no date in "{column}"');
  });

  it('are checked at the boundary: known keys, strings, numbers or texts as values, nesting bounded', () => {
    expect(IngestTextSchema.safeParse(say('reject.fieldCount', { expected: 6, found: 5 })).success).toBe(true);
    expect(IngestTextSchema.safeParse({ key: 'no.such.key' }).success).toBe(false);
    expect(IngestTextSchema.safeParse({ key: 'toString' }).success).toBe(false);
    expect(IngestTextSchema.safeParse({ key: 'verbatim', args: { text: true } }).success).toBe(false);
    expect(IngestTextSchema.safeParse({ key: 'verbatim', args: { text: 'x'.repeat(9000) } }).success).toBe(false);
    let deep: IngestText = say('file.empty');
    for (let i = 0; i < 3; i++) deep = say('file.skipped', { why: deep });
    expect(IngestTextSchema.safeParse(deep).success).toBe(true);
    expect(IngestTextSchema.safeParse(say('file.skipped', { why: deep })).success).toBe(false);
  });
});
