import { describe, expect, it } from 'vitest';
import { CancelToken, NOT_CANCELLED, supersededError } from '../query/cancel';
import { matchTables, type RegexList } from './regex-runner';
import { runJob } from './regex-worker';
import { WorkerRegexRunner, type RegexJob, type RegexReply, type RegexWorkerLike } from './worker-runner';

/** A worker that answers through the real job code (`hang`: never answers). */
function fakeWorker(opts: { hang?: boolean } = {}) {
  const jobs: RegexJob[] = [];
  let terminated = false;
  const mirror = new Map<string, string[]>();
  let onMessage: (e: { data: RegexReply }) => void = () => undefined;
  const worker: RegexWorkerLike = {
    postMessage(job) {
      jobs.push(structuredClone(job));
      if (!opts.hang) setTimeout(() => onMessage({ data: runJob(job, mirror) }));
    },
    addEventListener(type: 'message' | 'error', cb: (e: never) => void) { if (type === 'message') onMessage = cb as typeof onMessage; },
    terminate() { terminated = true; },
  };
  return { worker, jobs, isTerminated: () => terminated };
}

const list = (key: string, texts: string[]): RegexList => ({ key, texts });

describe('regex runner in a worker of its own', () => {
  it('returns a match table per list and sends each text once', async () => {
    const fake = fakeWorker();
    const runner = new WorkerRegexRunner(() => fake.worker);
    const names = ['Yuki', 'Aiko', 'kenji'];
    expect(await runner.tables('^[yk]', false, [list('1:value', names), list('2:name', ['yak'])], 100, NOT_CANCELLED))
      .toEqual([Uint8Array.from([1, 0, 1]), Uint8Array.from([1])]);
    names.push('Kaito');
    expect(await runner.tables('^K', true, [list('1:value', names)], 100, NOT_CANCELLED)).toEqual([Uint8Array.from([0, 0, 0, 1])]);
    expect(fake.jobs.map((j) => j.lists.map((l) => [l.key, l.from, l.append.length, l.length]))).toEqual([
      [['1:value', 0, 3, 3], ['2:name', 0, 1, 1]],
      [['1:value', 3, 1, 4]],
    ]);
  });

  it('terminates a worker stuck past the budget with a clear error, and starts clean next time', async () => {
    const stuck = fakeWorker({ hang: true });
    const fresh = fakeWorker();
    const workers = [stuck, fresh];
    const runner = new WorkerRegexRunner(() => workers.shift()!.worker, 10);
    await expect(runner.tables('(x+x+)+y', false, [list('1:value', ['x'.repeat(40)])], 30, NOT_CANCELLED))
      .rejects.toMatchObject({ code: 'invalid-input', message: 'the regular expression took longer than 30 ms; make it more specific' });
    expect(stuck.isTerminated()).toBe(true);
    expect(await runner.tables('x', false, [list('1:value', ['x', 'y'])], 100, NOT_CANCELLED)).toEqual([Uint8Array.from([1, 0])]);
    expect(fresh.jobs[0].lists[0]).toMatchObject({ from: 0, length: 2 });
  });

  it('stops and terminates when the call is superseded', async () => {
    const stuck = fakeWorker({ hang: true });
    const runner = new WorkerRegexRunner(() => stuck.worker, 10);
    const token = new CancelToken();
    const run = runner.tables('a', false, [list('1:value', ['a'])], 5000, token);
    setTimeout(() => token.cancel(supersededError('grid')));
    await expect(run).rejects.toMatchObject({ code: 'superseded' });
    expect(stuck.isTerminated()).toBe(true);
  });

  it('runs in this thread when no worker can be started', async () => {
    const runner = new WorkerRegexRunner(() => { throw new Error('no nested workers'); });
    expect(await runner.tables('b$', false, [list('1:value', ['ab', 'ba'])], 100, NOT_CANCELLED)).toEqual([Uint8Array.from([1, 0])]);
  });

  it('falls back to this thread when the worker fails to load, and stops trying it', async () => {
    let spawned = 0;
    const broken = (): RegexWorkerLike => {
      spawned++;
      let onError: (e: { message?: string }) => void = () => undefined;
      return {
        postMessage: () => { setTimeout(() => onError({ message: 'blocked by the content security policy' })); },
        addEventListener: (type: 'message' | 'error', cb: (e: never) => void) => { if (type === 'error') onError = cb as typeof onError; },
        terminate: () => undefined,
      };
    };
    const runner = new WorkerRegexRunner(broken, 10);
    expect(await runner.tables('^a', false, [list('1:value', ['ab', 'ba'])], 100, NOT_CANCELLED)).toEqual([Uint8Array.from([1, 0])]);
    expect(await runner.tables('a$', false, [list('1:value', ['ab', 'ba'])], 100, NOT_CANCELLED)).toEqual([Uint8Array.from([0, 1])]);
    expect(spawned).toBe(1);
  });

  it('reports a worker that is out of step as a failure and resends everything next time', async () => {
    const mirror = new Map<string, string[]>([['1:value', ['stale']]]);
    const reply = runJob({ id: 1, pattern: 'a', caseSensitive: false, budgetMs: 100, lists: [{ key: '1:value', from: 0, append: ['a'], length: 1 }] }, mirror);
    expect(reply).toMatchObject({ ok: false, budget: false, message: expect.stringMatching(/out of step/) });
  });
});

describe('in-thread match tables', () => {
  it('test each text on its first 4096 characters and stop past the budget', () => {
    expect(matchTables('z$', false, [{ texts: [`${'a'.repeat(5000)}z`, 'az'] }], 100)).toEqual([Uint8Array.from([0, 1])]);
    // (A catastrophic pattern would hang this thread on one text: that is why the app uses the worker.)
    const many = Array.from({ length: 2000 }, (_, i) => `${'a'.repeat(40)}${i}`);
    expect(() => matchTables('a.*a.*9$', false, [{ texts: many }], 0)).toThrow(/took longer than 0 ms/);
  });
});
