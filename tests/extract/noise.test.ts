import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.ts';
import { isUnreadable, readSource } from '../../src/ingest/index.ts';
import { fanPagePost, recordOf } from './helpers.ts';

const LEAD = 'Chiều 28/7/2020 Huyện ủy Vĩnh Thuận tổ chức hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 2 sơ kết nhiệm vụ 6 tháng đầu năm.';
const PARA = 'Trong 6 tháng đầu năm 2020, các cấp ủy, chính quyền và nhân dân trong huyện đã có nhiều cố gắng thực hiện các chỉ tiêu.';

describe('noise: a fan page\'s post and a news app\'s page (probe17)', () => {
  it('"Xem bản dịch", "Đọc bài gốc", "Theo dõi trên Google News" are buttons, never the headline nor the body', () => {
    for (const button of ['Xem bản dịch', 'Đọc bài gốc', 'Theo dõi trên Google News']) {
      const r = recordOf(fanPagePost(['Đảng ủy phường Trần Phú quán triệt Nghị quyết Trung ương 7', button], []));
      expect(r.title).toBe('Đảng ủy phường Trần Phú quán triệt Nghị quyết Trung ương 7');
      expect(r.body).not.toContain(button);
    }
  });
  it('the hashtags under a post\'s last line are a line of their own, never joined to it (probe17/002, a CRLF page)', async () => {
    const source = await readSource('tests/fixtures/probe17/002_tuyphuocbac-xa-fb-doithoai.txt');
    if (isUnreadable(source)) throw new Error(source.message.reason);
    const body = extract(source).body;
    expect(body.join('\n')).not.toContain('#TuoiTre');
    expect(body.some((p) => p.includes('Tuổi trẻ Tuy Phước Bắc xung kích, sáng tạo!'))).toBe(true);
  });
  it('"Các album khác", "Thư viện ảnh khác" head the portal\'s other albums: the article ends there', () => {
    for (const head of ['Các album khác', 'Thư viện ảnh khác']) {
      const r = recordOf(fanPagePost([], [head, 'Đại hội Đảng bộ thị trấn Nam Phước lần thứ XIX (08/07/2020)', 'Phường Cam Đường ra mắt Trung tâm phục vụ hành chính công (01/07/2025)']));
      expect(r.body.join('\n')).not.toMatch(/Nam Phước|Cam Đường|album|Thư viện/u);
    }
  });
});

describe('noise: portal chrome is not body', () => {
  it.each([
    'Cổng thông tin điện tử huyện Giồng Riềng', 'Nội dung khác', 'Xem với cỡ chữAA', 'Tin trong tỉnh', '318..jpg',
    '[ Cập nhật vào ngày (18/03/2021) ] - [ Số lần xem: 361 ]', '(16:30 | 29/07/2020)', 'Tìm kiếm', 'Liên hệ',
    'Tệp đính kèm', 'Nghe đọc bài viết', '[Chia sẻ] [Bản in]', 'Đài Phát thanh - Truyền hình Can Lộc', 'Đài Truyền thanh thị xã', 'A- A+', 'A A A',
  ])('"%s" before the article', (chrome) => {
    const r = recordOf([chrome, 'Hội nghị Ban chấp hành Đảng bộ huyện lần thứ 2', LEAD, PARA].join('\n'));
    expect(r.body.join('\n')).not.toContain(chrome);
  });
  it('a row of share buttons under the stamp ("Facebook  Zalo  Twitter  Sao chép link  🖨") is neither the headline nor text (probe11)', () => {
    const r = recordOf(['Hội nghị Ban chấp hành Đảng bộ huyện lần thứ 2', '18/11/2025 - 17:25 · 🕒 4 phút đọc', 'Facebook  Zalo  Twitter  Sao chép link  🖨', LEAD, PARA].join('\n'));
    expect(r.title).toBe('Hội nghị Ban chấp hành Đảng bộ huyện lần thứ 2');
    expect(r.body).toEqual([LEAD, PARA]);
  });
  it.each([
    ['Phản hồi', 'Các tin khác'],
    ['Đánh giá:', 'lượt đánh giá: , trung bình: Bình luận', 'Mã xác thực không đúng.', '     Liên kết website'],
  ])('the trailer from "%s" on', (...trailer) => {
    const r = recordOf(['Hội nghị Ban chấp hành Đảng bộ huyện lần thứ 2', LEAD, PARA, ...trailer, 'Một tin khác về hoạt động của tỉnh trong tuần qua'].join('\n'));
    expect(r.body).toEqual([LEAD, PARA]);
  });
  it.each(['Mừng Đảng - Mừng Xuân Quý Mão 2023', 'Chính trị - Xây dựng Đảng', 'Trang chủ  Giới thiệu  Tin tức - Sự kiện  Văn bản  Liên hệ'])(
    'a short line above the headline ("%s") is the page\'s, not the article\'s',
    (banner) => {
      const r = recordOf([banner, 'Hội nghị Ban chấp hành Đảng bộ huyện lần thứ 2', LEAD, PARA].join('\n'));
      expect(r.title).toBe('Hội nghị Ban chấp hành Đảng bộ huyện lần thứ 2');
      expect(r.body).toEqual([LEAD, PARA]);
    },
  );
  it.each(['Ban Biên tập', 'Văn phòng Huyện ủy', 'Ban Tuyên giáo Huyện ủy'])('an office signing the article ("%s") is its byline, not a paragraph', (office) => {
    const r = recordOf(['Hội nghị Ban chấp hành Đảng bộ huyện lần thứ 2', LEAD, PARA, office, 'Tin liên quan'].join('\n'));
    expect(r.body).toEqual([LEAD, PARA]);
    expect(r.byline).toBe(office);
  });
  it.each(['A- A+', 'A A A'])('a font-size widget ("%s") alone between paragraphs is chrome (probe20)', (widget) => {
    expect(recordOf(['Hội nghị Ban chấp hành Đảng bộ huyện lần thứ 2', LEAD, widget, PARA].join('\n')).body).toEqual([LEAD, PARA]);
  });
  it.each(["H'LINH", "H'Linh", "K'Sơn Hà", 'H.GIA', 'T.N'])('a Central Highlands name ("%s") alone under the last paragraph is the byline (probe16)', (name) => {
    const r = recordOf(['Hội nghị Ban chấp hành Đảng bộ huyện lần thứ 2', LEAD, PARA, name, 'Chia sẻ', 'Tin cùng chuyên mục'].join('\n'));
    expect(r.body).toEqual([LEAD, PARA]);
    expect(r.byline).toBe(name);
  });
  it('"Đồng chí Vũ Văn Hưng đã tặng hoa chúc mừng ..." is a sentence of the report, told in the past; without "đã" it is a caption (probe16)', () => {
    const told = 'Đồng chí Vũ Văn Hưng đã tặng hoa chúc mừng Ban Chấp hành khóa mới.';
    const shown = 'Đồng chí Vũ Văn Hưng tặng hoa chúc mừng Ban Chấp hành khóa mới.';
    expect(recordOf(['Hội nghị Ban chấp hành Đảng bộ huyện lần thứ 2', LEAD, PARA, told, PARA].join('\n')).body).toEqual([LEAD, PARA, told, PARA]);
    expect(recordOf(['Hội nghị Ban chấp hành Đảng bộ huyện lần thứ 2', LEAD, PARA, shown, PARA].join('\n')).captions).toEqual([shown]);
  });
  it('the byline before a separator and the portal\'s address: "Xuân Trường (Trung tâm ...)", "-----", "Địa chỉ: ..."', () => {
    const r = recordOf(['Hội nghị Ban chấp hành Đảng bộ huyện lần thứ 2', LEAD, PARA, 'Xuân Trường (Trung tâm VH-TT-TT&DL huyện)', '-'.repeat(60), 'Địa chỉ: Khu 3, thị trấn Thọ Xuân, huyện Thọ Xuân, tỉnh Thanh Hóa, điện thoại 0237 3831 000', 'Bản quyền thuộc UBND huyện Thọ Xuân'].join('\n'));
    expect(r.body).toEqual([LEAD, PARA]);
    expect(r.byline).toBe('Xuân Trường');
  });
  it('the keywords under the byline ("Từ khóa: ...", however many) are chrome, and the name above them the byline', () => {
    const keywords = 'Từ khóa: Lạc Sơn, Hội nghị Ban Chấp hành, tổng kết năm 2023, nhiệm vụ năm 2024';
    const r = recordOf(['Hội nghị Ban chấp hành Đảng bộ huyện lần thứ 2', LEAD, PARA, 'Bùi Minh (CTV)', 'Chia sẻ: Facebook | Zalo | Twitter', keywords].join('\n'));
    expect(r.body).toEqual([LEAD, PARA]);
    expect(r.byline).toBe('Bùi Minh');
  });
  it.each([
    'Đăng lúc: 06/10/2022 08:30   |   Người đăng: Quản trị viên   |   Theo dõi trên Google News',
    'Ngày xuất bản: 27/01/2023 15:42 · Chuyên mục: Tin các huyện, thành phố',
  ])('a labelled stamp with more chrome after its date ("%s") is the stamp, and the line above it the headline', (stamp) => {
    const r = recordOf(['Bí thư Huyện ủy Trà Cú đối thoại với Nhân dân xã Long Hiệp', stamp, LEAD, PARA].join('\n'));
    expect(r.title).toBe('Bí thư Huyện ủy Trà Cú đối thoại với Nhân dân xã Long Hiệp');
    expect(r.published?.value.slice(0, 10)).toBe(stamp.startsWith('Đăng') ? '2022-10-06' : '2023-01-27');
    expect(r.body).toEqual([LEAD, PARA]);
  });
  it.each(['Bài viết cùng chuyên mục', 'Bài liên quan', 'Các tin bài khác'])('the link list after "%s" is the trailer, and the name above it the byline with its office', (heading) => {
    const r = recordOf(['Hội nghị Ban chấp hành Đảng bộ huyện lần thứ 2', LEAD, PARA, 'Thanh Tùng (Trung tâm Văn hóa - Thể thao và Truyền thanh huyện)', heading, 'Krông Năng: Đại hội điểm Đảng bộ xã Ea Tân', '- Mường Chà sơ kết công tác 6 tháng đầu năm (13/07/2023)'].join('\n'));
    expect(r.body).toEqual([LEAD, PARA]);
    expect(r.byline).toBe('Thanh Tùng');
  });
  it('"Quang cảnh hội nghị Ban Thường vụ Huyện ủy phiên đầu xuân 2023." (13 words) is a caption', () => {
    const caption = 'Quang cảnh hội nghị Ban Thường vụ Huyện ủy phiên đầu xuân 2023.';
    const r = recordOf(['Hội nghị Ban chấp hành Đảng bộ huyện lần thứ 2', LEAD, caption, PARA].join('\n'));
    expect(r.captions).toEqual([caption]);
    expect(r.body).toEqual([LEAD, PARA]);
  });
  it.each(['03/07/2023 15:20:41   |   Bản in   |   Theo dõi Báo Yên Bái trên Google News', 'Đăng: 16/11/2023 08:30 — Cập nhật: 16/11/2023 14:05'])(
    'a date and time followed by buttons or a second stamp ("%s") is the stamp', (stamp) => {
      const r = recordOf(['Bí thư Huyện ủy Mù Cang Chải: Đưa du lịch trở thành ngành kinh tế mũi nhọn', stamp, LEAD, PARA].join('\n'));
      expect(r.title).toBe('Bí thư Huyện ủy Mù Cang Chải: Đưa du lịch trở thành ngành kinh tế mũi nhọn');
      expect(r.body).toEqual([LEAD, PARA]);
    },
  );
  it.each([
    ['Các đồng chí chủ trì hội nghị.'],
    ['Đoàn Chủ tịch điều hành phiên khai mạc Đại hội.'],
    ['Thường trực Huyện ủy Bố Trạch làm việc tại xã Hưng Trạch.'],
  ])('"%s": a short scene that names nobody is a caption (probe10)', (caption) => {
    const r = recordOf(['Hội nghị Ban chấp hành Đảng bộ huyện lần thứ 2', LEAD, caption, PARA].join('\n'));
    expect(r.captions).toEqual([caption]);
    expect(r.body).toEqual([LEAD, PARA]);
  });
  it('"... phát biểu chỉ đạo tại hội nghị. Ảnh: C. Trúc": a credit that opens with initials still makes a caption (probe11)', () => {
    const caption = 'Bí thư Huyện ủy Chợ Lách Trần Thanh Phong phát biểu chỉ đạo tại hội nghị. Ảnh: C. Trúc';
    const r = recordOf(['Hội nghị Ban chấp hành Đảng bộ huyện lần thứ 2', LEAD, caption, PARA].join('\n'));
    expect(r.captions).toEqual([caption]);
    expect(r.body).toEqual([LEAD, PARA]);
  });
  it('"— Quảng cáo —" and the advertisement under it ("... giao hàng tận nơi. Đặt hàng ngay ...") between two paragraphs are no text (probe13 007)', () => {
    const ad = 'Gạo nếp cái hoa vàng Lập Thạch - Quà quê thơm dẻo, giao hàng tận nơi. Đặt hàng ngay để nhận ưu đãi!';
    const r = recordOf(['Hội nghị Ban chấp hành Đảng bộ huyện lần thứ 2', LEAD, '\t\t— Quảng cáo —', `\t\t${ad}`, PARA].join('\n'));
    expect(r.body).toEqual([LEAD, PARA]);
  });
  it('a line under "Quảng cáo" that sells nothing stays text', () => {
    const r = recordOf(['Hội nghị Ban chấp hành Đảng bộ huyện lần thứ 2', LEAD, 'Quảng cáo', PARA].join('\n'));
    expect(r.body).toEqual([LEAD, PARA]);
  });
  it('"N. LÂN" after the text: a byline in capitals with an initial (probe12 008)', () => {
    const r = recordOf(['Hội nghị Ban chấp hành Đảng bộ huyện lần thứ 2', LEAD, PARA, 'N. LÂN', 'Tin liên quan', '- Hàm Thuận Bắc: Tổ chức đối thoại với nông dân (06/09/2024)'].join('\n'));
    expect(r.byline).toBe('N. LÂN');
    expect(r.body).toEqual([LEAD, PARA]);
  });

  it('the headline printed twice in a row, as the page\'s title and as its heading, is the headline once, not a caption (probe13 010)', () => {
    const title = 'Xã Kim Anh tổ chức hội nghị chuyên đề về chuyển đổi số';
    const r = recordOf(['CỔNG GIAO TIẾP ĐIỆN TỬ THÀNH PHỐ HÀ NỘI', title, title, '16/09/2025 17:05', LEAD, PARA].join('\n'));
    expect(r.title).toBe(title);
    expect(r.captions).toEqual([]);
    expect(r.body).toEqual([LEAD, PARA]);
  });
  it('a caption printed twice under the lead is still one caption', () => {
    const caption = 'Các đại biểu dự hội nghị tại điểm cầu huyện';
    const r = recordOf(['Hội nghị Ban chấp hành Đảng bộ huyện lần thứ 2', LEAD, caption, caption, PARA].join('\n'));
    expect(r.captions).toEqual([caption]);
    expect(r.body).toEqual([LEAD, PARA]);
  });

  describe('a box of related links between two paragraphs (probe13 005)', () => {
    const TITLE = 'Hội nghị Ban chấp hành Đảng bộ huyện lần thứ 2';
    const LONG1 = 'Về công tác xây dựng Đảng, Đảng ủy xã đã lãnh đạo các chi bộ tổ chức sinh hoạt chuyên đề theo định kỳ, chất lượng sinh hoạt chi bộ từng bước được nâng lên rõ rệt.';
    const LONG2 = 'Phát biểu kết luận, đồng chí Nguyễn Hữu Phước ghi nhận những kết quả mà Đảng bộ xã đạt được và đề nghị các chi bộ tiếp tục nâng cao chất lượng sinh hoạt trong thời gian tới.';
    const BOX = ['Tin liên quan:', '- Tháp Mười: Sơ kết 3 năm thực hiện đề án phát triển vùng sen (20/09/2023)', '- Xã Thạnh Lợi nâng chất các tiêu chí nông thôn mới nâng cao (18/09/2023)'];
    it('"Tin liên quan:" and its links, then two paragraphs: the links are noise, the article goes on', () => {
      const r = recordOf([TITLE, LEAD, PARA, ...BOX, LONG1, LONG2, 'Ngọc Hân', 'Bình luận', 'Gửi bình luận'].join('\n'));
      expect(r.body).toEqual([LEAD, PARA, LONG1, LONG2]);
      expect(r.tasks).toEqual(['tiếp tục nâng cao chất lượng sinh hoạt trong thời gian tới']);
    });
    it('the same box with only one paragraph after it (a story\'s summary) still closes the article', () => {
      const r = recordOf([TITLE, LEAD, PARA, ...BOX, LONG1].join('\n'));
      expect(r.body).toEqual([LEAD, PARA]);
    });
    it('"Bình luận" with two long lines after it is the comments, not the article going on', () => {
      const r = recordOf([TITLE, LEAD, PARA, 'Bình luận', LONG1, LONG2].join('\n'));
      expect(r.body).toEqual([LEAD, PARA]);
    });
  });

  describe('captions of photos side by side, one block with no blank line between (probe8 011, probe9 006)', () => {
    const TITLE = 'Hội nghị Ban chấp hành Đảng bộ huyện lần thứ 2';
    it('"Lễ khai mạc Đại hội." above "Đoàn Chủ tịch điều hành Đại hội.": both captions, in their order', () => {
      const r = recordOf([TITLE, LEAD, '', 'Lễ khai mạc Đại hội.', 'Đoàn Chủ tịch điều hành Đại hội.', '', PARA].join('\n'));
      expect(r.captions).toEqual(['Lễ khai mạc Đại hội.', 'Đoàn Chủ tịch điều hành Đại hội.']);
      expect(r.body).toEqual([LEAD, PARA]);
    });
    it('a caption, then "Đảng viên xã Giàng Chu Phìn học tập Nghị quyết tại điểm cầu xã.", with the byline above them: captions and byline', () => {
      const r = recordOf([TITLE, LEAD, PARA, 'Mua Mí Sính (Trung tâm Truyền thông - Văn hóa huyện Mèo Vạc)', '', 'Quang cảnh hội nghị tại điểm cầu trung tâm Huyện ủy Mèo Vạc.', 'Đảng viên xã Giàng Chu Phìn học tập Nghị quyết tại điểm cầu xã.'].join('\n'));
      expect(r.captions).toEqual(['Quang cảnh hội nghị tại điểm cầu trung tâm Huyện ủy Mèo Vạc.', 'Đảng viên xã Giàng Chu Phìn học tập Nghị quyết tại điểm cầu xã.']);
      expect(r.byline).toBe('Mua Mí Sính');
      expect(r.body).toEqual([LEAD, PARA]);
    });
    it('a short sentence in a block of its own, after a caption\'s block, stays text: "Hội nghị đã thành công tốt đẹp."', () => {
      const r = recordOf([TITLE, LEAD, '', 'Quang cảnh hội nghị.', '', 'Hội nghị đã thành công tốt đẹp.', '', PARA].join('\n'));
      expect(r.captions).toEqual(['Quang cảnh hội nghị.']);
      expect(r.body).toEqual([LEAD, 'Hội nghị đã thành công tốt đẹp.', PARA]);
    });
    it('a block with a line that is no short sentence ("Đồng chí nhấn mạnh: ...") keeps its text', () => {
      const r = recordOf([TITLE, LEAD, '', 'Quang cảnh hội nghị.', 'Đồng chí nhấn mạnh: phải làm tốt.', '', PARA].join('\n'));
      expect(r.body).toContain('Đồng chí nhấn mạnh: phải làm tốt.');
    });
  });
  it('"Đồng chí Lê Văn An chủ trì hội nghị." says who chairs: text, not a caption', () => {
    const line = 'Đồng chí Lê Văn An, Bí thư Huyện ủy chủ trì hội nghị.';
    const r = recordOf(['Hội nghị Ban chấp hành Đảng bộ huyện lần thứ 2', LEAD, line, PARA].join('\n'));
    expect(r.captions).toEqual([]);
    expect(r.body).toEqual([LEAD, line, PARA]);
  });
  it('"(Nguồn: Ban Tuyên giáo Huyện ủy Cầu Kè)" after the text is no part of it', () => {
    const r = recordOf(['Hội nghị Ban chấp hành Đảng bộ huyện lần thứ 2', LEAD, PARA, '(Nguồn: Ban Tuyên giáo Huyện ủy Cầu Kè)'].join('\n'));
    expect(r.body).toEqual([LEAD, PARA]);
  });
  it('an image file name with spaces ("Lễ kết nạp tại xã Đại Bái.jpg") is chrome, and the sentence under it (21 words) its caption', () => {
    const caption = 'Các đảng viên mới chụp ảnh lưu niệm cùng lãnh đạo Ban Tổ chức Huyện ủy và Đảng ủy xã Đại Bái.';
    const r = recordOf(['Hội nghị Ban chấp hành Đảng bộ huyện lần thứ 2', LEAD, 'Lễ kết nạp tại xã Đại Bái.jpg', caption, PARA].join('\n'));
    expect(r.captions).toEqual([caption]);
    expect(r.body).toEqual([LEAD, PARA]);
  });
  it.each([['Ý kiến bạn đọc (0)'], ['CÁC TIN, BÀI KHÁC'], ['Tin vắn khác'], ['Xem nhiều']])('the trailer from "%s" on, and the byline above a credited caption', (heading) => {
    const r = recordOf(['Hội nghị Ban chấp hành Đảng bộ huyện lần thứ 2', LEAD, PARA, 'Thanh Chi (thực hiện)', 'Ruộng bậc thang xã La Pán Tẩn mùa nước đổ. Ảnh: Thanh Chi', heading, '1. Lai Châu khắc phục hậu quả hoàn lưu bão số 3 trên địa bàn các huyện vùng cao'].join('\n'));
    expect(r.body).toEqual([LEAD, PARA]);
    expect(r.byline).toBe('Thanh Chi');
  });
  it.each([
    'Bình chọn: Bạn đánh giá thế nào về giao diện mới của trang?   ○ Đẹp   ○ Bình thường   ○ Cần cải thiện thêm nhiều nội dung',
    '📎 Tải về: Chương trình hội nghị (PDF, 120 KB)',
    'Đường dây nóng: 0213.3876.234  |  Email: toasoan@baolaichau.vn',
    '#Mù Cang Chải  #du lịch cộng đồng  #ruộng bậc thang',
  ])('"%s" under the article is chrome', (chrome) => {
    const r = recordOf(['Hội nghị Ban chấp hành Đảng bộ huyện lần thứ 2', LEAD, PARA, chrome].join('\n'));
    expect(r.body).toEqual([LEAD, PARA]);
  });
  it.each(['👍 Thích 14   ↗ Chia sẻ', 'Thứ Ba, 12-03-2024 18:10 | Tác giả: Phòng Văn hóa và Thông tin | In | Gửi bài viết'])('"%s" between headline and lead is chrome: the line above stays the headline', (chrome) => {
    const r = recordOf(['Thị trấn Đắk Mil ra mắt mô hình tổ dân phố văn minh', chrome, LEAD, PARA].join('\n'));
    expect(r.title).toBe('Thị trấn Đắk Mil ra mắt mô hình tổ dân phố văn minh');
    expect(r.body).toEqual([LEAD, PARA]);
  });
  it('"HOÀNG LIÊN (Báo Quảng Nam)" is the byline, and "[In bài viết]   [Gửi cho bạn bè]   [Trở về]" after the article chrome', () => {
    const r = recordOf(['Hội nghị Ban chấp hành Đảng bộ huyện lần thứ 2', LEAD, PARA, 'HOÀNG LIÊN (Báo Quảng Nam)', '[In bài viết]   [Gửi cho bạn bè]   [Trở về]'].join('\n'));
    expect(r.body).toEqual([LEAD, PARA]);
    expect(r.byline).toBe('HOÀNG LIÊN');
  });
  it('"[Chia sẻ] [Bản in]" under the headline is no headline: the headline is', () => {
    const r = recordOf(['Sơ kết 3 năm thực hiện Kết luận số 01-KL/TW', '[Chia sẻ] [Bản in]', LEAD, PARA].join('\n'));
    expect(r.title).toBe('Sơ kết 3 năm thực hiện Kết luận số 01-KL/TW');
  });
  it('"Đài Truyền thanh huyện đã ..." opening a sentence of the article stays', () => {
    const said = 'Đài Truyền thanh huyện đã phát sóng nhiều chuyên mục tuyên truyền về nghị quyết của Đảng.';
    expect(recordOf(['Hội nghị Ban chấp hành Đảng bộ huyện lần thứ 2', LEAD, said, PARA].join('\n')).body).toContain(said);
  });
  it('leaves a paragraph that merely mentions a counter-like word', () => {
    const text = 'Đồng chí Bí thư đánh giá cao kết quả đạt được, lượt xem xét hồ sơ đảng viên được thực hiện nghiêm túc, đúng quy trình và đúng thời hạn.';
    expect(recordOf(['Hội nghị Ban chấp hành Đảng bộ huyện lần thứ 2', LEAD, text].join('\n')).body).toContain(text);
  });
});

describe('noise: captions and bylines become their own fields', () => {
  it('a credited caption, repeated, is one caption', () => {
    const r = recordOf(['Hội nghị Ban chấp hành Đảng bộ huyện lần thứ 2', 'Quang cảnh hội nghị. (Ảnh: Mỹ An)', '', 'Quang cảnh hội nghị. (Ảnh: Mỹ An)', LEAD, PARA].join('\n'));
    expect(r.captions).toEqual(['Quang cảnh hội nghị. (Ảnh: Mỹ An)']);
    expect(r.body).toEqual([LEAD, PARA]);
  });
  it('"huyhieu_2.JPG", its caption, and the same caption printed again under it: one caption', () => {
    const caption = 'Các đảng viên nhận Huy hiệu Đảng đợt 19/5 chụp ảnh lưu niệm cùng lãnh đạo Thành ủy và phường.';
    const r = recordOf(['Hội nghị Ban chấp hành Đảng bộ huyện lần thứ 2', LEAD, 'huyhieu_2.JPG', caption, caption, PARA].join('\n'));
    expect(r.captions).toEqual([caption]);
    expect(r.body).toEqual([LEAD, PARA]);
  });
  it.each([
    ['Đ/c Lê Văn Tín, Bí thư Huyện ủy phát biểu kết luận hội nghị.'],
    ['Quang canh hoi nghi'],
    ['Các đại biểu trải nghiệm ứng dụng “Sổ tay đảng viên điện tử” tại hội nghị.'],
    ['Dong chi Nguyen Van Thinh tham hoi ho dan bi ngap tai xa Hien Luong'],
    // At a dialogue, under its photo (probe21).
    ['Đồng chí Vi Văn Thành, Chủ tịch UBND đặc khu trả lời ý kiến của ngư dân.'],
  ])('"%s" standing alone after the lead is a caption ("Đ/c", or typed without diacritics)', (caption) => {
    const r = recordOf(['Hội nghị Ban chấp hành Đảng bộ huyện lần thứ 2', LEAD, caption, PARA].join('\n'));
    expect(r.captions).toEqual([caption]);
    expect(r.body).toEqual([LEAD, PARA]);
  });
  it('a paper\'s masthead, "[Bản in] [Gửi bài] Thích 23 Chia sẻ" and a "PV" above the stamp are not the headline or the text', () => {
    const headline = 'Bí thư Tỉnh ủy làm việc với Ban Thường vụ Thành ủy Tp. Lạng Sơn';
    const r = recordOf(['BÁO LẠNG SƠN - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH LẠNG SƠN', 'Thứ Năm, 10/10/2019', headline, 'PV', 'Cập nhật: 08:30, 10/10/2019', '[Bản in]  [Gửi bài]  Thích 23  Chia sẻ', LEAD, PARA].join('\n'));
    expect(r.title).toBe(headline);
    expect(r.byline).toBe('PV');
    expect(r.body).toEqual([LEAD, PARA]);
  });
  it('text from a PDF: "Trang 1/2", the next page\'s running header and number, and the "Nơi nhận:" list are not text', () => {
    const r = recordOf([
      'Thông báo kết luận của Ban Thường vụ Đảng ủy xã tại hội nghị thường kỳ tháng 10/2025', '17/10/2025 08:05', LEAD,
      '      b) Tập trung đẩy nhanh tiến độ giải ngân vốn đầu tư công, phấn đấu đến ngày 31/12/2025 giải ngân đạt 100% kế hoạch.',
      '', '                                                                              Trang 1/2', '',
      'Thông báo kết luận số 24-TB/ĐU ngày 16/10/2025 của Ban Thường vụ Đảng ủy xã Phong Nha', '                                             2', '',
      '      c) Tăng cường quản lý hoạt động kinh doanh dịch vụ du lịch, nhất là các bến thuyền, điểm lưu trú homestay.',
      ' Nơi nhận:                                                      T/M BAN THƯỜNG VỤ',
      ' - Các chi bộ trực thuộc,                                             (Đã ký)',
      '                                                                 Phạm Thị Thu Hà',
    ].join('\n'));
    const body = r.body.join('\n');
    for (const gone of ['Trang 1/2', 'Thông báo kết luận số 24-TB/ĐU', 'Nơi nhận', 'Phạm Thị Thu Hà']) expect(body).not.toContain(gone);
    expect(body).toContain('c) Tăng cường quản lý hoạt động kinh doanh dịch vụ du lịch');
  });
  it('a fan page\'s post: "… Xem thêm" at its end, photo descriptions, counters and the comments under "23 bình luận" are not text', () => {
    const r = recordOf([
      'ĐẢNG ỦY XÃ TÂN THÀNH TỔ CHỨC HỘI NGHỊ ĐỐI THOẠI VỚI NHÂN DÂN NĂM 2025', '21 tháng 11, 2025 lúc 16:42',
      `${LEAD} … Xem thêm`, PARA, 'Tin, ảnh: Minh Ngọc',
      'Có thể là hình ảnh về 12 người, bục phát biểu và văn bản cho biết "HỘI NGHỊ ĐỐI THOẠI GIỮA NGƯỜI ĐỨNG ĐẦU CẤP ỦY, CHÍNH QUYỀN VỚI NHÂN DÂN"',
      '+14', '184', '23 bình luận   11 lượt chia sẻ', 'Nguyễn Thị Hoa', 'Mong xã sớm sửa đường thôn 4 đi thôn 7 ạ, mùa mưa các cháu đi học khổ lắm',
    ].join('\n'));
    expect(r.body).toEqual([LEAD, PARA]);
    expect(r.byline).toBe('Minh Ngọc');
  });
  it('"Hoàng Mai (Trung tâm VH-TT&TT huyện Chợ Mới)" is the byline though a caption follows it; "Đánh giá bài viết: ☆☆☆☆☆ ..." begins the trailer', () => {
    const r = recordOf([
      'Hội nghị Ban chấp hành Đảng bộ huyện lần thứ 2', LEAD, PARA, 'Hoàng Mai (Trung tâm VH-TT&TT huyện Chợ Mới)',
      'Đồng chí Hà Văn Hiệp, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện phát biểu kết luận hội nghị.',
      'Đánh giá bài viết: ☆☆☆☆☆   Tổng số điểm: 0   Tổng số người đánh giá: 0', 'Một dòng của trang sau tiện ích đánh giá bài viết.',
    ].join('\n'));
    expect(r.body).toEqual([LEAD, PARA]);
    expect(r.byline).toBe('Hoàng Mai');
    expect(r.captions).toEqual(['Đồng chí Hà Văn Hiệp, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện phát biểu kết luận hội nghị.']);
  });
  it('"NGỌC NHUẬN" in capitals between the headline and the stamp is the reporter', () => {
    const r = recordOf(['Đại hội đại biểu Đảng bộ phường Bồng Sơn lần thứ I, nhiệm kỳ 2025-2030', 'NGỌC NHUẬN', '06/08/2025, 07:45 GMT+7', LEAD, PARA].join('\n'));
    expect(r.title).toBe('Đại hội đại biểu Đảng bộ phường Bồng Sơn lần thứ I, nhiệm kỳ 2025-2030');
    expect(r.byline).toBe('NGỌC NHUẬN');
    expect(r.body).toEqual([LEAD, PARA]);
  });
  it('the line after an image file name is its caption', () => {
    const r = recordOf(['Hội nghị Ban chấp hành Đảng bộ huyện lần thứ 2', LEAD, '318..jpg', 'Quang cảnh buổi làm việc', PARA].join('\n'));
    expect(r.captions).toEqual(['Quang cảnh buổi làm việc']);
  });
  it('"Đồng chí X, ... phát biểu chỉ đạo Hội nghị" standing alone after the lead is a caption', () => {
    const caption = 'Đồng chí Đào Quang Minh, Phó Bí thư Thường trực Thị ủy phát biểu chỉ đạo Hội nghị';
    const r = recordOf(['Hội nghị Ban chấp hành Đảng bộ huyện lần thứ 2', LEAD, caption, PARA].join('\n'));
    expect(r.captions).toEqual([caption]);
    expect(r.body).toEqual([LEAD, PARA]);
  });
  it.each([
    [['Tin và ảnh: Dương Tuấn'], 'Dương Tuấn'],
    [['Thu Hằng', 'Đài Truyền thanh thị xã'], 'Thu Hằng'],
    [['Hoàng ÝCác ý kiến của bạn đọc'], 'Hoàng Ý'],
    // The writer, not the photographer; the line is no photo caption.
    [['Tin: Thanh Tùng - Ảnh: Văn Dũng'], 'Thanh Tùng'],
    // Where a reposted story came from is neither body nor byline.
    [['(Theo Báo Kiên Giang)'], null],
    [['Thu Hằng', 'Theo TTXVN'], 'Thu Hằng'],
    [['P.V'], 'P.V'],
  ])('byline %j → %s', (lines, byline) => {
    const r = recordOf(['Hội nghị Ban chấp hành Đảng bộ huyện lần thứ 2', LEAD, PARA, ...lines].join('\n'));
    expect(r.byline).toBe(byline);
    expect(r.body).toEqual([LEAD, PARA]);
    expect(r.captions).toEqual([]);
  });
  it('"Theo báo cáo, ..." opens a paragraph of the article, not a source line', () => {
    const report = 'Theo báo cáo, năm 2022 huyện đạt 12/15 chỉ tiêu.';
    const r = recordOf(['Hội nghị Ban chấp hành Đảng bộ huyện lần thứ 2', LEAD, report, PARA].join('\n'));
    expect(r.body).toEqual([LEAD, report, PARA]);
  });
  it('the source tag "TPHT- " leaves the lead', () => {
    const r = recordOf([`TPHT- ${LEAD}`, PARA].join('\n'));
    expect(r.body[0]).toBe(LEAD);
  });
  it('numbered photos\' captions "Ảnh 1: ...", "Hình 2: ..." are captions, sentences or not', () => {
    const captions = ['Ảnh 1: Đồng chí Bùi Văn Thắng phát biểu kết luận hội nghị.', 'Hình 2: Các đại biểu dự hội nghị.'];
    const r = recordOf(['Hội nghị Ban chấp hành Đảng bộ huyện lần thứ 2', LEAD, captions[0], PARA, captions[1]].join('\n'));
    expect(r.captions).toEqual(captions);
    expect(r.body).toEqual([LEAD, PARA]);
  });
  it('the bracketed tag "(lsp) " leaves the lead without a dash', () => {
    expect(recordOf([`(lsp) ${LEAD}`, PARA].join('\n')).body[0]).toBe(LEAD);
  });
  it('"Tác giả: Lê Hoa" above the lead, by the stamp, is the byline, not the headline', () => {
    const r = recordOf(['Đảng bộ thị trấn Phong Điền tổng kết công tác năm', 'Tác giả: Lê Hoa', 'Thứ hai, 09 Tháng 1 2023 07:30', LEAD, PARA].join('\n'));
    expect(r.title).toBe('Đảng bộ thị trấn Phong Điền tổng kết công tác năm');
    expect(r.byline).toBe('Lê Hoa');
    expect(r.body).toEqual([LEAD, PARA]);
  });
  it('a capitalised phrase at the start of a lead is not a source tag ("UBND tỉnh" has no dash)', () => {
    const lead = 'UBND tỉnh Kiên Giang và Huyện ủy Vĩnh Thuận tổ chức hội nghị sơ kết nhiệm vụ 6 tháng đầu năm 2020 tại hội trường.';
    expect(recordOf([lead, PARA].join('\n')).body[0]).toBe(lead);
  });
});

describe('noise: a site\'s chrome above the headline', () => {
  const HEADLINE = 'Huyện ủy Bắc Mê: Hội nghị lần thứ 15 Ban Chấp hành Đảng bộ huyện khóa XXI';
  const LEAD_2023 = '(HGĐT) - Sáng 5/7/2023, Huyện ủy Bắc Mê tổ chức Hội nghị lần thứ 15 Ban Chấp hành Đảng bộ huyện, đánh giá kết quả 6 tháng đầu năm.';
  it.each([
    ['BÁO HÀ GIANG ĐIỆN TỬ'], ['Báo Nghệ An điện tử'], ['Báo Bắc Ninh'], ['Cổng Giao tiếp điện tử Thành ủy Hà Nội'],
    ['Trang chủ > Chính trị > Xây dựng Đảng'], ['Trang chủ » Tin tức » Xây dựng Đảng'], ['Trang chủ | Giới thiệu | Tin tức | Văn bản'],
    ['Đảng bộ tỉnh Bến Tre'], ['Thị ủy Bỉm Sơn'], ['THỊ UỶ NINH HOÀ - ĐẢNG BỘ TỈNH KHÁNH HOÀ'], ['Đường dẫn: huyenuybavi.hanoi.gov.vn/tin-tuc'],
  ])('"%s" is not the headline and not body', (chrome) => {
    const r = recordOf([chrome, HEADLINE, 'Thứ Tư, 05/07/2023 - 17:10', 'Lượt xem: 1.204', LEAD_2023, PARA].join('\n'));
    expect(r.title).toBe(HEADLINE);
    expect(r.body.join('\n')).not.toContain(chrome);
    expect(r.date?.value).toBe('2023-07-05');
  });
  it('the parenthesised source tag "(HGĐT) - " leaves the lead', () => {
    const r = recordOf([HEADLINE, LEAD_2023, PARA].join('\n'));
    expect(r.body[0]).toMatch(/^Sáng 5\/7\/2023/u);
  });
  it('a headline that is only a committee\'s action is kept ("Huyện ủy Vĩnh Thuận sơ kết 6 tháng đầu năm")', () => {
    expect(recordOf(['Huyện ủy Vĩnh Thuận sơ kết 6 tháng đầu năm', LEAD, PARA].join('\n')).title).toBe('Huyện ủy Vĩnh Thuận sơ kết 6 tháng đầu năm');
  });
  it.each([
    [['Tags: xây dựng Đảng, Bắc Mê'], null],
    [['Người đăng: Quản trị viên'], null],
    [['Nguồn: Báo Bắc Kạn'], null],
    [['Minh Tâm (Ban Tuyên giáo Huyện ủy)'], 'Minh Tâm'],
    [['Việt Hùng - Trung tâm VH-TT huyện'], 'Việt Hùng'],
    [['Ngọc AnhBình luận (0)'], 'Ngọc Anh'],
    [['Các tin đã đăng:', 'Huyện ủy tổ chức hội nghị sơ kết công tác dân vận (12/10/2023)'], null],
  ])('trailer %j leaves the body (byline %s)', (lines, byline) => {
    const r = recordOf([HEADLINE, LEAD, PARA, ...lines].join('\n'));
    expect(r.body).toEqual([LEAD, PARA]);
    if (byline) expect(r.byline).toBe(byline);
    else expect(r.byline).toBeNull();
    expect(r.published).toBeNull();
  });
  it('a caption credited after a full stop: "... tại xã Quang Thành. Ảnh: Phạm Bằng"', () => {
    const caption = 'Đồng chí Bí thư Huyện ủy thăm mô hình sản xuất tại xã Quang Thành. Ảnh: Phạm Bằng';
    const r = recordOf([HEADLINE, LEAD, caption, PARA].join('\n'));
    expect(r.captions).toEqual([caption]);
  });
});

describe('noise: lines recognised by how they open, whatever their length', () => {
  it('a long address line and a long copyright line are chrome, and the byline above them is found', () => {
    const r = recordOf([
      'Đường dẫn: huyenuybavi.hanoi.gov.vn/tin-tuc/giao-ban-cong-tac-xay-dung-dang-6-thang-dau-nam-2024-moi-nhat',
      'Hội nghị Ban chấp hành Đảng bộ huyện lần thứ 2', LEAD, PARA, 'Phương Thảo (Ban Tuyên giáo Huyện ủy)',
      '© Huyện ủy Ba Vì. Ghi rõ nguồn khi phát hành lại thông tin từ website này và các trang thông tin liên kết.',
    ].join('\n'));
    expect(r.body).toEqual([LEAD, PARA]);
    expect(r.byline).toBe('Phương Thảo');
  });
  it('"Quang cảnh tọa đàm." after the lead is a caption even with its full stop', () => {
    const r = recordOf(['Hội nghị Ban chấp hành Đảng bộ huyện lần thứ 2', LEAD, 'Quang cảnh tọa đàm.', PARA].join('\n'));
    expect(r.captions).toEqual(['Quang cảnh tọa đàm.']);
  });
});

describe('noise: widgets, menu bars and uncredited captions', () => {
  const HEADLINE = 'Hội nghị lần thứ 14 Ban Chấp hành Đảng bộ tỉnh khóa XVII';
  it.each([
    ['Chia sẻ:   Facebook   Zalo   In bài'], ['Chia sẻ: Facebook | Twitter | Email'], ['Nghe bài viết   |   Chia sẻ'], ['A- A A+'],
    ['Giới thiệu   Tin tức - Sự kiện   Văn bản   Tư liệu   Hỏi đáp   Liên hệ'], ['Tin tức - Sự kiện / Hoạt động của Thành ủy'],
    // A document page's particulars and the label before the document's text.
    ['Số/Ký hiệu: 24-TB/ĐU'], ['Cơ quan ban hành: Đảng ủy xã Phong Nha'], ['Nội dung văn bản (trích xuất từ tệp đính kèm):'],
    // A widget's name between symbols: what is left of its icons.
    ['🔊 Nghe đọc bài'], ['▶ Nghe đọc'], ['« Tin tức »'], ['Thích 14   ↗ Chia sẻ'], ['👍 Thích 14   ↗ Chia sẻ'],
  ])('"%s" around the headline is chrome', (chrome) => {
    const r = recordOf([chrome, HEADLINE, chrome, LEAD, PARA].join('\n'));
    expect(r.title).toBe(HEADLINE);
    expect(r.body).toEqual([LEAD, PARA]);
  });
  it('"Minh Khang · 21/03/2023 - 16:48": a reporter\'s name before the stamp is a stamp line, not the headline', () => {
    const r = recordOf([HEADLINE, 'Minh Khang · 21/03/2023 - 16:48', LEAD, PARA].join('\n'));
    expect(r.title).toBe(HEADLINE);
    expect(r.published?.value.slice(0, 10)).toBe('2023-03-21');
  });
  it('"🔊 Nghe đọc bài" under the stamp is a widget, not a second headline', () => {
    const r = recordOf([HEADLINE, '14/07/2025 09:12 | Lượt xem: 287', '🔊 Nghe đọc bài', 'Chia sẻ: Facebook | Zalo | In bài', LEAD, PARA].join('\n'));
    expect(r.title).toBe(HEADLINE);
    expect(r.body).toEqual([LEAD, PARA]);
  });
  it.each([
    ['Đồng chí Lò Văn Mừng, Bí thư Thành ủy phát biểu kết luận hội nghị.'],
    ['Đồng chí Bí thư Tỉnh ủy (giữa) phát biểu tại buổi làm việc.'],
    ['Các đồng chí lãnh đạo quận trao Huy hiệu Đảng cho các đảng viên.'],
  ])('"%s" standing alone after the lead is a caption', (caption) => {
    const r = recordOf([HEADLINE, LEAD, caption, PARA].join('\n'));
    expect(r.captions).toEqual([caption]);
  });
  it('a short paragraph saying who presided is body, not a caption', () => {
    const line = 'Đồng chí Lê Trung Hồ, Bí thư Huyện ủy chủ trì hội nghị.';
    expect(recordOf([HEADLINE, LEAD, line, PARA].join('\n')).body).toContain(line);
  });
});
