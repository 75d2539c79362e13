/**
 * ZIP archives through yauzl: list the entries from the central directory (without reading any
 * data), and stream one entry's bytes. yauzl checks every entry's actual size against its declared
 * one, so the declared sizes can be summed and capped up front; the bytes are counted again while
 * they stream (limits.ts).
 */
import yauzl from 'yauzl';
import {
  ExpansionGuard, inMb, LimitError, MAX_COMPRESSION_RATIO, MAX_ENTRY_EXPANDED_BYTES, MAX_TOTAL_EXPANDED_BYTES, MAX_ZIP_ENTRIES, RATIO_GRACE_BYTES,
} from '../limits';
import { decodeEntryName, normalizeEntryPath, skipText } from './entry-names';
import { english, say, type IngestText } from '../../../shared/model/ingest-text';

export interface ZipEntryInfo {
  /** position in the central directory: what opens it again */
  index: number;
  /** the entry's path inside the archive, decoded */
  path: string;
  /** how the name was decoded: utf-8, ascii, cp932, cp437 */
  nameEncoding: string;
  size: number;
  compressedSize: number;
  isDirectory: boolean;
  /** why it is not imported, '' when it is */
  skip: string;
  /** `skip` for the UI's language */
  skipText?: IngestText;
}

const ZIP_OPTIONS = { lazyEntries: true, autoClose: false, decodeStrings: false, validateEntrySizes: true } as const;

function openZip(filePath: string): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) => yauzl.open(filePath, ZIP_OPTIONS, (err, zip) => (err ? reject(err) : resolve(zip))));
}

/** Calls `onEntry` for each central-directory entry until it returns false or the list ends. */
function walk(zip: yauzl.ZipFile, onEntry: (e: yauzl.Entry, index: number) => boolean): Promise<void> {
  return new Promise((resolve, reject) => {
    let index = 0;
    zip.on('entry', (e: yauzl.Entry) => {
      if (onEntry(e, index++)) zip.readEntry();
      else resolve();
    });
    zip.on('end', () => resolve());
    zip.on('error', reject);
    zip.readEntry();
  });
}

function infoOf(e: yauzl.Entry, index: number, where: string): ZipEntryInfo {
  const { name, encoding } = decodeEntryName(e.fileNameRaw, e.generalPurposeBitFlag, e.extraFields);
  const path = normalizeEntryPath(name);
  const isDirectory = path.endsWith('/');
  let why: IngestText | null = isDirectory ? say('skip.folder') : skipText(path, e.uncompressedSize, e.isEncrypted());
  let skip = why ? english(why) : '';
  if (!skip && e.uncompressedSize > MAX_ENTRY_EXPANDED_BYTES) {
    throw new LimitError('entry-size', `${where} › ${path}`, say('limit.declares', { size: inMb(e.uncompressedSize), max: inMb(MAX_ENTRY_EXPANDED_BYTES) }));
  }
  if (!skip && e.uncompressedSize > RATIO_GRACE_BYTES && e.uncompressedSize / Math.max(e.compressedSize, 1) > MAX_COMPRESSION_RATIO) {
    throw new LimitError('ratio', `${where} › ${path}`, say('limit.ratio', { ratio: MAX_COMPRESSION_RATIO, out: inMb(e.uncompressedSize), kb: Math.ceil(e.compressedSize / 1024) }));
  }
  if (!skip && !e.canDecodeFileData()) {
    why = say('skip.compression', { method: e.compressionMethod });
    skip = english(why);
  }
  return { index, path, nameEncoding: encoding, size: e.uncompressedSize, compressedSize: e.compressedSize, isDirectory, skip, ...(why ? { skipText: why } : {}) };
}

/**
 * Every entry of the archive, folders included. Throws LimitError when the archive has too many
 * entries or would expand past the caps; `where` names the archive in messages.
 */
export async function listZipEntries(filePath: string, where: string): Promise<ZipEntryInfo[]> {
  const zip = await openZip(filePath);
  try {
    if (zip.entryCount > MAX_ZIP_ENTRIES) {
      throw new LimitError('entries', where, say('limit.entries', { n: zip.entryCount, max: MAX_ZIP_ENTRIES }));
    }
    const out: ZipEntryInfo[] = [];
    let total = 0;
    let failure: unknown = null;
    await walk(zip, (e, index) => {
      try {
        const info = infoOf(e, index, where);
        if (!info.skip) total += info.size;
        if (total > MAX_TOTAL_EXPANDED_BYTES) {
          throw new LimitError('total-size', where, say('limit.totalSize', { max: inMb(MAX_TOTAL_EXPANDED_BYTES) }));
        }
        out.push(info);
        return true;
      } catch (err) {
        failure = err;
        return false;
      }
    });
    if (failure) throw failure;
    return out;
  } finally {
    zip.close();
  }
}

function openStream(zip: yauzl.ZipFile, e: yauzl.Entry): Promise<NodeJS.ReadableStream> {
  return new Promise((resolve, reject) => zip.openReadStream(e, (err, s) => (err ? reject(err) : resolve(s))));
}

/**
 * The bytes of entry `index` as they expand. `expectPath` guards against an archive that changed
 * since it was listed. The archive is closed when the iteration ends, however it ends.
 */
export async function* readZipEntry(filePath: string, index: number, expectPath: string, where: string): AsyncGenerator<Buffer> {
  const zip = await openZip(filePath);
  try {
    let found: yauzl.Entry | null = null;
    await walk(zip, (e, i) => {
      if (i < index) return true;
      found = e;
      return false;
    });
    const entry = found as yauzl.Entry | null;
    if (!entry) throw new Error(`${where}: entry ${index} is missing (the archive changed since it was opened?)`);
    const info = infoOf(entry, index, where);
    if (info.path !== expectPath) throw new Error(`${where}: entry ${index} is now "${info.path}" (the archive changed since it was opened?)`);
    const guard = new ExpansionGuard(where, () => entry.compressedSize);
    const stream = await openStream(zip, entry);
    try {
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        guard.add(chunk.length);
        yield chunk;
      }
    } finally {
      (stream as unknown as { destroy(): void }).destroy();
    }
  } finally {
    zip.close();
  }
}
