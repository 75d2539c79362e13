/**
 * NAVER WORKS Audit › Calendar, Board (Home), Note, Form and Share screen. The help pages confirm
 * only that these menus exist; their headers come from a 2022 third-party header map [I]
 * (reference §1.2): calendar `Date, User, Service Type, Task, Subject, Calendar ID, Status`,
 * board `… Subject, Board Name, Status`, note `… Subject, Board Name, Team/Group, Status`,
 * form `… Task, Form Title, Status`, share `Date, User, Shared by, Service Type, Task, Shared with`.
 * What the task acted on (subject, form title, whom it was shared with) is the target.
 */
import type { NormalizedEvent } from '../../../shared/model/event';
import type { NwFieldKey } from '../../../shared/sources/naverworks-fields';
import { statusOfWords } from './field-values';
import { defineNwSource } from './naverworks-common';

function fillTask(ev: NormalizedEvent, get: (key: NwFieldKey) => string, target: NwFieldKey): void {
  ev.action = get('task');
  ev.target = get(target);
  ev.statusText = get('status');
  ev.status = statusOfWords(ev.statusText);
  ev.serviceType = get('serviceType');
}

export const naverworksCalendar = defineNwSource({
  id: 'naverworks.calendar',
  category: 'Calendar',
  keys: ['subject', 'status', 'task', 'user', 'date', 'serviceType', 'calendarId'],
  required: ['calendarId', 'task', 'user', 'date'],
  actorKey: 'user',
  actorKind: 'member',
  keyColumns: ['subject', 'calendarId'],
  fill: (ev, get) => fillTask(ev, get, 'subject'),
});

export const naverworksBoard = defineNwSource({
  id: 'naverworks.board',
  category: 'Board',
  keys: ['subject', 'status', 'task', 'user', 'date', 'boardName', 'serviceType'],
  required: ['boardName', 'task', 'user', 'date'],
  actorKey: 'user',
  actorKind: 'member',
  keyColumns: ['subject', 'boardName'],
  fill: (ev, get) => fillTask(ev, get, 'subject'),
});

export const naverworksNote = defineNwSource({
  id: 'naverworks.note',
  category: 'Note',
  keys: ['subject', 'status', 'task', 'user', 'date', 'boardName', 'teamGroup', 'serviceType'],
  required: ['teamGroup', 'task', 'user', 'date'],
  actorKey: 'user',
  actorKind: 'member',
  keyColumns: ['subject', 'boardName', 'teamGroup'],
  fill: (ev, get) => fillTask(ev, get, 'subject'),
});

export const naverworksForm = defineNwSource({
  id: 'naverworks.form',
  category: 'Form',
  keys: ['formTitle', 'status', 'task', 'user', 'date', 'serviceType'],
  required: ['formTitle', 'task', 'user', 'date'],
  actorKey: 'user',
  actorKind: 'member',
  keyColumns: ['formTitle'],
  fill: (ev, get) => fillTask(ev, get, 'formTitle'),
});

/** The share screen has no status column: the status stays unknown. */
export const naverworksShare = defineNwSource({
  id: 'naverworks.share',
  category: 'Share',
  keys: ['sharedWith', 'task', 'user', 'date', 'sharedBy', 'serviceType'],
  required: ['sharedWith', 'task', 'user', 'date'],
  actorKey: 'user',
  actorKind: 'member',
  keyColumns: ['sharedBy', 'sharedWith'],
  fill: (ev, get) => fillTask(ev, get, 'sharedWith'),
});
