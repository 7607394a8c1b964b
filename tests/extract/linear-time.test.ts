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
};

describe('extraction time stays linear on 1 MB adversarial lines (generous bounds, not a benchmark)', () => {
  it.each(Object.entries(ATTACKS))('%s', (name, line) => {
    const text = cleanText(`Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 5\n\n${line}\n`);
    const start = performance.now();
    const record = extract({ path: `${name}.txt`, text, encoding: 'utf-8', messages: [] });
    expect(record.id).toMatch(/^[0-9a-f]{16}$/);
    expect(performance.now() - start).toBeLessThan(15_000);
  });
});
