/**
 * NAVER WORKS Audit › Contacts: viewing and editing member information and external contacts.
 * Target is the person or group looked at, kept as written (`Acme Trading (Taro Yamamoto)`).
 */
import { NW_CONTACTS_TASKS } from '../../../shared/sources/naverworks-tasks';
import { statusOfWords } from './field-values';
import { defineNwSource } from './naverworks-common';

/** Task values of the help page [C]. */
export const CONTACTS_TASKS: readonly string[] = NW_CONTACTS_TASKS.map((task) => task.en);

export const naverworksContacts = defineNwSource({
  id: 'naverworks.contacts',
  category: 'Contacts',
  keys: ['target', 'status', 'task', 'user', 'date', 'serviceType'],
  required: ['target', 'status', 'task', 'user', 'date'],
  actorKey: 'user',
  actorKind: 'member',
  keyColumns: ['target'],
  fill(ev, get) {
    ev.target = get('target');
    ev.statusText = get('status');
    ev.status = statusOfWords(ev.statusText);
    ev.action = get('task');
    ev.serviceType = get('serviceType');
  },
});
