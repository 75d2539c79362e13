/**
 * Synthetic events for the DB-worker tests, after the incident story in the shared fixtures:
 * password spraying from 203.0.113.45 over IMAP on 2024-05-14 02:05–02:25 JST, Yuki's password
 * working at 02:31, then PC Web from 2001:db8:dead:beef::45, and the admin Kenji Sato at night
 * from 203.0.113.77. Times are UTC epoch ms (JST = UTC+9).
 */
import { encodeBatchFrame } from '../../../../shared/batch-frame';
import type { NormalizedEvent } from '../../../../shared/model/event';
import type { ImportRecord, Reject } from '../../../../shared/model/import';
import { chunkDataOf } from './index-of';

export const JST = (hhmmss: string, day = 14) => Date.parse(`2024-05-${String(day).padStart(2, '0')}T${hhmmss}+09:00`);

let serial = 0;

export function ev(p: Partial<NormalizedEvent> & { time: number }): NormalizedEvent {
  serial++;
  return {
    id: p.id ?? `ev-${serial}`, sourceId: 'naverworks.login', category: 'Login', timeText: '', actorName: '', actorEmail: '',
    actorLogin: '', actorId: '', actorKind: 'member', action: 'login', target: '', status: 'success', statusText: '', level: '',
    ip: '', serviceType: '', module: '', details: {}, line: serial, raw: `raw ${serial}`, flags: 0, ...p,
  };
}

const yuki = { actorName: 'Yuki Tanaka', actorEmail: 'yuki.tanaka@example.com' };
const aiko = { actorName: 'Aiko Suzuki', actorEmail: 'aiko.suzuki@example.com' };
const kenji = { actorName: 'Kenji Sato', actorEmail: 'kenji.sato@example.com' };

/** Twelve events: office logins, the spraying, the break-in and the admin at night. */
export function incidentEvents(): NormalizedEvent[] {
  return [
    ev({ id: 'office-1', time: JST('09:01:10', 13), ...yuki, ip: '198.51.100.10', serviceType: 'PC Web', statusText: 'Login succeeded', details: { loginMethod: 'Password' } }),
    ev({ id: 'office-2', time: JST('09:15:00', 13), ...aiko, ip: '198.51.100.11', serviceType: 'PC Web', statusText: 'Login succeeded' }),
    ev({ id: 'spray-1', time: JST('02:05:03'), ...yuki, ip: '203.0.113.45', serviceType: 'IMAP', status: 'failure', statusText: 'Wrong password' }),
    ev({ id: 'spray-2', time: JST('02:06:41'), ...aiko, ip: '203.0.113.45', serviceType: 'POP3', status: 'failure', statusText: 'Wrong password' }),
    ev({ id: 'spray-3', time: JST('02:12:09'), ...yuki, ip: '203.0.113.45', serviceType: 'SMTP', status: 'failure', statusText: 'Wrong password' }),
    ev({ id: 'spray-4', time: JST('02:25:30'), ...aiko, ip: '203.0.113.45', serviceType: 'IMAP', status: 'failure', statusText: 'Account locked' }),
    ev({ id: 'break-in', time: JST('02:31:18'), ...yuki, ip: '203.0.113.45', serviceType: 'IMAP', statusText: 'Login succeeded', details: { loginMethod: 'Password' } }),
    ev({ id: 'pc-web', time: JST('02:33:02'), ...yuki, ip: '2001:db8:dead:beef::45', serviceType: 'PC Web', statusText: 'Login succeeded' }),
    ev({ id: 'admin-1', time: JST('02:44:00'), ...kenji, sourceId: 'naverworks.admin', category: 'Admin', actorKind: 'admin', action: 'Change admin role', target: 'yuki.tanaka@example.com', ip: '203.0.113.77', serviceType: 'Admin', module: 'Roles' }),
    ev({ id: 'admin-2', time: JST('02:51:30'), ...kenji, sourceId: 'naverworks.admin', category: 'Admin', actorKind: 'admin', action: 'Change 2-step verification policy', ip: '203.0.113.77', serviceType: 'Admin', module: 'Security' }),
    ev({ id: 'admin-3', time: JST('03:12:45'), ...kenji, sourceId: 'naverworks.admin', category: 'Admin', actorKind: 'admin', action: 'Download member list', ip: '203.0.113.77', serviceType: 'Admin', module: 'Members', details: { service: 'Contacts', formula: '=1+1' } }),
    ev({ id: 'mobile', time: JST('08:00:00', 15), actorLogin: 'daniel', ip: '2001:db8:4:12::7', serviceType: 'Mobile', statusText: 'Login succeeded' }),
  ];
}

export function record(id: string, fileName = `${id}.csv`, startedAt = 1): ImportRecord {
  return {
    id, fileName, entryPath: '', size: 1000, sha256: '', sourceId: '', encoding: '', timeZone: 'Asia/Tokyo',
    read: 0, added: 0, duplicates: 0, rejected: 0, status: 'running', message: '', startedAt, finishedAt: 0,
  };
}

export const beginText = (r: ImportRecord) => JSON.stringify({ t: 'import-begin', record: r });

/** A batch frame as main sends it (binary), in chunks of `chunkSize` events (4, as the harness used to cut them). */
export function batchFrame(importId: string, seq: number, events: NormalizedEvent[], rejects: Reject[] = [], read = events.length, chunkSize = 4): ArrayBuffer {
  const progress = { read, rejected: rejects.length, bytesRead: 10, bytesTotal: 1000 };
  return encodeBatchFrame({ importId, seq, rejects, progress }, chunkDataOf(events, chunkSize)).buffer as ArrayBuffer;
}

export function endText(importId: string, read: number, rejected = 0): string {
  return JSON.stringify({ t: 'import-end', importId, patch: { status: 'finished', message: '', read, rejected, sha256: 'ab', encoding: 'utf-8', sourceId: 'naverworks.login' } });
}

export const abortText = (importId: string, status: 'cancelled' | 'failed' = 'cancelled', message = 'cancelled by the user') =>
  JSON.stringify({ t: 'import-abort', importId, status, message });
