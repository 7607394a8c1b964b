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
  it('a photo\'s file name under its caption ("... Ảnh: T.N" then "chau o doi thoai 18-8.jpg") is a line of its own: the caption is found (probe13 006)', () => {
    const caption = 'Bí thư Đảng ủy thị trấn Châu Ổ Võ Thanh Tùng giải đáp ý kiến của người dân. Ảnh: T.N';
    const r = recordOf(['Thị trấn Châu Ổ đối thoại với Nhân dân', 'Sáng 18/8/2023, Đảng ủy thị trấn Châu Ổ (huyện Bình Sơn) tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy với Nhân dân năm 2023.', caption, 'chau o doi thoai 18-8.jpg', 'Tại hội nghị, người dân đã nêu 14 ý kiến, kiến nghị tập trung vào các lĩnh vực đất đai, xây dựng. Lãnh đạo thị trấn đã trực tiếp trả lời, làm rõ từng vấn đề.'].join('\n'));
    expect(r.captions).toEqual([caption]);
    expect(r.body.join('\n')).not.toContain('.jpg');
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

// A page saved from a phone's screen: every line ~30 characters, so none looks broken on its own.
const PHONE = [
  'Thường trực Huyện ủy Triệu',
  'Phong giao ban với Đảng ủy các',
  'xã, thị trấn quý III/2024',
  '',
  '03/10/2024',
  '16:45',
  '',
  'Ngày 3-10, Thường trực Huyện',
  'ủy Triệu Phong tổ chức hội',
  'nghị giao ban với Đảng ủy các',
  'xã, thị trấn nhằm đánh giá kết',
  'quả thực hiện nhiệm vụ quý III.',
  'Đồng chí Lê Quang Chiến, Bí',
  'thư Huyện ủy chủ trì hội nghị.',
  '',
  'Kết luận hội nghị, đồng chí Lê',
  'Quang Chiến yêu cầu các địa',
  'phương đẩy nhanh tiến độ giải',
  'phóng mặt bằng tuyến đường ven',
  'biển, bàn giao mặt bằng trước',
  'ngày 30/11/2024.',
].join('\n');

describe('unwrap: a page wrapped at phone width', () => {
  it('joins headline, lead and conclusion; the stamp stays on its own', () => {
    const r = recordOf(PHONE);
    expect(r.title).toBe('Thường trực Huyện ủy Triệu Phong giao ban với Đảng ủy các xã, thị trấn quý III/2024');
    expect(r.date?.value).toBe('2024-10-03');
    expect(r.chair?.name).toBe('Lê Quang Chiến');
    expect(r.tasks).toEqual(['đẩy nhanh tiến độ giải phóng mặt bằng tuyến đường ven biển, bàn giao mặt bằng trước ngày 30/11/2024']);
  });
  it('"... trước ngày" then a date on the next line: the date goes on with the sentence', () => {
    const r = recordOf(PHONE.replace('biển, bàn giao mặt bằng trước\nngày 30/11/2024.', 'biển, giao mặt bằng trước ngày\n30/11/2024.'));
    expect(r.tasks).toEqual(['đẩy nhanh tiến độ giải phóng mặt bằng tuyến đường ven biển, giao mặt bằng trước ngày 30/11/2024']);
  });
  it('a few short lines that run on in an ordinary page are left as they are', () => {
    const r = recordOf('Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 12\nSáng 5/3/2021, Huyện ủy Vĩnh Thuận tổ chức hội nghị sơ kết quý I năm 2021, đánh giá kết quả thực hiện\nnhiệm vụ chính trị của địa phương trong quý I.\nVề dự có đại diện lãnh đạo các xã\nvà thị trấn trong huyện.\nHội nghị đã thảo luận các giải pháp\ncho quý II năm 2021.');
    // The long line broken mid-sentence is joined; the short ones, too few to make a wrapped file, are not.
    expect(r.body[0]).toMatch(/đánh giá kết quả thực hiện nhiệm vụ chính trị/u);
    expect(r.body).toContain('Về dự có đại diện lãnh đạo các xã');
  });
});

describe('unwrap: an indented list item', () => {
  it('in a wrapped file, "      d) ..." set in under a full line is an item of its own, not that line\'s end', () => {
    const r = recordOf(['Thông báo kết luận của Ban Thường vụ Đảng ủy xã',
      '      Ngày 14/10/2025, Ban Thường vụ Đảng ủy xã tổ chức hội nghị thường kỳ tháng 10 năm',
      '2025 dưới sự chủ trì của đồng chí Trương Quang Hải, Bí thư Đảng ủy xã. Tham dự hội nghị',
      'có các đồng chí Ủy viên Ban Thường vụ Đảng ủy xã; mời dự có đồng chí Chủ tịch Ủy ban',
      'MTTQ Việt Nam xã và Chánh Văn phòng Đảng ủy, Trưởng Ban Xây dựng Đảng của xã nhà.',
      '      c) Tăng cường quản lý hoạt động kinh doanh dịch vụ du lịch, nhất là các bến',
      'thuyền, điểm lưu trú homestay, kiên quyết xử lý các trường hợp kinh doanh không phép.',
      '      d) Đẩy mạnh chuyển đổi số, hoàn thành cập nhật, làm sạch dữ liệu dân cư, đất đai',
      'trên địa bàn xã trong quý IV năm 2025.'].join('\n'));
    expect(r.body.some((p) => /không phép\.\s+d\)/u.test(p))).toBe(false);
    expect(r.body.filter((p) => /^\s*[cd]\)/u.test(p))).toHaveLength(2);
  });
});
