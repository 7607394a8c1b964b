// The text helpers the rules share: the letter classes and the search for capitalised runs.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AFTER_LETTER, LOWER, UPPER, eachMatch, eachMatchAtCapitals, eachMatchNotAfter, wordCount } from '../../src/extract/text.ts';
import { CLOSING_MARKERS, TASK_TRIGGERS_STRONG, alternation, notAfter, phrasePattern } from '../../src/extract/vocabulary.ts';

const RUN = String.raw`${UPPER}(?<!${LOWER}[\s\S])${LOWER}*(?:[ ]${UPPER}${LOWER}*)*`;
const runsOf = (text: string) => [...eachMatchAtCapitals(new RegExp(RUN, 'uy'), text)].map((m) => [m.index, m[0]]);
const globalRunsOf = (text: string) => [...eachMatch(new RegExp(RUN, 'gu'), text)].map((m) => [m.index, m[0]]);

describe('UPPER and LOWER', () => {
  it('are the upper- and lower-case letters of Latin, Latin Extended and Latin Extended Additional', () => {
    const upper = new RegExp(`^${UPPER}$`, 'u');
    const lower = new RegExp(`^${LOWER}$`, 'u');
    for (const [from, to] of [[0, 0x24f], [0x1e00, 0x1eff]] as const) {
      for (let c = from; c <= to; c++) {
        const char = String.fromCharCode(c);
        expect(upper.test(char)).toBe(/\p{Lu}/u.test(char));
        expect(lower.test(char)).toBe(/\p{Ll}/u.test(char));
      }
    }
  });
});

describe('eachMatchAtCapitals', () => {
  it.each([
    ['Huyện ủy Vĩnh Thuận', [[0, 'Huyện'], [9, 'Vĩnh Thuận']]],
    ['Đồng chí Lê Trung Hồ, Ủy viên', [[0, 'Đồng'], [9, 'Lê Trung Hồ'], [22, 'Ủy']]],
    // A capital after a lower-case letter starts no run ("hoàngAnh"), one after a capital does.
    ['huyện KBang và hoàngAnh', [[6, 'K'], [7, 'Bang']]],
    ['', []],
  ])('finds the runs of "%s"', (text, runs) => {
    expect(runsOf(text)).toEqual(runs);
  });

  it('finds what a global search for the same pattern finds', () => {
    const pieces = fc.constantFrom('Ủy', 'ban', 'Đ', 'đ', 'Á', 'ĂN', 'a', 'Z', ' ', '  ', '-', '\n', 'Ỹ', 'ỹ', '😀', 'x\u0301', 'Ỳ');
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string({ maxLength: 4 })), { maxLength: 30 }).map((p) => p.join('')), (text) => {
        expect(runsOf(text)).toEqual(globalRunsOf(text));
      }),
      { numRuns: 500, seed: 4 },
    );
  });

  it('restores the pattern for a caller that uses it again inside the loop', () => {
    const re = new RegExp(RUN, 'uy');
    const outer = [...eachMatchAtCapitals(re, 'An Bình và Cần Thơ')].map((m) => [m[0], [...eachMatchAtCapitals(re, m[0])].length]);
    expect(outer).toEqual([['An Bình', 1], ['Cần Thơ', 1]]);
    expect(re.lastIndex).toBe(0);
  });

  it('needs a sticky pattern', () => {
    expect(() => [...eachMatchAtCapitals(new RegExp(RUN, 'gu'), 'An')]).toThrow(TypeError);
  });
});

describe('wordCount', () => {
  it.each([
    ['Huyện ủy Vĩnh Thuận', 4],
    ['“Dân vận khéo” – 2023…', 4],
    ['  , ; ', 0],
  ])('"%s" has %i words', (text, words) => {
    expect(wordCount(text)).toBe(words);
  });

  it('counts the words of a slice without making it', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.nat(40), fc.nat(40), (text, a, b) => {
        const [from, to] = [Math.min(a, b, text.length), Math.min(Math.max(a, b), text.length)];
        expect(wordCount(text, from, to)).toBe(wordCount(text.slice(from, to)));
      }),
      { numRuns: 300, seed: 5 },
    );
  });
});

describe('eachMatchNotAfter', () => {
  const phrases = `(?:${alternation(CLOSING_MARKERS)})(?![\\p{L}])`;
  const found = (text: string) => [...eachMatchNotAfter(new RegExp(phrases, 'gu'), text, AFTER_LETTER)].map((m) => [m.index, m[0]]);
  const written = (text: string) => [...eachMatch(new RegExp(`(?<![\\p{L}])${phrases}`, 'gu'), text)].map((m) => [m.index, m[0]]);

  it('skips a phrase that ends a longer word, and finds one that starts inside it', () => {
    // "xphát biểu kết luận": not "phát biểu kết luận" (after a letter), but "kết luận" inside it.
    expect(found('xphát biểu kết luận hội nghị; kết luận.')).toEqual([[11, 'kết luận hội nghị'], [30, 'kết luận']]);
  });

  it('finds what the pattern with its look back written in finds', () => {
    const pieces = fc.constantFrom('kết luận', 'phát biểu kết luận', 'giao nhiệm vụ', 'bế mạc hội nghị', 'x', 'ả', ' ', ',', '😀', 'kết', 'luận');
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string({ maxLength: 3 })), { maxLength: 20 }).map((p) => p.join('')), (text) => {
        expect(found(text)).toEqual(written(text));
      }),
      { numRuns: 500, seed: 6 },
    );
  });
});

describe('alternation', () => {
  /** The alternation as it was written before it shared beginnings: every phrase, longest first. */
  const flat = (list: readonly string[]) => [...new Set(list)].sort((a, b) => b.length - a.length).map(phrasePattern).join('|');
  const matches = (pattern: string, text: string) => [...eachMatch(new RegExp(pattern, 'gu'), text)].map((m) => [m.index, m[0]]);

  it('shares common beginnings and takes the longest phrase that matches', () => {
    expect(alternation(['ban', 'ban thường vụ', 'bí thư', 'tp.'])).toBe(String.raw`(?:b(?:an(?:\s+thường\s+vụ)?|í\s+thư)|tp\.)`);
    expect(matches(`(?:${alternation(['ban', 'ban thường vụ'])})`, 'ban thường   vụ họp; ban chỉ đạo')).toEqual([[0, 'ban thường   vụ'], [21, 'ban']]);
  });

  it('never makes "\\s+" lazy where a phrase ends before a space', () => {
    expect(alternation(['x', 'x '])).toBe(String.raw`x(?:\s+)?`);
  });

  it('finds what the flat alternation finds, also before a look ahead that makes it give back', () => {
    const list = [...TASK_TRIGGERS_STRONG, 'giao', 'giao các', 'ban', 'ban thường vụ'];
    const pieces = fc.constantFrom(...list, ' ', '  ', ',', 'x', 'ả', 'các', 'huyện', '😀');
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string({ maxLength: 2 })), { maxLength: 16 }).map((p) => p.join('')), (text) => {
        for (const after of ['', '(?![\\p{L}])', '\\s+huyện']) {
          expect(matches(`(?:${alternation(list)})${after}`, text)).toEqual(matches(`(?:${flat(list)})${after}`, text));
        }
      }),
      { numRuns: 400, seed: 11 },
    );
  });

  it('notAfter writes the look back after each first character', () => {
    expect(notAfter(['đề nghị', 'đề xuất', 'yêu cầu'])).toBe(String.raw`(?:đ(?<![\p{L}][\s\S])ề\s+(?:nghị|xuất)|y(?<![\p{L}][\s\S])êu\s+cầu)`);
    expect(() => notAfter([' giao'])).toThrow(/not a space/);
  });
});
