/**
 * The suggestions for a completion context: field names (local, plus the data's details keys) or
 * the known values of a field with their counts (asked of the DB worker on the `complete` lane,
 * over the page and period without the other conditions, so the list is never empty because of them).
 */
import { useEffect, useState } from 'react';
import type { Query } from '../../../../shared/filter/tree';
import { isSuperseded, searchApi } from '../../api/search-api';
import { currentLang, t, type MessageKey } from '../../i18n/messages';
import { menuWords } from '../../../../shared/sources/catalog';
import { useSearchStore } from '../../state/search-store';
import { writtenValue, type CompletionContext } from './completion';
import { suggestFields } from './field-suggestions';

export interface Suggestion {
  key: string;
  /** the value itself (values only) */
  raw: string;
  /** the text a choice puts in the box */
  insert: string;
  text: string;
  hint?: string;
  count?: number;
}

/** A field's label in the UI language. */
export function fieldLabelOf(field: string): string {
  if (field.startsWith('details.')) return field.slice('details.'.length);
  return t(`field.${field}` as MessageKey);
}

/** Display text of a value: statuses in the UI language, the empty value named. */
export function valueText(field: string, value: string, label?: string): string {
  if (value === '') return t('facets.empty');
  if (field === 'status' && (value === 'success' || value === 'failure' || value === 'unknown')) return t(`status.${value}`);
  if (field === 'category') return menuWords(value, currentLang()) ?? value;
  return label && label !== value ? label : value;
}

/** The stored value beside its display text, where they differ and the value is what gets searched (a label, a menu's words). */
export function valueHint(field: string, value: string, label?: string): string | undefined {
  return (label && label !== value) || (field === 'category' && valueText(field, value) !== value) ? value : undefined;
}

/**
 * Menu names are few, and typed in the UI language they match none of the stored names
 * (`menu:ログ`): all of them are asked for and narrowed here, by stored name or words.
 */
export const askAll = (field: string) => field === 'category';

/** Values whose stored text or display text holds `filter`, ignoring case. */
export function narrowValues<T extends { value: string; label?: string }>(field: string, values: T[], filter: string): T[] {
  const p = filter.toLowerCase();
  return p ? values.filter((v) => v.value.toLowerCase().includes(p) || valueText(field, v.value, v.label).toLowerCase().includes(p)) : values;
}

/** Values a completion list shows at most. */
const VALUES_SHOWN = 12;

let detailKeys: { revision: number; list: Promise<{ key: string; count: number }[]> } | null = null;

/** The details keys of the stored data, asked once per data revision. */
export function useDetailKeys(): { key: string; count: number }[] {
  const revision = useSearchStore((s) => s.revision);
  const [keys, setKeys] = useState<{ key: string; count: number }[]>([]);
  useEffect(() => {
    if (!detailKeys || detailKeys.revision !== revision) {
      detailKeys = { revision, list: searchApi.fields().then((r) => r.details.map((d) => ({ key: d.key, count: d.count }))).catch(() => []) };
    }
    let live = true;
    void detailKeys.list.then((k) => { if (live) setKeys(k); });
    return () => { live = false; };
  }, [revision]);
  return keys;
}

export function useSuggestions(ctx: CompletionContext, open: boolean, scope: Query): Suggestion[] {
  const details = useDetailKeys();
  const [values, setValues] = useState<Suggestion[]>([]);
  const valueKey = ctx.kind === 'value' ? `${ctx.field}\u0000${ctx.prefix}` : '';
  const scopeKey = JSON.stringify(scope);

  useEffect(() => {
    if (!open || ctx.kind !== 'value') { setValues([]); return; }
    const { field, prefix } = ctx;
    let live = true;
    const timer = setTimeout(() => {
      searchApi.values(field, askAll(field) ? '' : prefix, askAll(field) ? 100 : VALUES_SHOWN, scope, 'complete')
        .then((r) => {
          if (!live) return;
          setValues(r.values.map((v) => ({
            key: `v:${v.value}`, raw: v.value, insert: writtenValue(field, v.value), text: valueText(field, v.value, v.label),
            hint: valueHint(field, v.value, v.label), count: v.count,
          })));
        })
        .catch((e: unknown) => { if (live && !isSuperseded(e)) setValues([]); });
    }, 60);
    return () => { live = false; clearTimeout(timer); };
    // deps: keyed by field, prefix and scope
  }, [open, valueKey, scopeKey]);

  if (!open) return [];
  if (ctx.kind === 'field') {
    return suggestFields(ctx.prefix, fieldLabelOf, details).map((s) => ({
      key: `f:${s.field}`, raw: s.field, insert: s.insert, text: s.insert.slice(0, -1), hint: s.label || undefined, count: s.count,
    }));
  }
  if (ctx.kind !== 'value') return [];
  // Until the worker answers for the new prefix, the last answer is narrowed here the same way
  // (contains, ignoring case), so ↓ Enter right after a keystroke never takes a stale value.
  const p = ctx.prefix.toLowerCase();
  return (p ? values.filter((v) => v.raw.toLowerCase().includes(p) || v.text.toLowerCase().includes(p)) : values).slice(0, VALUES_SHOWN);
}
