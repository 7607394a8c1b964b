// The content id depends only on the article's words: its white space, however written, counts as one space.
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contentId } from '../../src/extract/index.ts';
import { matchForm } from '../../src/text/fold.ts';

/** The definition: match form, every run of white space one space, trimmed, sha256, 16 hex digits. */
const defined = (text: string) => createHash('sha256').update(matchForm(text).replace(/\s+/g, ' ').trim()).digest('hex').slice(0, 16);

describe('contentId', () => {
  it('is the same for the same words, whatever the white space and tone placement', () => {
    expect(contentId('Huyện uỷ Vĩnh Thuận\n\nhọp  phiên\tthường kỳ ')).toBe(contentId(' huyện ủy vĩnh thuận họp phiên thường kỳ'));
    expect(contentId('Huyện ủy Vĩnh Thuận')).not.toBe(contentId('Huyện ủy Vĩnh Thuận họp'));
  });

  it('agrees with its definition on any text', () => {
    const spaces = fc.constantFrom(' ', '  ', '\n', '\n\n', '\t', ' \n ', '\u00a0', '\u3000 ', '\r\n', '\ufeff');
    fc.assert(
      fc.property(fc.array(fc.oneof(spaces, fc.string({ maxLength: 6 })), { maxLength: 20 }).map((p) => p.join('')), (text) => {
        expect(contentId(text)).toBe(defined(text));
      }),
      { numRuns: 500, seed: 8 },
    );
  });
});
