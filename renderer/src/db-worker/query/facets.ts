/**
 * Value counts over a selection: facets (most frequent values of a field) and value lists for
 * autocompletion. Counting is one pass over the positions into a count per dictionary code; texts
 * are looked at once per distinct value.
 */
import { actorKeyDisplay, actorKeyIdentity, actorKeyParts } from '../index/actor-key';
import type { EventIndex } from '../index/event-index';
import { resolveFacetField, viewTexts, type CodeColumn } from './fields';
import type { FacetValue } from './summaries';

/** Events per code of `column` among `positions` (every event when null). */
export function countCodes(index: EventIndex, column: CodeColumn, positions: Int32Array | null): Int32Array {
  const perCode = new Int32Array(column.dict.size);
  const codes = column.codes();
  // A selection of every event counts the same in position order, without the indirection.
  if (positions && positions.length === index.size) positions = null;
  const n = positions ? positions.length : index.size;
  if (codes === null) {
    perCode[0] = n;
  } else if (positions) {
    for (let k = 0; k < n; k++) perCode[codes[positions[k]]]++;
  } else {
    for (let p = 0; p < n; p++) perCode[codes[p]]++;
  }
  return perCode;
}

const byCountThenValue = (a: FacetValue, b: FacetValue) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0);

/**
 * How many events of `positions` have each value of `field`, most frequent first (ties by value).
 * `actor` is counted per person's identity (email, else login, else name) with the display text
 * as `label`, so that a pivot `actor eq value` finds the same events.
 */
export function facetCounts(index: EventIndex, positions: Int32Array, field: string, limit: number): FacetValue[] {
  const { column, view } = resolveFacetField(index, field);
  const perCode = countCodes(index, column, positions);
  const byValue = new Map<string, FacetValue>();
  if (field === 'actor') {
    const ids = column.dict.derived('identity', actorKeyIdentity);
    const labels = column.dict.derived('display', actorKeyDisplay);
    // The label of the most frequent key wins when several keys share an identity.
    const top = new Map<string, number>();
    for (let c = 0; c < perCode.length; c++) {
      const n = perCode[c];
      if (!n) continue;
      const f = byValue.get(ids[c]) ?? { value: ids[c], count: 0, label: labels[c] };
      f.count += n;
      if (n > (top.get(ids[c]) ?? 0)) { top.set(ids[c], n); f.label = labels[c]; }
      byValue.set(ids[c], f);
    }
  } else {
    const texts = viewTexts(column.dict, view, false);
    for (let c = 0; c < perCode.length; c++) {
      const n = perCode[c];
      if (!n) continue;
      const f = byValue.get(texts[c]);
      if (f) f.count += n; else byValue.set(texts[c], { value: texts[c], count: n });
    }
  }
  return [...byValue.values()].sort(byCountThenValue).slice(0, limit);
}

/**
 * Non-empty values of `field` containing `prefix` (ignoring case), most frequent first; among
 * equal counts, values that start with it first. `actor` lists each person's name, email and login.
 */
export function valueList(index: EventIndex, field: string, prefix: string, limit: number, positions: Int32Array | null): FacetValue[] {
  const { column, view } = resolveFacetField(index, field);
  const perCode = countCodes(index, column, positions);
  const needle = prefix.toLowerCase();
  const counts = new Map<string, number>();
  const add = (text: string, n: number) => {
    if (text !== '' && text.toLowerCase().includes(needle)) counts.set(text, (counts.get(text) ?? 0) + n);
  };
  const texts = field === 'actor' ? null : viewTexts(column.dict, view, false);
  for (let c = 0; c < perCode.length; c++) {
    const n = perCode[c];
    if (!n) continue;
    if (texts) add(texts[c], n);
    else for (const part of actorKeyParts(column.dict.values[c])) add(part, n);
  }
  const starts = (v: string) => (v.toLowerCase().startsWith(needle) ? 0 : 1);
  return [...counts].map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || starts(a.value) - starts(b.value) || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0))
    .slice(0, limit);
}
