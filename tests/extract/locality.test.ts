import { describe, expect, it } from 'vitest';
import { mentionsIn } from '../../src/extract/places.ts';
import { matchForm } from '../../src/text/fold.ts';
import { article, messageIds, recordOf } from './helpers.ts';

const place = (text: string) => {
  const r = recordOf(text);
  return { locality: r.locality && { name: r.locality.name, level: r.locality.level }, province: r.province?.name ?? null, today: r.provinceToday?.name ?? null };
};
const REST = 'tổ chức hội nghị sơ kết tình hình thực hiện nhiệm vụ chính trị 6 tháng đầu năm 2020 với sự tham dự của các đồng chí';

describe('locality and province', () => {
  it('"Xã Di Linh được thành lập trên cơ sở ... của huyện Di Linh (cũ)": a 2025 commune\'s province is the successor of the former district it names (probe20)', () => {
    expect(place(article('Tối 15/8/2025, Đảng ủy xã Di Linh tổ chức buổi đối thoại giữa người đứng đầu cấp ủy, chính quyền với Nhân dân về xây dựng nông thôn mới.',
      'Xã Di Linh được thành lập trên cơ sở thị trấn Di Linh và các xã Tân Châu, Liên Đầm, Gung Ré của huyện Di Linh (cũ), với hơn 40 nghìn dân.')).province).toBe('Lâm Đồng');
  });
  it('"các phường Phú Cường, Hiệp Thành, Chánh Nghĩa, Phú Thọ và Chánh Mỹ": in a list of units, "Phú Thọ" is a ward, not the province (probe19)', () => {
    expect(place(article('Sáng 9/9/2025, Đảng ủy phường Thủ Dầu Một (Thành phố Hồ Chí Minh) tổ chức hội nghị học tập, quán triệt Nghị quyết Đại hội Đảng bộ phường lần thứ I.',
      'Phường Thủ Dầu Một được thành lập trên cơ sở sắp xếp các phường Phú Cường, Hiệp Thành, Chánh Nghĩa, Phú Thọ và Chánh Mỹ thuộc thành phố Thủ Dầu Một, tỉnh Bình Dương (cũ).')).province).toBe('Hồ Chí Minh');
  });
  it('"HỘI NGHỊ BAN CHẤP HÀNH ĐẢNG BỘ THỊ TRẤN LẦN THỨ 15": in capitals, "LẦN THỨ 15" is the meeting\'s number, not the town\'s name (probe17)', () => {
    const names = (text: string) => mentionsIn({ text, match: matchForm(text), offset: 0 }).map((m) => `${m.level} ${m.name}`);
    expect(names('HỘI NGHỊ BAN CHẤP HÀNH ĐẢNG BỘ THỊ TRẤN LẦN THỨ 15 (MỞ RỘNG)')).toEqual(['thị trấn null']);
    expect(place(['HỘI NGHỊ BAN CHẤP HÀNH ĐẢNG BỘ THỊ TRẤN LẦN THỨ 15 (MỞ RỘNG)', '', `Chiều 14/6/2024, Ban Chấp hành Đảng bộ thị trấn Hoàn Lão ${REST}.`].join('\n')).locality)
      .toEqual({ name: 'Hoàn Lão', level: 'thị trấn' });
  });
  it('"Ban Thường vụ Đảng ủy xã" unnamed, under the letterhead "ĐẢNG ỦY XÃ PHONG NHA" and "Cơ quan ban hành: Đảng ủy xã Phong Nha": the issuer names it (probe7); a portal\'s own name does not', () => {
    const lead = 'Ngày 14/10/2025, Ban Thường vụ Đảng ủy xã tổ chức hội nghị thường kỳ tháng 10 năm 2025 dưới sự chủ trì của đồng chí Trương Quang Hải, Bí thư Đảng ủy xã, với sự tham dự của các đồng chí Ủy viên Ban Thường vụ.';
    const page = (...head: string[]) => [...head, 'Thông báo kết luận của Ban Thường vụ Đảng ủy xã tại hội nghị thường kỳ tháng 10/2025', '', lead, '',
      'Hội nghị đã nghe báo cáo tình hình thực hiện nhiệm vụ tháng 10 và thống nhất các nội dung trọng tâm của tháng 11 năm 2025 trên địa bàn xã.',
      '', 'CỔNG THÔNG TIN ĐIỆN TỬ XÃ PHONG NHA - TỈNH QUẢNG TRỊ'].join('\n');
    expect(place(page('Cơ quan ban hành: Đảng ủy xã Phong Nha', '', 'ĐẢNG BỘ TỈNH QUẢNG TRỊ          ĐẢNG CỘNG SẢN VIỆT NAM          ĐẢNG ỦY XÃ PHONG NHA', '')))
      .toEqual({ locality: { name: 'Phong Nha', level: 'xã' }, province: 'Quảng Trị', today: 'Quảng Trị' });
    expect(place(page('CỔNG THÔNG TIN ĐIỆN TỬ XÃ PHONG NHA', '')).locality).toEqual({ name: null, level: 'xã' });
  });
  it('"xã Phong Nha - Tỉnh Quảng Trị": a dash before a level word ends the name; "Phan Rang - Tháp Chàm" is one name', () => {
    const names = (text: string) => mentionsIn({ text, match: matchForm(text), offset: 0 }).map((m) => `${m.level} ${m.name}`);
    expect(names('Bản quyền thuộc Cổng thông tin điện tử xã Phong Nha - Tỉnh Quảng Trị')).toEqual(['xã Phong Nha', 'tỉnh Quảng Trị']);
    expect(names('CỔNG THÔNG TIN ĐIỆN TỬ XÃ PHONG NHA - TỈNH QUẢNG TRỊ')).toEqual(['xã Phong Nha', 'tỉnh Quảng Trị']);
    expect(names('thành phố Phan Rang - Tháp Chàm')).toEqual(['thành phố Phan Rang - Tháp Chàm']);
  });
  it('"thị trấn Tân Phú" (in three provinces) is decided by the portal\'s footer "... thị trấn Tân Phú - huyện Tân Phú - tỉnh Đồng Nai" (probe16)', () => {
    const page = (footer: string) => [
      'TRANG THÔNG TIN ĐIỆN TỬ THỊ TRẤN TÂN PHÚ', 'Đảng ủy thị trấn Tân Phú tổ chức hội nghị chuyên đề', '', `Sáng ngày 19/3/2021, Đảng ủy thị trấn Tân Phú ${REST}.`,
      'Đảng bộ thị trấn hiện có 16 chi bộ với 486 đảng viên, trong đó 9 chi bộ khu phố; năm 2020 có 12 chi bộ được xếp loại hoàn thành tốt nhiệm vụ trở lên.',
      'Bà đề nghị các chi bộ tiếp tục đổi mới nội dung, hình thức sinh hoạt, nâng cao chất lượng sinh hoạt chi bộ khu phố trong tình hình mới.',
      'Minh Nguyệt - Đài Truyền thanh thị trấn', 'Chia sẻ', 'Bài viết liên quan', '- Thị trấn Tân Phú ra quân Ngày Chủ nhật xanh (14/03/2021)', 'Số lượt truy cập: 102.581', footer,
    ].join('\n');
    expect(place(page('Trang thông tin điện tử thị trấn Tân Phú - huyện Tân Phú - tỉnh Đồng Nai'))).toEqual({ locality: { name: 'Tân Phú', level: 'thị trấn' }, province: 'Đồng Nai', today: 'Đồng Nai' });
    // A footer that names another unit says nothing about this one.
    expect(place(page('Bản quyền thuộc UBND huyện Tân Phú, tỉnh Đồng Nai')).province).toBeNull();
  });
  it('"Huyện ủy Vĩnh Thuận" → huyện Vĩnh Thuận, Kiên Giang (today An Giang)', () => {
    expect(place(article(`Chiều 28/7/2020 Huyện ủy Vĩnh Thuận ${REST}.`))).toEqual({ locality: { name: 'Vĩnh Thuận', level: 'huyện' }, province: 'Kiên Giang', today: 'An Giang' });
  });
  it('a 2025 ward named with a dash, "phường Xuân Hương - Đà Lạt", keeps its whole name; "phường Hải Long - Sáng 5/7" is a dateline', () => {
    const lead = 'Chiều 14/8/2025, đoàn công tác của Tỉnh ủy Lâm Đồng làm việc với Ban Thường vụ Đảng ủy phường Xuân Hương - Đà Lạt về tình hình thực hiện nhiệm vụ.';
    expect(place(article(lead)).locality).toEqual({ name: 'Xuân Hương - Đà Lạt', level: 'phường' });
    const dateline = 'Đảng ủy phường Hải Long - Sáng 5/7/2025, Đảng ủy phường tổ chức hội nghị sơ kết nhiệm vụ 6 tháng đầu năm.';
    expect(place(article(dateline)).locality).toEqual({ name: 'Hải Long', level: 'phường' });
  });
  it('"Ủy ban Kiểm tra Huyện ủy Lục Yên tổ chức ... Dự có ... chủ nhiệm ủy ban kiểm tra các đảng ủy xã, thị trấn": several committees named together are none of them the subject (probe10)', () => {
    const lead = 'Sáng 12-7-2022, Ủy ban Kiểm tra Huyện ủy Lục Yên tổ chức hội nghị sơ kết công tác kiểm tra, giám sát 6 tháng đầu năm. Dự hội nghị có chủ nhiệm ủy ban kiểm tra các đảng ủy xã, thị trấn và đại diện những đảng ủy cơ sở.';
    expect(place(article(lead))).toMatchObject({ locality: { name: 'Lục Yên', level: 'huyện' }, province: 'Yên Bái' });
  });
  it('the portal\'s district ("Cổng thông tin điện tử huyện Giồng Riềng") is not the locality', () => {
    const text = `Cổng thông tin điện tử huyện Giồng Riềng\nHội nghị Ban chấp hành Đảng bộ huyện lần thứ 2\nChiều 28/7/2020 Huyện ủy Vĩnh Thuận ${REST}.`;
    expect(place(text).locality).toEqual({ name: 'Vĩnh Thuận', level: 'huyện' });
  });
  it('"Thành ủy Hà Tĩnh" is the provincial city, in Hà Tĩnh province', () => {
    expect(place(article(`Chiều ngày 14/4/2022, Thành ủy Hà Tĩnh ${REST}.`))).toEqual({ locality: { name: 'Hà Tĩnh', level: 'thành phố' }, province: 'Hà Tĩnh', today: 'Hà Tĩnh' });
  });
  it('"Thành ủy Cần Thơ" is a centrally-run city: the province itself', () => {
    expect(place(article(`Sáng 5/3/2021, Thành ủy Cần Thơ ${REST}.`))).toMatchObject({ locality: { name: 'Cần Thơ', level: 'thành phố' }, province: 'Cần Thơ' });
  });
  it('"thành phố Vị Thanh" (a unit, no committee) → Hậu Giang', () => {
    expect(place(article(`Theo đó, 6 tháng đầu năm, thành phố Vị Thanh đã thực hiện đạt nhiều kết quả quan trọng trong công tác xây dựng Đảng.`))).toMatchObject({ locality: { name: 'Vị Thanh', level: 'thành phố' }, province: 'Hậu Giang' });
  });
  it('"Huyện ủy Châu Thành" alone: in ten provinces, so the province is unknown and a message says why', () => {
    const r = recordOf(article(`Sáng 5/3/2021, Huyện ủy Châu Thành ${REST}.`));
    expect(r.locality?.name).toBe('Châu Thành');
    expect(r.province).toBeNull();
    expect(messageIds(r)).toContain('province/ambiguous');
  });
  it('"Đảng ủy xã Tân Phú, huyện Đồng Phú": the district the commune is put in decides (Bình Phước)', () => {
    // xã Tân Phú is in eleven provinces, none of them under huyện Đồng Phú in the gazetteer's snapshot.
    const r = recordOf(['Đảng ủy xã Tân Phú sơ kết công tác 6 tháng đầu năm 2023', `Ngày 5/7/2023, Đảng ủy xã Tân Phú, huyện Đồng Phú ${REST}.`].join('\n'));
    expect(r.locality).toMatchObject({ name: 'Tân Phú', level: 'xã' });
    expect(r.province).toMatchObject({ name: 'Bình Phước', rule: 'province/parent-district', evidence: { text: 'huyện Đồng Phú' } });
  });
  it('"xã Như Cố (huyện Chợ Mới)": a district in two provinces, the commune in one of them', () => {
    const r = recordOf(article(`Sáng 5/3/2021, Đảng ủy xã Như Cố (huyện Chợ Mới) ${REST}.`));
    expect(r.province?.name).toBe('Bắc Kạn');
  });
  it('"huyện Châu Thành, tỉnh Hậu Giang": the province named decides', () => {
    expect(place(article(`Sáng 5/3/2021, Huyện ủy Châu Thành ${REST} Thường trực Tỉnh ủy Hậu Giang.`)).province).toBe('Hậu Giang');
  });
  it('"Thị ủy" never named: a level without a name and no province', () => {
    const r = recordOf(article(`Chiều ngày 06/10/2021, Thường trực Thị ủy ${REST} thị xã.`));
    expect(r.locality && { name: r.locality.name, level: r.locality.level }).toEqual({ name: null, level: 'thị xã' });
    expect(r.province).toBeNull();
    expect(messageIds(r)).toContain('locality/unnamed');
  });
  describe('an unnamed "Huyện ủy" whose communes the text names (probe8 001)', () => {
    const inspection = (communes: string) => recordOf([
      'Bí thư Huyện ủy kiểm tra khắc phục hậu quả mưa lũ',
      `Từ ngày 10 đến 12/9/2024, đồng chí Nguyễn Văn Thịnh, Bí thư Huyện ủy cùng đoàn công tác của Huyện ủy đã đi kiểm tra công tác khắc phục hậu quả mưa lũ tại ${communes}.`,
    ].join('\n'));
    it('"tại xã Bình Minh và xã Vĩnh Phong": only huyện Vĩnh Thuận has a commune of each name, so it is the locality, inferred, with the communes as evidence', () => {
      const r = inspection('xã Bình Minh và xã Vĩnh Phong');
      expect(r.locality).toMatchObject({ name: 'Vĩnh Thuận', level: 'huyện', certainty: 'inferred', rule: 'locality/unnamed-committee+its-communes' });
      expect(r.locality?.evidence?.text).toBe('Huyện ủy … xã Bình Minh, xã Vĩnh Phong');
      expect(r.province).toMatchObject({ name: 'Kiên Giang', certainty: 'inferred' });
    });
    it('one commune named ("tại xã Vĩnh Bình Bắc") is not enough: the "Huyện ủy" stays unnamed', () => {
      const r = inspection('xã Vĩnh Bình Bắc');
      expect(r.locality && { name: r.locality.name, level: r.locality.level }).toEqual({ name: null, level: 'huyện' });
      expect(r.province).toBeNull();
    });
    it('communes of two districts ("xã Vĩnh Bình Bắc" of Vĩnh Thuận, "xã Như Cố" of Chợ Mới): no district holds both, the "Huyện ủy" stays unnamed', () => {
      const r = inspection('xã Vĩnh Bình Bắc và xã Như Cố');
      expect(r.locality && { name: r.locality.name, level: r.locality.level }).toEqual({ name: null, level: 'huyện' });
      expect(r.province).toBeNull();
    });
  });
  it('a committee in a guest\'s title ("Phó Bí thư Thường trực Tỉnh ủy Kiên Giang") is not the meeting\'s: the unnamed "Huyện ủy" that holds it is', () => {
    const r = recordOf(['Huyện ủy sơ kết quý I', 'Sáng 5/4/2022, Huyện ủy tổ chức hội nghị sơ kết công tác quý I. Dự hội nghị có đồng chí Nguyễn Thanh Nhàn, Phó Bí thư Thường trực Tỉnh ủy Kiên Giang. Đồng chí Nguyễn Văn Bình, Bí thư Huyện ủy chủ trì hội nghị.'].join('\n'));
    expect(r.locality && { name: r.locality.name, level: r.locality.level }).toEqual({ name: null, level: 'huyện' });
    expect(messageIds(r)).toContain('locality/unnamed');
  });
  it('with no other committee named, the one in the chair\'s title is the locality: "đồng chí X, Bí thư Huyện ủy Đầm Dơi chủ trì"', () => {
    const r = recordOf(['Bí thư Huyện ủy Đầm Dơi đối thoại với Nhân dân', 'Chiều 14/5/2022, đồng chí Tô Văn Hận, Bí thư Huyện ủy Đầm Dơi chủ trì buổi tiếp xúc, đối thoại với Nhân dân xã Tạ An Khương.'].join('\n'));
    expect(r.locality && { name: r.locality.name, level: r.locality.level }).toEqual({ name: 'Đầm Dơi', level: 'huyện' });
    expect(r.province?.name).toBe('Cà Mau');
  });
  it('an unnamed "Tỉnh ủy" takes the one province the text names elsewhere ("Báo Hậu Giang"), inferred', () => {
    const r = recordOf(article(`Chiều ngày 17/3/2021, Thường trực Tỉnh ủy có buổi làm việc với Trường Chính trị, Báo Hậu Giang và các cơ quan tham mưu của Tỉnh ủy.`));
    expect(r.locality).toMatchObject({ name: 'Hậu Giang', level: 'tỉnh', certainty: 'inferred' });
    expect(r.province).toMatchObject({ name: 'Hậu Giang', certainty: 'inferred' });
  });
  it('a higher body working with a lower one: the lower unit is the locality', () => {
    expect(place(article(`Sáng 12/5/2023, Thường trực Tỉnh ủy Kiên Giang làm việc với Ban Thường vụ Huyện ủy Giồng Riềng về tình hình thực hiện nhiệm vụ.`)).locality).toEqual({ name: 'Giồng Riềng', level: 'huyện' });
  });
  it('the headline says who works with whom: "Đoàn công tác Thành ủy làm việc với Quận ủy Quận 8" → quận 8, whichever the lead names first', () => {
    const lead = 'Ban Thường vụ Quận ủy Quận 8 đã tiếp và làm việc với đoàn công tác của Thành ủy về tình hình phòng, chống dịch COVID-19 trên địa bàn quận.';
    expect(place(['Đoàn công tác Thành ủy làm việc với Quận ủy Quận 8', '', lead, ''].join('\n'))).toEqual({ locality: { name: '8', level: 'quận' }, province: 'Hồ Chí Minh', today: 'Hồ Chí Minh' });
  });
  it('a committee owning a board or an office ("Trưởng Ban Tổ chức Tỉnh ủy", "Văn phòng Tỉnh ủy") is not the meeting\'s', () => {
    const lead = 'Sáng 12/5/2023, Ban Thường vụ Huyện ủy Giồng Riềng tiếp đoàn công tác về tình hình thực hiện nhiệm vụ năm 2023.';
    expect(place(['Trưởng Ban Tổ chức Tỉnh ủy làm việc tại Giồng Riềng', '', lead, ''].join('\n')).locality).toEqual({ name: 'Giồng Riềng', level: 'huyện' });
    expect(place(article('Sáng 12/5/2023, lãnh đạo Văn phòng Tỉnh ủy dự hội nghị của Ban Thường vụ Huyện ủy Giồng Riềng về tình hình thực hiện nhiệm vụ.')).locality).toEqual({ name: 'Giồng Riềng', level: 'huyện' });
  });
  it('"Tỉnh ủy viên" is a title, not the provincial committee', () => {
    expect(place(article(`Chiều 28/7/2020 đồng chí Lê Trung Hồ, Tỉnh ủy viên, Bí thư Huyện ủy Vĩnh Thuận chủ trì hội nghị sơ kết.`)).locality).toEqual({ name: 'Vĩnh Thuận', level: 'huyện' });
  });
  it('after 1 July 2025 a commune sits under a 2025 province named in the text', () => {
    expect(place(article(`Ngày 5/8/2025, Đảng ủy xã Bình Giã, Thành phố Hồ Chí Minh tổ chức hội nghị quán triệt nghị quyết của Trung ương.`))).toMatchObject({ locality: { name: 'Bình Giã', level: 'xã' }, province: 'Hồ Chí Minh' });
  });
  it('"Đảng ủy xã Óc Eo" in October 2025: the commune list of 1 July 2025 puts it in An Giang, whatever other province the text names in passing (probe18)', () => {
    const lead = 'Sáng 6/10/2025, Đảng ủy xã Óc Eo tổ chức hội nghị giao ban quý III năm 2025 dưới sự chủ trì của đồng chí Phó Bí thư Thường trực Đảng ủy xã.';
    const visit = 'Dịp này, xã tiếp đoàn cán bộ tỉnh Đồng Nai đến trao đổi kinh nghiệm chuyển đổi số trong công tác Đảng.';
    expect(place(article(lead, visit))).toMatchObject({ locality: { name: 'Óc Eo', level: 'xã' }, province: 'An Giang', today: 'An Giang' });
  });
  it('a 2025 ward several provinces have ("phường Hoàng Mai": Hà Nội, Nghệ An) is the one of the province the text names', () => {
    const lead = (where: string) => `Chiều 12/11/2025, Đảng ủy phường Hoàng Mai${where} tổ chức hội nghị Ban Chấp hành mở rộng đánh giá kết quả thực hiện nhiệm vụ tháng 11.`;
    expect(place(article(lead(', tỉnh Nghệ An'))).province).toBe('Nghệ An');
    expect(place(article(lead(', Thành phố Hà Nội'))).province).toBe('Hà Nội');
  });
  it('"Đảng ủy đặc khu Cô Tô": a special zone from 1 July 2025, at commune level, in Quảng Ninh (not the xã Cô Tô of An Giang)', () => {
    const lead = 'Sáng 20/4/2026, Đảng ủy đặc khu Cô Tô tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy với Nhân dân, đoàn viên, hội viên.';
    expect(place(article(lead, 'Cùng ngày, đoàn cán bộ xã Cô Tô (An Giang) đến thăm và làm việc tại đặc khu.'))).toMatchObject({ locality: { name: 'Cô Tô', level: 'đặc khu' }, province: 'Quảng Ninh' });
  });
  it('tone placement does not matter: "Khánh Hoà"', () => {
    expect(place(article(`Sáng 5/3/2021, Tỉnh ủy Khánh Hoà tổ chức hội nghị quán triệt nghị quyết với sự tham dự của các đồng chí.`)).province).toBe('Khánh Hòa');
  });
});

describe('locality: more shapes', () => {
  it('a unit named as a document\'s issuer ("Nghị quyết Đại hội Đảng bộ tỉnh Thanh Hóa") is not the meeting\'s unit', () => {
    const r = recordOf(['Học tập, quán triệt Nghị quyết Đại hội Đảng bộ tỉnh Thanh Hóa lần thứ XIX', 'Sáng 12/3/2021, Ban Thường vụ Huyện ủy Hoằng Hóa tổ chức hội nghị học tập, quán triệt Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIX.'].join('\n'));
    expect(r.locality && { name: r.locality.name, level: r.locality.level }).toEqual({ name: 'Hoằng Hóa', level: 'huyện' });
    expect(r.province?.name).toBe('Thanh Hóa');
  });
  it('a commune found in only one of the candidate provinces decides an ambiguous district ("Chợ Mới" … "xã Như Cố")', () => {
    const r = recordOf(article(`Sáng 5/3/2021, Huyện ủy Chợ Mới tổ chức hội nghị đối thoại với Nhân dân xã Như Cố về công tác giải phóng mặt bằng.`));
    expect(r.province?.name).toBe('Bắc Kạn');
  });
  it('"Đảng ủy Phường 3, thành phố Vị Thanh": the list writes Vị Thanh\'s wards in Roman figures, the city decides the province', () => {
    for (const ward of ['Phường 3', 'Phường III']) {
      const r = recordOf(article(`Sáng 5/4/2022, Đảng ủy ${ward}, thành phố Vị Thanh tổ chức hội nghị sơ kết công tác quý I năm 2022.`));
      expect(r.locality && { name: r.locality.name, level: r.locality.level }).toEqual({ name: ward.split(' ')[1], level: 'phường' });
      expect(r.province?.name).toBe('Hậu Giang');
    }
  });
  it('with no event date, a 2025 publication stamp puts a commune under a 2025 province', () => {
    const text = ['Đại hội Đảng bộ xã Bình Giã nhiệm kỳ 2025-2030', 'Ngày đăng: 24/07/2025', 'Đảng bộ xã Bình Giã, Thành phố Hồ Chí Minh tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030 với sự tham dự của 200 đại biểu.'].join('\n');
    expect(recordOf(text).province?.name).toBe('Hồ Chí Minh');
  });
});

describe('locality: Central Highlands names, cities and former names', () => {
  it.each([
    ["Huyện ủy Cư M'gar", "Cư M'gar", 'Đắk Lắk'],
    ["Huyện ủy Ia H' Drai", "Ia H' Drai", 'Kon Tum'],
    ['Huyện ủy KBang', 'KBang', 'Gia Lai'],
  ])('"%s" → %s, %s', (committee, name, province) => {
    const r = recordOf(article(`Sáng 5/3/2021, ${committee} tổ chức hội nghị sơ kết công tác quý I năm 2021.`));
    expect(r.locality?.name).toBe(name);
    expect(r.province?.name).toBe(province);
  });
  it('after 1 July 2025, "Đảng ủy xã Đông Thụy Anh" is the new commune written out, not an older "Đông"; before, the gazetteer\'s name', () => {
    const after = recordOf(['Hội nghị Ban Chấp hành Đảng bộ xã lần thứ 2', '14/07/2025 09:12', 'Sáng 12/7/2025, Đảng ủy xã Đông Thụy Anh tổ chức hội nghị, đồng chí Trần Minh Khoa, Phó Trưởng Ban Tổ chức Tỉnh ủy Hưng Yên dự.'].join('\n'));
    expect(after.locality?.name).toBe('Đông Thụy Anh');
    expect(after.province?.name).toBe('Hưng Yên');
    const before = recordOf(article('Sáng 5/3/2021, Đảng ủy xã Vĩnh Bình Bắc tổ chức hội nghị sơ kết công tác quý I năm 2021.'));
    expect(before.locality?.name).toBe('Vĩnh Bình Bắc');
  });
  it('a headline in capitals: "ĐẢNG ỦY XÃ TÂN THÀNH TỔ CHỨC ..." names xã Tân Thành, written as the gazetteer writes it', () => {
    const r = recordOf(['ĐẢNG ỦY XÃ TÂN THÀNH TỔ CHỨC HỘI NGHỊ ĐỐI THOẠI NĂM 2025', 'Sáng 21/11/2025, tại Hội trường Trung tâm Văn hóa - Thể thao xã, Ban Thường vụ tổ chức Hội nghị đối thoại với Nhân dân.'].join('\n'));
    expect(r.locality).toMatchObject({ name: 'Tân Thành', level: 'xã' });
    expect(recordOf(article('Sáng 5/3/2021, HUYỆN ỦY VĨNH THUẬN tổ chức hội nghị sơ kết công tác quý I năm 2021.')).locality).toMatchObject({ name: 'Vĩnh Thuận', level: 'huyện' });
  });
  it('"Huyện ủy Phong Điền, thành phố Cần Thơ": a centrally-run city named as "thành phố" decides', () => {
    expect(recordOf(article('Sáng 5/3/2021, Huyện ủy Phong Điền, thành phố Cần Thơ tổ chức hội nghị sơ kết công tác quý I.')).province?.name).toBe('Cần Thơ');
  });
  it('"Tỉnh ủy Thừa Thiên Huế" in 2023 is the province under the name it had then', () => {
    const r = recordOf(article('Sáng 5/3/2023, Tỉnh ủy Thừa Thiên Huế tổ chức hội nghị sơ kết công tác quý I năm 2023.'));
    expect(r.locality?.name).toBe('Thừa Thiên Huế');
    expect(r.province).toMatchObject({ name: 'Thừa Thiên Huế', code: '46' });
  });
});

describe('locality: a unit formed in 2025', () => {
  it('"phường Hà Giang 2 ... của thành phố Hà Giang, tỉnh Hà Giang (cũ)" in August 2025: the province Hà Giang became part of', () => {
    const r = recordOf(['Đoàn kiểm tra của Ban Thường vụ Tỉnh ủy làm việc với Đảng ủy phường Hà Giang 2', '15/8/2025 | 06:30',
      'Chiều 14/8, Đoàn kiểm tra, giám sát số 4 của Ban Thường vụ Tỉnh ủy đã làm việc với Ban Thường vụ Đảng ủy phường Hà Giang 2 về vận hành chính quyền địa phương hai cấp.',
      'Phường Hà Giang 2 được thành lập trên cơ sở sắp xếp các phường Ngọc Hà, Trần Phú, Minh Khai của thành phố Hà Giang và xã Phong Quang của huyện Vị Xuyên, tỉnh Hà Giang (cũ).'].join('\n'));
    expect(r.locality).toMatchObject({ name: 'Hà Giang 2', level: 'phường' });
    expect(r.province).toMatchObject({ name: 'Tuyên Quang', certainty: 'inferred' });
  });
  it('"phường Hiệp Thành ... của thành phố Bạc Liêu (tỉnh Bạc Liêu cũ)": the former province decides, not the older phường Hiệp Thành of other provinces', () => {
    const r = recordOf(['Trưởng Ban Tổ chức Tỉnh ủy làm việc với Ban Thường vụ Đảng ủy phường Hiệp Thành', '23/07/2025 17:20',
      'Chiều 22/7, đoàn công tác của Ban Thường vụ Tỉnh ủy đã làm việc với Ban Thường vụ Đảng ủy phường Hiệp Thành về vận hành chính quyền địa phương hai cấp.',
      'Phường Hiệp Thành được thành lập trên cơ sở sắp xếp phường Nhà Mát, xã Hiệp Thành và xã Vĩnh Trạch Đông của thành phố Bạc Liêu (tỉnh Bạc Liêu cũ).'].join('\n'));
    expect(r.locality).toMatchObject({ name: 'Hiệp Thành', level: 'phường' });
    expect(r.province).toMatchObject({ name: 'Cà Mau', certainty: 'inferred' });
  });
});

describe('locality: the President and spellings of the press', () => {
  it('"tư tưởng, đạo đức, phong cách Hồ Chí Minh" names no city: the unnamed "Đảng bộ tỉnh" is the province the text names', () => {
    const r = recordOf(['Bế mạc Hội nghị lần thứ 12, Ban Chấp hành Đảng bộ tỉnh khóa XVII',
      'Trong 2 ngày 30-31/8/2022, Ban Chấp hành Đảng bộ tỉnh khóa XVII tổ chức Hội nghị lần thứ 12 để đánh giá tình hình thực hiện nhiệm vụ chính trị 8 tháng đầu năm.',
      'Báo cáo cho thấy, các cấp ủy, chính quyền và Nhân dân các dân tộc tỉnh Hà Giang đã nỗ lực thực hiện đạt nhiều kết quả quan trọng.',
      'Hội nghị cho ý kiến vào dự thảo Báo cáo sơ kết 5 năm thực hiện Chỉ thị số 05-CT/TW về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.'].join('\n'));
    expect(r.locality).toMatchObject({ name: 'Hà Giang', level: 'tỉnh' });
    expect(r.province?.name).toBe('Hà Giang');
  });
  it('"Huyện ủy Mù Cang Chải", the press\'s spelling of Mù Căng Chải: Yên Bái', () => {
    const r = recordOf(article(`Ngày 27/6/2023, Huyện ủy Mù Cang Chải ${REST}.`));
    expect(r.locality).toMatchObject({ name: 'Mù Cang Chải', level: 'huyện' });
    expect(r.province?.name).toBe('Yên Bái');
  });
});

describe('locality: a headline of two events', () => {
  it('"Ban Thường vụ Thành ủy họp phiên thường kỳ tháng 5; Thường trực Thành ủy làm việc với Đảng ủy phường Đông Kinh": the first, which the lead reports', () => {
    const r = recordOf(['Ban Thường vụ Thành ủy họp phiên thường kỳ tháng 5; Thường trực Thành ủy làm việc với Đảng ủy phường Đông Kinh',
      'Sáng thứ Năm (12/5/2022), Ban Thường vụ Thành ủy Lạng Sơn họp phiên thường kỳ tháng 5 để đánh giá kết quả thực hiện nhiệm vụ tháng 4, triển khai nhiệm vụ trọng tâm tháng 5 năm 2022.'].join('\n'));
    expect(r.locality).toMatchObject({ name: 'Lạng Sơn', level: 'thành phố' });
  });
});

describe('locality: working with a department', () => {
  it('"Ban Thường vụ Huyện ủy Vạn Ninh có buổi làm việc với Sở Tài nguyên và Môi trường tỉnh Khánh Hòa": the huyện, not the department\'s province', () => {
    const r = recordOf(article('Chiều 14-8-2020, Ban Thường vụ Huyện ủy Vạn Ninh có buổi làm việc với Sở Tài nguyên và Môi trường tỉnh Khánh Hòa về công tác quản lý đất đai, khoáng sản trên địa bàn huyện.'));
    expect(r.locality).toMatchObject({ name: 'Vạn Ninh', level: 'huyện' });
    expect(r.province?.name).toBe('Khánh Hòa');
  });
});

describe('locality: place names inside personal names', () => {
  it('"Thường trực Tỉnh ủy ... Đồng chí Hà Giang Sơn": the province in the person\'s name does not name the committee', () => {
    const r = recordOf(article('Chiều 10/4/2021, Thường trực Tỉnh ủy tổ chức hội nghị giao ban công tác quý I năm 2021 với các cơ quan tham mưu, giúp việc.', 'Đồng chí Hà Giang Sơn, Phó Bí thư Thường trực Tỉnh ủy chủ trì hội nghị.'));
    expect(r.locality && { name: r.locality.name, level: r.locality.level }).toEqual({ name: null, level: 'tỉnh' });
    expect(r.province).toBeNull();
  });
  it('"Thường trực Tỉnh ủy ... Đồng chí Trần Hà Nam": nor does a province at the end of the name', () => {
    const r = recordOf(article('Chiều 10/4/2021, Thường trực Tỉnh ủy tổ chức hội nghị giao ban công tác quý I năm 2021 với các cơ quan tham mưu, giúp việc.', 'Đồng chí Trần Hà Nam, Bí thư Tỉnh ủy chủ trì hội nghị.'));
    expect(r.locality && { name: r.locality.name, level: r.locality.level }).toEqual({ name: null, level: 'tỉnh' });
    expect(r.province).toBeNull();
    expect(r.chair?.name).toBe('Trần Hà Nam');
  });
  it('"Huyện ủy Châu Thành ... Đồng chí Long An Hoàng Phúc": a province in a name does not decide an ambiguous district', () => {
    const r = recordOf(article('Sáng 5/3/2021, Huyện ủy Châu Thành tổ chức hội nghị sơ kết công tác quý I năm 2021.', 'Đồng chí Long An Hoàng Phúc, Bí thư Huyện ủy chủ trì hội nghị.'));
    expect(r.locality?.name).toBe('Châu Thành');
    expect(r.province).toBeNull();
    expect(messageIds(r)).toContain('province/ambiguous');
  });
  it('"huyện Vụ Bản ... Bí thư Huyện ủy Đồng Xuân Hiếu", the text naming "đồng chí Đồng Xuân Hiếu": Đồng Xuân is his name, not the committee\'s', () => {
    const r = recordOf(article(
      'Sáng 25/12/2022, huyện Vụ Bản tổ chức hội nghị tổng kết công tác dân vận năm 2022. Bí thư Huyện ủy Đồng Xuân Hiếu chủ trì hội nghị.',
      'Phát biểu chỉ đạo, đồng chí Đồng Xuân Hiếu, Tỉnh ủy viên, Bí thư Huyện ủy đề nghị các cấp ủy tập trung thực hiện tốt nhiệm vụ năm 2023.',
    ));
    expect(r.locality && { name: r.locality.name, level: r.locality.level }).toEqual({ name: 'Vụ Bản', level: 'huyện' });
    expect(r.province?.name).toBe('Nam Định');
    expect(r.chair?.name).toBe('Đồng Xuân Hiếu');
  });
  it('places that start with "Bà" are still places: "Báo Bà Rịa - Vũng Tàu", "Đảng ủy xã Bà Điểm"', () => {
    const r = recordOf(article('Chiều ngày 17/3/2021, Thường trực Tỉnh ủy có buổi làm việc với Báo Bà Rịa - Vũng Tàu và các cơ quan tham mưu của Tỉnh ủy.'));
    expect(r.locality).toMatchObject({ name: 'Bà Rịa - Vũng Tàu', level: 'tỉnh', certainty: 'inferred' });
    const r2 = recordOf(article('Sáng 5/3/2021, Đảng ủy xã Bà Điểm tổ chức hội nghị sơ kết công tác xây dựng Đảng quý I năm 2021.'));
    expect(r2.locality && { name: r2.locality.name, level: r2.locality.level }).toEqual({ name: 'Bà Điểm', level: 'xã' });
    expect(r2.province?.name).toBe('Hồ Chí Minh');
  });
});
