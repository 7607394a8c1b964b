import { describe, expect, it } from 'vitest';
import { article, recordOf } from './helpers.ts';

const chairOf = (text: string) => {
  const c = recordOf(text).chair;
  return c && { name: c.name, title: c.title, certainty: c.certainty };
};
const LEAD = 'Chiều 28/7/2020 Huyện ủy Vĩnh Thuận tổ chức hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 2 sơ kết nhiệm vụ.';

describe('chair', () => {
  it('"Báo cáo viên X đã truyền đạt những nội dung ... của Nghị quyết, trong đó nhấn mạnh ...": a presenter stressing a document\'s content directs nothing, and presides over nothing (probe21)', () => {
    const lead = 'Sáng 24/3/2026, Đảng ủy xã Thư Lâm tổ chức hội nghị học tập, quán triệt Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng.';
    const presenter = 'Tại hội nghị, đồng chí Nguyễn Thị Minh Phương, Báo cáo viên Thành ủy Hà Nội đã truyền đạt những nội dung cơ bản, cốt lõi của Nghị quyết Đại hội XIV, trong đó nhấn mạnh các mục tiêu phát triển đất nước đến năm 2030.';
    expect(chairOf(article(lead, presenter, 'Sau hội nghị, Ban Thường vụ Đảng ủy xã yêu cầu các chi bộ xây dựng kế hoạch thực hiện nghị quyết sát với đặc điểm từng thôn.'))).toBeNull();
    // Who speaks, directing, "trong đó" his own speech: the chair.
    const speech = 'Phát biểu chỉ đạo hội nghị, đồng chí Trần Văn Nam, Bí thư Đảng ủy xã đánh giá cao kết quả đạt được, trong đó đề nghị các chi bộ sớm xây dựng kế hoạch thực hiện nghị quyết.';
    expect(chairOf(article(lead, speech))?.name).toBe('Trần Văn Nam');
  });
  it('"Hội nghị do Bí thư Đảng ủy phường Trần Thanh Bình chủ trì": the title, then the name, after "do" (probe20)', () => {
    const lead = 'Chiều 26/12/2025, Ban Chấp hành Đảng bộ phường Cái Khế tổ chức Hội nghị lần thứ 4 (mở rộng) tổng kết công tác năm 2025. Hội nghị do Bí thư Đảng ủy phường Trần Thanh Bình chủ trì.';
    expect(chairOf(article(lead, 'Kết luận hội nghị, đồng chí Trần Thanh Bình yêu cầu các chi bộ tập trung lãnh đạo thực hiện các chỉ tiêu nghị quyết năm 2026.')))
      .toEqual({ name: 'Trần Thanh Bình', title: 'Bí thư Đảng ủy phường', certainty: 'stated' });
  });
  it('"Chiều cùng ngày, ... Đồng chí X chủ trì cuộc họp" presides over a second meeting; a badge\'s recipient with no title who "cũng đề nghị" stands in for nobody (probe18)', () => {
    const lead = 'Sáng 14/11/2025, Đảng ủy phường Diên Hồng long trọng tổ chức Lễ trao tặng Huy hiệu Đảng đợt 7/11 cho 18 đảng viên sinh hoạt tại các chi bộ trực thuộc, với sự tham dự của lãnh đạo các ban.';
    const thanks = 'Bày tỏ niềm vinh dự, đồng chí Nguyễn Văn Bảy xúc động chia sẻ: “Tôi sẽ tiếp tục giữ gìn phẩm chất người đảng viên, tham gia sinh hoạt chi bộ đều đặn”. Đồng chí cũng đề nghị Đảng ủy phường quan tâm hơn nữa đến đời sống của các đảng viên cao tuổi neo đơn.';
    const afternoon = 'Chiều cùng ngày, Ban Thường vụ Đảng ủy phường Diên Hồng họp cho ý kiến về kế hoạch tổ chức Ngày hội Đại đoàn kết toàn dân tộc. Đồng chí Nguyễn Đức Trí, Bí thư Đảng ủy phường chủ trì cuộc họp và yêu cầu Ủy ban MTTQ phường hoàn thành ngày hội trước ngày 18/11/2025.';
    const r = recordOf(['Trao Huy hiệu Đảng cho 18 đảng viên phường Diên Hồng', lead, thanks, afternoon].join('\n'));
    expect(r.chair).toBeNull();
  });
  it('"Đồng chí X, titles chủ trì hội nghị": the name before the verb, with its titles', () => {
    expect(chairOf(article(LEAD, 'Đồng chí Lê Trung Hồ, Tỉnh ủy viên, Bí thư Huyện ủy chủ trì hội nghị, cùng dự có các đồng chí trong Ban Thường vụ Huyện ủy.')))
      .toEqual({ name: 'Lê Trung Hồ', title: 'Tỉnh ủy viên, Bí thư Huyện ủy', certainty: 'stated' });
  });
  it('"Đồng chí K’Brơi, Bí thư Đảng ủy thị trấn chủ trì": a K\'Ho name of one prefixed word (probe12 004)', () => {
    expect(chairOf(article(LEAD, 'Đồng chí K’Brơi, Bí thư Đảng ủy thị trấn chủ trì hội nghị.')))
      .toEqual({ name: 'K’Brơi', title: 'Bí thư Đảng ủy thị trấn', certainty: 'stated' });
  });
  it('"đồng chí K’Sơn Ha Dương, Phó Bí thư Huyện ủy chủ trì": a prefixed word opens a longer name', () => {
    expect(chairOf(article(LEAD, 'Đồng chí K’Sơn Ha Dương, Phó Bí thư Huyện ủy chủ trì hội nghị.')))
      .toEqual({ name: 'K’Sơn Ha Dương', title: 'Phó Bí thư Huyện ủy', certainty: 'stated' });
  });
  it('"đồng chí K chủ trì": a lone capital is no name', () => {
    expect(chairOf(article(LEAD, 'Đồng chí K, Bí thư Đảng ủy thị trấn chủ trì hội nghị.'))?.name).not.toBe('K');
  });
  it('"Dự và chủ trì ... có đồng chí X, ..., đồng chí Y": the first named after the verb', () => {
    expect(chairOf(article(LEAD, 'Dự và chủ trì buổi làm việc có đồng chí Lê Tiến Châu, Ủy viên BCH Trung ương Đảng, Bí thư Tỉnh ủy, đồng chí Đồng Văn Thanh, Phó Bí thư Tỉnh ủy.')))
      .toEqual({ name: 'Lê Tiến Châu', title: 'Ủy viên BCH Trung ương Đảng, Bí thư Tỉnh ủy', certainty: 'stated' });
  });
  it('"dưới sự chủ trì của đồng chí X, Bí thư Đảng ủy xã, Ban Chấp hành Đảng bộ xã ... đã tổ chức": the body is the subject, not a title', () => {
    expect(chairOf(article('Vào ngày 12/5/2024, dưới sự chủ trì của đồng chí Phạm Văn Long, Bí thư Đảng ủy xã, Ban Chấp hành Đảng bộ xã Mỹ Hòa (huyện Phù Mỹ) đã tổ chức Hội nghị lần thứ 10.')))
      .toEqual({ name: 'Phạm Văn Long', title: 'Bí thư Đảng ủy xã', certainty: 'stated' });
  });
  it('"Ủy viên Ban Chấp hành, Ban Thường vụ Huyện ủy": a list of memberships stays the title', () => {
    expect(chairOf(article(LEAD, 'Đồng chí Lê Trung Hồ, Ủy viên Ban Chấp hành, Ban Thường vụ Huyện ủy chủ trì hội nghị.'))?.title).toBe('Ủy viên Ban Chấp hành, Ban Thường vụ Huyện ủy');
  });
  it('"Ủy viên dự khuyết BCH Trung ương Đảng, Bí thư Tỉnh ủy Hòa Bình có buổi làm việc": "dự khuyết" is a title word, "có buổi" ends the titles', () => {
    expect(chairOf(article('Ngày 25/4/2023, đồng chí Nguyễn Phi Long, Ủy viên dự khuyết BCH Trung ương Đảng, Bí thư Tỉnh ủy Hòa Bình có buổi làm việc tại huyện Kim Bôi.')))
      .toEqual({ name: 'Nguyễn Phi Long', title: 'Ủy viên dự khuyết BCH Trung ương Đảng, Bí thư Tỉnh ủy Hòa Bình', certainty: 'inferred' });
  });
  it('"TT" in a title is "Thường trực"', () => {
    expect(chairOf(article(LEAD, 'Đồng chí Lương Quốc Tuấn, Phó Bí thư TT Thành ủy chủ trì hội nghị.'))?.title).toBe('Phó Bí thư Thường trực Thành ủy');
  });
  it('co-chairs "đồng chí A ...; đồng chí B ... chủ trì": the first named', () => {
    expect(chairOf(article(LEAD, 'Đồng chí Nguyễn Văn An, Bí thư Huyện ủy; đồng chí Trần Thị Bình, Phó Bí thư Thường trực Huyện ủy đồng chủ trì hội nghị.'))?.name).toBe('Nguyễn Văn An');
  });
  it('"Dự hội nghị có đồng chí A ...; đồng chí B ... chủ trì": attending is not presiding', () => {
    expect(chairOf(article(LEAD, 'Dự hội nghị có đồng chí Nguyễn Văn An, Phó Chủ tịch UBND tỉnh; đồng chí Trần Văn Bình, Bí thư Huyện ủy chủ trì hội nghị.'))?.name).toBe('Trần Văn Bình');
  });
  it('nobody presides: the official who gave directions, inferred, titles before the name', () => {
    expect(chairOf(article(LEAD, 'Tại buổi làm việc, Phó Bí thư Thường trực Tỉnh ủy Hậu Giang Trần Văn Huyến nhấn mạnh, thời gian tới cần tăng cường công tác giáo dục.')))
      .toEqual({ name: 'Trần Văn Huyến', title: 'Phó Bí thư Thường trực Tỉnh ủy Hậu Giang', certainty: 'inferred' });
  });
  it('only attendance ("đến dự có đồng chí X") makes nobody the chair', () => {
    expect(chairOf(article(LEAD, 'Đến dự hội nghị có đồng chí Nguyễn Văn An, Phó Chủ tịch UBND tỉnh và đại diện các sở, ngành của tỉnh.'))).toBeNull();
  });
  it('someone elected ("được bầu") is not the chair', () => {
    expect(chairOf(article(LEAD, 'Đồng chí Nguyễn Văn An được bầu giữ chức Bí thư Huyện ủy và chủ trì phiên bế mạc.'))).toBeNull();
  });
  it('petitioners who "đề nghị" are not officials giving directions', () => {
    expect(chairOf(article(LEAD, 'Cử tri Nguyễn Văn An đề nghị các cấp quan tâm sửa chữa tuyến đường liên ấp bị xuống cấp.'))).toBeNull();
  });
  it('"Chủ trì hội nghị có các đồng chí: A, title; B, title": A, stated, the title cut at ";"', () => {
    expect(chairOf(article(LEAD, 'Chủ trì hội nghị có các đồng chí: Phan Văn Lợi, Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Huyện ủy; Đỗ Thị Hạnh, Phó Bí thư Thường trực Huyện ủy.')))
      .toEqual({ name: 'Phan Văn Lợi', title: 'Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Huyện ủy', certainty: 'stated' });
  });
  it('"Chủ trì Đại hội có các đồng chí trong Đoàn Chủ tịch: A, ...; B, ..." beats the guest who "phát biểu chỉ đạo"', () => {
    const text = article(
      'Sáng 12/6/2025, Đảng bộ xã Tân Phú tổ chức Đại hội đại biểu lần thứ X, nhiệm kỳ 2025 - 2030 với 120 đại biểu dự.',
      'Chủ trì Đại hội có các đồng chí trong Đoàn Chủ tịch: Lý Văn Sáu, Phó Bí thư Thường trực Đảng ủy xã; Kim Thị Hoa, Phó Bí thư Đảng ủy xã, Chủ tịch UBND xã.',
      'Phát biểu chỉ đạo Đại hội, đồng chí Tạ Minh Đức, Phó Chủ tịch UBND huyện đề nghị Đảng bộ xã tập trung phát triển kinh tế vườn.',
    );
    expect(chairOf(text)).toEqual({ name: 'Lý Văn Sáu', title: 'Phó Bí thư Thường trực Đảng ủy xã', certainty: 'stated' });
  });
  it.each([['Lô Văn Thắm'], ['Quàng Văn Hặc'], ['Lường Thị Mai'], ['Mua Mí Sính'], ['Vừ A Dính'], ['Lù Văn Que'], ['Tráng A Tủa'], ['Hạng A Lử'], ['Ly Seo Chinh']])('"Đoàn Chủ tịch gồm các đồng chí: %s, ...; Vi Văn Hùng, ... điều hành Đại hội": the first named, with a family name of the North\'s peoples', (first) => {
    const text = article(
      'Sáng 12/6/2020, Đảng bộ xã Môn Sơn tổ chức Đại hội đại biểu lần thứ XXV, nhiệm kỳ 2020 - 2025 với 120 đại biểu dự.',
      `Đoàn Chủ tịch gồm các đồng chí: ${first}, Bí thư Đảng ủy xã; Vi Văn Hùng, Phó Bí thư Đảng ủy, Chủ tịch UBND xã điều hành Đại hội.`,
    );
    expect(chairOf(text)).toEqual({ name: first, title: 'Bí thư Đảng ủy xã', certainty: 'stated' });
  });
  it('"Đoàn Chủ tịch Đại hội gồm các đồng chí: A, ...; B, ...; C, ..." with no verb: the presidium presides, the first named heads it, not the guest who "dự và chỉ đạo" (probe10 009)', () => {
    const text = article(
      'Trong hai ngày 30 và 31/7/2025, Đảng bộ phường Bình Phước tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030. Dự và chỉ đạo Đại hội có đồng chí Nguyễn Thị Bích Hạnh, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh.',
      'Đoàn Chủ tịch Đại hội gồm các đồng chí: Trịnh Quốc Huy, Tỉnh ủy viên, Bí thư Đảng ủy phường; Lâm Thị Ngọc Diệp, Phó Bí thư Thường trực Đảng ủy phường; Đặng Văn Tú, Phó Bí thư Đảng ủy, Chủ tịch UBND phường.',
      'Phát biểu chỉ đạo Đại hội, đồng chí Nguyễn Thị Bích Hạnh đề nghị Đảng bộ phường tập trung phát triển kinh tế đô thị.',
    );
    expect(chairOf(text)).toEqual({ name: 'Trịnh Quốc Huy', title: 'Tỉnh ủy viên, Bí thư Đảng ủy phường', certainty: 'stated' });
  });
  it('"Phát biểu tại buổi lễ, đồng chí X ..." then paragraphs each opening "Đồng chí nhấn mạnh ...", "Đồng chí đề nghị ...": X gave the directions (probe11 009)', () => {
    const text = article(
      'Sáng 30/8/2025, Đảng ủy phường Thiên Trường tổ chức lễ trao tặng Huy hiệu Đảng đợt 2/9 cho 37 đảng viên. Dự và trao Huy hiệu có đồng chí Trần Thị Thu Hà, Phó Trưởng Ban Tổ chức Tỉnh ủy; đồng chí Phạm Quốc Việt, Bí thư Đảng ủy phường.',
      'Phát biểu tại buổi lễ, đồng chí Phạm Quốc Việt, Bí thư Đảng ủy phường chúc mừng các đồng chí đảng viên vinh dự được nhận Huy hiệu Đảng. Nhiều đồng chí từng trực tiếp chiến đấu trên các chiến trường.',
      'Đồng chí nhấn mạnh, sau gần 2 tháng vận hành, bộ máy của phường đã đi vào nền nếp.',
      'Đồng chí đề nghị các chi bộ tiếp tục quan tâm, thăm hỏi, động viên các đảng viên cao tuổi.',
    );
    expect(chairOf(text)).toEqual({ name: 'Phạm Quốc Việt', title: 'Bí thư Đảng ủy phường', certainty: 'inferred' });
  });
  it('co-chairs: the first named, with only his own titles', () => {
    expect(chairOf(article(LEAD, 'Đồng chí Nguyễn Văn An, Tỉnh ủy viên, Bí thư Huyện ủy; đồng chí Trần Thị Bình, Phó Bí thư Thường trực Huyện ủy đồng chủ trì hội nghị.')))
      .toEqual({ name: 'Nguyễn Văn An', title: 'Tỉnh ủy viên, Bí thư Huyện ủy', certainty: 'stated' });
  });
  it('a dash before the titles: "Đồng chí X - Tỉnh ủy viên, Bí thư Thị ủy Y chủ trì"', () => {
    expect(chairOf(article(LEAD, 'Đồng chí Giàng Seo Phử - Tỉnh ủy viên, Bí thư Thị ủy Sa Pa chủ trì hội nghị.')))
      .toEqual({ name: 'Giàng Seo Phử', title: 'Tỉnh ủy viên, Bí thư Thị ủy Sa Pa', certainty: 'stated' });
  });
  it('"dưới sự chủ trì của đồng chí X" after "tỉnh Hà Giang": the place is no one', () => {
    expect(chairOf(article('Sáng 25/3/2022, Ban Chấp hành Đảng bộ tỉnh Hà Giang tổ chức Hội nghị lần thứ 12 dưới sự chủ trì của đồng chí Nông Văn Hải, Bí thư Tỉnh ủy.')))
      .toEqual({ name: 'Nông Văn Hải', title: 'Bí thư Tỉnh ủy', certainty: 'stated' });
  });
  it('a ceremony with no presider: "Phát biểu tại buổi lễ, đồng chí X ... . Đồng chí đề nghị ..." → X, inferred, with the lead\'s title', () => {
    const text = article(
      'Sáng 3/2/2024, Quận ủy Bình Thủy tổ chức Lễ trao Huy hiệu Đảng cho 30 đảng viên. Dự buổi lễ có đồng chí Võ Minh Trí, Thành ủy viên, Bí thư Quận ủy Bình Thủy.',
      'Phát biểu tại buổi lễ, đồng chí Võ Minh Trí thay mặt Ban Thường vụ Quận ủy chúc mừng các đảng viên. Đồng chí đề nghị các đảng viên tiếp tục gương mẫu ở nơi cư trú.',
    );
    expect(chairOf(text)).toEqual({ name: 'Võ Minh Trí', title: 'Thành ủy viên, Bí thư Quận ủy Bình Thủy', certainty: 'inferred' });
  });
  it('"Thay mặt ..., đồng chí X chúc mừng ... . Đồng chí mong muốn ... . Đồng chí đề nghị ...": X across the pronoun sentences, inferred', () => {
    const text = article(
      'Ngày 18/5/2024, Quận ủy Long Biên tổ chức Lễ trao tặng Huy hiệu Đảng. Dự buổi lễ có đồng chí Đỗ Minh Tuấn, Thành ủy viên, Bí thư Quận ủy.',
      'Thay mặt Ban Thường vụ Quận ủy, đồng chí Đỗ Minh Tuấn chúc mừng các đảng viên. Đồng chí mong muốn các đảng viên lão thành tiếp tục giữ gìn phẩm chất. Đồng chí đề nghị cấp ủy các phường quan tâm chăm lo đời sống đảng viên cao tuổi Đảng.',
    );
    expect(chairOf(text)).toEqual({ name: 'Đỗ Minh Tuấn', title: 'Thành ủy viên, Bí thư Quận ủy', certainty: 'inferred' });
    // A sentence about someone else in between ends the search: nobody is guessed.
    const other = article(
      'Ngày 18/5/2024, Quận ủy Long Biên tổ chức Lễ trao tặng Huy hiệu Đảng.',
      'Thay mặt Ban Thường vụ Quận ủy, đồng chí Đỗ Minh Tuấn chúc mừng các đảng viên. Nhiều đảng viên bày tỏ niềm vinh dự. Đồng chí đề nghị cấp ủy các phường quan tâm chăm lo đời sống đảng viên cao tuổi Đảng.',
    );
    expect(chairOf(other)).toBeNull();
  });
  it('an inferred chair takes the title from the same sentence', () => {
    expect(chairOf(article(LEAD, 'Phát biểu chỉ đạo, đồng chí Hà Văn Khang, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy đề nghị huyện làm tốt công tác dân vận.')))
      .toEqual({ name: 'Hà Văn Khang', title: 'Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy', certainty: 'inferred' });
  });
  it('a title stops where the sentence goes on ("cùng đoàn công tác", "đối thoại với")', () => {
    const text = article('Chiều 11/9/2023, đồng chí Lê Văn Hòa, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch UBND tỉnh cùng đoàn công tác đối thoại với nông dân huyện Tân Châu.', 'Phát biểu chỉ đạo, đồng chí Lê Văn Hòa đề nghị huyện hỗ trợ nông dân cấp mã số vùng trồng.');
    expect(chairOf(text)).toEqual({ name: 'Lê Văn Hòa', title: 'Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch UBND tỉnh', certainty: 'inferred' });
  });
  it('the fullest title the text gives: the lead\'s over "do đồng chí Bí thư Thành ủy chủ trì"', () => {
    const text = article(
      'Sáng 3/4/2024, Thành ủy Hà Tiên tổ chức hội nghị giao ban quý I. Tham dự có đồng chí Châu Văn Lành, Tỉnh ủy viên, Bí thư Thành ủy Hà Tiên. Hội nghị do đồng chí Bí thư Thành ủy chủ trì.',
    );
    expect(chairOf(text)).toEqual({ name: 'Châu Văn Lành', title: 'Tỉnh ủy viên, Bí thư Thành ủy Hà Tiên', certainty: 'inferred' });
  });
  it('near misses: a colon list of attendees presides over nothing; "Ông ..., ấp 3 ... . Ông đề nghị" is a petitioner', () => {
    expect(chairOf(article(LEAD, 'Dự hội nghị có các đồng chí: Phan Văn Lợi, Ủy viên Ban Thường vụ Tỉnh ủy; Đỗ Thị Hạnh, Phó Chủ tịch UBND tỉnh.'))).toBeNull();
    expect(chairOf(article(LEAD, 'Ông Nguyễn Văn Tư, ấp 3 phát biểu tại buổi đối thoại. Ông đề nghị xã sớm sửa chữa tuyến đường liên ấp.'))).toBeNull();
  });
  it('after "đồng chí", a name that is also a district\'s ("Hoàng Mai") is a person', () => {
    expect(chairOf(article(LEAD, 'Đồng chí Hoàng Mai, Bí thư Đảng ủy phường chủ trì hội nghị.'))?.name).toBe('Hoàng Mai');
  });
  it('a presenter\'s "nhấn mạnh" does not make the presenter the chair', () => {
    expect(chairOf(article(LEAD, 'Báo cáo viên Nguyễn Thị Mai nhấn mạnh những điểm mới của Nghị quyết về xây dựng Đảng.'))).toBeNull();
  });
});

describe('chair: titles before the name, delegations', () => {
  const LEAD2 = 'Sáng 5/3/2021, Huyện ủy Vĩnh Thuận tổ chức hội nghị sơ kết công tác quý I năm 2021.';
  it('"Bí thư Huyện ủy Trần Hoàng Tuấn chủ trì hội nghị": the name after a titled committee is the chair', () => {
    const r = recordOf(['Tiêu đề bài viết về hội nghị của cấp ủy địa phương', LEAD2, 'Bí thư Huyện ủy Trần Hoàng Tuấn chủ trì hội nghị.'].join('\n'));
    expect(r.chair).toMatchObject({ name: 'Trần Hoàng Tuấn', title: 'Bí thư Huyện ủy', certainty: 'stated' });
  });
  it('"Huyện ủy Vĩnh Thuận chủ trì" has no person: the committee\'s name is a place', () => {
    const r = recordOf(['Tiêu đề bài viết về hội nghị của cấp ủy địa phương', LEAD2, 'Thường trực Huyện ủy Vĩnh Thuận chủ trì hội nghị.'].join('\n'));
    expect(r.chair).toBeNull();
  });
  it('a working visit: the head of the delegation, inferred, not the local secretary who reports', () => {
    const r = recordOf(['Đoàn công tác Tỉnh ủy làm việc với Ban Thường vụ Huyện ủy Tam Nông',
      'Ngày 26-6-2020, Đoàn công tác của Ban Thường vụ Tỉnh ủy Đồng Tháp do đồng chí Nguyễn Hữu Phước, Phó Bí thư Thường trực Tỉnh ủy làm Trưởng đoàn đã làm việc với Ban Thường vụ Huyện ủy Tam Nông.',
      'Báo cáo với đoàn công tác, đồng chí Lê Thanh Hùng, Bí thư Huyện ủy cho biết các chi bộ đã tổ chức đại hội đúng kế hoạch, đạt yêu cầu.'].join('\n'));
    expect(r.chair).toMatchObject({ name: 'Nguyễn Hữu Phước', title: 'Phó Bí thư Thường trực Tỉnh ủy', certainty: 'inferred' });
  });
});

describe('chair: visits, titles alone, longer names', () => {
  const TITLE = 'Đồng chí Bí thư Tỉnh ủy làm việc với Ban Thường vụ Thị ủy Ba Đồn';
  it('a leader who "(đã có buổi) làm việc với" a unit, nobody said to preside: the visitor, inferred', () => {
    const r = recordOf([TITLE,
      'Ngày 9/10/2023, đồng chí Vũ Đại Thắng, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Quảng Bình đã có buổi làm việc với Ban Thường vụ Thị ủy Ba Đồn về tình hình thực hiện nhiệm vụ 9 tháng đầu năm.',
      'Báo cáo tại buổi làm việc, đồng chí Trần Văn Tuân, Bí thư Thị ủy đề nghị Tỉnh ủy quan tâm hỗ trợ thị xã.'].join('\n'));
    expect(r.chair).toMatchObject({ name: 'Vũ Đại Thắng', title: 'Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Quảng Bình', certainty: 'inferred' });
  });
  it('the host who "tiếp và làm việc với đoàn công tác" is not the visitor: the one who gave directions is', () => {
    const r = recordOf(['Đoàn công tác của Tỉnh ủy làm việc tại huyện Vĩnh Thuận',
      'Sáng 5/3/2021, đồng chí Lê Trung Hồ, Bí thư Huyện ủy Vĩnh Thuận tiếp và làm việc với đoàn công tác của Tỉnh ủy Kiên Giang.',
      'Phát biểu chỉ đạo, đồng chí Nguyễn Thanh Nhàn, Phó Bí thư Thường trực Tỉnh ủy đề nghị huyện tập trung thu hoạch lúa.'].join('\n'));
    expect(r.chair).toMatchObject({ name: 'Nguyễn Thanh Nhàn', certainty: 'inferred' });
  });
  it('"Phát biểu chỉ đạo, đồng chí Bí thư Tỉnh ủy ghi nhận ...": the person the text names with that title', () => {
    const r = recordOf(['Tỉnh ủy Quảng Bình sơ kết công tác quý III năm 2023',
      'Ngày 9/10/2023, Tỉnh ủy Quảng Bình tổ chức hội nghị sơ kết công tác quý III. Dự hội nghị có đồng chí Vũ Đại Thắng, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy.',
      'Phát biểu chỉ đạo, đồng chí Bí thư Tỉnh ủy ghi nhận những kết quả đạt được và đề nghị các cấp ủy tập trung giải phóng mặt bằng.'].join('\n'));
    expect(r.chair).toMatchObject({ name: 'Vũ Đại Thắng', title: 'Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy', certainty: 'inferred' });
  });
  it('a name of five syllables after "đồng chí", ended by the comma of its titles: "Y Giang Gry Niê Knơng"', () => {
    const r = recordOf(['Ban Thường vụ Huyện ủy Krông Pắc họp thường kỳ tháng 3',
      'Chiều 27/3/2024, Ban Thường vụ Huyện ủy Krông Pắc tổ chức hội nghị thường kỳ tháng 3. Đồng chí Y Giang Gry Niê Knơng, Tỉnh ủy viên, Bí thư Huyện ủy chủ trì hội nghị.'].join('\n'));
    expect(r.chair).toMatchObject({ name: 'Y Giang Gry Niê Knơng', title: 'Tỉnh ủy viên, Bí thư Huyện ủy', certainty: 'stated' });
  });
  it('five capitalised words with no comma or dash after them are not taken as one name', () => {
    // The place glued to the name stays out of it (what the four words are is the older rule's matter).
    const r = recordOf(['Huyện ủy Vĩnh Thuận sơ kết công tác quý I năm 2021',
      'Sáng 5/3/2021, Huyện ủy Vĩnh Thuận tổ chức hội nghị sơ kết. Đồng chí Nguyễn Thanh Hùng Vĩnh Thuận chủ trì hội nghị.'].join('\n'));
    expect(r.chair?.name).not.toContain('Thuận');
  });
});

describe('chair: a personal name that starts with a place name', () => {
  const place = (text: string) => {
    const r = recordOf(text);
    return { locality: r.locality && { name: r.locality.name, level: r.locality.level }, province: r.province?.name ?? null };
  };
  it('"Đồng chí Vũ Quang Hoàng Minh, Bí thư Huyện ủy, chủ trì": Vũ Quang is also a district, but after "đồng chí" it is the name', () => {
    expect(chairOf(article(LEAD, 'Đồng chí Vũ Quang Hoàng Minh, Bí thư Huyện ủy, chủ trì hội nghị.')))
      .toEqual({ name: 'Vũ Quang Hoàng Minh', title: 'Bí thư Huyện ủy', certainty: 'stated' });
  });
  it('a dash before the titles: "Đồng chí Vũ Quang Hoàng Minh - Phó Bí thư Thường trực Tỉnh ủy chủ trì"', () => {
    expect(chairOf(article(LEAD, 'Đồng chí Vũ Quang Hoàng Minh - Phó Bí thư Thường trực Tỉnh ủy chủ trì hội nghị.')))
      .toEqual({ name: 'Vũ Quang Hoàng Minh', title: 'Phó Bí thư Thường trực Tỉnh ủy', certainty: 'stated' });
  });
  it('"Dự và chủ trì ... có đồng chí Đồng Xuân Hoàng Sơn, ...": Đồng Xuân (a district of Phú Yên) starts the name', () => {
    expect(chairOf(article(LEAD, 'Dự và chủ trì hội nghị có đồng chí Đồng Xuân Hoàng Sơn, Tỉnh ủy viên, Bí thư Huyện ủy.')))
      .toEqual({ name: 'Đồng Xuân Hoàng Sơn', title: 'Tỉnh ủy viên, Bí thư Huyện ủy', certainty: 'stated' });
  });
  it('an inferred chair: "Phát biểu kết luận hội nghị, đồng chí Vũ Quang Hoàng Phong, ... đề nghị"', () => {
    expect(chairOf(article(LEAD, 'Phát biểu kết luận hội nghị, đồng chí Vũ Quang Hoàng Phong, Phó Bí thư Thường trực Huyện ủy đề nghị các cấp ủy đẩy mạnh cải cách hành chính.')))
      .toEqual({ name: 'Vũ Quang Hoàng Phong', title: 'Phó Bí thư Thường trực Huyện ủy', certainty: 'inferred' });
  });
  it('a name that starts with a province\'s name: "Đồng chí Hà Giang Sơn", "Ông Hà Nam Hoàng Long"', () => {
    expect(chairOf(article(LEAD, 'Đồng chí Hà Giang Sơn, Phó Bí thư Thường trực Tỉnh ủy chủ trì hội nghị.')))
      .toEqual({ name: 'Hà Giang Sơn', title: 'Phó Bí thư Thường trực Tỉnh ủy', certainty: 'stated' });
    expect(chairOf(article(LEAD, 'Ông Hà Nam Hoàng Long, Bí thư Đảng ủy xã chủ trì hội nghị.')))
      .toEqual({ name: 'Hà Nam Hoàng Long', title: 'Bí thư Đảng ủy xã', certainty: 'stated' });
  });
  it('the same words as the locality and inside the chair\'s name: "Huyện ủy Vũ Quang ... Đồng chí Vũ Quang Hoàng Minh"', () => {
    const text = article('Sáng 5/3/2021, Huyện ủy Vũ Quang tổ chức hội nghị sơ kết công tác quý I năm 2021.', 'Đồng chí Vũ Quang Hoàng Minh, Tỉnh ủy viên, Bí thư Huyện ủy chủ trì hội nghị.');
    expect(chairOf(text)).toEqual({ name: 'Vũ Quang Hoàng Minh', title: 'Tỉnh ủy viên, Bí thư Huyện ủy', certainty: 'stated' });
    expect(place(text)).toEqual({ locality: { name: 'Vũ Quang', level: 'huyện' }, province: 'Hà Tĩnh' });
  });
  it('"Bí thư Huyện ủy Vũ Quang Hoàng Minh chủ trì" in an article on Quỳnh Phụ that names "đồng chí Vũ Quang Hoàng Minh": the whole run is the name', () => {
    const text = article(
      'Chiều 7/8/2020, Đại hội đại biểu Đảng bộ huyện Quỳnh Phụ lần thứ X, nhiệm kỳ 2020 - 2025 khai mạc với sự tham dự của 206 đại biểu. Bí thư Huyện ủy Vũ Quang Hoàng Minh chủ trì phiên khai mạc.',
      'Phát biểu chỉ đạo, đồng chí Vũ Quang Hoàng Minh, Tỉnh ủy viên, Bí thư Huyện ủy đề nghị các cấp ủy tập trung chuẩn bị chu đáo đại hội chi bộ.',
    );
    expect(chairOf(text)).toEqual({ name: 'Vũ Quang Hoàng Minh', title: 'Tỉnh ủy viên, Bí thư Huyện ủy', certainty: 'stated' });
    expect(place(text)).toEqual({ locality: { name: 'Quỳnh Phụ', level: 'huyện' }, province: 'Thái Bình' });
  });
  it('a place after a committee is still a place: "Bí thư Tỉnh ủy Hà Giang Đặng Quốc Khánh", "Đồng chí Bí thư Huyện ủy Vũ Quang Trần Văn Hải"', () => {
    const text = article('Sáng 25/3/2022, Tỉnh ủy tổ chức Hội nghị lần thứ 12. Bí thư Tỉnh ủy Hà Giang Đặng Quốc Khánh chủ trì hội nghị.');
    expect(chairOf(text)).toEqual({ name: 'Đặng Quốc Khánh', title: 'Bí thư Tỉnh ủy Hà Giang', certainty: 'stated' });
    expect(place(text)).toEqual({ locality: { name: 'Hà Giang', level: 'tỉnh' }, province: 'Hà Giang' });
    const text2 = article('Sáng 5/3/2021, Đồng chí Bí thư Huyện ủy Vũ Quang Trần Văn Hải chủ trì hội nghị sơ kết công tác quý I năm 2021.');
    expect(chairOf(text2)).toEqual({ name: 'Trần Văn Hải', title: 'Bí thư Huyện ủy Vũ Quang', certainty: 'stated' });
    expect(place(text2)).toEqual({ locality: { name: 'Vũ Quang', level: 'huyện' }, province: 'Hà Tĩnh' });
  });
  it('"Phó Bí thư Thường trực Huyện ủy Vũ Quang Hoàng Phong" in an article on Huyện ủy Mù Căng Chải: this Huyện ủy is Mù Căng Chải\'s, the four words his name', () => {
    const text = article(
      'Sáng 14/8/2021, Huyện ủy Mù Căng Chải tổ chức hội nghị giao ban quý II năm 2021. Phó Bí thư Thường trực Huyện ủy Vũ Quang Hoàng Phong chủ trì hội nghị.',
    );
    expect(chairOf(text)).toEqual({ name: 'Vũ Quang Hoàng Phong', title: 'Phó Bí thư Thường trực Huyện ủy', certainty: 'stated' });
    expect(place(text)).toEqual({ locality: { name: 'Mù Căng Chải', level: 'huyện' }, province: 'Yên Bái' });
  });
  it('a visiting district\'s secretary with a name of three words keeps his place: "Bí thư Huyện ủy Vũ Quang Trần Văn Hải" in an article on Huyện ủy Hương Khê', () => {
    const text = article('Sáng 5/3/2021, Huyện ủy Hương Khê tổ chức hội nghị sơ kết công tác quý I năm 2021. Bí thư Huyện ủy Vũ Quang Trần Văn Hải chủ trì hội nghị.');
    expect(chairOf(text)).toEqual({ name: 'Trần Văn Hải', title: 'Bí thư Huyện ủy Vũ Quang', certainty: 'stated' });
  });
  it('"Bí thư Huyện ủy Vũ Quang Hoàng Minh" where no other Huyện ủy is named: Vũ Quang\'s Hoàng Minh', () => {
    const text = article('Sáng 5/3/2021, Ban Thường vụ tổ chức hội nghị sơ kết công tác quý I năm 2021. Bí thư Huyện ủy Vũ Quang Hoàng Minh chủ trì hội nghị.');
    expect(chairOf(text)).toEqual({ name: 'Hoàng Minh', title: 'Bí thư Huyện ủy Vũ Quang', certainty: 'stated' });
  });
  it('with nothing else to go on, "Bí thư Huyện ủy Vũ Quang Hoàng Minh" in an article on Vũ Quang is Hoàng Minh, secretary of Vũ Quang', () => {
    const text = article('Sáng 5/3/2021, Huyện ủy Vũ Quang tổ chức hội nghị sơ kết công tác quý I năm 2021. Bí thư Huyện ủy Vũ Quang Hoàng Minh chủ trì hội nghị.');
    expect(chairOf(text)).toEqual({ name: 'Hoàng Minh', title: 'Bí thư Huyện ủy Vũ Quang', certainty: 'stated' });
    expect(place(text)).toEqual({ locality: { name: 'Vũ Quang', level: 'huyện' }, province: 'Hà Tĩnh' });
  });
});

describe('chair: named only in a caption', () => {
  it('"Đồng chí Bí thư Huyện ủy chủ trì hội nghị" and the caption "Đồng chí Châu Thanh Phong, Tỉnh ủy viên, Bí thư Huyện ủy Thoại Sơn phát biểu kết luận hội nghị."', () => {
    const r = recordOf(['Thoại Sơn sơ kết 3 năm thực hiện Nghị quyết về phát triển du lịch',
      'Tại Hội trường Huyện ủy, sáng 12/3/2024, Ban Thường vụ Huyện ủy Thoại Sơn tổ chức hội nghị sơ kết 3 năm thực hiện Nghị quyết về phát triển du lịch. Đồng chí Bí thư Huyện ủy chủ trì hội nghị.',
      'Đồng chí Lê Quang Vinh, Phó Bí thư Thường trực Huyện ủy trình bày báo cáo sơ kết, nêu rõ những kết quả đạt được sau 3 năm thực hiện Nghị quyết.',
      'Đồng chí Châu Thanh Phong phát biểu.jpg',
      'Đồng chí Châu Thanh Phong, Tỉnh ủy viên, Bí thư Huyện ủy Thoại Sơn phát biểu kết luận hội nghị. Ảnh: Nhật Huy',
      'Phát biểu kết luận, đồng chí Bí thư Huyện ủy đề nghị các cấp ủy, chính quyền tiếp tục xác định du lịch là ngành kinh tế quan trọng của huyện.'].join('\n'));
    expect(r.chair).toMatchObject({ name: 'Châu Thanh Phong', certainty: 'inferred' });
  });
});

describe('chair: the Bí thư away', () => {
  it('nobody presides: "đồng chí X nhấn mạnh, ... đã giành được ..." (a claim) directs no one; the one who "đề nghị" is the inferred chair', () => {
    const r = recordOf(article('Sáng 3/2/2022, Đảng ủy phường Phú Đông tổ chức lễ trao Huy hiệu Đảng đợt 3/2 cho 12 đảng viên.',
      'Ôn lại truyền thống vẻ vang của Đảng, đồng chí Nguyễn Hoàng Phúc, Chủ tịch UBND phường nhấn mạnh, trải qua 92 năm, dưới sự lãnh đạo của Đảng, cách mạng Việt Nam đã giành được những thắng lợi vĩ đại.',
      'Phát biểu tại buổi lễ, đồng chí Lê Thị Thanh Tâm, Bí thư Đảng ủy phường đề nghị các chi bộ khu phố tiếp tục quan tâm thăm hỏi đảng viên cao tuổi Đảng.'));
    expect(r.chair).toMatchObject({ name: 'Lê Thị Thanh Tâm', certainty: 'inferred' });
  });
  it('nobody presides: the speaker of a claim who then "Đồng chí lưu ý ..." in the next paragraph is the inferred chair, not the guest who gives flowers', () => {
    const r = recordOf(article('Chiều ngày 23/2/2024, Đảng ủy thị trấn Đắk Mil tổ chức Lễ ra mắt mô hình “Tổ dân phố văn minh, an toàn, sạch đẹp”.',
      'Phát biểu tại buổi lễ, đồng chí Phạm Văn Thắng, Bí thư Đảng ủy thị trấn nhấn mạnh, năm 2023 thị trấn Đắk Mil đã được công nhận đạt chuẩn văn minh đô thị.',
      'Đồng chí lưu ý Ban Chỉ đạo mô hình cần duy trì thường xuyên các hoạt động tự quản của tổ dân phố.',
      'Dịp này, đồng chí Nguyễn Thị Thu Hà, Trưởng Ban Dân vận Huyện ủy đã tặng hoa chúc mừng Ban Chỉ đạo mô hình.'));
    expect(r.chair).toMatchObject({ name: 'Phạm Văn Thắng', certainty: 'inferred' });
  });
  it('"Được sự ủy quyền của đồng chí Lê Quang Hưng, ..., Bí thư Thị ủy, đồng chí Phạm Thị Hồng Nhung, Phó Bí thư Thường trực Thị ủy chủ trì": the one delegated presides', () => {
    const r = recordOf(article('Sáng 8/1/2024, Ban Thường vụ Thị ủy Kinh Môn tổ chức hội nghị giao ban công tác quý IV năm 2023. Được sự ủy quyền của đồng chí Lê Quang Hưng, Tỉnh ủy viên, Bí thư Thị ủy, đồng chí Phạm Thị Hồng Nhung, Phó Bí thư Thường trực Thị ủy chủ trì hội nghị.'));
    expect(r.chair).toMatchObject({ name: 'Phạm Thị Hồng Nhung', title: 'Phó Bí thư Thường trực Thị ủy' });
  });
  it('"Do đồng chí Nguyễn Minh Đức, Bí thư Thị ủy đi công tác tại tỉnh, theo sự phân công, đồng chí Trần Quang Khải, Phó Bí thư Thường trực Thị ủy chủ trì phiên họp"', () => {
    const r = recordOf(article('Hôm nay (15/3/2023), Thường trực Thị ủy Duy Tiên họp phiên thường kỳ tháng 3. Do đồng chí Nguyễn Minh Đức, Tỉnh ủy viên, Bí thư Thị ủy đi công tác tại tỉnh, theo sự phân công, đồng chí Trần Quang Khải, Phó Bí thư Thường trực Thị ủy chủ trì phiên họp.'));
    expect(r.chair).toMatchObject({ name: 'Trần Quang Khải', certainty: 'stated' });
  });
});
