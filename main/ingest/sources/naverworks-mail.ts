/**
 * NAVER WORKS Audit › Mail, received and sent (API `service=received-mail` / `sent-mail`).
 * Headers from a 2022 third-party header map [I]: received `Received Time, Reception Results,
 * Sent server IP, Subject, Sender, Recipient, Mail Size(Bytes)`; sent `Sent Time, Subject, Sender,
 * Recipient, Status, Attachment, Mail Size(Bytes)`. For received mail the member is the recipient
 * (the actor) and the sender is the target; the sending server's IP is the event's IP
 * (reference §1.5). Reception Results: successful, failed, blocked [C] (blocked → failure).
 */
import { statusOfWords, stripPort } from './field-values';
import { defineNwSource } from './naverworks-common';

/** Reception Results values of the help page [C]. */
export const RECEPTION_RESULTS = ['successful', 'failed', 'blocked'] as const;

export const naverworksMailReceived = defineNwSource({
  id: 'naverworks.mail_received',
  category: 'Mail received',
  keys: ['subject', 'sender', 'recipient', 'receivedTime', 'receptionResult', 'sentServerIp', 'mailSize'],
  required: ['receivedTime', 'sender', 'recipient'],
  dateKey: 'receivedTime',
  actorKey: 'recipient',
  actorKind: 'member',
  keyColumns: ['subject', 'sender', 'mailSize'],
  fill(ev, get) {
    ev.action = 'receive mail';
    ev.target = get('sender');
    ev.statusText = get('receptionResult');
    ev.status = statusOfWords(ev.statusText);
    ev.ip = stripPort(get('sentServerIp'));
  },
});

export const naverworksMailSent = defineNwSource({
  id: 'naverworks.mail_sent',
  category: 'Mail sent',
  keys: ['subject', 'sender', 'recipient', 'sentTime', 'status', 'attachment', 'mailSize'],
  required: ['sentTime', 'sender', 'recipient'],
  dateKey: 'sentTime',
  actorKey: 'sender',
  actorKind: 'member',
  keyColumns: ['subject', 'recipient', 'attachment', 'mailSize'],
  fill(ev, get) {
    ev.action = 'send mail';
    ev.target = get('recipient');
    ev.statusText = get('status');
    ev.status = statusOfWords(ev.statusText);
  },
});
