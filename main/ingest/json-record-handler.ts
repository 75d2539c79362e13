/**
 * One JSON record at a time: the best-fitting JSON source normalizes it, or it is a reject with
 * its line and reason. A source that has the vendor's own record id (Okta uuid, Graph id …) makes
 * that id the event id (rule 5: the same record re-exported with other formatting is still a
 * duplicate); otherwise the id hashes the record's canonical JSON text and its occurrence.
 */
import { english, say, verbatim, type IngestText } from '../../shared/model/ingest-text';
import { EVENT_FLAGS, type NormalizedEvent } from '../../shared/model/event';
import type { BatchBuilder } from './batch-builder';
import { RowHasher } from './event-id';
import { OccurrenceTable } from './occurrence-table';
import { PAGE_ARRAY_KEYS } from './readers/json-records';
import { salvageJsonObject } from './readers/json-salvage';
import { MAX_SAMPLES } from '../../shared/mapping/column-mapping';
import { jsonNeedsMapping } from './needs-mapping';
import { detectJsonSource, JSON_SOURCES } from './sources/json-registry';
import { flattenRecord, MappedJsonSources } from './sources/mapped-json';
import type { JsonRecord, JsonSourceModule } from './sources/json-source';
import { IngestFailure, type HandlerOptions } from './record-handler';
import { WallClock } from './sources/wall-time';
import type { NormalizeContext, NormalizeResult } from './sources/source-module';

const REJECT_RAW_CHARS = 4096;
/**
 * Records no source knows, held back while no record has been recognised: a file of them is not an
 * audit log we know (skipped or failed as a whole, with nothing sent), and past this many it is
 * given up without reading the rest.
 */
const UNKNOWN_BEFORE_GIVING_UP = 1000;
const CONTROL = /[\x00-\x08\x0B\x0C\x0E-\x1F]/;
const CONTROL_ALL = /[\x00-\x08\x0B\x0C\x0E-\x1F]/g;
/** Display fields: formula-looking values are flagged, C0 controls removed (raw keeps them). */
const DISPLAY_FIELDS = ['actorName', 'actorEmail', 'actorLogin', 'actorId', 'action', 'target', 'statusText', 'level', 'ip', 'serviceType', 'module'] as const;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const isObjectArray = (v: unknown): v is Record<string, unknown>[] => Array.isArray(v) && v.length > 0 && v.every(isObject);

/** The records of an API page saved as one line of JSON Lines, or null when `rec` is not a page. */
function pageRecords(rec: Record<string, unknown>): unknown[] | null {
  for (const [k, v] of Object.entries(rec)) if (PAGE_ARRAY_KEYS.has(k.toLowerCase()) && isObjectArray(v)) return v;
  return null;
}

/**
 * For an object no source knows: its only array of objects, taken as a page under a name we have
 * not met (`{"auditLogEvents":[…]}`); null when it has none or several.
 */
function soleObjectArray(rec: Record<string, unknown>): Record<string, unknown>[] | null {
  const arrays = Object.values(rec).filter(isObjectArray);
  return arrays.length === 1 ? arrays[0] : null;
}

const looksLikeFormula = (s: string) => s !== '' && '=+-@\t\r'.includes(s[0]);

/** Flags of a normalized event, stripping C0 controls from its display fields. */
export function flagDisplayFields(ev: NormalizedEvent): number {
  let flags = 0;
  for (const f of DISPLAY_FIELDS) {
    const v = ev[f];
    if (looksLikeFormula(v)) flags |= EVENT_FLAGS.formula;
    if (CONTROL.test(v)) {
      flags |= EVENT_FLAGS.control;
      ev[f] = v.replace(CONTROL_ALL, '') as never;
    }
  }
  for (const [k, v] of Object.entries(ev.details)) {
    if (looksLikeFormula(v)) flags |= EVENT_FLAGS.formula;
    if (CONTROL.test(v)) {
      flags |= EVENT_FLAGS.control;
      ev.details[k] = v.replace(CONTROL_ALL, '');
    }
  }
  return flags;
}

export class JsonRecordHandler {
  private readonly ctx: NormalizeContext;
  private readonly seen = new OccurrenceTable();
  private readonly hashers = new Map<string, RowHasher>();
  /** ids of the sources met, in order */
  readonly sourceIds: string[] = [];
  /** records no source recognised; with no event at all, the file is not an audit log we know */
  unknown = 0;
  firstUnknownKeys = '';
  events = 0;
  private held: [line: number, why: IngestText, raw: string][] = [];
  private readonly mapped: MappedJsonSources;
  /** the first unknown records, flattened: what a mapping dialog would show */
  private readonly unknownSamples: Map<string, string>[] = [];
  private firstUnknownLine = 0;

  constructor(private readonly opts: HandlerOptions, private readonly out: BatchBuilder, private readonly sources: readonly JsonSourceModule[] = JSON_SOURCES) {
    this.ctx = { clock: new WallClock(opts.timeZone) };
    this.mapped = new MappedJsonSources(opts.mappings);
  }

  readonly onRecord = (raw: string, line: number, value: unknown, error: string, errorText?: IngestText): void => {
    if (error) return this.onDamaged(raw, line, error, errorText ?? verbatim(error));
    if (!isObject(value)) return this.reject(line, say('reject.notAnObject', { kind: Array.isArray(value) ? 'an array' : typeof value }), raw);
    const page = pageRecords(value);
    if (page) {
      for (const el of page) this.onRecord(JSON.stringify(el), line, el, '');
      return;
    }
    this.normalizeRecord(value, raw, line, '');
  };

  /**
   * A record that does not parse: imported from the members that survived when a source can
   * (flagged, raw kept whole: rule 7), else a reject with the parse error.
   */
  private onDamaged(raw: string, line: number, error: string, errorText: IngestText): void {
    const partial = salvageJsonObject(raw);
    if (!partial || !this.detect(partial)) return this.reject(line, errorText, raw);
    this.normalizeRecord(partial, raw, line, error, errorText);
  }

  /** `damage` is the parse error of a salvaged record ('' for a whole one), `damageText` the same for the UI. */
  private normalizeRecord(value: Record<string, unknown>, raw: string, line: number, damage: string, damageText?: IngestText): void {
    const source = this.detect(value);
    const inner = source || damage ? null : soleObjectArray(value);
    if (inner && inner.some((el) => this.detect(el))) {
      for (const el of inner) this.normalizeRecord(el, JSON.stringify(el), line, '');
      return;
    }
    if (!source) return this.onUnknown(value, raw, line);
    let results: NormalizeResult[];
    try {
      results = source.normalizeMany ? source.normalizeMany(value, this.ctx) : [source.normalize(value, this.ctx)];
    } catch (e) {
      return this.reject(line, say('reject.sourceSays', { source: source.id, reason: verbatim((e as Error).message) }), raw);
    }
    if (results.length === 0) return this.reject(line, say('reject.noEvent', { source: source.id }), raw);
    const many = source.normalizeMany !== undefined;
    results.forEach((r, i) => {
      if (!r.ok) {
        let why = r.text ?? verbatim(r.reason);
        if (results.length > 1) why = say('reject.eventOf', { n: i + 1, reason: why });
        return this.reject(line, damage ? say('reject.damagedRest', { damage: damageText ?? verbatim(damage), reason: why }) : why, raw);
      }
      if (damage) {
        r.event.flags |= EVENT_FLAGS.badJson;
        r.event.details.jsonError = damage;
      }
      this.toEvent(r.event, source, value, raw, line, many ? i : -1);
    });
  }

  private onUnknown(value: Record<string, unknown>, raw: string, line: number): void {
    this.unknown++;
    const keys = Object.keys(value).slice(0, 8).join(', ');
    this.firstUnknownKeys ||= keys;
    if (this.events > 0) return this.reject(line, say('reject.unknownRecord', { keys }), raw);
    if (this.unknownSamples.length < MAX_SAMPLES) {
      this.unknownSamples.push(flattenRecord(value));
      this.firstUnknownLine ||= line;
    }
    if (this.unknown > UNKNOWN_BEFORE_GIVING_UP) {
      throw this.unrecognised(say('file.notJsonLog', { n: UNKNOWN_BEFORE_GIVING_UP, keys: this.firstUnknownKeys }));
    }
    this.held.push([line, say('reject.unknownRecord', { keys }), raw]);
  }

  /** A known source first; a saved mapping only for a record no source knows. */
  private detect(rec: JsonRecord): JsonSourceModule | null {
    return detectJsonSource(rec, this.sources) ?? this.mapped.detect(rec);
  }

  /**
   * Why a file of records no source knows ends: it needs a mapping when a key holds times
   * (needs-mapping.ts), else `why` (not an audit log we know).
   */
  unrecognised(why: IngestText): Error {
    return jsonNeedsMapping(this.opts.fileName, this.unknownSamples, this.firstUnknownLine) ?? new IngestFailure(this.opts.fileName, why, true);
  }

  /**
   * `part` numbers the events of one record (normalizeMany), -1 for a record's only event. Ids
   * and the file's source list follow the event's own sourceId, which a module may choose per
   * record (Google Reports: `google.reports.<application>`).
   */
  private toEvent(ev: NormalizedEvent, source: JsonSourceModule, rec: JsonRecord, raw: string, line: number, part: number): void {
    let hasher = this.hashers.get(ev.sourceId);
    if (!hasher) {
      hasher = new RowHasher(ev.sourceId);
      this.hashers.set(ev.sourceId, hasher);
      this.sourceIds.push(ev.sourceId);
    }
    const suffix = part < 0 ? '' : `\u0001#${part}`;
    const vendorId = source.recordId?.(rec) ?? null;
    let lanes: Float64Array;
    if (vendorId) {
      // the vendor's id alone decides: no occurrence count, a repeat is a duplicate
      lanes = hasher.lanes(`\u0001id:${vendorId}${suffix}`, 0);
    } else {
      const canonical = JSON.stringify(rec) + suffix;
      lanes = hasher.lanes(canonical, 0);
      const n = this.seen.next(lanes[0], lanes[1]);
      if (n > 0) lanes = hasher.lanes(canonical, n);
    }
    ev.line = line;
    ev.raw = raw;
    ev.flags |= flagDisplayFields(ev);
    if (this.events++ === 0) {
      // the file is a log after all: the records held back are rejects
      for (const [l, reason, r] of this.held) this.reject(l, reason, r);
      this.held = [];
    }
    this.out.add(ev, lanes);
  }

  private reject(line: number, text: IngestText, raw: string): void {
    const cut = raw.length <= REJECT_RAW_CHARS ? raw : raw.slice(0, REJECT_RAW_CHARS);
    this.out.reject({ importId: this.opts.importId, line, reason: english(text), text, raw: cut });
  }
}
