/**
 * NAVER WORKS Audit › Bot API: calls to the Bot API — API name, Bot No., Status, User (name and
 * ID), Date [C] (reference §1.2). The API name is the action, the bot the target; the caller is a
 * member unless it is recognisably a service account.
 */
import { statusOfWords } from './field-values';
import { defineNwSource } from './naverworks-common';

export const naverworksBotApi = defineNwSource({
  id: 'naverworks.bot_api',
  category: 'Bot API',
  keys: ['apiName', 'botNo', 'status', 'user', 'date'],
  required: ['apiName', 'botNo', 'date'],
  actorKey: 'user',
  actorKind: 'member',
  keyColumns: ['botNo'],
  fill(ev, get) {
    ev.action = get('apiName');
    ev.target = get('botNo');
    ev.statusText = get('status');
    ev.status = statusOfWords(ev.statusText);
  },
});
