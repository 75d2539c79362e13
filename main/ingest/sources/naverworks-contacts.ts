/**
 * NAVER WORKS Audit › Contacts: viewing and editing member information and external contacts.
 * Target is the person or group looked at, kept as written (`Acme Trading (Taro Yamamoto)`).
 */
import { statusOfWords } from './field-values';
import { defineNwSource } from './naverworks-common';

/** Task values of the help page [C]. */
export const CONTACTS_TASKS = [
  'View member info', 'Edit member info', 'Search contact (External Contacts)', 'Add contact (External Contacts)',
  'Edit contact (External Contacts)', 'Delete contact (External Contacts)', 'Add tag', 'Edit tag', 'Delete tag (External Contacts)',
  'Delete contact permanently (External Contacts)', 'Restore the contact (External Contacts)', 'Export contact (External Contacts)',
  'Change external contact\u2019s owner', 'View group', 'Add group', 'Edit group', 'Delete group',
] as const;

export const naverworksContacts = defineNwSource({
  id: 'naverworks.contacts',
  category: 'Contacts',
  keys: ['target', 'status', 'task', 'user', 'date', 'serviceType'],
  required: ['target', 'status', 'task', 'user', 'date'],
  actorKey: 'user',
  actorKind: 'member',
  fill(ev, get) {
    ev.target = get('target');
    ev.statusText = get('status');
    ev.status = statusOfWords(ev.statusText);
    ev.action = get('task');
    ev.serviceType = get('serviceType');
  },
});
