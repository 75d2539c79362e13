/**
 * NAVER WORKS Audit › Developers › Delegated API: calls a service account made on behalf of a
 * member who delegated permission to it (reference §1.2). User is the service account (the
 * actor, always kind service_account); Target is the member whose permission was used.
 * The action is the call itself, `METHOD URL`, so that a pivot on it finds the same call again.
 */
import { statusOfWords, stripPort } from './field-values';
import { defineNwSource } from './naverworks-common';

export const naverworksDelegatedApi = defineNwSource({
  id: 'naverworks.delegated_api',
  category: 'Delegated API',
  keys: ['apiUrl', 'httpMethod', 'status', 'user', 'target', 'date', 'ip'],
  required: ['apiUrl', 'httpMethod', 'status', 'date'],
  actorKey: 'user',
  actorKind: 'service_account',
  keyColumns: ['target'],
  fill(ev, get) {
    const method = get('httpMethod');
    const url = get('apiUrl');
    ev.action = method && url ? `${method} ${url}` : method || url;
    ev.statusText = get('status');
    ev.status = statusOfWords(ev.statusText);
    ev.target = get('target');
    ev.ip = stripPort(get('ip'));
  },
});
