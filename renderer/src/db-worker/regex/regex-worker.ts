/**
 * The regex worker's entry (a module Web Worker started by the DB worker): keeps a mirror of the
 * dictionary texts it was sent, runs one `matches` condition at a time over them and answers with
 * match tables. The DB worker terminates it when a pattern runs past its budget.
 */
import type { RegexJob, RegexReply } from './worker-runner';
import { matchTables } from './regex-runner';

const mirror = new Map<string, string[]>();

/** Answers one job; exported for tests. */
export function runJob(job: RegexJob, lists: Map<string, string[]> = mirror): RegexReply {
  try {
    const texts = job.lists.map((l) => {
      const stored = lists.get(l.key) ?? [];
      if (stored.length !== l.from) throw new Error(`the list ${l.key} is out of step (${stored.length} held, ${l.from} expected)`);
      for (const t of l.append) stored.push(t);
      lists.set(l.key, stored);
      return { texts: stored.length === l.length ? stored : stored.slice(0, l.length) };
    });
    return { id: job.id, ok: true, tables: matchTables(job.pattern, job.caseSensitive, texts, job.budgetMs) };
  } catch (e) {
    const budget = typeof e === 'object' && e !== null && (e as { details?: { reason?: unknown } }).details?.reason === 'regex-budget';
    return { id: job.id, ok: false, budget, message: e instanceof Error ? e.message : String(e) };
  }
}

interface RegexScope {
  postMessage(m: RegexReply, transfer: Transferable[]): void;
  addEventListener(type: 'message', cb: (e: { data: RegexJob }) => void): void;
}

if (typeof WorkerGlobalScope !== 'undefined' && globalThis instanceof WorkerGlobalScope) {
  const scope = globalThis as unknown as RegexScope;
  scope.addEventListener('message', (e) => {
    const reply = runJob(e.data);
    scope.postMessage(reply, reply.ok ? reply.tables.map((t) => t.buffer) : []);
  });
}
