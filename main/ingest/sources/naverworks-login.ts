/**
 * NAVER WORKS Audit › Login (API `service=auth`): sign-in attempts with the cause of failure.
 * The Description sentence carries the outcome (`Login failed (incorrect password)`,
 * `ログインに成功しました`); it becomes statusText and decides status (reference §1.5).
 * Service Type values [C]: PC Web, PC App, Mobile App, Drive explorer, IMAP, POP3, SMTP, CalDAV, API, Others.
 */
import { statusOfWords, stripPort } from './field-values';
import { defineNwSource } from './naverworks-common';

export const SERVICE_TYPES = ['PC Web', 'PC App', 'Mobile App', 'Drive explorer', 'IMAP', 'POP3', 'SMTP', 'CalDAV', 'API', 'Others'] as const;

export const naverworksLogin = defineNwSource({
  id: 'naverworks.login',
  category: 'Login',
  keys: ['description', 'user', 'date', 'ip', 'loginMethod', 'serviceType'],
  required: ['description', 'user', 'date'],
  actorKey: 'user',
  actorKind: 'member',
  keyColumns: [],
  fill(ev, get) {
    const description = get('description');
    ev.action = 'login';
    ev.statusText = description;
    ev.status = statusOfWords(description);
    ev.ip = stripPort(get('ip'));
    ev.serviceType = get('serviceType');
  },
});
