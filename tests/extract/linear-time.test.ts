// Extraction stays linear on adversarial lines. Some patterns write their "not after a letter" look
// back after a phrase's first letter (vocabulary.ts notAfter, the honorifics, the capitalised runs)
// because V8 then runs them several times faster. recheck models such look backs loosely and calls
// them polynomial (it says the same of the original "(?<![\p{L}])(?:…)" form of the directing verbs),
// so these shapes are checked here by time, on the attack strings recheck proposed, at 1 MB.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.ts';
import { cleanText } from '../../src/text/fold.ts';

const ONE_MB = 1_000_000;
const ATTACKS: Record<string, string> = {
  'honorifics: "ÔBB" repeated': 'ÔBB'.repeat(ONE_MB / 3),
  'directing verbs: "kb", "iểu", "\\tkết\\tb" repeated': `${'kb'.repeat(ONE_MB / 4)}iểu${'\tkết\tb'.repeat(ONE_MB / 14)}`,
  'task triggers: "np" repeated': 'np'.repeat(ONE_MB / 2),
  'capitalised runs: "Aa " repeated': 'Aa '.repeat(ONE_MB / 3),
  'an honorific before 1,000 spaces, repeated': `ông${' '.repeat(1000)}`.repeat(ONE_MB / 1003),
  // Each four-word run after a committee whose place may start a name: the place is looked for in the whole text.
  'committee runs: "Huyện ủy Vũ Quang Hoàng Phong, Huyện ủy Mù Căng Chải, " repeated': 'Huyện ủy Vũ Quang Hoàng Phong, Huyện ủy Mù Căng Chải, '.repeat(ONE_MB / 54),
  // Each province name in the run is checked for being inside a personal name.
  'province names in one capitalised run: "Hà Giang " repeated': `Thường trực Tỉnh ủy họp. Đồng chí ${'Hà Giang '.repeat(ONE_MB / 9)}`,
};

describe('extraction time stays linear on a line of 8 MB full of place mentions (generous bound, not a benchmark)', () => {
  // Each mention was checked against every earlier one on its line: 2 MB took 4 s, 20 MB minutes.
  it('"Sáng ngày 5/3/2021, Huyện ủy tổ chức hội nghị sơ kết quý I tại thị xã Long Mỹ, Hậu Giang. " repeated', () => {
    const sentence = 'Sáng ngày 5/3/2021, Huyện ủy tổ chức hội nghị sơ kết quý I tại thị xã Long Mỹ, Hậu Giang. ';
    const text = cleanText(`Hội nghị rất dài\n\n${sentence.repeat(Math.ceil(8 * ONE_MB / sentence.length))}\n`);
    const start = performance.now();
    const record = extract({ path: 'mentions.txt', text, encoding: 'utf-8', messages: [] });
    expect(record.id).toMatch(/^[0-9a-f]{16}$/);
    expect(performance.now() - start).toBeLessThan(15_000);
  });
});

describe('extraction time stays linear on 1 MB adversarial lines (generous bounds, not a benchmark)', () => {
  it.each(Object.entries(ATTACKS))('%s', (name, line) => {
    const text = cleanText(`Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 5\n\n${line}\n`);
    const start = performance.now();
    const record = extract({ path: `${name}.txt`, text, encoding: 'utf-8', messages: [] });
    expect(record.id).toMatch(/^[0-9a-f]{16}$/);
    expect(performance.now() - start).toBeLessThan(15_000);
  });
});
