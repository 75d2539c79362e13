/**
 * JSON records read with a column mapping: each record is flattened (`actor.email`, `context.ip`),
 * and its keys are treated like the columns of a CSV header. A JSON mapping applies to a record
 * that has its time key and shares most of its keys (records of one export differ in optional keys).
 */
import { columnKey, JSON_MIN_OVERLAP, keyOverlap, type ColumnMapping } from '../../../shared/mapping/column-mapping';
import type { JsonRecord, JsonSourceModule } from './json-source';
import { MappedNormalizer } from './mapped-source';

/** Nesting below this depth is kept as JSON text under the key reached. */
const MAX_DEPTH = 8;

/** A record's values by flattened key (`a.b.c`); arrays and deeper objects as JSON text, null as ''. */
export function flattenRecord(rec: JsonRecord): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (v: unknown, key: string, depth: number) => {
    if (v === null || v === undefined) out.set(key, '');
    else if (typeof v === 'string') out.set(key, v);
    else if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint') out.set(key, String(v));
    else if (Array.isArray(v) || depth >= MAX_DEPTH) out.set(key, JSON.stringify(v));
    else {
      const entries = Object.entries(v as Record<string, unknown>);
      if (entries.length === 0) out.set(key, '{}');
      for (const [k, inner] of entries) walk(inner, key ? `${key}.${k}` : k, depth + 1);
    }
  };
  for (const [k, v] of Object.entries(rec)) walk(v, k, 1);
  return out;
}

/** The flattened record with its keys normalized: what a mapping reads. */
interface Flat { values: Map<string, string>; byKey: Map<string, string>; keys: string[] }

function flat(rec: JsonRecord): Flat {
  const values = flattenRecord(rec);
  const byKey = new Map<string, string>();
  for (const [k, v] of values) {
    const key = columnKey(k);
    if (!byKey.has(key)) byKey.set(key, v);
  }
  return { values, byKey, keys: [...byKey.keys()] };
}

function jsonSource(m: MappedNormalizer, flatOf: (rec: JsonRecord) => Flat): JsonSourceModule {
  return {
    id: m.id,
    category: m.category,
    detect(rec) {
      const f = flatOf(rec);
      return f.byKey.has(m.timeKey) ? keyOverlap(f.keys, m.mapping.signature) : 0;
    },
    normalize(rec, ctx) {
      const f = flatOf(rec);
      const details: Record<string, string> = {};
      for (const [k, v] of f.values) if (v !== '' && !m.usedKeys.has(columnKey(k))) details[k] = v;
      return m.normalize((key) => f.byKey.get(key) ?? '', details, ctx);
    },
  };
}

/** The JSON mappings of one import; `detect` picks the best-fitting one for a record. */
export class MappedJsonSources {
  private readonly sources: JsonSourceModule[];
  /** detect and normalize see the same record one after the other: flatten it once */
  private last: { rec: JsonRecord; flat: Flat } | null = null;

  constructor(mappings: readonly ColumnMapping[] = []) {
    const flatOf = (rec: JsonRecord) => {
      if (this.last?.rec !== rec) this.last = { rec, flat: flat(rec) };
      return this.last.flat;
    };
    this.sources = mappings.filter((m) => m.kind === 'json').map((m) => jsonSource(new MappedNormalizer(m), flatOf));
  }

  detect(rec: JsonRecord): JsonSourceModule | null {
    let best: JsonSourceModule | null = null;
    let bestScore = JSON_MIN_OVERLAP - 1e-9;
    for (const s of this.sources) {
      const score = s.detect(rec);
      if (score > bestScore) {
        best = s;
        bestScore = score;
      }
    }
    return best;
  }
}
