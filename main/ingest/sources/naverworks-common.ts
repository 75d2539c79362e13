/**
 * What the NAVER WORKS audit menus share (reference §1.3, §1.5): the `Name (email)` user column,
 * local wall-clock dates, service-account recognition, and the normalize skeleton each menu
 * module fills in.
 */
import type { ActorKind, NormalizedEvent } from '../../../shared/model/event';
import { NW_FIELDS, type NwFieldKey } from '../../../shared/sources/naverworks-fields';
import {
  baseEvent, RowReader, scoreHeader, spellingMap,
  type HeaderBinding, type NormalizeContext, type NormalizeResult, type SourceModule,
} from './source-module';
import { detach } from './field-values';
import { dateFailure, wallTimeText } from './wall-time';
import { keyWho, NW_KEY_SEP, nwEventKey, nwEventKeyParts, PERSON_COLUMNS, personKey } from './naverworks-event-key';

export interface Actor { name: string; email: string; login: string }

/**
 * Splits `Display Name (email)` at the LAST `(`: display names may hold commas and parentheses
 * (`Sato (Sales) (k.sato@example.com)`), and a 2023 sample has no space before `(`.
 * A bare e-mail (Delegated API service accounts) or a bare name is kept as it is.
 */
export function parseUser(text: string): Actor {
  const s = text.trim();
  if (s.endsWith(')')) {
    const open = s.lastIndexOf('(');
    if (open >= 0) {
      const inner = s.slice(open + 1, -1).trim();
      const name = s.slice(0, open).trimEnd();
      return inner.includes('@') ? { name, email: inner, login: '' } : { name, email: '', login: inner };
    }
  }
  if (s.includes('@') && !/\s/.test(s)) return { name: '', email: s, login: '' };
  return { name: s, email: '', login: '' };
}

/** `who`: the person as the event key names them (nwEventKeyParts), worked out once per user text. */
interface ParsedUser { actor: Actor; isService: boolean; who: string }
const userMemo = new Map<string, ParsedUser>();

/** parseUser and isServiceAccount, memoized: an export names a few hundred users a million times. */
function readUser(text: string): ParsedUser {
  let u = userMemo.get(text);
  if (u === undefined) {
    const actor = parseUser(text);
    u = { actor, isService: isServiceAccount(actor), who: keyWho(actor.email, actor.login, actor.name) };
    if (userMemo.size >= 50_000) userMemo.clear();
    userMemo.set(detach(text), u);
  }
  return u;
}

/**
 * A service account is a virtual admin whose ID ends with `serviceaccount` and whose name starts
 * with `[SERVICE]` (reference §1.4).
 */
export function isServiceAccount(a: Actor): boolean {
  const id = (a.email || a.login).toLowerCase();
  const local = id.includes('@') ? id.slice(0, id.lastIndexOf('@')) : id;
  return local.endsWith('serviceaccount') || a.name.toUpperCase().startsWith('[SERVICE]');
}

export interface NwSourceDef {
  id: string;
  category: string;
  /** the menu's columns, by canonical key */
  keys: readonly NwFieldKey[];
  /** the columns without which a header is not this menu (the mobile layout's set) */
  required: readonly NwFieldKey[];
  /** the column naming who acted, as `Name (email)` */
  actorKey: NwFieldKey;
  /** the column holding the time; `date` unless the menu names it otherwise (mail: Received Time) */
  dateKey?: NwFieldKey;
  /** actor kind unless the actor is recognisably a service account */
  actorKind: ActorKind;
  /**
   * The columns whose values are data rather than the vendor's words (targets, subjects …): with
   * time, actor, IP, service type, status and action they make the language-neutral event key.
   */
  keyColumns: readonly NwFieldKey[];
  /** replaces the header scoring when a menu needs one of several column sets (Drive) */
  detect?(headerNames: readonly string[], headerMap: ReadonlyMap<string, string>): number;
  /** fills the menu's own normalized fields into a base event; `get` reads a column of the record */
  fill(ev: NormalizedEvent, get: (key: NwFieldKey) => string): void;
}

const NO_DATA: readonly string[] = [];

export function defineNwSource(def: NwSourceDef): SourceModule {
  const headerMap = spellingMap(NW_FIELDS, def.keys);
  const dateKey = def.dateKey ?? 'date';
  const row = new RowReader<NwFieldKey>([dateKey, def.actorKey]);
  // the user of the event normalize made last: its key part without another lookup
  let keyed: NormalizedEvent | null = null;
  let keyedWho = '';
  const whoOf = (ev: NormalizedEvent) => (ev === keyed ? keyedWho : undefined);
  const keyOf = (key: NwFieldKey) => (PERSON_COLUMNS.has(key) ? personKey(readUser(row.get(key)).actor, row.get(key)) : row.get(key).trim());
  return {
    id: def.id,
    category: def.category,
    headerMap,
    detect: (names) => (def.detect ? def.detect(names, headerMap) : scoreHeader(names, headerMap, def.required)),
    normalize(fields: readonly string[], b: HeaderBinding, ctx: NormalizeContext): NormalizeResult {
      row.use(fields, b);
      const dateText = row.get(dateKey).trim();
      const time = ctx.clock.epoch(dateText);
      if (time === null) return dateFailure(row.name(dateKey, 'Date'), dateText);
      const { actor, isService, who } = readUser(row.get(def.actorKey));
      const ev = baseEvent(def.id, def.category, time, wallTimeText(dateText, ctx.clock.zone), row.detailsOf());
      keyed = ev;
      keyedWho = who;
      ev.actorName = actor.name;
      ev.actorEmail = actor.email;
      ev.actorLogin = actor.login;
      ev.actorKind = isService ? 'service_account' : def.actorKind;
      def.fill(ev, row.get);
      return { ok: true, event: ev };
    },
    eventKey(fields: readonly string[], b: HeaderBinding, ev: NormalizedEvent): string {
      if (def.keyColumns.length === 0) return nwEventKey(ev, NO_DATA);
      row.use(fields, b);
      return nwEventKey(ev, def.keyColumns.map(keyOf));
    },
    keySep: NW_KEY_SEP,
    eventKeyParts(fields: readonly string[], b: HeaderBinding, ev: NormalizedEvent, out: string[]): number {
      if (def.keyColumns.length === 0) return nwEventKeyParts(ev, NO_DATA, out, whoOf(ev));
      row.use(fields, b);
      return nwEventKeyParts(ev, def.keyColumns.map(keyOf), out, whoOf(ev));
    },
  };
}
