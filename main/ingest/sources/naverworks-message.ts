/**
 * NAVER WORKS Audit › Message › Sent/Received (API `service=message`): who sent what to whom in
 * which room. The sender is the actor, the receiver the target. The log has no task or status
 * column: action is a fixed `send message`, status stays unknown rather than guessed.
 * Messages may span several lines (naverworks-message.csv).
 */
import { defineNwSource } from './naverworks-common';

export const naverworksMessage = defineNwSource({
  id: 'naverworks.message',
  category: 'Message',
  keys: ['date', 'sender', 'recipient', 'channelId', 'message'],
  required: ['date', 'sender', 'recipient', 'message'],
  actorKey: 'sender',
  actorKind: 'member',
  keyColumns: ['recipient', 'channelId', 'message'],
  fill(ev, get) {
    ev.action = 'send message';
    ev.target = get('recipient');
  },
});
