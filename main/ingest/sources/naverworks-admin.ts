/**
 * NAVER WORKS Audit › Admin: every operation in the admin console and who did it. The actor is an
 * administrator; Service is the admin menu where the task happened (→ module).
 * Task values [C]: Register, View, Modify, Delete, Reinstate, Suspend/cancel account, Download,
 * Upload, Sharing, Withdraw, Change Group Company. Service Type [C]: PC web, Mobile App, API.
 */
import { NW_ADMIN_TASKS } from '../../../shared/sources/naverworks-tasks';
import { statusOfWords, stripPort } from './field-values';
import { defineNwSource } from './naverworks-common';

export const ADMIN_TASKS: readonly string[] = NW_ADMIN_TASKS.map((task) => task.en);

export const naverworksAdmin = defineNwSource({
  id: 'naverworks.admin',
  category: 'Admin',
  keys: ['eventTarget', 'status', 'task', 'user', 'date', 'ip', 'serviceType', 'service'],
  required: ['eventTarget', 'status', 'task', 'user', 'date'],
  actorKey: 'user',
  actorKind: 'admin',
  keyColumns: ['eventTarget'],
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
