/**
 * Which text encoding a file uses, and a streaming decoder for it (reference §0 rule 1):
 * a BOM names it (UTF-8, UTF-16LE/BE); otherwise strict UTF-8, else CP932 (Windows-31J, what
 * Japanese SaaS and Excel call Shift_JIS, with the NEC/IBM extensions), else EUC-KR. Never
 * Latin-1. Multi-byte characters split across chunks decode whole (stateful decoders).
 */
import { isAscii } from 'node:buffer';
import iconv from 'iconv-lite';

export type EncodingLabel = 'utf-8' | 'utf-16le' | 'utf-16be' | 'cp932' | 'euc-kr';

/**
 * Thrown when bytes cannot be decoded in the chosen encoding. `byte` is the file offset of the
 * first bad byte as near as it can be told; `newlines` counts the line feeds between the start of
 * the chunk that failed and that byte, so that the caller can name the line.
 */
export class DecodeError extends Error {
  constructor(readonly encoding: string, readonly byte: number, readonly newlines = 0) {
    super(`not valid ${encoding}`);
    this.name = 'DecodeError';
  }
}

function lineFeeds(bytes: Uint8Array, end: number): number {
  let n = 0;
  for (let i = bytes.indexOf(10); i !== -1 && i < end; i = bytes.indexOf(10, i + 1)) n++;
  return n;
}

/**
 * Index of the first byte that is not part of well-formed UTF-8 (RFC 3629), or -1. With
 * `midStream`, continuation bytes at the very start belong to a character begun in the previous
 * chunk and are skipped; a sequence cut by the end of the chunk is not an error here.
 */
export function invalidUtf8At(b: Uint8Array, midStream: boolean): number {
  let i = 0;
  while (midStream && i < 3 && i < b.length && (b[i] & 0xc0) === 0x80) i++;
  while (i < b.length) {
    const c = b[i];
    if (c < 0x80) {
      i++;
      continue;
    }
    const n = c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xf0 && c <= 0xf4 ? 4 : 0;
    if (n === 0) return i;
    const lo = c === 0xe0 ? 0xa0 : c === 0xf0 ? 0x90 : 0x80;
    const hi = c === 0xed ? 0x9f : c === 0xf4 ? 0x8f : 0xbf;
    for (let k = 1; k < n; k++) {
      if (i + k >= b.length) return -1;
      const d = b[i + k];
      if (d < (k === 1 ? lo : 0x80) || d > (k === 1 ? hi : 0xbf)) return i;
    }
    i += n;
  }
  return -1;
}

const ALIASES: Record<string, EncodingLabel> = {
  'utf-8': 'utf-8', utf8: 'utf-8', 'utf-8-bom': 'utf-8',
  'utf-16le': 'utf-16le', 'utf-16': 'utf-16le', utf16le: 'utf-16le', 'utf-16be': 'utf-16be', utf16be: 'utf-16be',
  cp932: 'cp932', 'windows-31j': 'cp932', shift_jis: 'cp932', 'shift-jis': 'cp932', sjis: 'cp932', ms932: 'cp932',
  'euc-kr': 'euc-kr', euckr: 'euc-kr', cp949: 'euc-kr', 'ks_c_5601-1987': 'euc-kr', 'windows-949': 'euc-kr',
};

/** The encoding a user asked for, or null when we cannot decode it. */
export function encodingFromName(name: string): EncodingLabel | null {
  return ALIASES[name.trim().toLowerCase()] ?? null;
}

/** The encoding a BOM at the start of the file names, with the BOM's length. */
export function sniffBom(head: Uint8Array): { encoding: EncodingLabel; length: number } | null {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

function isUtf8(sample: Uint8Array, complete: boolean): boolean {
  try {
    // stream: a sample cut inside a character is not an error unless the file ends there
    new TextDecoder('utf-8', { fatal: true }).decode(sample, { stream: !complete });
    return true;
  } catch {
    return false;
  }
}

function countIn(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= from && c <= to) n++;
  }
  return n;
}

/** Replacement characters in a legacy decode, ignoring one at the end of a sample cut mid-character. */
function badCount(text: string, complete: boolean): number {
  const n = countIn(text, 0xfffd, 0xfffd);
  return !complete && text.endsWith('\uFFFD') ? n - 1 : n;
}

/**
 * Guess for bytes that hold non-ASCII text and no BOM. Most EUC-KR byte pairs are also valid
 * CP932, decoding to half-width katakana and kanji; so when both decode cleanly, a CP932 reading
 * dominated by half-width katakana while the EUC-KR reading shows Hangul is taken as EUC-KR.
 */
export function guessEncoding(sample: Uint8Array, complete: boolean): EncodingLabel | null {
  if (isUtf8(sample, complete)) return 'utf-8';
  const sj = iconv.decode(Buffer.from(sample), 'cp932');
  const kr = iconv.decode(Buffer.from(sample), 'euc-kr');
  const sjBad = badCount(sj, complete);
  const krBad = badCount(kr, complete);
  if (sjBad === 0 && krBad === 0) {
    const nonAscii = sj.length - countIn(sj, 0, 0x7f);
    const halfKana = countIn(sj, 0xff61, 0xff9f);
    return halfKana > nonAscii * 0.3 && countIn(kr, 0xac00, 0xd7a3) > 0 ? 'euc-kr' : 'cp932';
  }
  if (sjBad === 0) return 'cp932';
  if (krBad === 0) return 'euc-kr';
  return null;
}

export interface ChunkDecoder {
  /** text of `bytes`, which start at file offset `offset`; throws DecodeError */
  write(bytes: Uint8Array, offset: number): string;
  end(offset: number): string;
}

/** ASCII bytes as text: each byte is its own character, copied without a decoder. */
export function asciiText(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}

/**
 * True when `bytes` do not end inside a UTF-8 sequence, so that a streaming decoder holds nothing
 * back; false also for a tail that is no UTF-8 at all (the decoder then judges the next bytes).
 */
export function endsWholeUtf8(bytes: Uint8Array): boolean {
  const n = bytes.length;
  if (n === 0 || bytes[n - 1] < 0x80) return true;
  for (let back = 1; back <= 4 && back <= n; back++) {
    const b = bytes[n - back];
    if ((b & 0xc0) === 0x80) continue; // a continuation byte: the lead is further back
    const length = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 0;
    return length === back;
  }
  return false;
}

function webDecoder(encoding: EncodingLabel): ChunkDecoder {
  // ignoreBOM: the caller strips the file's BOM; one further in (glued exports) stays visible as U+FEFF
  const d = new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
  let first = true;
  // UTF-8 with nothing held back from the previous bytes: ASCII bytes are their own text, copied
  // ~10x faster than the decoder reads them (most of an audit log is ASCII, BOM or not)
  let whole = encoding === 'utf-8';
  const run = (bytes: Uint8Array | undefined, offset: number, stream: boolean) => {
    if (whole && bytes && isAscii(bytes)) {
      first = false;
      return asciiText(bytes);
    }
    try {
      const text = d.decode(bytes, { stream });
      first = false;
      if (encoding === 'utf-8') whole = bytes === undefined || endsWholeUtf8(bytes);
      return text;
    } catch {
      const at = bytes && encoding === 'utf-8' ? Math.max(invalidUtf8At(bytes, !first), 0) : 0;
      throw new DecodeError(encoding, offset + at, bytes ? lineFeeds(bytes, at) : 0);
    }
  };
  return { write: (b, offset) => run(b, offset, true), end: (offset) => run(undefined, offset, false) };
}

function legacyDecoder(encoding: 'cp932' | 'euc-kr'): ChunkDecoder {
  const d = iconv.getDecoder(encoding, { stripBOM: false });
  // iconv-lite has no fatal mode; neither table maps any byte sequence to U+FFFD, so one means bad bytes
  const check = (text: string, offset: number) => {
    const bad = text.indexOf('\uFFFD');
    if (bad < 0) return text;
    const before = text.slice(0, bad);
    throw new DecodeError(encoding, offset + iconv.encode(before, encoding).length, before.split('\n').length - 1);
  };
  return {
    write: (b, offset) => check(d.write(Buffer.from(b.buffer, b.byteOffset, b.byteLength)), offset),
    end: (offset) => check(d.end() ?? '', offset),
  };
}

export function createDecoder(encoding: EncodingLabel): ChunkDecoder {
  return encoding === 'cp932' || encoding === 'euc-kr' ? legacyDecoder(encoding) : webDecoder(encoding);
}
