import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { restoreColumns, restoreUi } from '../state/settings-schema';
import { handleRpc } from './rpc';
import { openHarness } from './test-support/harness';

describe('settings RPC', () => {
  it('stores preferences in the settings table and reads them back', async () => {
    const h = await openHarness();
    expect(await handleRpc(h.ctx, { id: 1, method: 'getSetting', params: { key: 'ui' } })).toEqual({ id: 1, ok: true, value: { value: undefined } });
    const ui = { lang: 'ja', theme: 'dark', zone: 'Asia/Seoul', density: 'comfortable', layout: 'mobile' };
    const columns = { 'naverworks.login': { visible: ['time', 'actor'], widths: { time: 210 }, pinned: { time: 'left' } } };
    expect(await handleRpc(h.ctx, { id: 2, method: 'putSetting', params: { key: 'ui', value: ui } })).toMatchObject({ ok: true });
    await handleRpc(h.ctx, { id: 3, method: 'putSetting', params: { key: 'columns', value: columns } });
    const back = await handleRpc(h.ctx, { id: 4, method: 'getSetting', params: { key: 'ui' } });
    expect(back.ok && restoreUi((back.value as { value: unknown }).value)).toEqual(ui);
    const cols = await handleRpc(h.ctx, { id: 5, method: 'getSetting', params: { key: 'columns' } });
    expect(cols.ok && restoreColumns((cols.value as { value: unknown }).value)).toEqual(columns);
    expect(await h.ctx.db.settings.count()).toBe(2);
  });

  it('refuses values that are not plain JSON data', async () => {
    const h = await openHarness();
    const r = await handleRpc(h.ctx, { id: 1, method: 'putSetting', params: { key: 'ui', value: { f: () => 1 } } });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });
});
