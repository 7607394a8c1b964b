// Each bad-input fixture and what it must give: a named fatal message, or the article text it holds
// (compared with the text written in make-fixtures.ts, never with program output).
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { isUnreadable, readSource, type Source } from '../../src/ingest/index.ts';
import { ARTICLE, FIXTURES, HOSTILE, PARAGRAPHS, writeFixtures } from '../fixtures/bad/make-fixtures.ts';

const DIR = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/bad');
const ids = (s: Source) => s.messages.map((m) => m.id).sort();

async function readable(name: string): Promise<Source> {
  const s = await readSource(join(DIR, name));
  if (isUnreadable(s)) throw new Error(`${name}: ${s.message.id}: ${s.message.reason}`);
  return s;
}

describe('fatal fixtures: a named message, the file named', () => {
  it.each([
    ['empty.txt', 'ingest/empty'],
    ['whitespace-only.txt', 'ingest/empty'],
    ['image-renamed.txt', 'ingest/binary'],
    ['binary-noise.txt', 'ingest/binary'],
    ['utf8-bom-undecodable.txt', 'ingest/undecodable'],
  ])('%s → %s', async (name, id) => {
    const s = await readSource(join(DIR, name));
    expect(isUnreadable(s)).toBe(true);
    if (!isUnreadable(s)) return;
    expect(s.message.id).toBe(id);
    expect(s.message.severity).toBe('fatal');
    expect(s.path).toBe(join(DIR, name));
  });

  it('says what a renamed image is', async () => {
    const s = await readSource(join(DIR, 'image-renamed.txt'));
    expect(isUnreadable(s) && s.message.reason).toMatch(/PNG image/);
  });
});

describe('readable fixtures: the article as written, in NFC with LF line endings', () => {
  it.each([
    ['utf8-bom.txt', 'utf-8 (BOM)', ['ingest/encoding']],
    ['utf16le-bom.txt', 'utf-16le (BOM)', ['ingest/encoding']],
    ['utf16be-bom.txt', 'utf-16be (BOM)', ['ingest/encoding']],
    ['utf16le-no-bom.txt', 'utf-16le', ['ingest/encoding']],
    ['utf16be-no-bom.txt', 'utf-16be', ['ingest/encoding']],
    ['utf16le-bom-odd-length.txt', 'utf-16le (BOM)', ['ingest/encoding', 'ingest/truncated']],
    ['windows-1258.txt', 'windows-1258', ['ingest/encoding']],
    ['nfd.txt', 'utf-8', []],
    ['mixed-line-endings.txt', 'utf-8', []],
    ['tcvn3.txt', 'tcvn3', ['ingest/legacy-encoding']],
    ['vni.txt', 'vni-windows', ['ingest/legacy-encoding']],
    ['tcvn3-resaved-utf8.txt', 'tcvn3 in utf-8', ['ingest/legacy-encoding']],
  ])('%s (%s)', async (name, encoding, messageIds) => {
    const s = await readable(name);
    expect(s.text).toBe(ARTICLE);
    expect(s.encoding).toBe(encoding);
    expect(ids(s)).toEqual(messageIds);
  });

  it('Windows-1258 tones (combining marks in the file) come out precomposed', async () => {
    const bytes = readFileSync(join(DIR, 'windows-1258.txt'));
    expect(bytes.includes(0xcc) || bytes.includes(0xec)).toBe(true); // combining grave / acute bytes
    const s = await readable('windows-1258.txt');
    expect(s.text).toContain('Thạch Hà');
    expect(s.text.normalize('NFC')).toBe(s.text);
  });

  it('a converted legacy file says which encoding it was in', async () => {
    const tcvn3 = (await readable('tcvn3.txt')).messages.find((m) => m.id === 'ingest/legacy-encoding');
    expect(tcvn3).toMatchObject({ severity: 'info', reason: expect.stringMatching(/TCVN3/) });
    const vni = (await readable('vni.txt')).messages.find((m) => m.id === 'ingest/legacy-encoding');
    expect(vni).toMatchObject({ severity: 'info', reason: expect.stringMatching(/VNI/) });
  });
});

describe('fixtures that are read but reported', () => {
  it('half TCVN3, half VNI: a warning, and the bytes are not converted by guess', async () => {
    const s = await readable('legacy-mixed.txt');
    expect(ids(s)).toContain('ingest/legacy-encoding-suspected');
    expect(s.messages.find((m) => m.id === 'ingest/legacy-encoding-suspected')?.severity).toBe('warning');
    expect(s.encoding).toBe('windows-1258');
    expect(s.text).not.toContain(PARAGRAPHS[0]);
  });

  it('a saved web page: its article text, paragraph by paragraph, and an ingest/html note', async () => {
    const s = await readable('saved-page.txt');
    expect(s.text).toBe(ARTICLE);
    expect(s.format).toBe('html');
    expect(ids(s)).toEqual(['ingest/html']);
    for (const chrome of ['Trang chủ', 'Tin liên quan', 'Bản quyền', 'không phải nội dung', 'alert', 'Cổng thông tin']) {
      expect(s.text).not.toContain(chrome);
    }
  });

  it('markup and template syntax inside an article stay text, exactly as written', async () => {
    const s = await readable('hostile-markup.txt');
    expect(s.text).toBe(HOSTILE);
    expect(s.format).toBeUndefined();
    expect(ids(s)).toEqual([]);
  });
});

describe('the committed fixtures', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'bien-nien-fixtures-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('are exactly what make-fixtures.ts writes', () => {
    writeFixtures(tmp);
    for (const name of Object.keys(FIXTURES)) {
      expect(readFileSync(join(DIR, name)).equals(readFileSync(join(tmp, name))), name).toBe(true);
    }
  });

  it('are all covered by a test above (no stray files)', () => {
    const onDisk = readdirSync(DIR).filter((n) => n !== 'make-fixtures.ts').sort();
    expect(onDisk).toEqual(Object.keys(FIXTURES).sort());
  });

  it('stay small', () => {
    const total = Object.values(FIXTURES).reduce((n, b) => n + b.length, 0);
    expect(total).toBeLessThan(64 * 1024);
  });
});
