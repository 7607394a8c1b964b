import { describe, expect, it } from 'vitest';
import { recordOf } from './helpers.ts';

describe('title', () => {
  it('"[ĐỐI THOẠI GIỮA BÍ THƯ ĐẢNG ỦY XÃ VỚI ĐOÀN VIÊN, THANH NIÊN]": a post\'s headline in brackets, without them (probe17)', () => {
    const r = recordOf('Đoàn Thanh niên xã Tuy Phước Bắc\n[ĐỐI THOẠI GIỮA BÍ THƯ ĐẢNG ỦY XÃ VỚI ĐOÀN VIÊN, THANH NIÊN]\nSáng ngày 23/8/2025, Đảng ủy xã Tuy Phước Bắc tổ chức Hội nghị đối thoại giữa Bí thư Đảng ủy xã với đoàn viên, thanh niên trên địa bàn xã.');
    expect(r.title).toBe('ĐỐI THOẠI GIỮA BÍ THƯ ĐẢNG ỦY XÃ VỚI ĐOÀN VIÊN, THANH NIÊN');
  });
  it('the first short line above the lead is the headline, stated', () => {
    const r = recordOf('Tin trong tỉnh\nThường trực Tỉnh ủy làm việc định kỳ với các cơ quan tham mưu\n\nChiều ngày 17/3/2021, Thường trực Tỉnh ủy có buổi làm việc với các cơ quan tham mưu, giúp việc Tỉnh ủy.');
    expect(r.title).toBe('Thường trực Tỉnh ủy làm việc định kỳ với các cơ quan tham mưu');
    expect(r.titleMeta?.certainty).toBe('stated');
  });
  it('a document taken from a PDF: the page\'s headline, not the centred heading of the document under it, nor a label ending in ":"', () => {
    const headline = 'Thông báo kết luận của Ban Thường vụ Đảng ủy xã tại hội nghị thường kỳ tháng 10/2025';
    const r = recordOf([headline, 'Ngày đăng: 17/10/2025 08:05', 'Nội dung văn bản (trích xuất từ tệp đính kèm):', '',
      '                                         THÔNG BÁO', '                        kết luận của Ban Thường vụ Đảng ủy xã', '                         tại hội nghị thường kỳ tháng 10 năm 2025',
      '      Ngày 14/10/2025, Ban Thường vụ Đảng ủy xã tổ chức hội nghị thường kỳ tháng 10 năm 2025 dưới sự chủ trì của đồng chí Trương Quang Hải, Bí thư Đảng ujy xã.'.replace('ujy', 'ủy')].join('\n'));
    expect(r.title).toBe(headline);
  });
  it('with no headline, a title is made from the lead: no date phrase, no purpose clause, inferred', () => {
    const r = recordOf('TPHT- Chiều ngày 14/4, Thành ủy Hà Tĩnh tổ chức hội nghị giao ban với Đảng ủy các phường xã nhằm đánh giá tình hình công tác xây dựng Đảng quý I/2022.');
    expect(r.title).toBe('Thành ủy Hà Tĩnh tổ chức hội nghị giao ban với Đảng ủy các phường xã');
    expect(r.titleMeta?.certainty).toBe('inferred');
  });
  it('a paragraph ending with a full stop is not a headline', () => {
    const r = recordOf('Sáng 5/3, Huyện ủy Vĩnh Thuận tổ chức hội nghị quán triệt nghị quyết.\n\nHội nghị đã nghe báo cáo viên truyền đạt nội dung các nghị quyết của Trung ương.');
    expect(r.titleMeta?.certainty).toBe('inferred');
    expect(r.title).toBe('Huyện ủy Vĩnh Thuận tổ chức hội nghị quán triệt nghị quyết');
  });
  const LEAD = 'Sáng 12/7, Huyện ủy Vĩnh Thuận tổ chức hội nghị sơ kết công tác 6 tháng đầu năm. Đồng chí Lê Trung Hồ, Bí thư Huyện ủy chủ trì hội nghị.';
  it('the page\'s own title above the headline, "<headline> - <site>", is chrome, not body', () => {
    const r = recordOf(['Huyện ủy Vĩnh Thuận sơ kết quý II - Cổng thông tin điện tử huyện Vĩnh Thuận', 'Trang chủ > Tin tức', 'Huyện ủy Vĩnh Thuận sơ kết quý II', '(10:00 | 14/07/2023)', LEAD].join('\n'));
    expect(r.title).toBe('Huyện ủy Vĩnh Thuận sơ kết quý II');
    expect(r.body).toEqual([LEAD]);
  });
  it('a headline that is the page\'s own title, "<headline> - <site>", loses the site\'s name', () => {
    const r = recordOf(['Hội nghị Ban Chấp hành Đảng bộ xã Mỹ Hòa lần thứ 10, nhiệm kỳ 2020-2025 - Cổng thông tin điện tử huyện Phù Mỹ', '12:05 | 13/05/2024', LEAD].join('\n'));
    expect(r.title).toBe('Hội nghị Ban Chấp hành Đảng bộ xã Mỹ Hòa lần thứ 10, nhiệm kỳ 2020-2025');
  });
  it('a dash inside a headline before words that are no site\'s name stays ("... - Bài 2: Đổi mới")', () => {
    const headline = 'Nâng cao chất lượng sinh hoạt chi bộ - Bài 2: Đổi mới nội dung';
    expect(recordOf([headline, '12:05 | 13/05/2024', LEAD].join('\n')).title).toBe(headline);
  });
  it('a headline in capitals is the headline, as written; a site\'s name in capitals is not', () => {
    const headline = 'HUYỆN ỦY VĨNH THUẬN SƠ KẾT CÔNG TÁC 6 THÁNG ĐẦU NĂM 2023';
    const r = recordOf(['BÁO ĐIỆN TỬ ĐẢNG BỘ TỈNH KIÊN GIANG', headline, '(10:00 | 14/07/2023)', LEAD].join('\n'));
    expect(r.title).toBe(headline);
    expect(r.titleMeta?.certainty).toBe('stated');
    expect(r.body).toEqual([LEAD]);
  });
  it('a kicker on the line above, "Huyện ủy Vĩnh Thuận:", is the headline\'s first part', () => {
    const r = recordOf(['Huyện ủy Vĩnh Thuận:', 'Sơ kết công tác 6 tháng đầu năm 2023', '(10:00 | 14/07/2023)', LEAD].join('\n'));
    expect(r.title).toBe('Huyện ủy Vĩnh Thuận: Sơ kết công tác 6 tháng đầu năm 2023');
    expect(r.body).toEqual([LEAD]);
  });
  it('a line ending with a colon that stands apart (a blank line between) is no kicker', () => {
    const r = recordOf(['Huyện ủy Vĩnh Thuận:', '', 'Sơ kết công tác 6 tháng đầu năm 2023', LEAD].join('\n'));
    expect(r.title).toBe('Sơ kết công tác 6 tháng đầu năm 2023');
  });
});
