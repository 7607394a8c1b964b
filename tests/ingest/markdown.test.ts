// Articles a scraper saved as Markdown: recognised by several of its marks, never by one "#" or "**"
// in a plain article; their text keeps its lines and loses links, images, emphasis and navigation.
import { describe, expect, it } from 'vitest';
import { looksLikeMarkdown, markdownToText, withoutQuoteMarks } from '../../src/ingest/markdown.ts';
import { isUnreadable, sourceFromBytes } from '../../src/ingest/index.ts';
import { extract } from '../../src/extract/index.ts';

const PAGE = [
  '[![Báo Cà Mau](https://baocamau.vn/images/logo-bcm.png)](https://baocamau.vn/)',
  '',
  '[Thời sự](https://baocamau.vn/thoi-su/) | [Xây dựng Đảng](https://baocamau.vn/xay-dung-dang/) | [Kinh tế](https://baocamau.vn/kinh-te/)',
  '',
  '# Trần Văn Thời: Hội nghị chuyên đề nâng cao chất lượng phát triển đảng viên',
  '',
  '*Minh Khang* · 21/03/2023 - 16:48',
  '',
  '**(CMO) Sáng 21/3, Ban Thường vụ Huyện ủy Trần Văn Thời tổ chức hội nghị chuyên đề về nâng cao chất lượng công tác phát triển đảng viên. Đồng chí Huỳnh Việt Cường, Tỉnh ủy viên, Bí thư Huyện ủy chủ trì hội nghị.**',
  '',
  '![Quang cảnh hội nghị chuyên đề.](https://baocamau.vn/uploads/2023/03/21/tvt-hoi-nghi-chuyen-de-1.jpg)',
  '',
  '*Quang cảnh hội nghị chuyên đề. Ảnh: MINH KHANG*',
  '',
  '| Năm | Số đảng viên kết nạp |',
  '|---|---|',
  '| 2022 | 236 |',
  '',
  '[Xem thêm](https://baocamau.vn/tran-van-thoi-ket-nap-236-dang-vien-moi-a11872.html)',
  '',
  'Đồng chí đề nghị các cấp ủy cơ sở phân công đảng viên giúp đỡ quần chúng ưu tú, nhất là đoàn viên ưu tú.',
  '',
  '1. Ban Tổ chức Huyện ủy mở lớp bồi dưỡng nhận thức về Đảng trong quý II/2023.',
  '2. Huyện đoàn rà soát, giới thiệu đoàn viên ưu tú cho chi bộ.',
  '',
  '## Tin liên quan',
  '',
  '- [Cái Nước: Kết nạp 52 đảng viên trong quý I](https://baocamau.vn/cai-nuoc-a12301.html)',
].join('\n');

describe('looksLikeMarkdown', () => {
  it('a page with links, a heading and emphasis', () => {
    expect(looksLikeMarkdown(PAGE)).toBe(true);
  });
  it.each([
    ['Hội nghị Ban Thường vụ Tỉnh ủy.\n\nĐồng chí Bí thư chủ trì.'],
    ['# Hội nghị Ban Thường vụ Tỉnh ủy\n\nĐồng chí Bí thư chủ trì.'],
    ['Điểm **quan trọng** của hội nghị là công tác cán bộ.'],
    ['Xem tại [đây] (trang 3) và [phụ lục].'],
  ])('not Markdown: %j', (text) => {
    expect(looksLikeMarkdown(text)).toBe(false);
  });
});

describe('markdownToText', () => {
  const text = markdownToText(PAGE);
  const lines = text.split('\n').filter(Boolean);

  it('keeps the words of headings, paragraphs, list items and table rows, without their marks', () => {
    expect(lines).toContain('Trần Văn Thời: Hội nghị chuyên đề nâng cao chất lượng phát triển đảng viên');
    expect(lines).toContain('Minh Khang · 21/03/2023 - 16:48');
    expect(lines.some((l) => l.startsWith('(CMO) Sáng 21/3, Ban Thường vụ Huyện ủy'))).toBe(true);
    expect(lines).toContain('Năm | Số đảng viên kết nạp');
    expect(lines).toContain('1. Ban Tổ chức Huyện ủy mở lớp bồi dưỡng nhận thức về Đảng trong quý II/2023.');
    expect(text).not.toMatch(/\*|\]\(|^#/mu);
  });
  it('an image becomes its file name on a line of its own, the caption under it; a linked image (a logo) is dropped', () => {
    const at = lines.indexOf('tvt-hoi-nghi-chuyen-de-1.jpg');
    expect(at).toBeGreaterThan(0);
    expect(lines[at + 1]).toBe('Quang cảnh hội nghị chuyên đề. Ảnh: MINH KHANG');
    expect(text).not.toContain('logo-bcm.png');
  });
  it('blocks of links only (menus, "Xem thêm", related links) are navigation and dropped', () => {
    expect(text).not.toContain('Thời sự');
    expect(text).not.toContain('Xem thêm');
    expect(text).not.toContain('Cái Nước');
  });
});

describe('a Markdown article, extracted', () => {
  it('is read as Markdown, with its headline, stamp, caption and tasks', () => {
    const source = sourceFromBytes('x.txt', new TextEncoder().encode(PAGE));
    expect(isUnreadable(source)).toBe(false);
    if (isUnreadable(source)) return;
    expect(source.format).toBe('markdown');
    expect(source.messages.map((m) => m.id)).toContain('ingest/markdown');
    const r = extract(source);
    expect(r.title).toBe('Trần Văn Thời: Hội nghị chuyên đề nâng cao chất lượng phát triển đảng viên');
    expect(r.date?.value).toBe('2023-03-21');
    expect(r.meetingType.key).toBe('chuyen-de');
    expect(r.captions).toEqual(['Quang cảnh hội nghị chuyên đề. Ảnh: MINH KHANG']);
    expect(r.body.join('\n')).not.toContain('](');
    expect(r.tasks).toContain('Ban Tổ chức Huyện ủy mở lớp bồi dưỡng nhận thức về Đảng trong quý II/2023');
  });
});

describe('quoted lines in plain text', () => {
  it('a box of "> " lines loses its marks; a lone ">" stays as written', () => {
    expect(withoutQuoteMarks('Đoạn trước.\n> KẾT LUẬN HỘI NGHỊ\n>\n> 1. Các cấp ủy xác định chuyển đổi số là nhiệm vụ trọng tâm.\nĐoạn sau.'))
      .toBe('Đoạn trước.\nKẾT LUẬN HỘI NGHỊ\n\n1. Các cấp ủy xác định chuyển đổi số là nhiệm vụ trọng tâm.\nĐoạn sau.');
    expect(withoutQuoteMarks('Tỷ lệ đạt\n> 90% kế hoạch.')).toBe('Tỷ lệ đạt\n> 90% kế hoạch.');
  });
  it('the tasks of a quoted conclusion box are read', () => {
    const text = [
      'Huyện ủy Đông Hưng hội nghị chuyên đề về chuyển đổi số', '28/09/2023 16:10',
      'Sáng 28.9, Ban Thường vụ Huyện ủy Đông Hưng tổ chức hội nghị chuyên đề về chuyển đổi số trong công tác xây dựng Đảng.',
      '> KẾT LUẬN HỘI NGHỊ', '>',
      '> Kết luận hội nghị, đồng chí Trần Văn Quyết, Bí thư Huyện ủy đề nghị:',
      '> 1. Các cấp ủy, tổ chức đảng xác định chuyển đổi số là nhiệm vụ trọng tâm, thường xuyên.',
      '> 2. UBND huyện bố trí kinh phí nâng cấp hạ tầng mạng cho các đảng ủy xã, thị trấn.',
    ].join('\n');
    const source = sourceFromBytes('x.txt', new TextEncoder().encode(text));
    if (isUnreadable(source)) throw new Error('unreadable');
    expect(extract(source).tasks).toEqual([
      'các cấp ủy, tổ chức đảng xác định chuyển đổi số là nhiệm vụ trọng tâm, thường xuyên',
      'UBND huyện bố trí kinh phí nâng cấp hạ tầng mạng cho các đảng ủy xã, thị trấn',
    ]);
  });
});

describe('emoji opening lines', () => {
  it('are decoration: "📅 Sáng nay (21/11), ...", "🔹 UBND xã ..." lose them; "© Báo ..." keeps its sign', () => {
    const source = sourceFromBytes('x.txt', new TextEncoder().encode('🔴 ĐẢNG ỦY XÃ TÂN THÀNH TỔ CHỨC HỘI NGHỊ\n📅 Sáng nay (21/11), Đảng ủy xã tổ chức hội nghị.\n🔹 UBND xã khẩn trương khảo sát tuyến đường.\n© Báo Gia Lai'));
    if (isUnreadable(source)) throw new Error('unreadable');
    expect(source.text).toBe('ĐẢNG ỦY XÃ TÂN THÀNH TỔ CHỨC HỘI NGHỊ\nSáng nay (21/11), Đảng ủy xã tổ chức hội nghị.\nUBND xã khẩn trương khảo sát tuyến đường.\n© Báo Gia Lai');
  });
});
