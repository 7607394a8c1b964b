import { describe, expect, it } from 'vitest';
import { recordOf } from './helpers.ts';

// A lead wrapped at about 70 characters, as some CMSs and PDFs give it.
const WRAPPED = [
  'Hội nghị lần thứ 12 Ban Chấp hành Đảng bộ tỉnh khóa XVII',
  '25/03/2022 11:20',
  'Sáng 25-3-2022, Ban Chấp hành Đảng bộ tỉnh Hà Giang tổ chức hội nghị',
  'lần thứ 12 đánh giá tình hình quý I, dưới sự chủ trì của đồng chí Đặng',
  'Quốc Tuấn, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy. Cùng dự có các',
  'đồng chí trong Ban Thường vụ Tỉnh ủy và lãnh đạo các sở, ban, ngành.',
].join('\n');

describe('unwrap: hard-wrapped paragraphs are joined again', () => {
  it('a name cut at the line end is whole again, and the headline stays on its own', () => {
    const r = recordOf(WRAPPED);
    expect(r.title).toBe('Hội nghị lần thứ 12 Ban Chấp hành Đảng bộ tỉnh khóa XVII');
    expect(r.chair?.name).toBe('Đặng Quốc Tuấn');
    expect(r.body).toHaveLength(1);
    expect(r.date?.value).toBe('2022-03-25');
  });
  it('joining keeps offsets: evidence still points at the words in the text', () => {
    const r = recordOf(WRAPPED);
    const text = WRAPPED;
    const e = r.chair!.evidence!;
    expect(text.slice(e.offset, e.offset + 10)).toBe(e.text.slice(0, 10));
  });
  it('a one-paragraph-per-line file is left as it is', () => {
    const r = recordOf('Tiêu đề bài viết về hội nghị của Huyện ủy\nSáng 5/3/2021, Huyện ủy Vĩnh Thuận tổ chức hội nghị sơ kết quý I năm 2021.\nHội nghị đã đánh giá kết quả thực hiện nhiệm vụ chính trị của địa phương trong quý I.');
    expect(r.body).toHaveLength(2);
  });
  it('a list item on the next line is not joined', () => {
    const r = recordOf('Tiêu đề bài viết về hội nghị của Huyện ủy\nSáng 5/3/2021, Huyện ủy Vĩnh Thuận tổ chức hội nghị, đồng chí Bí thư Huyện ủy yêu cầu các cấp ủy tập trung\n- tăng cường công tác xây dựng Đảng;\n- đẩy mạnh phát triển kinh tế.');
    expect(r.body.length).toBeGreaterThanOrEqual(2);
  });
});
