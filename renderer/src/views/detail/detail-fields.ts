/**
 * What the event detail lists, as data: the normalized fields, the source's own fields under the
 * vendor's names, and for Kintone the Complement's keys. Pure, so it is tested without a DOM.
 */
import type { AuditEvent } from '../../../../shared/model/event';
import { label, type Lang } from '../../../../shared/model/source-catalog';
import { pageOf } from '../../grid/page-of';
import { kintoneGlossary } from '../../../../shared/sources/kintone-glossary';
import { formatInZone, formatOffset } from '../../../../shared/util/timezone';
import type { MessageKey } from '../../i18n/messages';

/** `note`: what the value means (a glossary entry), shown under it; never part of the value copied. */
export interface FieldRow { key: string; labelKey?: MessageKey; label?: string; value: string; note?: string }

/** Meaning of a source's value or key, in the UI language; undefined when unknown. */
export type Glossary = (key: string, value: string) => string | undefined;

/** The glossary of a source, if it has one (Kintone: Complement keys, target, Level, Result, Module). */
export function glossaryFor(sourceId: string, lang: Lang): Glossary | undefined {
  return sourceId === 'kintone.audit' ? kintoneGlossary(lang) : undefined;
}

const NORMALIZED: (keyof AuditEvent)[] = [
  'timeText', 'sourceId', 'category', 'actorName', 'actorEmail', 'actorLogin', 'actorId', 'actorKind',
  'action', 'target', 'status', 'statusText', 'level', 'ip', 'serviceType', 'module', 'id',
];

/** Every normalized field (empty ones too, so the analyst sees what the source lacked). */
export function normalizedRows(e: AuditEvent, zone: string): FieldRow[] {
  const rows: FieldRow[] = [{ key: 'time', labelKey: 'field.time', value: `${formatInZone(e.time, zone)} ${formatOffset(zone, e.time)} (${zone})` }];
  for (const k of NORMALIZED) rows.push({ key: k, labelKey: `field.${k}` as MessageKey, value: String(e[k] ?? '') });
  return rows;
}

/** The `details` keys, named as the vendor's page names them when the page has that column. */
export function sourceRows(e: AuditEvent, lang: Lang, glossary?: Glossary): FieldRow[] {
  const cols = pageOf(e.sourceId)?.columns ?? [];
  // A details key is the column's canonical key (`loginMethod`, `ip`) or its `details.<key>` value.
  const names = new Map<string, string>();
  for (const c of cols) names.set(c.key, label(c.labels, lang));
  for (const c of cols) if (c.value.startsWith('details.')) names.set(c.value.slice(8), label(c.labels, lang));
  const complementKeys = new Set(complementPairs(e).map((p) => p.key));
  return Object.entries(e.details)
    .filter(([k]) => !complementKeys.has(k))
    .map(([k, v]) => {
      const note = glossary?.(k, v);
      return note ? { key: k, label: names.get(k) ?? k, value: v, note } : { key: k, label: names.get(k) ?? k, value: v };
    });
}

export interface ComplementPair { key: string; value: string; meaning?: string }

/**
 * Kintone's Complement, already split into `details` keys by the importer (appId, appName …):
 * the keys that are not one of the page's own columns, each with its `meaning` from the glossary.
 */
export function complementPairs(e: AuditEvent, glossary?: Glossary): ComplementPair[] {
  if (e.sourceId !== 'kintone.audit' || !e.details.complement) return [];
  // The importer also keeps every column under its canonical key (ip, level …): those are not Complement.
  const cols = pageOf(e.sourceId)?.columns ?? [];
  const own = new Set([...cols.map((c) => c.key), ...cols.filter((c) => c.value.startsWith('details.')).map((c) => c.value.slice(8))]);
  return Object.entries(e.details)
    .filter(([k]) => !own.has(k))
    .map(([key, value]) => {
      const meaning = glossary?.(key, value);
      return meaning ? { key, value, meaning } : { key, value };
    });
}

/** The event as JSON for the clipboard: every field, details and raw included. */
export function eventJson(e: AuditEvent): string {
  return JSON.stringify(e, null, 2);
}
