import { describe, expect, it } from 'vitest';
import { ByteArena } from '../../src/records/byte-arena.ts';

describe('ByteArena', () => {
  it('gives each text its own UTF-8 bytes, one after another, Vietnamese letters intact', () => {
    const arena = new ByteArena();
    const texts = ['{"title":"Hội nghị"}', '', 'Đảng bộ huyện Vĩnh Thuận', 'ữ'.repeat(10)];
    const bytes = texts.map((t) => arena.text(t));
    expect(bytes.map((b) => Buffer.from(b).toString('utf8'))).toEqual(texts);
    // Later texts do not overwrite earlier ones.
    expect(Buffer.from(bytes[0]!).toString('utf8')).toBe(texts[0]);
  });

  it('takes a text larger than a chunk whole, and goes on after it', () => {
    const arena = new ByteArena();
    const large = 'Đ'.repeat(12 << 20); // 24 MiB of UTF-8, 36 MiB of room asked for
    const first = arena.text('a');
    const big = arena.text(large);
    const after = arena.text('sau');
    expect(big.length).toBe(Buffer.byteLength(large));
    expect(Buffer.from(big).toString('utf8') === large).toBe(true);
    expect([Buffer.from(first).toString(), Buffer.from(after).toString()]).toEqual(['a', 'sau']);
  });
});
