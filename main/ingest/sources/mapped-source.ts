/**
 * Sources the analyst defined with a column mapping (shared/mapping/column-mapping.ts): a CSV/TSV
 * header or an XLSX sheet that fits no known source is read with the saved mapping whose signature
 * it has. The time column is read in the chosen format (offset-less values in the import's zone);
 * mapped columns fill the normalized fields; every other column goes to `details` under its own
 * header name. Source id `custom.<slug of the name>`, category the name (or the mapped column).
 */
import { mappingSourceId, MAPPING_ROLES, columnKey, statusWordsOf, tableMappingFor, type ColumnMapping, type MappingRole } from '../../../shared/mapping/column-mapping';
import { readTime, readTimeText, type ReadTime } from '../../../shared/mapping/mapped-time';
import { statusReader } from '../../../shared/mapping/status-words';
import type { EventStatus } from '../../../shared/model/event';
import { stripPort } from './field-values';
import { baseEvent, type HeaderBinding, type NormalizeContext, type NormalizeResult, type SourceModule } from './source-module';
import type { DetectedSource } from './registry';
import { dateText } from './wall-time';
import { english, say } from '../../../shared/model/ingest-text';

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** Epoch ms of a read time, wall-clock times through the import's clock (cached per hour). */
function epochOf(r: ReadTime, ctx: NormalizeContext): number | null {
  if (r.kind === 'instant') return r.time;
  const p = r.parts;
  const at = ctx.clock.epoch(`${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)} ${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}`);
  return at === null ? null : at + r.ms;
}

/**
 * The normalization every mapped source shares, over a reader of values by column key: the CSV
 * source reads them from the record's fields, the JSON source from the flattened record.
 */
export class MappedNormalizer {
  readonly id: string;
  readonly category: string;
  readonly timeKey: string;
  /** column keys of the mapped columns (time included): the rest go to details */
  readonly usedKeys: ReadonlySet<string>;
  private readonly roles: (readonly [MappingRole, string])[];
  private readonly status: (value: string) => EventStatus;

  constructor(readonly mapping: ColumnMapping) {
    this.id = mappingSourceId(mapping.name);
    this.category = mapping.name.trim();
    this.timeKey = columnKey(mapping.time.column);
    this.roles = MAPPING_ROLES.flatMap((r) => (mapping.columns[r] === undefined ? [] : [[r, columnKey(mapping.columns[r]!)] as const]));
    this.usedKeys = new Set([this.timeKey, ...this.roles.map(([, k]) => k)]);
    this.status = statusReader(statusWordsOf(mapping));
  }

  normalize(get: (key: string) => string, details: Record<string, string>, ctx: NormalizeContext): NormalizeResult {
    const text = get(this.timeKey).trim();
    const read = readTime(text, this.mapping.time.format);
    const time = read ? epochOf(read, ctx) : null;
    if (read === null || time === null) {
      const why = dateText(this.mapping.time.column, text);
      const t = text ? say('reject.timeFormat', { reason: why, format: this.mapping.time.format }) : why;
      return { ok: false, reason: english(t), text: t };
    }
    const ev = baseEvent(this.id, this.category, time, readTimeText(text, read, ctx.clock.zone), details);
    for (const [role, key] of this.roles) {
      const v = get(key);
      if (v === '') continue;
      if (role === 'status') {
        ev.statusText = v;
        ev.status = this.status(v.trim());
      } else if (role === 'ip') ev.ip = stripPort(v);
      else if (role === 'category') ev.category = v.trim() || this.category;
      else if (role === 'actorName' || role === 'actorEmail' || role === 'actorLogin') ev[role] = v.trim();
      else ev[role] = v;
    }
    return { ok: true, event: ev };
  }
}

/** A table source from one mapping: the header binds each column to its own normalized name. */
function tableSource(m: MappedNormalizer): SourceModule {
  const headerMap = new Map(m.mapping.signature.map((k) => [k, k]));
  return {
    id: m.id,
    category: m.category,
    headerMap,
    detect: (names) => (tableMappingFor([m.mapping], names) ? 1 : 0),
    normalize(fields: readonly string[], b: HeaderBinding, ctx: NormalizeContext) {
      const details: Record<string, string> = {};
      for (const [key, i] of b.keys) if (!m.usedKeys.has(key) && fields[i] !== '') details[b.names[key]] = fields[i];
      for (const [name, i] of b.extra) if (fields[i] !== '' && details[name] === undefined) details[name] = fields[i];
      return m.normalize((key) => { const i = b.index[key]; return i === undefined ? '' : fields[i]; }, details, ctx);
    },
  };
}

/** The table mappings of one import, matched to headers by signature. */
export class MappedTableSources {
  private readonly modules = new Map<ColumnMapping, SourceModule>();
  private readonly mappings: ColumnMapping[];

  constructor(mappings: readonly ColumnMapping[] = []) {
    this.mappings = mappings.filter((m) => m.kind === 'table');
  }

  /** The mapping whose signature is this header's, bound to it; null when none is. */
  detect(headerNames: readonly string[]): DetectedSource | null {
    const m = tableMappingFor(this.mappings, headerNames);
    if (!m) return null;
    let source = this.modules.get(m);
    if (!source) {
      source = tableSource(new MappedNormalizer(m));
      this.modules.set(m, source);
    }
    return { source, binding: bindOwnNames(headerNames) };
  }
}

/** Binds every column to its own normalized name (the first of two alike wins; the other goes to details). */
function bindOwnNames(headerNames: readonly string[]): HeaderBinding {
  const index: Record<string, number> = {};
  const names: Record<string, string> = {};
  const keys: [string, number][] = [];
  const extra: [string, number][] = [];
  headerNames.forEach((raw, i) => {
    const name = raw.trim();
    const key = columnKey(name);
    if (key !== '' && index[key] === undefined) {
      index[key] = i;
      names[key] = name;
      keys.push([key, i]);
    } else if (name !== '') extra.push([`${name} (${i + 1})`, i]);
  });
  return { index, names, keys, extra, width: headerNames.length };
}
