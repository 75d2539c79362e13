/**
 * Runs `matches` conditions in a worker of their own (regex-worker.ts), so that a pattern that
 * backtracks for minutes costs a terminated worker instead of a frozen database. The worker keeps
 * a mirror of the dictionary texts; each job sends only the texts added since the last one. On
 * timeout or cancellation the worker is terminated and the next job starts a fresh one.
 */
import { AppError } from '../../../../shared/errors';
import type { CancelToken } from '../query/cancel';
import { matchTables, regexTimeout, type RegexList, type RegexRunner } from './regex-runner';

export interface RegexJob {
  id: number;
  pattern: string;
  caseSensitive: boolean;
  budgetMs: number;
  /** per list: texts `from..` appended to the worker's mirror, then `length` of them tested */
  lists: { key: string; from: number; append: string[]; length: number }[];
}
export type RegexReply =
  | { id: number; ok: true; tables: Uint8Array[] }
  /** `notStarted`: the worker failed before answering anything (it could not load) */
  | { id: number; ok: false; budget: boolean; message: string; notStarted?: boolean };

/** What the runner needs of a Worker (a fake in tests). */
export interface RegexWorkerLike {
  postMessage(job: RegexJob): void;
  addEventListener(type: 'message', cb: (e: { data: RegexReply }) => void): void;
  addEventListener(type: 'error', cb: (e: { message?: string }) => void): void;
  terminate(): void;
}

/**
 * Time allowed on top of the budget for messaging, plus per text copied in the job: copying the
 * first mirror of a large dictionary is not the pattern's time (~0.5 µs a text measured).
 */
const SLACK_MS = 250;
const SLACK_MS_PER_TEXT = 0.001;

export class WorkerRegexRunner implements RegexRunner {
  private worker: RegexWorkerLike | null = null;
  private listeners = new Map<number, (r: RegexReply) => void>();
  private readonly sent = new Map<string, number>();
  private queue: Promise<unknown> = Promise.resolve();
  private nextId = 1;
  private unavailable = false;
  /** whether the current worker has answered a job: one that fails before that cannot run here */
  private answered = false;

  /** `slackMs`: time allowed on top of the budget for messaging (tests shorten it) */
  constructor(private readonly spawn: () => RegexWorkerLike, private readonly slackMs = SLACK_MS) {}

  tables(pattern: string, caseSensitive: boolean, lists: RegexList[], budgetMs: number, token: CancelToken): Promise<Uint8Array[]> {
    // One job at a time: the worker is one thread, and a queued job must not time out waiting.
    const run = this.queue.then(() => this.runOne(pattern, caseSensitive, lists, budgetMs, token));
    this.queue = run.catch(() => undefined);
    return run;
  }

  dispose(): void {
    this.kill();
  }

  private runOne(pattern: string, caseSensitive: boolean, lists: RegexList[], budgetMs: number, token: CancelToken): Promise<Uint8Array[]> {
    token.check();
    const worker = this.ensureWorker();
    if (!worker) return Promise.resolve(matchTables(pattern, caseSensitive, lists, budgetMs));
    const job: RegexJob = {
      id: this.nextId++, pattern, caseSensitive, budgetMs,
      lists: lists.map(({ key, texts }) => {
        const from = this.sent.get(key) ?? 0;
        this.sent.set(key, texts.length);
        return { key, from, append: texts.slice(from), length: texts.length };
      }),
    };
    return new Promise<Uint8Array[]>((resolve, reject) => {
      const finish = (err: AppError | null, tables?: Uint8Array[]) => {
        clearTimeout(timer);
        offCancel();
        this.listeners.delete(job.id);
        if (err) reject(err); else resolve(tables as Uint8Array[]);
      };
      const copied = job.lists.reduce((n, l) => n + l.append.length, 0);
      const timer = setTimeout(() => { this.kill(); finish(regexTimeout(budgetMs)); }, budgetMs + this.slackMs + copied * SLACK_MS_PER_TEXT);
      const offCancel = token.onCancel((reason) => { this.kill(); finish(reason); });
      this.listeners.set(job.id, (reply) => {
        const o = this.outcome(reply, () => matchTables(pattern, caseSensitive, lists, budgetMs), budgetMs);
        if ('tables' in o) finish(null, o.tables); else finish(o.error);
      });
      worker.postMessage(job);
    });
  }

  /** What a reply means: the tables, or the error to fail with. */
  private outcome(reply: RegexReply, inThread: () => Uint8Array[], budgetMs: number): { tables: Uint8Array[] } | { error: AppError } {
    if (reply.ok) return { tables: reply.tables };
    if (reply.notStarted) {
      try {
        return { tables: inThread() };
      } catch (e) {
        return { error: e instanceof AppError ? e : new AppError('internal', String(e)) };
      }
    }
    if (!reply.budget) this.kill(); // out of step or broken: start clean next time
    return { error: reply.budget ? regexTimeout(budgetMs) : new AppError('internal', `the regex worker failed: ${reply.message}`) };
  }

  private ensureWorker(): RegexWorkerLike | null {
    if (this.worker || this.unavailable) return this.worker;
    try {
      const w = this.spawn();
      w.addEventListener('message', (e) => { this.answered = true; this.listeners.get(e.data.id)?.(e.data); });
      w.addEventListener('error', (e) => {
        if (this.worker !== w) return;
        const pending = [...this.listeners.values()];
        // A worker that never answered could not load here (a shell without nested workers): stop trying.
        const notStarted = !this.answered;
        if (notStarted) this.unavailable = true;
        this.kill();
        for (const cb of pending) cb({ id: -1, ok: false, budget: false, message: e.message ?? 'it stopped', notStarted });
      });
      this.worker = w;
      this.answered = false;
    } catch {
      // No nested workers here: run in this thread, with the budget checked between values.
      this.unavailable = true;
    }
    return this.worker;
  }

  private kill(): void {
    this.worker?.terminate();
    this.worker = null;
    this.sent.clear();
  }
}
