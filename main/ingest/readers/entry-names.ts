/**
 * ZIP entry names and which entries are imported. Names without the UTF-8 flag (bit 11) are in
 * the zipping machine's code page: Windows Explorer on a Japanese system writes CP932, macOS and
 * most tools write UTF-8 without saying so; anything else falls back to CP437, the format's
 * default. Entry names are only ever shown, never used as paths on disk.
 */
import iconv from 'iconv-lite';
import { english, say, type IngestText } from '../../../shared/model/ingest-text';
import { invalidUtf8At } from './encoding';

const UTF8_FLAG = 0x800;
/** Info-ZIP Unicode Path extra field: a UTF-8 name beside a legacy one. */
const UNICODE_PATH_FIELD = 0x7075;

export interface RawExtraField { id: number; data: Buffer }

/** The entry's name as text, with the encoding it was read in. */
export function decodeEntryName(raw: Buffer, flags: number, extra: readonly RawExtraField[] = []): { name: string; encoding: string } {
  if (flags & UTF8_FLAG) return { name: raw.toString('utf8'), encoding: 'utf-8' };
  const unicode = extra.find((f) => f.id === UNICODE_PATH_FIELD);
  // version 1, CRC-32 of the legacy name (4 bytes), then the UTF-8 name
  if (unicode && unicode.data.length > 5 && unicode.data[0] === 1) return { name: unicode.data.subarray(5).toString('utf8'), encoding: 'utf-8' };
  if (raw.every((b) => b < 0x80)) return { name: raw.toString('latin1'), encoding: 'ascii' };
  if (invalidUtf8At(raw, false) < 0) return { name: raw.toString('utf8'), encoding: 'utf-8' };
  const sj = iconv.decode(raw, 'cp932');
  if (!sj.includes('\uFFFD')) return { name: sj, encoding: 'cp932' };
  return { name: iconv.decode(raw, 'cp437'), encoding: 'cp437' };
}

/** Back slashes (some Windows tools) become forward slashes; a leading slash goes. */
export function normalizeEntryPath(name: string): string {
  return name.replace(/\\/g, '/').replace(/^\/+/, '');
}

/** Extensions of files that are audit logs or may hold them. */
const LOG_EXTENSIONS = new Set(['csv', 'tsv', 'txt', 'log', 'json', 'jsonl', 'ndjson', 'xlsx', 'xlsm', 'gz']);

/** Extensions that are never a log: documents, images, executables, other archives. */
const NON_LOG_EXTENSIONS = new Set([
  'pdf', 'doc', 'docx', 'ppt', 'pptx', 'png', 'jpg', 'jpeg', 'gif', 'bmp', 'svg', 'webp', 'ico', 'heic',
  'exe', 'dll', 'so', 'dylib', 'bin', 'msi', 'dmg', 'pkg', 'app', 'jar', 'class',
  'md', 'html', 'htm', 'xml', 'rtf', 'ini', 'cfg', 'yml', 'yaml', 'sig', 'asc', 'p7s', 'sha256', 'md5',
  'zip', '7z', 'rar', 'tar', 'tgz', 'bz2', 'xz', 'zst', 'lz4', 'xls', 'ods', 'numbers',
]);

export function extensionOf(name: string): string {
  const base = name.slice(name.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  return dot <= 0 ? '' : base.slice(dot + 1).toLowerCase();
}

/**
 * Why an entry is not imported, or '' when it is. Only names are judged here; the content decides
 * the format later, so an unknown extension (or none) is still tried.
 */
export function skipReason(path: string, size: number, isEncrypted = false): string {
  const why = skipText(path, size, isEncrypted);
  return why ? english(why) : '';
}

/** skipReason as a text for the UI's language, or null when the entry is imported. */
export function skipText(path: string, size: number, isEncrypted = false): IngestText | null {
  const base = path.slice(path.lastIndexOf('/') + 1);
  if (path.startsWith('__MACOSX/') || path.includes('/__MACOSX/')) return say('skip.macosx');
  if (base.startsWith('._')) return say('skip.fork');
  if (base === '.DS_Store' || base === 'Thumbs.db' || base === 'desktop.ini') return say('skip.metadata');
  if (isEncrypted) return say('skip.encrypted');
  if (size === 0) return say('skip.empty');
  const ext = extensionOf(base);
  if (ext === 'zip') return say('skip.zipInZip');
  if (NON_LOG_EXTENSIONS.has(ext)) return say('skip.notLog', { ext });
  return null;
}

/** True when the extension names a log format (used to order guesses, never to refuse). */
export function hasLogExtension(name: string): boolean {
  return LOG_EXTENSIONS.has(extensionOf(name));
}
