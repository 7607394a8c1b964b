// Whatever the text, extraction returns a record that satisfies the schema, and never throws.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ArticleRecord } from '../../src/records/schema.ts';
import { cleanText } from '../../src/text/fold.ts';
import { recordOf } from './helpers.ts';

// Pieces of real articles, so that generated texts reach the rules' interesting paths.
const PIECES = [
  'Chiều ngày 14/4', 'Sáng 28/7/2020', 'quý I/2022', '(16:30 | 29/07/2020)', 'Huyện ủy Vĩnh Thuận', 'Thành ủy Hà Tĩnh',
  'Thị ủy', 'Huyện ủy Châu Thành', 'đồng chí Lê Trung Hồ, Tỉnh ủy viên, Bí thư Huyện ủy chủ trì hội nghị', 'đề nghị',
  'yêu cầu:', '- Tăng cường công tác xây dựng Đảng;', 'Quang cảnh hội nghị. (Ảnh: Mỹ An)', 'Phản hồi', 'Các tin khác',
  'Trang chủ > Tin tức', 'TPHT- ', '(HGĐT) - ', 'hội nghị giao ban', 'làm việc với', 'Tin và ảnh: Dương Tuấn', '.', ';', ',',
  '\n', '\n\n', ' ', 'ngày 30/2/2021', 'Đảng ủy xã Bình Giã, Thành phố Hồ Chí Minh', '6 tháng cuối năm', 'Một là,', '(1)',
];
const articleLike = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 20 }), fc.string({ unit: 'grapheme', maxLength: 8 })), { maxLength: 60 }).map((parts) => parts.join(''));

describe('extraction properties', () => {
  it('never throws and always satisfies the record schema', () => {
    fc.assert(
      fc.property(articleLike, (text) => {
        const r = recordOf(text);
        expect(ArticleRecord.safeParse(r).success).toBe(true);
        // Evidence quotes the words at its offset in the cleaned text (an elided quote says so with "…").
        const clean = cleanText(text);
        for (const field of [r.date, r.published, r.locality, r.province, r.chair, r.meetingType, r.titleMeta, r.tasksMeta]) {
          const e = field?.evidence;
          // (A line joined by unwrap quotes a space where the file had a line break.)
          if (e && !e.text.includes('…')) expect(clean.slice(e.offset, e.offset + e.text.length).replace(/\s/gu, ' ')).toBe(e.text.replace(/\s/gu, ' '));
        }
      }),
      { numRuns: 300, seed: 20261123 },
    );
  });
  it('the same text gives the same record', () => {
    fc.assert(fc.property(articleLike, (text) => { expect(recordOf(text)).toEqual(recordOf(text)); }), { numRuns: 100, seed: 7 });
  });
});
