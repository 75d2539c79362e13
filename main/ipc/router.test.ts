import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors';
import { createRouter, type Handlers } from './router';

const handlers = {
  'app.info': () => ({ mode: 'web', version: '1', platform: 'linux', systemTimeZone: 'UTC' }),
  'files.pick': () => ({ files: [] }),
  'files.registerDropped': () => ({ files: [] }),
  'import.start': () => { throw new AppError('no-data-channel', 'not connected'); },
  'import.cancel': () => { throw new Error('boom'); },
  'export.begin': () => ({ exportId: 'x', target: 'y' }),
  'export.result': () => ({ exportId: 'x', fileName: 'f', rows: 1, size: 1, sha256: 'h' }),
} as unknown as Handlers;

describe('router', () => {
  const dispatch = createRouter(handlers);
  it('answers a valid command', async () => {
    expect(await dispatch('app.info', {})).toEqual({ ok: true, value: { mode: 'web', version: '1', platform: 'linux', systemTimeZone: 'UTC' } });
  });
  it('refuses unknown names', async () => {
    const r = await dispatch('fs.readFile', {});
    expect(r).toMatchObject({ ok: false, error: { code: 'unknown-command' } });
  });
  it('refuses bad input before the handler runs, naming the field', async () => {
    const r = await dispatch('import.start', { refs: ['abcdefgh'], timeZone: 'Mars/Olympus' });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(!r.ok && r.error.message).toContain('timeZone');
    expect(await dispatch('app.info', { extra: 1 })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });
  it('passes AppErrors through and hides other errors behind a log id', async () => {
    expect(await dispatch('import.start', { refs: ['abcdefgh'], timeZone: 'Asia/Tokyo' })).toMatchObject({ ok: false, error: { code: 'no-data-channel', message: 'not connected' } });
    const r = await dispatch('import.cancel', { importId: 'x' });
    expect(r).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(!r.ok && r.error.message).not.toContain('boom');
  });
  it('validates what handlers return', async () => {
    expect(await dispatch('export.begin', { format: 'csv', suggestedName: 'a.csv' })).toMatchObject({ ok: false, error: { code: 'internal' } });
  });
});
