/**
 * What a file is, from its first bytes and then its first characters (the extension is only a
 * hint: Excel saves "Unicode text" as .txt, API pages are saved as .txt or without extension).
 */
import { isGzip } from './gzip';

export type ByteKind = 'gzip' | 'zip' | 'xlsx' | 'tar' | 'other';
/** The formats the importer reads; what an import record shows. */
export type FileFormat = 'csv' | 'tsv' | 'json' | 'jsonl' | 'xlsx';

/** Bytes needed to tell the kinds apart (the tar magic sits at offset 257). */
export const SNIFF_HEAD_BYTES = 512;

const isZip = (h: Uint8Array) => h.length >= 4 && h[0] === 0x50 && h[1] === 0x4b && (h[2] === 3 || h[2] === 5) && (h[3] === 4 || h[3] === 6);

/** The name of the first entry of a ZIP, from its local header. */
function firstEntryName(head: Uint8Array): string {
  if (head.length < 30) return '';
  const b = Buffer.from(head.buffer, head.byteOffset, head.byteLength);
  const len = b.readUInt16LE(26);
  return b.subarray(30, Math.min(30 + len, b.length)).toString('latin1');
}

/** The parts an OOXML workbook starts with (Excel writes `[Content_Types].xml` first). */
const WORKBOOK_PART = /^(\[Content_Types\]\.xml|xl\/|docProps\/|_rels\/)/;

/**
 * The container kind of a file from its head. A ZIP is a workbook when its name says so, or, for
 * other names than .zip, when its first entry is one of a workbook's own parts.
 */
export function sniffBytes(head: Uint8Array, name: string): ByteKind {
  if (isGzip(head)) return 'gzip';
  if (isZip(head)) {
    if (/\.xls[xm]$/i.test(name)) return 'xlsx';
    if (/\.zip$/i.test(name)) return 'zip';
    return WORKBOOK_PART.test(firstEntryName(head)) ? 'xlsx' : 'zip';
  }
  if (head.length >= 262 && Buffer.from(head.buffer, head.byteOffset + 257, 5).toString('latin1') === 'ustar') return 'tar';
  return 'other';
}

/**
 * JSON or delimited text, from the first character that is not white space or a BOM; null while
 * the text seen so far is only white space.
 */
export function sniffText(text: string): 'json' | 'delimited' | null {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0xfeff) continue;
    return c === 0x5b || c === 0x7b ? 'json' : 'delimited';
  }
  return null;
}
