/**
 * NAVER WORKS Audit › Developers › Developer Console: app, bot, SSO and key management and who
 * did it (an administrator). Event target is the app; Console menu the console page (→ module).
 * The log has no status column.
 */
import { stripPort } from './field-values';
import { defineNwSource } from './naverworks-common';

/** The 16 Task values of the help page [C]. */
export const DEVELOPER_CONSOLE_TASKS = [
  'Register', 'Modify', 'Delete', 'Upload', 'Issue Service Account', 'Delete Service Account', 'Issue Private Key',
  'Add WOFF App', 'Modify WOFF App', 'Delete WOFF App', 'Add a delegated app', 'Update a delegated app',
  'Delete a delegated app', 'Add provisioning app', 'Edit provisioning app', 'Delete provisioning app',
] as const;

export const naverworksDeveloperConsole = defineNwSource({
  id: 'naverworks.developer_console',
  category: 'Developer Console',
  keys: ['eventTarget', 'task', 'user', 'date', 'ip', 'consoleMenu'],
  required: ['eventTarget', 'task', 'user', 'date'],
  actorKey: 'user',
  actorKind: 'admin',
  fill(ev, get) {
    ev.target = get('eventTarget');
    ev.action = get('task');
    ev.ip = stripPort(get('ip'));
    ev.module = get('consoleMenu');
  },
});
