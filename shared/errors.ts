/** Error codes that cross process boundaries, and the one error type that carries them. */
import { z } from 'zod';

export const ERROR_CODES = [
  'unknown-command', 'invalid-input', 'invalid-reply', 'forbidden', 'not-found', 'not-supported',
  'no-data-channel', 'decode-failed', 'import-failed', 'export-failed', 'cancelled', 'internal',
  // a DB-worker call replaced by a newer one on the same lane; callers ignore it
  'superseded',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export const TransferableErrorSchema = z.object({
  code: z.enum(ERROR_CODES),
  message: z.string(),
  details: z.record(z.string(), z.unknown()).optional(),
});
export type TransferableError = z.infer<typeof TransferableErrorSchema>;

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'AppError';
  }
  toTransferable(): TransferableError {
    return { code: this.code, message: this.message, details: this.details };
  }
  static fromTransferable(e: TransferableError): AppError {
    return new AppError(e.code, e.message, e.details ?? {});
  }
}
