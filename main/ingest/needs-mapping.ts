/**
 * A file whose header (or JSON records) no source and no saved mapping fits. When one of its
 * columns holds times, it could be an audit log we do not know yet: the import ends as
 * `needs-mapping`, writing no events, with the columns and a few sample rows, and the analyst maps
 * it. Otherwise (no column of times: a price list, a README) it stays "not a recognised audit log".
 */
import { MAX_SAMPLES, SAMPLE_CHARS, type MappingRequest } from '../../shared/mapping/column-mapping';
import { looksLikeTime } from '../../shared/mapping/mapped-time';
import { fileMessage, say, type IngestText } from '../../shared/model/ingest-text';

/** Ends an import as `needs-mapping`; `request` is what the mapping dialog shows. */
export class NeedsMapping extends Error {
  constructor(readonly fileName: string, readonly text: IngestText, readonly request: MappingRequest) {
    super(fileMessage(fileName, text));
    this.name = 'NeedsMapping';
  }
}

const cell = (s: string) => (s.length <= SAMPLE_CHARS ? s : s.slice(0, SAMPLE_CHARS));

/** True when some column of the samples holds a value that reads as a time. */
export function hasTimeColumn(columns: readonly string[], samples: readonly (readonly string[])[]): boolean {
  return columns.some((_, i) => samples.some((row) => looksLikeTime(row[i] ?? '')));
}

/** Shown in messages: a header line without control characters, cut short. */
export function shownHeader(raw: string): string {
  const s = raw.replace(/[\x00-\x1F]/g, ' ');
  if (s.length <= 200) return s;
  return s.slice(0, (s.charCodeAt(199) & 0xfc00) === 0xd800 ? 199 : 200); // not half a surrogate pair
}

/** An unknown table header and the records after it, gathered until there are enough to judge. */
export class UnknownHeader {
  private readonly samples: string[][] = [];

  constructor(private readonly fileName: string, readonly columns: readonly string[], readonly line: number, private readonly raw: string) {}

  /** Takes one record after the header; true once enough samples are in hand to decide. */
  add(fields: readonly string[], wellFormed: boolean): boolean {
    if (wellFormed && fields.some((f) => f.trim() !== '')) this.samples.push(fields.map(cell));
    return this.samples.length >= MAX_SAMPLES;
  }

  /** NeedsMapping when a column holds times; null when the file is not a log we could map. */
  needsMapping(): NeedsMapping | null {
    if (!hasTimeColumn(this.columns, this.samples)) return null;
    const request: MappingRequest = { kind: 'table', columns: this.columns.map(cell), samples: this.samples, line: this.line };
    return new NeedsMapping(this.fileName, say('file.needsMapping', { line: this.line, header: shownHeader(this.raw) }), request);
  }

  notALog(): IngestText {
    return say('file.notALog', { line: this.line, header: shownHeader(this.raw) });
  }
}

/**
 * Flattened JSON records no source knows, aligned on the union of their keys (first seen first);
 * NeedsMapping when a key holds times, else null.
 */
export function jsonNeedsMapping(fileName: string, records: readonly Map<string, string>[], line: number): NeedsMapping | null {
  const columns: string[] = [];
  const seen = new Set<string>();
  for (const r of records) for (const k of r.keys()) if (!seen.has(k)) { seen.add(k); columns.push(k); }
  const samples = records.slice(0, MAX_SAMPLES).map((r) => columns.map((c) => cell(r.get(c) ?? '')));
  if (columns.length === 0 || !hasTimeColumn(columns, samples)) return null;
  const request: MappingRequest = { kind: 'json', columns: columns.slice(0, 1000).map(cell), samples: samples.map((s) => s.slice(0, 1000)), line };
  const shown = columns.slice(0, 8).join(', ');
  return new NeedsMapping(fileName, say('file.jsonNeedsMapping', { keys: `${shown}${columns.length > 8 ? ', …' : ''}` }), request);
}
