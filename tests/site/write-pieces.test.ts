import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writePieces } from '../../src/site/plugin.ts';

const dir = await mkdtemp(join(tmpdir(), 'bien-nien-pieces-'));
afterAll(() => rm(dir, { recursive: true, force: true }));

/** The file writePieces made from `pieces`, as bytes. */
async function written(name: string, pieces: (string | Uint8Array)[]): Promise<Buffer> {
  const path = join(dir, name);
  await writePieces(path, pieces);
  return readFile(path);
}

describe('writePieces', () => {
  it('writes the pieces one after another in UTF-8, Vietnamese letters and the BOM included', async () => {
    const pieces = ['\uFEFFtitle,province\r\n', '"Hội nghị Ban Chấp hành Đảng bộ",Kiên Giang\r\n', '', 'Quý II/2022\r\n'];
    expect(await written('small.csv', pieces)).toEqual(Buffer.from(pieces.join(''), 'utf8'));
  });

  it('an empty list of pieces makes an empty file', async () => {
    expect((await written('empty.json', [])).length).toBe(0);
  });

  it('loses nothing where pieces fill the buffer many times over, nor with a piece longer than the buffer', async () => {
    // ~4 MB of three-byte letters in small pieces (the buffer is written and reused many times), then
    // one piece of ~2.4 MB, more than the 1 MB buffer holds.
    const small = Array.from({ length: 200_000 }, (_, i) => `${i}:ệ đ ữ;`);
    const large = 'Đảng bộ huyện Vĩnh Thuận. '.repeat(100_000);
    const pieces = [...small, large, 'end'];
    const bytes = await written('large.txt', pieces);
    expect(bytes.length).toBe(Buffer.byteLength(pieces.join(''), 'utf8'));
    expect(bytes.equals(Buffer.from(pieces.join(''), 'utf8'))).toBe(true);
  });

  it('copies pieces given as bytes as they are, between text pieces, also one longer than the buffer', async () => {
    const bytes = Buffer.from('{"title":"Hội nghị Ban Chấp hành Đảng bộ huyện Vĩnh Thuận"}', 'utf8');
    const long = Buffer.from('ữ'.repeat(500_000), 'utf8');
    const pieces = ['[\n', bytes, ',\n', long, '\n]\n'];
    const expected = Buffer.concat([Buffer.from('[\n'), bytes, Buffer.from(',\n'), long, Buffer.from('\n]\n')]);
    expect((await written('bytes.json', pieces)).equals(expected)).toBe(true);
  });
});
