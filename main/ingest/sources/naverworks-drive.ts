/**
 * NAVER WORKS Audit › Drive (Message Room Folder): uploads, updates and sharing of files and
 * folders (reference §1.2). The help page shows Item, Status, Task, User, Date; a 2022 header map
 * has Date, User, Service Type, Task, Original, Updates, Status instead of Item, so either Item or
 * Original marks a Drive header. Item (else Original) is the target; Original/Updates stay in details.
 */
import { NW_DRIVE_TASKS } from '../../../shared/sources/naverworks-tasks';
import { statusOfWords } from './field-values';
import { defineNwSource } from './naverworks-common';
import { scoreHeader } from './source-module';

/** Task values of the help page [C]. */
export const DRIVE_TASKS: readonly string[] = NW_DRIVE_TASKS.map((task) => task.en);

export const naverworksDrive = defineNwSource({
  id: 'naverworks.drive',
  category: 'Drive',
  keys: ['item', 'status', 'task', 'user', 'date', 'serviceType', 'original', 'updates'],
  required: ['item', 'task', 'user', 'date'],
  detect: (names, map) => Math.max(scoreHeader(names, map, ['item', 'task', 'user', 'date']), scoreHeader(names, map, ['original', 'task', 'user', 'date'])),
  actorKey: 'user',
  actorKind: 'member',
  keyColumns: ['item', 'original', 'updates'],
  fill(ev, get) {
    ev.target = get('item') || get('original');
    ev.statusText = get('status');
    ev.status = statusOfWords(ev.statusText);
    ev.action = get('task');
    ev.serviceType = get('serviceType');
  },
});
