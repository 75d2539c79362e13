/**
 * Lanes: a call may name what it is for (`count`, `summary`, `grid`…); a newer call on the same
 * lane supersedes the older one. A call with a lane starts on a later task, so that calls already
 * queued behind it are seen first: one that was superseded before it started is answered
 * `superseded` without running; one that is running stops at its next check (see cancel.ts).
 */
import type { WorkerContext } from './context';
import type { RpcReply } from './protocol';
import { CancelToken, supersededError } from './query/cancel';
import { handleRpc } from './rpc';

export interface Dispatcher {
  /** Takes one request as the UI thread posted it; the reply goes to `post`. */
  receive(raw: unknown): void;
}

function field(raw: unknown, name: 'id' | 'lane'): unknown {
  return typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>)[name] : undefined;
}

export function createDispatcher(
  ctx: WorkerContext, post: (reply: RpcReply) => void,
  later: (run: () => void) => void = (run) => { setTimeout(run, 0); },
): Dispatcher {
  const lanes = new Map<string, CancelToken>();
  return {
    receive(raw) {
      const lane = field(raw, 'lane');
      if (typeof lane !== 'string' || lane === '') {
        void handleRpc(ctx, raw).then(post);
        return;
      }
      lanes.get(lane)?.cancel(supersededError(lane));
      const token = new CancelToken();
      lanes.set(lane, token);
      later(() => {
        const done = (reply: RpcReply) => {
          if (lanes.get(lane) === token) lanes.delete(lane);
          post(reply);
        };
        if (token.cancelled) {
          const id = field(raw, 'id');
          const e = supersededError(lane);
          done({ id: typeof id === 'number' ? id : -1, ok: false, error: { code: e.code, message: e.message } });
          return;
        }
        void handleRpc(ctx, raw, token).then(done);
      });
    },
  };
}
