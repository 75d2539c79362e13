/**
 * Reading a Microsoft 365 AuditData cell: the JSON record (whole, or what survived Excel's
 * 32,767-character cut), its time, status and IP, and the rest flattened into details.
 */
import type { EventStatus } from '../../../shared/model/event';
import { salvageJsonObject } from '../readers/json-salvage';
import { parseOffsetTime, parseWallParts } from './wall-time';

/** Excel's cell limit: an AuditData this long was most likely cut when the file was re-saved. */
export const EXCEL_CELL_LIMIT = 32_767;
/** Bounds on what AuditData adds to details: the raw row keeps everything. */
export const MAX_DETAIL_KEYS = 80;
export const MAX_DETAIL_CHARS = 1000;
const MAX_LIST_ITEMS = 20;

export type AuditData = Record<string, unknown>;

/**
 * The record in an AuditData cell. `error` is '' for valid JSON; for a cut or damaged cell it
 * says why, and `data` holds the members that survived (empty when none did).
 */
export function parseAuditData(text: string): { data: AuditData; error: string } {
  const s = text.trim();
  if (s === '') return { data: {}, error: '' };
  try {
    const v: unknown = JSON.parse(s);
    if (typeof v === 'object' && v !== null && !Array.isArray(v)) return { data: v as AuditData, error: '' };
    return { data: {}, error: 'AuditData is not a JSON object' };
  } catch (e) {
    const cut = text.length === EXCEL_CELL_LIMIT ? ` (the cell is ${EXCEL_CELL_LIMIT.toLocaleString('en-US')} characters long, Excel's limit: it was cut)` : '';
    return { data: salvageJsonObject(s) ?? {}, error: `AuditData is not valid JSON: ${(e as Error).message}${cut}` };
  }
}

const US = /^(\d{1,2})\/(\d{1,2})\/(\d{4}) (\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([AaPp])\.?[Mm]\.?)?$/;
const ISO_NO_OFFSET = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,3})\d*)?$/;

/**
 * Epoch ms of a CreationDate, which the export writes in UTC either US-style
 * (`5/14/2024 2:47:12 AM`, month first) or ISO 8601 (with or without `Z`); null otherwise.
 */
export function m365Time(text: string): number | null {
  const s = text.trim();
  const us = US.exec(s);
  if (us) {
    let hour = +us[4];
    const ampm = us[7]?.toLowerCase();
    if (ampm && (hour < 1 || hour > 12)) return null;
    if (ampm === 'p' && hour < 12) hour += 12;
    if (ampm === 'a' && hour === 12) hour = 0;
    return utc(+us[3], +us[1], +us[2], hour, +us[5], us[6] === undefined ? 0 : +us[6], 0);
  }
  const iso = ISO_NO_OFFSET.exec(s);
  if (iso) return utc(+iso[1], +iso[2], +iso[3], +iso[4], +iso[5], +iso[6], iso[7] === undefined ? 0 : +iso[7].padEnd(3, '0'));
  const withOffset = parseOffsetTime(s);
  if (withOffset) return withOffset.time;
  const wall = parseWallParts(s); // `2024/05/14 02:47:12`, as a spreadsheet may re-save it
  return wall ? utc(wall.year, wall.month, wall.day, wall.hour, wall.minute, wall.second, 0) : null;
}

function utc(year: number, month: number, day: number, hour: number, minute: number, second: number, ms: number): number | null {
  const t = Date.UTC(year, month - 1, day, hour, minute, second, ms);
  const d = new Date(t);
  const fits = d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day && hour < 24 && minute < 60 && second < 60;
  return fits ? t : null;
}

/** ResultStatus → status: Succeeded/Success/True → success, Failed/Failure/False → failure, else unknown. */
export function statusOfResult(text: string): EventStatus {
  const s = text.trim().toLowerCase();
  if (s === 'succeeded' || s === 'success' || s === 'true') return 'success';
  if (s === 'failed' || s === 'failure' || s === 'false') return 'failure';
  return 'unknown';
}

/** The first IP member present (ClientIP, ClientIPAddress, ActorIpAddress), as written, and its name. */
export function ipOf(data: AuditData): { ip: string; key: string } {
  for (const key of ['ClientIP', 'ClientIPAddress', 'ActorIpAddress']) {
    const v = data[key];
    if (typeof v === 'string' && v.trim() !== '') return { ip: v, key };
  }
  return { ip: '', key: '' };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isScalar = (v: unknown) => v === null || typeof v !== 'object';
const text = (v: unknown) => (v === null || v === undefined ? '' : String(v));

function bounded(s: string): string {
  return s.length <= MAX_DETAIL_CHARS ? s : `${s.slice(0, MAX_DETAIL_CHARS - 1)}…`;
}

/** A list, at most MAX_LIST_ITEMS of it, saying how many more there were. */
function joinList(items: string[], sep: string): string {
  const shown = items.slice(0, MAX_LIST_ITEMS).join(sep);
  return items.length > MAX_LIST_ITEMS ? `${shown}${sep}… ${items.length - MAX_LIST_ITEMS} more` : shown;
}

/** `{Name, Value}` and `{Name, NewValue, OldValue}` lists (Parameters, ExtendedProperties, ModifiedProperties). */
function isNamedList(a: unknown[]): a is Record<string, unknown>[] {
  return a.every((el) => isObject(el) && typeof el.Name === 'string' && ('Value' in el || 'NewValue' in el));
}

function namedValue(el: Record<string, unknown>): string {
  if ('Value' in el) return text(el.Value);
  const before = text(el.OldValue);
  const after = text(el.NewValue);
  return before === '' ? after : `${before} → ${after}`;
}

/**
 * AuditData members into details: nested objects as `a.b`, name/value lists as `a.<Name>`, other
 * lists summarised on one line (`ID=k.sato@example.com, Type=5; …`). At most MAX_DETAIL_KEYS keys
 * of at most MAX_DETAIL_CHARS characters; `moreFields` counts what did not fit (the raw row has it).
 */
export function flattenAuditData(data: AuditData, skip: ReadonlySet<string>, into: Record<string, string>): void {
  let added = 0;
  let dropped = 0;
  const put = (key: string, value: string) => {
    if (value === '' || key in into) return;
    if (added >= MAX_DETAIL_KEYS) dropped++;
    else {
      into[key] = bounded(value);
      added++;
    }
  };
  const walk = (prefix: string, v: unknown): void => {
    if (isScalar(v)) return put(prefix, text(v));
    if (isObject(v)) {
      for (const [k, x] of Object.entries(v)) walk(`${prefix}.${k}`, x);
      return;
    }
    const list = v as unknown[];
    if (list.length === 0) return;
    if (isNamedList(list)) {
      for (const el of list) put(`${prefix}.${text(el.Name)}`, namedValue(el));
    } else if (list.every(isScalar)) {
      put(prefix, joinList(list.map(text), ', '));
    } else {
      const flat = (el: unknown) => (isObject(el) && Object.values(el).every(isScalar) ? Object.entries(el).map(([k, x]) => `${k}=${text(x)}`).join(', ') : JSON.stringify(el));
      put(prefix, joinList(list.map(flat), '; '));
    }
  };
  for (const [k, v] of Object.entries(data)) if (!skip.has(k)) walk(k, v);
  if (dropped > 0) into.moreFields = `${dropped} more AuditData fields (see the raw row)`;
}
