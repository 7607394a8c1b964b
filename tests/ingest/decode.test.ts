// decode: signatures, UTF-16 without a BOM, binary detection, and time that stays linear on huge input.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decode, guessUtf16 } from '../../src/ingest/decode.ts';
import { isUnreadable, readSource } from '../../src/ingest/index.ts';

const bytes = (...b: number[]) => Uint8Array.from(b);
const utf16 = (text: string, order: 'le' | 'be') => {
  const le = Buffer.from(text, 'utf16le');
  return order === 'le' ? le : le.swap16();
};

describe('binary files', () => {
  it.each([
    ['PNG image', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)],
    ['JPEG image', bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10)],
    ['PDF document', Buffer.from('%PDF-1.7\n%âãÏÓ\n')],
    ['ZIP archive', bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0)],
    ['gzip archive', bytes(0x1f, 0x8b, 0x08, 0)],
  ])('%s → ingest/binary', (what, b) => {
    const d = decode(b);
    expect(d).toMatchObject({ ok: false, id: 'ingest/binary' });
    expect(!d.ok && d.reason).toContain(what);
  });

  it('NUL bytes in text that is not UTF-16 → ingest/binary', () => {
    expect(decode(Buffer.from('Hội nghị\u0000\u0000\u0001 tỉnh ủy'))).toMatchObject({ ok: false, id: 'ingest/binary' });
  });

  it('text that merely begins like a signature is text', () => {
    expect(decode(Buffer.from('BM là viết tắt của Ban Mai'))).toMatchObject({ ok: true, text: 'BM là viết tắt của Ban Mai' });
    expect(decode(Buffer.from('PDF của nghị quyết'))).toMatchObject({ ok: true });
  });

  it('empty and white space → ingest/empty', () => {
    expect(decode(bytes())).toMatchObject({ ok: false, id: 'ingest/empty' });
    expect(decode(Buffer.from('\ufeff \r\n\t\u00a0\n'))).toMatchObject({ ok: false, id: 'ingest/empty' });
    expect(decode(utf16('\ufeff  \n  ', 'le'))).toMatchObject({ ok: false, id: 'ingest/empty' });
  });
});

describe('UTF-16 without a BOM', () => {
  const text = 'Thành ủy Hà Tĩnh tổ chức hội nghị giao ban quý I/2022 với Đảng ủy các phường, xã.';

  it.each(['le', 'be'] as const)('%s is recognised and decoded', (order) => {
    expect(guessUtf16(utf16(text, order))).toBe(`utf-16${order}`);
    expect(decode(utf16(text, order))).toMatchObject({ ok: true, text, encoding: `utf-16${order}` });
  });

  it('an odd trailing byte is dropped, not fatal', () => {
    const b = Buffer.concat([utf16(text, 'le'), bytes(0x41)]);
    expect(decode(b)).toMatchObject({ ok: true, text });
  });

  it('is not guessed for UTF-8 text or short input', () => {
    expect(guessUtf16(Buffer.from(text))).toBeNull();
    expect(guessUtf16(bytes(0x41, 0))).toBeNull();
  });

  it('is not guessed where high bytes are ones Vietnamese text never has (CJK U+4Exx here)', () => {
    const b = Uint8Array.from({ length: 400 }, (_, i) => (i % 4 === 0 ? 0x41 : i % 4 === 2 ? 0x2d : i % 4 === 3 ? 0x4e : 0));
    expect(guessUtf16(b)).toBeNull();
  });

  it('zero bytes that decode to control characters are binary, not text', () => {
    expect(decode(Uint8Array.from({ length: 400 }, (_, i) => (i % 2 ? 0x9a : 0)))).toMatchObject({ ok: false, id: 'ingest/binary' });
  });
});

describe('invalid UTF-8', () => {
  it('a few bad sequences after a UTF-8 BOM: read, with a warning', () => {
    const b = Buffer.concat([bytes(0xef, 0xbb, 0xbf), Buffer.from('Hội nghị Ban Chấp hành Đảng bộ tỉnh họp phiên thường kỳ quý III năm 2021 '), bytes(0xc3, 0x28)]);
    const d = decode(b);
    expect(d.ok && d.messages.map((m) => m.id)).toEqual(['ingest/replaced-characters']);
  });

  it('without a BOM: Windows-1258, the Vietnamese code page', () => {
    expect(decode(bytes(0x48, 0x61, 0xcc, 0x20, 0xf0, 0x61, 0xcc))).toMatchObject({ ok: true, encoding: 'windows-1258', text: 'Ha\u0300 đa\u0300' });
  });
});

describe('huge input: time stays linear (generous bounds, not a benchmark)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bien-nien-huge-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const paragraph = 'Sáng ngày 15/7, Ban Thường vụ Huyện ủy Thạch Hà tổ chức hội nghị sơ kết công tác xây dựng Đảng, hoà bình và thuỷ lợi.   \r\n';

  async function timed(name: string, content: Buffer) {
    const path = join(dir, name);
    writeFileSync(path, content);
    const start = performance.now();
    const source = await readSource(path);
    return { source, ms: performance.now() - start };
  }

  it('a 20 MB text', async () => {
    const content = Buffer.from(paragraph.repeat(Math.ceil((20 * 1024 * 1024) / Buffer.byteLength(paragraph))));
    const { source, ms } = await timed('huge.txt', content);
    expect(isUnreadable(source)).toBe(false);
    if (!isUnreadable(source)) expect(source.text.startsWith(paragraph.trimEnd())).toBe(true);
    expect(ms).toBeLessThan(15_000);
  });

  it('a single 1 MB line', async () => {
    const line = 'hội nghị tỉnh ủy '.repeat(Math.ceil((1024 * 1024) / 20));
    const { source, ms } = await timed('one-line.txt', Buffer.from(line));
    expect(!isUnreadable(source) && source.text).toBe(line.trimEnd());
    expect(ms).toBeLessThan(5_000);
  });

  it('a 1 MB run of spaces and tabs in mid-line (the backtracking trap)', async () => {
    const line = `a${' \t'.repeat(512 * 1024)}b${'\u00a0'.repeat(100_000)}`;
    const { source, ms } = await timed('spaces.txt', Buffer.from(line));
    expect(!isUnreadable(source) && source.text).toBe(line.slice(0, -100_000));
    expect(ms).toBeLessThan(5_000);
  });

  it('a 1 MB saved page on one line and a 5 MB legacy-font file', async () => {
    const page = `<!doctype html><html><body>${'<p>Hội nghị <b>tỉnh</b> ủy</p>'.repeat(40_000)}</body></html>`;
    const html = await timed('page.txt', Buffer.from(page));
    expect(!isUnreadable(html.source) && html.source.format).toBe('html');
    expect(html.ms).toBeLessThan(10_000);
    const tcvn3 = Buffer.from('Héi nghÞ TØnh ñy Hµ TÜnh tæ chøc giao ban. '.repeat(120_000), 'latin1');
    const legacy = await timed('tcvn3.txt', tcvn3);
    expect(!isUnreadable(legacy.source) && legacy.source.encoding).toBe('tcvn3');
    expect(legacy.ms).toBeLessThan(10_000);
  });
});
