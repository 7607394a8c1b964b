// slug: the shortcut for plain ASCII gives what slugify gives, character for character.
import slugifyLib from 'slugify';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { searchFold } from '../../src/text/fold.ts';
import { slug } from '../../src/text/slug.ts';

const slugify = slugifyLib as unknown as (s: string, o: { lower: boolean; strict: boolean; locale: string }) => string;
/** The definition: slugify (strict, lower case, Vietnamese) of the searchFold form, cut as slug cuts. */
function reference(text: string, maxLength = 80): string {
  const s = slugify(searchFold(text), { lower: true, strict: true, locale: 'vi' });
  if (s.length <= maxLength) return s;
  const cut = s.slice(0, maxLength);
  return cut.slice(0, cut.lastIndexOf('-') > 20 ? cut.lastIndexOf('-') : maxLength).replace(/-+$/, '');
}

describe('slug', () => {
  it('folds Vietnamese and keeps words', () => {
    expect(slug('Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 2 (mở rộng)')).toBe('hoi-nghi-ban-chap-hanh-dang-bo-huyen-lan-thu-2-mo-rong');
    expect(slug('Quý I/2022: 5% - "Dân vận khéo" & Hậu Giang')).toBe(reference('Quý I/2022: 5% - "Dân vận khéo" & Hậu Giang'));
  });

  it('gives what slugify gives for every ASCII character, alone and between words', () => {
    for (let c = 0; c < 128; c++) {
      const ch = String.fromCharCode(c);
      for (const text of [ch, `a${ch}b`, `Tỉnh ${ch} ủy`, `${ch}${ch} x ${ch}`]) expect(slug(text)).toBe(reference(text));
    }
  });

  it('gives what slugify gives for any text', () => {
    const pieces = fc.constantFrom('Đảng', 'ủy', 'Hà Tĩnh', ' ', '  ', '-', '–', '—', '/', ':', '“', '”', '…', '%', '$', '&', '|', '<', '>', '₫', 'Σ', 'ß', '\t', '\n', 'quý I/2022', '(mở rộng)', "M'gar", '_', '.');
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string(), fc.string({ unit: 'binary' })), { maxLength: 12 }), fc.integer({ min: 10, max: 90 }), (parts, max) => {
        const text = parts.join('');
        expect(slug(text, max)).toBe(reference(text, max));
      }),
      { numRuns: 3000 },
    );
  });
});
