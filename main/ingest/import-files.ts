/**
 * The entry point that the app's import service and the CLI share: what the user gave (files,
 * folders, ZIP archives) becomes units, one per file or archive entry, each with its provenance;
 * `runImport` runs the pipeline on every unit in turn and reports each one's outcome. A unit that
 * is not imported says why (skipped), and a container that cannot be opened fails on its own: the
 * other inputs still import.
 */
import { open, readdir, stat } from 'node:fs/promises';
import type { FileArrival } from '../files/file-arrival';
import path from 'node:path';
import type { ColumnMapping, MappingRequest } from '../../shared/mapping/column-mapping';
import { sniffBytes } from './readers/format-sniff';
import { listZipEntries } from './readers/zip-archive';
import { runIngest, type IngestResult, type IngestSink } from './pipeline';
import { describeFailure, type Described } from './ingest-failures';
import { say, type IngestText } from '../../shared/model/ingest-text';

/** What one import reads: a file, or one entry of a ZIP archive. */
export interface InputUnit {
  /** the file on disk (the archive, for an entry) */
  path: string;
  /** the entry's path inside the archive */
  entry?: string;
  /** the entry's index in the archive's central directory: what opens it */
  entryIndex?: number;
  /** the archive's file name */
  container?: string;
  /** for messages and the import record: "export.zip › logs/login.csv", or the file's name */
  displayName: string;
  /** bytes of the file, or of the entry expanded */
  size: number;
  /** how the entry's name was decoded (utf-8, ascii, cp932, cp437) */
  nameEncoding?: string;
  /** set when the unit is not imported: why */
  skip?: string;
  /** `skip` for the UI's language */
  skipText?: IngestText;
  /** set when the file or archive could not be opened: why (names it) */
  error?: string;
  /** `error` without the file's name, for the UI's language, where a key covers it */
  errorText?: IngestText;
  /** a plain file still being uploaded: read as it arrives */
  arrival?: FileArrival;
}

/** `needs-mapping`: no source and no mapping fits the columns, one of which holds times; nothing imported */
export type UnitStatus = 'complete' | 'partial' | 'skipped' | 'failed' | 'cancelled' | 'needs-mapping';

export interface UnitResult {
  unit: InputUnit;
  status: UnitStatus;
  message: string;
  events: number;
  rejected: number;
  sha256: string;
  encoding: string;
  sourceId: string;
  /** csv, tsv, json, jsonl, xlsx; with "+gzip" when the bytes were gzip-compressed */
  format: string;
  /** with `needs-mapping`: the columns and sample rows to map */
  mappingRequest?: MappingRequest;
}

/**
 * A path, optionally with the name the user knows it by (web-mode uploads live under temp names)
 * and, for an upload still arriving, its arrival.
 */
export type InputPath = string | { path: string; name: string; arrival?: FileArrival };

/** Bytes the container sniff looks at. */
const SNIFF_BYTES = 512;

/** The separator between an archive and an entry in provenance: "export.zip › logs/login.csv". */
export const ENTRY_SEPARATOR = ' › ';

async function head(filePath: string, n: number): Promise<Buffer> {
  const fh = await open(filePath, 'r');
  try {
    const buf = Buffer.alloc(n);
    const { bytesRead } = await fh.read(buf, 0, n, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
}

async function* expandZip(filePath: string, name: string): AsyncGenerator<InputUnit> {
  const entries = await listZipEntries(filePath, name);
  for (const e of entries) {
    if (e.isDirectory) continue; // folders are structure, not files
    const unit: InputUnit = {
      path: filePath, entry: e.path, entryIndex: e.index, container: name, displayName: `${name}${ENTRY_SEPARATOR}${e.path}`,
      size: e.size, nameEncoding: e.nameEncoding,
    };
    if (e.skip) unit.skip = e.skip;
    if (e.skipText) unit.skipText = e.skipText;
    yield unit;
  }
}

/** Files of a folder, recursively, in name order. */
async function filesUnder(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const d of (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
    const p = path.join(dir, d.name);
    if (d.isDirectory()) out.push(...(await filesUnder(p)));
    else if (d.isFile()) out.push(p);
  }
  return out;
}

/** The units of every input, in order: a ZIP becomes its entries, a folder its files. */
export async function* expandInputs(inputs: readonly InputPath[]): AsyncGenerator<InputUnit> {
  for (const input of inputs) {
    const filePath = typeof input === 'string' ? input : input.path;
    const name = typeof input === 'string' ? path.basename(input) : input.name;
    const arrival = typeof input === 'string' ? undefined : input.arrival;
    let size = 0;
    try {
      if (arrival) {
        // a plain file is read as it arrives; an archive or workbook is read whole, once it is here
        await arrival.whenBytes(SNIFF_BYTES);
        if (arrival.size > 0 && sniffBytes(await head(filePath, SNIFF_BYTES), name) === 'other') {
          yield { path: filePath, displayName: name, size: arrival.size, arrival };
          continue;
        }
        await arrival.done;
      }
      const info = await stat(filePath);
      if (info.isDirectory()) {
        for (const f of await filesUnder(filePath)) yield* expandInputs([{ path: f, name: path.relative(path.dirname(filePath), f) }]);
        continue;
      }
      size = info.size;
      if (sniffBytes(await head(filePath, SNIFF_BYTES), name) !== 'zip') {
        yield { path: filePath, displayName: name, size };
        continue;
      }
    } catch (e) {
      yield { path: filePath, displayName: name, size, ...failedUnit(describeFailure(e, name, 0)) };
      continue;
    }
    // listed whole before any entry is yielded: a limit error fails the archive before it imports anything
    let units: InputUnit[];
    try {
      units = [];
      for await (const u of expandZip(filePath, name)) units.push(u);
    } catch (e) {
      yield { path: filePath, displayName: name, container: name, size, ...failedUnit(describeFailure(e, name, 0)) };
      continue;
    }
    yield* units;
  }
}

export interface RunImportOptions {
  timeZone: string;
  encoding?: string;
  /** the analyst's column mappings (shared/mapping/column-mapping.ts) */
  mappings?: readonly ColumnMapping[];
  batchSize?: number;
  signal?: AbortSignal;
  /** the import id of a unit; default `imp_<n>` */
  importIdOf?(unit: InputUnit, n: number): string;
  /** where a unit's batches go; each resolves when committed */
  sinkFor(unit: InputUnit, importId: string): IngestSink;
}

/** Runs the pipeline on one unit (skipped and unopenable units run nothing). */
export async function importUnit(unit: InputUnit, importId: string, opts: Omit<RunImportOptions, 'sinkFor' | 'importIdOf'>, sink: IngestSink): Promise<UnitResult> {
  const base = { unit, events: 0, rejected: 0, sha256: '', encoding: '', sourceId: '', format: '' };
  if (unit.error) return { ...base, status: 'failed', message: unit.error };
  if (unit.skip) return { ...base, status: 'skipped', message: skippedByName(unit).message };
  const r = await runIngest({
    filePath: unit.path, fileName: unit.displayName, entry: unit.entry, entryIndex: unit.entryIndex, size: unit.entry !== undefined ? unit.size : undefined,
    importId, timeZone: opts.timeZone, encoding: opts.encoding, batchSize: opts.batchSize, signal: opts.signal, mappings: opts.mappings,
  }, sink);
  return toUnitResult(unit, r);
}

export function formatLabel(r: Pick<IngestResult, 'format' | 'gzip'>): string {
  return r.format ? `${r.format}${r.gzip ? '+gzip' : ''}` : r.gzip ? 'gzip' : '';
}

/**
 * An archive entry whose content is not an audit log (a README, a report) is skipped, as its name
 * would have had it skipped; a file the user chose by itself fails, so that they notice.
 */
export function isSkippedEntry(unit: InputUnit, r: IngestResult): boolean {
  return unit.entry !== undefined && r.status === 'failed' && r.notALog === true;
}

/** "zip › entry: skipped: why", and the same without the entry's name for the UI's language when `whyText` is given. */
function skippedWith(unit: InputUnit, why: string, whyText: IngestText | undefined): Described {
  const message = `${unit.displayName}: skipped: ${why}`;
  return whyText ? { message, text: say('file.skipped', { why: whyText }) } : { message };
}

/** An entry skipped for its content (its failure said why). */
export function skippedForContent(unit: InputUnit, r: IngestResult): Described {
  const why = r.message.startsWith(`${unit.displayName}: `) ? r.message.slice(unit.displayName.length + 2) : r.message;
  return skippedWith(unit, why, r.text);
}

/** A unit left out by its name (`unit.skip`). */
export function skippedByName(unit: InputUnit): Described {
  return skippedWith(unit, unit.skip ?? '', unit.skipText);
}

function failedUnit(d: Described): Pick<InputUnit, 'error' | 'errorText'> {
  return d.text ? { error: d.message, errorText: d.text } : { error: d.message };
}

export function toUnitResult(unit: InputUnit, r: IngestResult): UnitResult {
  const skipped = isSkippedEntry(unit, r);
  const status: UnitStatus = skipped ? 'skipped' : r.status === 'finished' ? 'complete' : r.status;
  // nothing of a skipped or unmapped file is imported: its counts are zero
  const none = skipped || r.status === 'needs-mapping';
  const result: UnitResult = {
    unit, status, message: skipped ? skippedForContent(unit, r).message : r.message, events: none ? 0 : r.read, rejected: none ? 0 : r.rejected,
    sha256: r.sha256, encoding: r.encoding, sourceId: r.sourceId, format: formatLabel(r),
  };
  if (r.mappingRequest) result.mappingRequest = r.mappingRequest;
  return result;
}

/** Expands the inputs and imports every unit, one at a time; yields each unit's result as it ends. */
export async function* runImport(inputs: readonly InputPath[], opts: RunImportOptions): AsyncGenerator<UnitResult> {
  let n = 0;
  for await (const unit of expandInputs(inputs)) {
    const importId = opts.importIdOf?.(unit, n) ?? `imp_${n}`;
    n++;
    if (opts.signal?.aborted) {
      yield { unit, status: 'cancelled', message: `${unit.displayName}: cancelled`, events: 0, rejected: 0, sha256: '', encoding: '', sourceId: '', format: '' };
      continue;
    }
    yield await importUnit(unit, importId, opts, opts.sinkFor(unit, importId));
  }
}
