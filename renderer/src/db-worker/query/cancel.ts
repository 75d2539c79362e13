/**
 * Cancellation of one RPC call: a newer call on the same lane cancels it with `superseded`. Work
 * checks the token where it can stop cleanly (before it starts, between stages, while a regex runs
 * in its own worker); synchronous scans cannot be interrupted and do not need to be (tens of ms).
 */
import { AppError } from '../../../../shared/errors';

export class CancelToken {
  private reason: AppError | null = null;
  private readonly listeners = new Set<(reason: AppError) => void>();

  get cancelled(): boolean {
    return this.reason !== null;
  }

  cancel(reason: AppError): void {
    if (this.reason) return;
    this.reason = reason;
    for (const cb of this.listeners) cb(reason);
    this.listeners.clear();
  }

  /** Calls `cb` once when cancelled (at once if already); returns the unsubscribe. */
  onCancel(cb: (reason: AppError) => void): () => void {
    if (this.reason) {
      cb(this.reason);
      return () => undefined;
    }
    this.listeners.add(cb);
    return () => { this.listeners.delete(cb); };
  }

  /** Throws the reason when cancelled. */
  check(): void {
    if (this.reason) throw this.reason;
  }
}

/** A token nobody cancels, for calls without a lane. */
export const NOT_CANCELLED = new CancelToken();

export function supersededError(lane: string): AppError {
  return new AppError('superseded', `a newer request on the lane "${lane}" replaced this one`, { lane });
}
