/**
 * The field names quick search can complete: every filter field under the name it writes, found
 * by any of its aliases or its label in the UI language, then the `details.<key>` keys the loaded
 * data holds (most common first).
 */
import { QUICK_SEARCH_FIELD_NAMES, resolveFieldName } from '../../../../shared/filter/fields';
import { FILTER_FIELDS } from '../../../../shared/model/event';
import { writtenPrefix } from './completion';

export interface FieldSuggestion {
  field: string;
  /** what is inserted: the written name and its colon (`user:`) */
  insert: string;
  /** the field's label, or the details key's event count */
  label: string;
  count?: number;
}

/** Aliases per field (`actor` ← user, actor), from the names quick search accepts. */
function aliasesByField(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const name of QUICK_SEARCH_FIELD_NAMES) {
    const field = resolveFieldName(name);
    if (field === null || field.startsWith('details.')) continue;
    out.set(field, [...(out.get(field) ?? []), name.toLowerCase()]);
  }
  return out;
}
const ALIASES = aliasesByField();

/**
 * Suggestions for the typed `prefix`: written name or alias starting with it first, then label
 * or details key containing it. `labelOf` gives a field's label in the UI language.
 */
export function suggestFields(
  prefix: string, labelOf: (field: string) => string, details: { key: string; count: number }[], limit = 12,
): FieldSuggestion[] {
  const p = prefix.toLowerCase();
  const starts: FieldSuggestion[] = [];
  const contains: FieldSuggestion[] = [];
  for (const field of FILTER_FIELDS) {
    const insert = writtenPrefix(field);
    const label = labelOf(field);
    const names = [insert.slice(0, -1).toLowerCase(), ...(ALIASES.get(field) ?? [])];
    const s: FieldSuggestion = { field, insert, label };
    if (names.some((n) => n.startsWith(p))) starts.push(s);
    else if (p && (label.toLowerCase().includes(p) || names.some((n) => n.includes(p)))) contains.push(s);
  }
  const detailHits = [...details]
    .sort((a, b) => b.count - a.count)
    .filter((d) => `details.${d.key}`.toLowerCase().includes(p) || d.key.toLowerCase().includes(p))
    .map((d) => ({ field: `details.${d.key}`, insert: writtenPrefix(`details.${d.key}`), label: '', count: d.count }));
  return [...starts, ...contains, ...(p ? detailHits : detailHits.slice(0, 4))].slice(0, limit);
}
