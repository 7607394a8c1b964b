// The one normaliser: the Vietnamese spellings it must fold, the near misses it must leave alone,
// and properties checked on arbitrary strings.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanText, foldTones, matchForm, matchFormOfNfc, nameKey, searchFold } from '../../src/text/fold.ts';

describe('foldTones: old tone placement → new, nothing else', () => {
  it.each([
    ['hoà', 'hòa'],
    ['thuỷ', 'thủy'],
    ['uỷ', 'ủy'],
    ['khoẻ', 'khỏe'],
    ['Khánh Hoà', 'Khánh Hòa'],
    ['Tỉnh uỷ Thanh Hoá', 'Tỉnh ủy Thanh Hóa'],
    ['HOÀ BÌNH', 'HÒA BÌNH'],
    ['Uỷ ban', 'Ủy ban'],
    ['loà xoà.', 'lòa xòa.'],
    ['Thuý Kiều', 'Thúy Kiều'],
  ])('%s → %s', (old, canonical) => {
    expect(foldTones(old)).toBe(canonical);
  });

  // "qu" is one consonant: "quý", "quỷ" place the tone on the vowel after it in both spellings.
  it.each([['quý'], ['quỷ'], ['Quỳnh'], ['hoàng'], ['ngoài'], ['Nguyễn'], ['quả'], ['khoẻo'], ['hòa'], ['thủy']])(
    'leaves %s alone',
    (word) => {
      expect(foldTones(word)).toBe(word);
    },
  );

  it('preserves length, so offsets in the folded text are offsets in the display text', () => {
    const text = 'Đảng uỷ xã Hoà Bình, thuỷ lợi Kẻ Gỗ, sức khoẻ nhân dân; Quỳnh Lưu, Nguyễn Văn Hoàng.';
    expect(foldTones(text)).toHaveLength(text.length);
    expect(foldTones(text).indexOf('thủy')).toBe(text.indexOf('thuỷ'));
  });
});

describe('matchForm, searchFold, nameKey', () => {
  it('matchForm: NFC, canonical tones, lower case; NFD input matches NFC', () => {
    expect(matchForm('Thành Uỷ')).toBe('thành ủy');
    expect(matchForm('Khánh Hoà'.normalize('NFD'))).toBe('khánh hòa');
    expect(matchForm('Quỳnh')).toBe('quỳnh');
  });

  it('searchFold: no diacritics, đ → d, one space', () => {
    expect(searchFold('  Đảng uỷ   Hoà Bình ')).toBe('dang uy hoa binh');
    expect(searchFold('Nguyễn'.normalize('NFD'))).toBe('nguyen');
  });

  it('nameKey: old and new spellings and stray punctuation give one key', () => {
    expect(nameKey(' Khánh Hoà, ')).toBe(nameKey('Khánh Hòa'));
    expect(nameKey('“Thuỷ  Nguyên”')).toBe('thủy nguyên');
    expect(nameKey('Quỳnh Lưu')).not.toBe(nameKey('Quynh Lưu'));
  });
});

describe('cleanText', () => {
  it('NFC, LF line endings, trailing spaces gone, inner spaces kept', () => {
    expect(cleanText('Ho\u0300a  bi\u0300nh \t\r\nla\u0300\u00a0\rxong\u2028hết')).toBe('Hòa  bình\nlà\nxong\nhết');
  });
  it('zero-width spaces, word joiners and byte-order marks inside words are gone: "Chi h\\u200bội" is "Chi hội"', () => {
    expect(cleanText('Chi h\u200bội Phụ nữ\u2060 và \ufeffChi đoàn')).toBe('Chi hội Phụ nữ và Chi đoàn');
  });
});

// Vietnamese letters in both spellings and forms, controls and line breaks of every kind, surrogates.
const VIET = [...'aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệioòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđĐQqUOY '];
const MARKS = ['\u0300', '\u0301', '\u0303', '\u0309', '\u0323', '\u0302', '\u0306', '\u031b'];
const BREAKS = ['\r', '\n', '\r\n', '\u2028', '\u2029', '\t', '\u00a0', '\u200b', '\ufeff'];
const vietnamese = fc.string({ unit: fc.constantFrom(...VIET, ...MARKS, ...BREAKS), maxLength: 60 });
const anything = fc.oneof(vietnamese, fc.string({ unit: 'binary', maxLength: 60 }));
const RUNS = { numRuns: 500, seed: 20240415 } as const;

describe('properties (fast-check, bounded runs)', () => {
  it('cleanText is idempotent and never throws', () => {
    fc.assert(fc.property(anything, (s) => cleanText(cleanText(s)) === cleanText(s)), RUNS);
  });

  it('foldTones is idempotent, never throws and preserves length', () => {
    fc.assert(
      fc.property(anything, (s) => {
        const once = foldTones(s);
        return foldTones(once) === once && once.length === s.length;
      }),
      RUNS,
    );
  });

  it('cleanText output never holds CR, U+2028/2029 or trailing spaces, and is NFC', () => {
    fc.assert(
      fc.property(anything, (s) => {
        const out = cleanText(s);
        return !/[\r\u2028\u2029]|[ \t\u00a0\u200b\ufeff]$/m.test(out) && out === out.normalize('NFC');
      }),
      RUNS,
    );
  });

  it('matchFormOfNfc gives cleanText output (NFC) its matchForm', () => {
    fc.assert(fc.property(anything, (s) => matchFormOfNfc(cleanText(s)) === matchForm(cleanText(s))), RUNS);
    expect(matchFormOfNfc(cleanText('Tỉnh Uỷ Khánh Hoà'.normalize('NFD')))).toBe('tỉnh ủy khánh hòa');
  });

  it('matchForm and nameKey are idempotent', () => {
    fc.assert(fc.property(vietnamese, (s) => matchForm(matchForm(s)) === matchForm(s) && nameKey(nameKey(s)) === nameKey(s)), RUNS);
  });
});

describe('searchFold: folded a character at a time where that gives the same', () => {
  /** The definition: the whole text decomposed, marks dropped, đ→d, lower case, spaces collapsed. */
  const definition = (text: string) => text.normalize('NFD').replace(/\p{M}+/gu, '').replace(/[đĐ]/g, 'd').toLowerCase().replace(/\s+/g, ' ').trim();

  it('agrees with the definition on every character of the scripts it folds alone, and around them', () => {
    for (let c = 0; c < 0x2100; c++) {
      const ch = String.fromCharCode(c);
      for (const text of [ch, `Ấ${ch}Σ`, `ΑΣ${ch}`, `${ch}\u0301 hoà`]) expect(searchFold(text)).toBe(definition(text));
    }
  });

  it('agrees with the definition on any text', () => {
    const pieces = fc.constantFrom('Đà Nẵng', 'Thừa Thiên Huế', 'ΑΣ', 'Σ ', 'İ', 'ß', '\u0301', '\u0323', 'e\u0301', 'ﬁ', 'Ǆ', '  ', '\t', '–', '“', '🙂', 'Ω', 'ŉ', 'ẛ', 'ǅ');
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string(), fc.string({ unit: 'binary' })), { maxLength: 10 }), (parts) => {
        const text = parts.join('');
        expect(searchFold(text)).toBe(definition(text));
      }),
      { numRuns: 5000 },
    );
  });
});
