/** The reply envelope of every command: nothing is thrown across a process boundary. */
import { z } from 'zod';
import { TransferableErrorSchema, type TransferableError } from '../errors';

export const ResultSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: TransferableErrorSchema }),
]);
export type Result<T = unknown> = { ok: true; value: T } | { ok: false; error: TransferableError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (error: TransferableError): Result<never> => ({ ok: false, error });
