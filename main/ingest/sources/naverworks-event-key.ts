/**
 * The language-neutral key of a NAVER WORKS record (docs/decisions.md "Event ids without a vendor
 * record id"). A download's header and its vocabulary (Description, Task, Login method, Status
 * words) follow the `language` of the export, so the raw row of one event differs between an
 * `en_US` and a `ja_JP` download (naverworks-login.csv / naverworks-login-ja.csv) and so do
 * display names (`Yuki Tanaka` / `田中 由紀`). The key keeps only what every language writes alike:
 * the moment, who (e-mail, else login), IP address, service type, the status as success / failure /
 * unknown, the action (a Task through the task table, naverworks-tasks.ts), and the menu's data
 * columns (targets, subjects, file names …). Left out: the Login Description (its outcome is the
 * status) and Login method, whose wording is translated. The record handler still counts
 * occurrences of a key within a file, so two events that share a key stay two.
 */
import type { NormalizedEvent } from '../../../shared/model/event';
import type { NwFieldKey } from '../../../shared/sources/naverworks-fields';
import { englishTask } from '../../../shared/sources/naverworks-tasks';
import { detach } from './field-values';

/** Columns that name a person as `Name (email)`: the key keeps the e-mail, names are translated. */
export const PERSON_COLUMNS: ReadonlySet<NwFieldKey> = new Set<NwFieldKey>([
  'user', 'target', 'eventTarget', 'sender', 'recipient', 'sharedBy', 'sharedWith',
]);

const SEP = '\u0001';
/** The separator of a key's parts, as a character code (RowHasher.lanesOfParts). */
export const NW_KEY_SEP = 1;

/** Who a person column names, as the key keeps it: the e-mail in lower case, else the login, else the text. */
export function personKey(actor: { email: string; login: string }, text: string): string {
  return actor.email ? actor.email.toLowerCase() : actor.login || text.trim();
}

/** Vendor words that differ only in case, width or spacing (`PC Web` / `PC web`) are one. */
function wordKey(s: string): string {
  return s === '' ? s : s.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}

/**
 * Memo of a vocabulary part (service type, action): a file has a few dozen of each, and
 * normalizing them row after row was the key's main cost; consecutive rows mostly share them.
 * Keys are detached (field-values.ts) so that they do not pin the file's chunks.
 */
class WordMemo {
  private readonly map = new Map<string, string>();
  private last = '';
  private lastValue = '';

  constructor(private readonly make: (s: string) => string) {}

  get(text: string): string {
    if (text === this.last) return this.lastValue;
    let v = this.map.get(text);
    if (v === undefined) {
      v = this.make(text);
      if (this.map.size >= 10_000) this.map.clear();
      this.map.set(detach(text), v);
    }
    this.last = text;
    this.lastValue = v;
    return v;
  }
}

const SERVICE_TYPES = new WordMemo(wordKey);
const ACTIONS = new WordMemo((a) => englishTask(a) ?? a.trim());

/**
 * `time ␁ who ␁ ip ␁ service type ␁ status ␁ action ␁ data…`. The status is the normalized one: a
 * translated Description or Status word reads the same in every language. A task the table knows
 * stands for its English name; any other action (an API call, a task not in the table) as written.
 */
export function nwEventKey(ev: NormalizedEvent, data: readonly string[]): string {
  const parts: string[] = [];
  const count = nwEventKeyParts(ev, data, parts);
  return `${ev.time}${parts.slice(0, count).map((p) => SEP + p).join('')}`;
}

/** Who acted, as the key names them: the e-mail in lower case, else the login, else the name. */
export function keyWho(email: string, login: string, name: string): string {
  return email ? lowerEmail(email) : login || name.trim();
}

/**
 * The key as nwEventKey writes it, in parts: `${ev.time}` then SEP + each part written to `out`
 * (the count is returned). The record handler hashes the parts in place. `who`: keyWho of the
 * event's actor when the caller has it already.
 */
export function nwEventKeyParts(ev: NormalizedEvent, data: readonly string[], out: string[], who?: string): number {
  out[0] = who ?? keyWho(ev.actorEmail, ev.actorLogin, ev.actorName);
  out[1] = ev.ip;
  out[2] = SERVICE_TYPES.get(ev.serviceType);
  out[3] = ev.status;
  out[4] = ACTIONS.get(ev.action);
  for (let i = 0; i < data.length; i++) out[5 + i] = data[i];
  return 5 + data.length;
}

const LOWER = new WordMemo((s) => s.toLowerCase());

/** toLowerCase of an e-mail, memoized: an export names a few hundred people a million times. */
function lowerEmail(email: string): string {
  return LOWER.get(email);
}
