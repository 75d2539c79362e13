import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { DecodeError, encodingFromName, endsWholeUtf8, guessEncoding, invalidUtf8At, sniffBom } from './encoding';
import { FileTextDecoder } from './text-decoder';

describe('encoding detection', () => {
  it('reads BOMs', () => {
    expect(sniffBom(Buffer.from([0xef, 0xbb, 0xbf, 0x41]))).toEqual({ encoding: 'utf-8', length: 3 });
    expect(sniffBom(Buffer.from([0xff, 0xfe, 0x41, 0]))).toEqual({ encoding: 'utf-16le', length: 2 });
    expect(sniffBom(Buffer.from([0xfe, 0xff, 0, 0x41]))).toEqual({ encoding: 'utf-16be', length: 2 });
    expect(sniffBom(Buffer.from('abc'))).toBeNull();
  });

  it('prefers UTF-8, then CP932, then EUC-KR, and gives up on bytes none of them read', () => {
    expect(guessEncoding(Buffer.from('日本語 ①', 'utf8'), true)).toBe('utf-8');
    expect(guessEncoding(iconv.encode('ログインに成功しました ①～', 'cp932'), true)).toBe('cp932');
    expect(guessEncoding(iconv.encode('로그인 성공, 사용자 김민수 비밀번호 불일치', 'euc-kr'), true)).toBe('euc-kr');
    expect(guessEncoding(Buffer.from([0x41, 0xff, 0xff, 0xff]), true)).toBeNull();
  });

  it('does not count a character cut at the end of a sample against it', () => {
    const bytes = Buffer.from('日本語', 'utf8');
    expect(guessEncoding(bytes.subarray(0, 7), false)).toBe('utf-8');
  });

  it('maps the names users give', () => {
    expect(encodingFromName('Shift_JIS')).toBe('cp932');
    expect(encodingFromName('windows-31j')).toBe('cp932');
    expect(encodingFromName('UTF8')).toBe('utf-8');
    expect(encodingFromName('cp949')).toBe('euc-kr');
    expect(encodingFromName('latin1')).toBeNull();
  });

  it('finds the first bad UTF-8 byte', () => {
    expect(invalidUtf8At(Buffer.from('ab\u00e9c'), false)).toBe(-1);
    expect(invalidUtf8At(Buffer.from([0x61, 0xc3, 0x28]), false)).toBe(1);
    expect(invalidUtf8At(Buffer.from([0xed, 0xa0, 0x80]), false)).toBe(0); // a surrogate
    expect(invalidUtf8At(Buffer.from([0xa9, 0x61]), true)).toBe(-1);
    expect(invalidUtf8At(Buffer.from([0xa9, 0x61]), false)).toBe(0);
    expect(invalidUtf8At(Buffer.from([0x61, 0xe6, 0x97]), false)).toBe(-1); // cut at the end
  });
});

describe('FileTextDecoder', () => {
  const feed = (bytes: Uint8Array, step: number) => {
    const d = new FileTextDecoder(null);
    let text = d.write(bytes.subarray(0, Math.max(step, 3)));
    for (let i = Math.max(step, 3); i < bytes.length; i += step) text += d.write(bytes.subarray(i, i + step));
    return { text: text + d.end(), encoding: d.encoding };
  };

  it('decodes characters split between writes, strips only the leading BOM', () => {
    const bytes = Buffer.from('\uFEFFa,説明\n\uFEFFb,①～\n', 'utf8');
    for (const step of [1, 2, 5]) expect(feed(bytes, step)).toEqual({ text: 'a,説明\n\uFEFFb,①～\n', encoding: 'utf-8-bom' });
    const sj = iconv.encode('x'.repeat(100) + ',説明①～\n', 'cp932');
    expect(feed(sj, 3)).toEqual({ text: 'x'.repeat(100) + ',説明①～\n', encoding: 'cp932' });
  });

  it('passes ASCII writes straight through only when nothing is held back from the previous write', () => {
    const d = new FileTextDecoder(null);
    // a BOM, then a character cut after its first byte, then ASCII: the cut character is still whole
    let text = d.write(Buffer.from([0xef, 0xbb, 0xbf, 0x61, 0xe3]));
    text += d.write(Buffer.from([0x81, 0x82]));
    text += d.write(Buffer.from('bc\n'));
    expect(text + d.end()).toBe('aあbc\n');
    // a character that never ends, followed by ASCII: an error at its first byte, not the ASCII text
    const bad = new FileTextDecoder(null);
    bad.write(Buffer.from([0xef, 0xbb, 0xbf, 0x61, 0xe3, 0x81]));
    expect(() => bad.write(Buffer.from('bc\n'))).toThrow(DecodeError);
  });

  it('tells whether UTF-8 bytes end inside a character', () => {
    const utf8 = (t: string) => new Uint8Array(Buffer.from(t, 'utf8'));
    for (const t of ['', 'abc', 'aé', 'aあ', 'a😀']) expect(endsWholeUtf8(utf8(t))).toBe(true);
    for (const t of ['aé', 'aあ', 'aあ', 'a😀', 'a😀', 'a😀']) {
      const b = utf8(t);
      for (let cut = 1; cut < b.length - 1; cut++) if (b[b.length - cut] >= 0x80) expect(endsWholeUtf8(b.subarray(0, b.length - cut))).toBe(false);
    }
    expect(endsWholeUtf8(new Uint8Array([0x61, 0x80, 0x80, 0x80, 0x80]))).toBe(false);
  });
});
