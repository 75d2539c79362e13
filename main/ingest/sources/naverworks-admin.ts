/**
 * NAVER WORKS Audit › Admin: every operation in the admin console and who did it. The actor is an
 * administrator; Service is the admin menu where the task happened (→ module).
 * Task values [C]: Register, View, Modify, Delete, Reinstate, Suspend/cancel account, Download,
 * Upload, Sharing, Withdraw, Change Group Company. Service Type [C]: PC web, Mobile App, API.
 */
import { statusOfWords, stripPort } from './field-values';
import { defineNwSource } from './naverworks-common';

export const ADMIN_TASKS = [
  'Register', 'View', 'Modify', 'Delete', 'Reinstate', 'Suspend/cancel account', 'Download', 'Upload', 'Sharing', 'Withdraw',
  'Change Group Company',
] as const;

export const naverworksAdmin = defineNwSource({
  id: 'naverworks.admin',
  category: 'Admin',
  keys: ['eventTarget', 'status', 'task', 'user', 'date', 'ip', 'serviceType', 'service'],
  required: ['eventTarget', 'status', 'task', 'user', 'date'],
  actorKey: 'user',
  actorKind: 'admin',
  fill(ev, get) {
    ev.target = get('eventTarget');
    ev.statusText = get('status');
    ev.status = statusOfWords(ev.statusText);
    ev.action = get('task');
    ev.ip = stripPort(get('ip'));
    ev.serviceType = get('serviceType');
    ev.module = get('service');
  },
});
