import { describe, expect, it } from 'vitest';
import { COMMAND_NAMES, EVENT_NAMES, isCommandName } from './channels';
import { commands, events } from './contract';
import { ResultSchema } from './result';

const samples: { [K in (typeof COMMAND_NAMES)[number]]: { input: unknown; output: unknown } } = {
  'app.info': { input: {}, output: { mode: 'web', version: '0.1.0', platform: 'linux', systemTimeZone: 'Asia/Tokyo' } },
  'files.pick': { input: {}, output: { files: [{ ref: '0123456789ab', name: 'a.csv', size: 10 }] } },
  'files.registerDropped': { input: { paths: ['/tmp/a.csv'] }, output: { files: [] } },
  'import.start': { input: { refs: ['0123456789ab'], timeZone: 'Asia/Tokyo' }, output: { imports: [{ importId: 'imp_1', fileName: 'a.csv', size: 10 }] } },
  'import.cancel': { input: { importId: 'imp_1' }, output: { cancelled: true } },
  'export.begin': { input: { format: 'csv', suggestedName: 'x.csv' }, output: { exportId: 'exp_1', target: 'x.csv', canceled: false } },
  'export.result': { input: { exportId: 'exp_1' }, output: { exportId: 'exp_1', fileName: 'x.csv', rows: 3, size: 100, sha256: 'ab', downloadUrl: '/download/exp_1' } },
};

describe('IPC contract', () => {
  it('has a schema for every command name and every event name', () => {
    expect(Object.keys(commands).sort()).toEqual([...COMMAND_NAMES].sort());
    expect(Object.keys(events).sort()).toEqual([...EVENT_NAMES].sort());
  });
  it.each(COMMAND_NAMES)('%s round-trips its sample input and output', (name) => {
    const s = samples[name];
    expect(commands[name].input.parse(s.input)).toEqual(s.input);
    expect(commands[name].output.parse(JSON.parse(JSON.stringify(s.output)))).toEqual(s.output);
  });
  it('refuses extra keys, wrong types and unknown time zones', () => {
    expect(commands['import.start'].input.safeParse({ refs: ['0123456789ab'], timeZone: 'Asia/Tokyo', path: '/etc/passwd' }).success).toBe(false);
    expect(commands['import.start'].input.safeParse({ refs: 'abc', timeZone: 'Asia/Tokyo' }).success).toBe(false);
    expect(commands['import.start'].input.safeParse({ refs: ['0123456789ab'], timeZone: 'Asia/Tokio' }).success).toBe(false);
    expect(commands['import.start'].input.safeParse({ refs: [], timeZone: 'UTC' }).success).toBe(false);
  });
  it('knows its own names only', () => {
    expect(isCommandName('import.start')).toBe(true);
    expect(isCommandName('__proto__')).toBe(false);
    expect(isCommandName(42)).toBe(false);
  });
  it('parses result envelopes', () => {
    expect(ResultSchema.parse({ ok: true, value: 1 })).toEqual({ ok: true, value: 1 });
    expect(ResultSchema.safeParse({ ok: false, error: { code: 'nope', message: 'x' } }).success).toBe(false);
  });
});
