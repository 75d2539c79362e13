/** Events for the filter tests (evaluator, parser round trips, describe); not used by the app. */
import type { AuditEvent } from '../model/event';

/** An event with every field set to something ordinary; `over` replaces fields. */
export function makeEvent(over: Partial<AuditEvent> = {}): AuditEvent {
  return {
    id: 'e1', sourceId: 'naverworks.audit', category: 'Mail', time: Date.UTC(2024, 4, 14, 1, 2, 3), timeText: '2024-05-14 10:02:03',
    actorName: 'Yuki Tanaka', actorEmail: 'y.tanaka@example.com', actorLogin: 'y.tanaka', actorId: 'u-1', actorKind: 'member',
    action: 'IMAP', target: 'Inbox/private key.pem', status: 'failure', statusText: 'Login failed', level: 'warn',
    ip: '203.0.113.9', serviceType: 'mail', module: 'auth', details: { loginMethod: 'SAML', client: 'Thunderbird 115' },
    importId: 'imp-1', line: 1, raw: 'raw line with secret-word', flags: 0, ...over,
  };
}

/** A small varied set: used where two trees must agree on every event. */
export const SAMPLE_EVENTS: readonly AuditEvent[] = [
  makeEvent(),
  makeEvent({ id: 'e2', actorName: 'Kenji Sato', actorEmail: 'k.sato@example.com', actorLogin: 'k.sato', status: 'success', action: 'POP3', ip: '198.51.100.7:50412', details: {} }),
  makeEvent({ id: 'e3', actorName: '', actorEmail: '', actorLogin: '', actorKind: 'system', action: 'SMTP', target: '', ip: '[2001:db8::1]:443', time: Date.UTC(2024, 4, 15, 15, 0, 0), status: 'unknown' }),
  makeEvent({ id: 'e4', action: 'Login', target: 'Admin Console', ip: '', level: 'info', module: '', time: Date.UTC(2024, 4, 13, 23, 59, 59, 999), details: { loginMethod: 'password' } }),
  makeEvent({ id: 'e5', sourceId: 'kintone.audit', category: 'App', action: 'export "CSV"', target: 'C:\\Users\\a*b (copy)', ip: '::ffff:203.0.113.200', actorName: 'OR', statusText: 'OK' }),
  makeEvent({ id: 'e6', action: 'imap', target: 'private KEY', ip: '10.1.2.3', time: Date.UTC(2024, 4, 16), details: { 'login method': 'x:y', constructorish: 'z' } }),
];
