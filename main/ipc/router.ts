/**
 * The one entry for every command, from ipcMain and from the web host alike: validate the input
 * against the contract, dispatch to the handler, wrap the outcome in a Result. Nothing is thrown
 * across the boundary, because Electron keeps only an error's message.
 */
import { randomBytes } from 'node:crypto';
import type { z } from 'zod';
import { AppError } from '../../shared/errors';
import { isCommandName, type CommandName } from '../../shared/ipc/channels';
import { commands, type Input, type Output } from '../../shared/ipc/contract';
import { fail, ok, type Result } from '../../shared/ipc/result';
import { createLogger } from '../log/logger';

export type Handlers = { [K in CommandName]: (input: Input<K>) => Promise<Output<K>> | Output<K> };

const log = createLogger('ipc');

function summarize(error: z.ZodError): string {
  return error.issues.slice(0, 5).map((i) => `${i.path.join('.') || '(input)'}: ${i.message}`).join('; ');
}

export function createRouter(handlers: Handlers) {
  return async function dispatch(name: unknown, raw: unknown): Promise<Result> {
    if (!isCommandName(name)) return fail({ code: 'unknown-command', message: `unknown command ${String(name).slice(0, 80)}` });
    const parsed = commands[name].input.safeParse(raw ?? {});
    if (!parsed.success) return fail({ code: 'invalid-input', message: `${name}: ${summarize(parsed.error)}`, details: { name } });
    try {
      const handler = handlers[name] as (input: unknown) => Promise<unknown>;
      const value = await handler(parsed.data);
      return ok(commands[name].output.parse(value));
    } catch (e) {
      if (e instanceof AppError) return fail(e.toTransferable());
      const logId = randomBytes(4).toString('hex');
      log.error(`${name} failed`, { logId, reason: (e as Error).stack ?? String(e) });
      return fail({ code: 'internal', message: `${name} failed unexpectedly (log id ${logId})`, details: { logId } });
    }
  };
}
export type Dispatch = ReturnType<typeof createRouter>;
