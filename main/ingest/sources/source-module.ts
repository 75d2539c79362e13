/**
 * What every source module provides, and how a file's header is bound to a source's canonical
 * keys. Columns are matched by name, never by position (reference §0 rule 2): vendors reorder
 * columns between versions and write headers in the download's language.
 */
import type { IngestText } from '../../../shared/model/ingest-text';
import type { NormalizedEvent } from '../../../shared/model/event';
import type { FieldSpelling } from '../../../shared/sources/field-spelling';
import type { WallClock } from './wall-time';

/**
 * A source returns the whole event with `id`, `line`, `raw` and `flags` left blank for the
 * pipeline to fill: assigning them keeps one object shape, where `{...event, id}` would copy
 * through V8's slow path (~7 µs an event here, measured).
 */
/** A failure's `reason` in English; `text`, the same for the UI's language (shared/model/ingest-text.ts) when it has one. */
export type NormalizeResult = { ok: true; event: NormalizedEvent } | { ok: false; reason: string; text?: IngestText };

export interface NormalizeContext {
  /** reads wall-clock times without an offset in the import's IANA zone (`clock.zone`) */
  clock: WallClock;
}

/** A file header resolved against one source: where each canonical key sits in a record. */
export interface HeaderBinding {
  /** canonical key → column index */
  readonly index: Readonly<Record<string, number>>;
  /** canonical key → the header exactly as the file wrote it (reject reasons name it) */
  readonly names: Readonly<Record<string, string>>;
  /** canonical keys in column order */
  readonly keys: readonly (readonly [key: string, column: number])[];
  /** columns the source does not know, kept in details under their own header name */
  readonly extra: readonly (readonly [name: string, column: number])[];
  readonly width: number;
}

export interface SourceModule {
  readonly id: string;
  /** the vendor's menu name, e.g. Login */
  readonly category: string;
  /** normalized header name (see headerKey) → canonical key */
  readonly headerMap: ReadonlyMap<string, string>;
  /** > 0 when the header names fit this source; higher is a better fit */
  detect(headerNames: readonly string[]): number;
  normalize(fields: readonly string[], binding: HeaderBinding, ctx: NormalizeContext): NormalizeResult;
  /**
   * The vendor's own unique record id (M365 RecordId); when present it alone decides duplicates
   * (rule 5), with no occurrence count: the same record re-exported with other formatting, or
   * twice in one file, is one event. Called right after `normalize` on the same record.
   */
  recordId?(fields: readonly string[], binding: HeaderBinding): string | null;
  /**
   * Text that stands for the record in its event id instead of the raw row, for a source whose
   * raw text changes with the export's language (NAVER WORKS). Occurrences of the same key in a
   * file are still counted, so two records with one key stay two events. Called right after
   * `normalize`, with the event it made.
   */
  eventKey?(fields: readonly string[], binding: HeaderBinding, event: NormalizedEvent): string;
  /**
   * eventKey in parts, for hashing without building the text: the key is `${event.time}` then
   * `keySep` + each part written to `out`; returns how many. A source with eventKey may have it.
   */
  eventKeyParts?(fields: readonly string[], binding: HeaderBinding, event: NormalizedEvent, out: string[]): number;
  /** the separator character code of eventKeyParts */
  readonly keySep?: number;
}

/** Strips a BOM at the start of a value: a concatenated export repeats it mid-file. */
export function stripBom(s: string): string {
  return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
}

/** Matching form of a header name: BOM, case, full-width forms and all white space ignored. */
export function headerKey(name: string): string {
  return stripBom(name).normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}

/** Builds a header map from spellings per canonical key. */
export function buildHeaderMap(spellings: Readonly<Record<string, readonly string[]>>): Map<string, string> {
  const map = new Map<string, string>();
  for (const [key, names] of Object.entries(spellings)) for (const n of names) map.set(headerKey(n), key);
  return map;
}

/**
 * Score of a header for a source: 0 unless every required key is present, else the number of
 * columns the source recognises, less a little for each it does not (so Admin, which has Status,
 * wins over Developer Console on an Admin file, and an exact fit wins over a loose one).
 */
/** Header map of a source from its field dictionary: every label and alias of `keys`, in all languages. */
export function spellingMap<K extends string>(fields: Readonly<Record<K, FieldSpelling>>, keys: readonly K[] = Object.keys(fields) as K[]): Map<string, string> {
  const spellings: Record<string, string[]> = {};
  for (const k of keys) {
    const f = fields[k];
    spellings[k] = [f.labels.en, f.labels.ja, f.labels.ko, ...f.aliases];
  }
  return buildHeaderMap(spellings);
}

export function scoreHeader(headerNames: readonly string[], map: ReadonlyMap<string, string>, required: readonly string[]): number {
  const found = new Set<string>();
  let unknown = 0;
  for (const n of headerNames) {
    const key = map.get(headerKey(n));
    if (key) found.add(key);
    else unknown++;
  }
  if (!required.every((k) => found.has(k))) return 0;
  return found.size - unknown * 0.01;
}

export function bindHeader(headerNames: readonly string[], map: ReadonlyMap<string, string>): HeaderBinding {
  const index: Record<string, number> = {};
  const names: Record<string, string> = {};
  const keys: [string, number][] = [];
  const extra: [string, number][] = [];
  headerNames.forEach((raw, i) => {
    const name = stripBom(raw).trim();
    const key = map.get(headerKey(name));
    if (key && index[key] === undefined) {
      index[key] = i;
      names[key] = name;
      keys.push([key, i]);
    } else if (name !== '') {
      extra.push([name, i]);
    }
  });
  return { index, names, keys, extra, width: headerNames.length };
}

/** The value of a canonical key in a record, '' when the file has no such column. */
export function valueOf(fields: readonly string[], b: HeaderBinding, key: string): string {
  const i = b.index[key];
  return i === undefined ? '' : fields[i];
}

type DetailColumns = (readonly [name: string, column: number])[];

/**
 * The columns that go to details, by name: the row's own fields by canonical key, then columns the
 * source does not know under their header. `skip` names the keys that live in their own fields.
 */
function detailColumns(b: HeaderBinding, skip: readonly string[]): DetailColumns {
  const known = b.keys.filter(([key]) => !skip.includes(key));
  return [...known, ...b.extra.filter(([name]) => !known.some(([key]) => key === name))];
}

/**
 * Reads the columns of the current record by canonical key. One per source, reused record after
 * record: no closure or lookup table is built per record.
 */
export class RowReader<K extends string> {
  private fields: readonly string[] = [];
  private binding: HeaderBinding | null = null;
  private details: DetailColumns = [];

  constructor(private readonly skip: readonly K[]) {}

  use(fields: readonly string[], b: HeaderBinding): void {
    this.fields = fields;
    if (b === this.binding) return;
    this.binding = b;
    this.details = detailColumns(b, this.skip);
  }

  readonly get = (key: K): string => valueOf(this.fields, this.binding!, key);

  /** The header as the file wrote it, for reject reasons. */
  name(key: K, fallback: string): string {
    return this.binding?.names[key] ?? fallback;
  }

  /** details: the record's non-empty fields except the skipped keys. */
  detailsOf(): Record<string, string> {
    const d: Record<string, string> = {};
    for (const [key, i] of this.details) if (this.fields[i] !== '') d[key] = this.fields[i];
    return d;
  }
}

/** An event with every field blank but the ones every source knows first; the source fills the rest. */
export function baseEvent(sourceId: string, category: string, time: number, timeText: string, details: Record<string, string>): NormalizedEvent {
  return {
    id: '', line: 0, raw: '', flags: 0, sourceId, category, time, timeText,
    actorName: '', actorEmail: '', actorLogin: '', actorId: '', actorKind: 'unknown',
    action: '', target: '', status: 'unknown', statusText: '', level: '', ip: '', serviceType: '', module: '', details,
  };
}
