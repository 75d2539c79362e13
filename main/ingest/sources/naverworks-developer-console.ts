/**
 * NAVER WORKS Audit › Developers › Developer Console: app, bot, SSO and key management and who
 * did it (an administrator). Event target is the app; Console menu the console page (→ module).
 * The log has no status column.
 */
import { NW_DEVELOPER_CONSOLE_TASKS } from '../../../shared/sources/naverworks-tasks';
import { stripPort } from './field-values';
import { defineNwSource } from './naverworks-common';

/** The 16 Task values of the help page [C]. */
export const DEVELOPER_CONSOLE_TASKS: readonly string[] = NW_DEVELOPER_CONSOLE_TASKS.map((task) => task.en);

export const naverworksDeveloperConsole = defineNwSource({
  id: 'naverworks.developer_console',
  category: 'Developer Console',
  keys: ['eventTarget', 'task', 'user', 'date', 'ip', 'consoleMenu'],
  required: ['eventTarget', 'task', 'user', 'date'],
  actorKey: 'user',
  actorKind: 'admin',
  keyColumns: ['eventTarget'],
  fill(ev, get) {
    ev.target = get('eventTarget');
    ev.action = get('task');
    ev.ip = stripPort(get('ip'));
    ev.module = get('consoleMenu');
  },
});
