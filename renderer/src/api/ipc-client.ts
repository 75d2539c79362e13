/** Typed calls to main through window.auditlens; replies are validated before use. */
import { AppError } from '../../../shared/errors';
import type { CommandName } from '../../../shared/ipc/channels';
import { commands, type AuditlensApi, type Input, type Output } from '../../../shared/ipc/contract';
import { ResultSchema } from '../../../shared/ipc/result';

declare global {
  interface Window { auditlens: AuditlensApi }
}

export function api(): AuditlensApi {
  return window.auditlens;
}

export async function call<K extends CommandName>(name: K, input: Input<K>): Promise<Output<K>> {
  const reply = ResultSchema.parse(await window.auditlens.invoke(name, input));
  if (!reply.ok) throw AppError.fromTransferable(reply.error);
  return commands[name].output.parse(reply.value) as Output<K>;
}
