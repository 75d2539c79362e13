/**
 * Bytes of a file to text, choosing the encoding as the bytes arrive. Without a BOM or a user's
 * choice, ASCII text passes straight through (it reads the same in every candidate encoding) and
 * the choice is made on the first 16 KB from the first non-ASCII byte on: a Japanese file whose
 * first screenful is ASCII is still recognised as CP932.
 */
import { isAscii } from 'node:buffer';
import { asciiText, createDecoder, DecodeError, guessEncoding, sniffBom, type ChunkDecoder, type EncodingLabel } from './encoding';

const SNIFF_BYTES = 16 * 1024;

function firstHighByte(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; i++) if (bytes[i] >= 0x80) return i;
  return -1;
}

export class FileTextDecoder {
  private decoder: ChunkDecoder | null = null;
  private label = '';
  private held: Uint8Array[] = [];
  private heldBytes = 0;
  private heldFrom = 0;
  private started = false;
  private offset = 0;

  constructor(private readonly override: EncodingLabel | null) {}

  /** Encoding in use (`utf-8-bom`, `utf-8`, `utf-16le`, `utf-16be`, `cp932`, `euc-kr`); '' while ASCII only. */
  get encoding(): string {
    return this.label;
  }

  /** Text of the next bytes. The first call must carry at least the first 3 bytes of the file (for the BOM). */
  write(bytes: Uint8Array): string {
    const at = this.offset;
    this.offset += bytes.length;
    if (!this.started) {
      this.started = true;
      const bom = sniffBom(bytes);
      if (bom && (!this.override || this.override === bom.encoding)) {
        this.choose(bom.encoding, bom.encoding === 'utf-8' ? 'utf-8-bom' : bom.encoding);
        return this.decoder!.write(bytes.subarray(bom.length), at + bom.length);
      }
      if (this.override) this.choose(this.override, this.override);
    }
    if (this.decoder) return this.decoder.write(bytes, at);
    if (this.heldBytes > 0) return this.hold(bytes, false);
    if (isAscii(bytes)) return asciiText(bytes);
    const high = firstHighByte(bytes);
    this.heldFrom = at + high;
    const ascii = asciiText(bytes.subarray(0, high));
    return ascii + this.hold(bytes.subarray(high), false);
  }

  end(): string {
    const head = this.decoder ? '' : this.heldBytes > 0 ? this.hold(new Uint8Array(0), true) : '';
    if (!this.decoder) {
      this.label ||= 'utf-8'; // pure ASCII: record it as UTF-8, its superset
      return head;
    }
    return head + this.decoder.end(this.offset);
  }

  private choose(enc: EncodingLabel, label: string): void {
    this.decoder = createDecoder(enc);
    this.label = label;
  }

  private hold(bytes: Uint8Array, complete: boolean): string {
    if (bytes.length > 0) {
      this.held.push(bytes.slice());
      this.heldBytes += bytes.length;
    }
    if (this.heldBytes < SNIFF_BYTES && !complete) return '';
    const sample = Buffer.concat(this.held);
    this.held = [];
    this.heldBytes = 0;
    const enc = guessEncoding(sample, complete);
    if (!enc) throw new DecodeError('UTF-8, CP932 or EUC-KR', this.heldFrom);
    this.choose(enc, enc);
    return this.decoder!.write(sample, this.heldFrom);
  }
}
