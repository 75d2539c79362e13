import { describe, expect, it } from 'vitest';
import { DataHub } from './data-hub';

function hubWithLink() {
  const sent: string[] = [];
  const hub = new DataHub();
  hub.attach({ send: (t) => { sent.push(String(t)); }, close: () => {} });
  return { hub, sent };
}

describe('DataHub', () => {
  it('matches acks to batches by sequence number, whatever their order', async () => {
    const { hub, sent } = hubWithLink();
    const a = hub.request('imp', 'batch0', 0);
    const b = hub.request('imp', 'batch1', 1);
    expect(sent).toEqual(['batch0', 'batch1']);
    await hub.receive(JSON.stringify({ t: 'ack', importId: 'imp', seq: 1, added: 5, duplicates: 0 }));
    await hub.receive(JSON.stringify({ t: 'ack', importId: 'imp', seq: 0, added: 7, duplicates: 1 }));
    expect(await a).toMatchObject({ seq: 0, added: 7 });
    expect(await b).toMatchObject({ seq: 1, added: 5 });
  });

  it('answers every batch in flight with an error about the import', async () => {
    const { hub } = hubWithLink();
    const a = hub.request('imp', 'batch0', 0);
    const b = hub.request('imp', 'batch1', 1);
    const other = hub.request('imp2', 'batch0', 0);
    await hub.receive(JSON.stringify({ t: 'error', importId: 'imp', message: 'quota exceeded' }));
    expect(await a).toMatchObject({ t: 'error', message: 'quota exceeded' });
    expect(await b).toMatchObject({ t: 'error' });
    await hub.receive(JSON.stringify({ t: 'ack', importId: 'imp2', seq: 0, added: 1, duplicates: 0 }));
    expect(await other).toMatchObject({ t: 'ack' });
  });

  it('refuses the same batch twice in flight and fails everything when the window closes', async () => {
    const link = { send: () => {}, close: () => {} };
    const hub = new DataHub();
    hub.attach(link);
    const a = hub.request('imp', 'x', 0);
    await expect(hub.request('imp', 'x', 0)).rejects.toThrow(/two requests in flight/);
    hub.detach(link);
    await expect(a).rejects.toThrow(/closed/);
  });
});
