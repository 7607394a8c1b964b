import { describe, expect, it } from 'vitest';
import { article, fanPagePost, messageIds, recordOf } from './helpers.ts';

const dateOf = (text: string) => {
  const d = recordOf(text).date;
  return d && { value: d.value, precision: d.precision, certainty: d.certainty };
};
const FILLER = 'với sự tham dự của các đồng chí trong Ban Thường vụ và lãnh đạo các ban ngành đoàn thể';

describe('dates: a fan page\'s stamp (probe17)', () => {
  it('"Sáng 24/3, ... theo kế hoạch học tập nghị quyết quý I/2026": a plan carried out within its quarter gives the year; "kế hoạch năm 2026" on 24/11 is made the year before (probe21)', () => {
    expect(dateOf(article(`Sáng 24/3, Đảng ủy xã Thư Lâm tổ chức hội nghị học tập nghị quyết theo kế hoạch học tập nghị quyết quý I/2026 của Ban Thường vụ Đảng ủy xã, ${FILLER}.`)))
      .toEqual({ value: '2026-03-24', precision: 'day', certainty: 'inferred' });
    expect(dateOf(article(`Sáng 24/11, Ban Chấp hành Đảng bộ xã tổ chức hội nghị thảo luận kế hoạch năm 2026, ${FILLER}.`)))
      .toEqual({ value: '2025-11-24', precision: 'day', certainty: 'inferred' });
  });
  it('"Cập nhật: 12/07/2023 16:20" below the article\'s links is its stamp; a link\'s date "(20/11/2025)" is another story\'s (probe20)', () => {
    const r = recordOf(fanPagePost([], ['Tuấn Anh', 'Tin mới hơn', 'Xã Mường Ảng ra quân trồng cà phê vụ đông (20/11/2025)', 'Cập nhật: 12/07/2023 16:20', 'Đảng ủy xã Mường Ảng, tỉnh Điện Biên']));
    expect(r.published?.value).toBe('2023-07-12T16:20');
    expect(r.date?.value).toBe('2023-07-11');
  });
  it('"12 tháng 7, 2023 lúc 09:14 · 🌏" (with whom the post is shown to) is the publication stamp, and gives "Sáng 11/7" its year', () => {
    const r = recordOf(fanPagePost(['12 tháng 7, 2023 lúc 09:14 · 🌏'], []));
    expect(r.published?.value).toBe('2023-07-12T09:14');
    expect(r.date && { value: r.date.value, precision: r.date.precision }).toEqual({ value: '2023-07-11', precision: 'day' });
  });
  it('"2 giờ · 🌏" says when only relative to a crawl nobody recorded: no stamp, no year', () => {
    const r = recordOf(fanPagePost(['2 giờ · 🌏'], []));
    expect(r.published).toBeNull();
    expect(r.date).toBeNull();
  });
});

describe('dates: event date in the lead', () => {
  it('"Chiều 28/7/2020" is the day, stated', () => {
    expect(dateOf(article(`Chiều 28/7/2020 Huyện ủy Vĩnh Thuận tổ chức hội nghị ${FILLER}.`))).toEqual({ value: '2020-07-28', precision: 'day', certainty: 'stated' });
  });
  it('"Vào ngày cuối tuần qua (12/7)": a day said relatively, its date in brackets, the year from the stamp', () => {
    const r = recordOf(['Hội nghị Ban Chấp hành Đảng bộ xã lần thứ 2', '14/07/2025 09:12', `Vào ngày cuối tuần qua (12/7), Đảng ủy xã Đông Thụy Anh tổ chức hội nghị ${FILLER}.`].join('\n'));
    expect(r.date?.value).toBe('2025-07-12');
    expect(dateOf(article(`Cuối tuần qua (12/7/2025), Huyện ủy Vĩnh Thuận tổ chức hội nghị ${FILLER}.`))?.value).toBe('2025-07-12');
    // Not a bracket after any words: "(12/7)" after a noun is what it dates.
    expect(dateOf(article(`Huyện ủy Vĩnh Thuận tổ chức hội nghị ${FILLER}, nhân kỷ niệm ngày Thương binh liệt sĩ qua (27/7).`))).toBeNull();
  });
  it('"Sáng qua, ...", "Chiều thứ Sáu vừa qua, ...", "Sáng nay, ...": a day counted back from the stamp, inferred', () => {
    const at = (stamp: string, lead: string) => recordOf(['Thường trực Tỉnh ủy làm việc với Ban Thường vụ Huyện ủy Krông Búk', stamp, `${lead}, Ban Thường vụ Huyện ủy Krông Búk tổ chức hội nghị ${FILLER}.`].join('\n')).date;
    expect(at('05:30, 13/11/2020', 'Sáng qua')).toMatchObject({ value: '2020-11-12', precision: 'day', certainty: 'inferred' });
    // 18/3/2024 is a Monday: the Friday before it is the 15th.
    expect(at('18/03/2024 09:10', 'Chiều thứ Sáu vừa qua')?.value).toBe('2024-03-15');
    // 15/3/2024 is a Friday: "thứ Sáu vừa qua" is the week before's.
    expect(at('15/03/2024 09:10', 'Chiều thứ Sáu vừa qua')?.value).toBe('2024-03-08');
    expect(at('15/03/2024 09:10', 'Sáng nay')?.value).toBe('2024-03-15');
    // No stamp: nothing to count from.
    expect(dateOf(article(`Sáng qua, Ban Thường vụ Huyện ủy Krông Búk tổ chức hội nghị ${FILLER}.`))).toBeNull();
  });
  it('"Vừa qua, ..." with no day or month: the year of the stamp, inferred, and no quarter (probe13 003)', () => {
    const at = (stamp: string) => recordOf(['Ban Chấp hành Đảng bộ xã Sơn Tiến đánh giá kết quả 9 tháng', `Ngày đăng: ${stamp} | Lượt xem: 1.245`, `Vừa qua, Ban Chấp hành Đảng bộ xã Sơn Tiến tổ chức hội nghị ${FILLER}.`].join('\n'));
    const r = at('07/11/2022');
    expect(r.date).toMatchObject({ value: '2022', precision: 'year', certainty: 'inferred' });
    expect(r.quarter).toBeNull();
    // Early in January "just past" may be December: the year is not known.
    expect(at('05/01/2023').date).toBeNull();
    // No stamp: nothing gives the year.
    expect(dateOf(article(`Vừa qua, Ban Chấp hành Đảng bộ xã Sơn Tiến tổ chức hội nghị ${FILLER}.`))).toBeNull();
  });
  it('"Trong tháng 5 vừa qua, ...": the month, its year from the stamp, never a day', () => {
    const r = recordOf(['Phú Lương quán triệt Nghị quyết 11-NQ/TW', 'Đăng lúc 14:20 ngày 03/06/2022', `Trong tháng 5 vừa qua, Ban Thường vụ Huyện ủy Phú Lương đã tổ chức hội nghị ${FILLER}.`].join('\n'));
    expect(r.date).toMatchObject({ value: '2022-05', precision: 'month', certainty: 'inferred' });
    expect(r.quarter).toBe('2022-Q2');
    // Without a stamp nothing gives the year: no date.
    expect(dateOf(article(`Trong tháng 5 vừa qua, Ban Thường vụ Huyện ủy Phú Lương đã tổ chức hội nghị ${FILLER}.`))).toBeNull();
  });
  it('"ngày 5 tháng 3 năm 2021" in words', () => {
    expect(dateOf(article(`Ngày 5 tháng 3 năm 2021, Huyện ủy Vĩnh Thuận tổ chức hội nghị ${FILLER}.`))?.value).toBe('2021-03-05');
  });
  it('"28-6-2020" with dashes', () => {
    expect(dateOf(article(`Sáng 28-6-2020, Huyện ủy Vĩnh Thuận tổ chức hội nghị ${FILLER}.`))?.value).toBe('2020-06-28');
  });
  it('a meeting over several days takes its first day: "22 và 23/7/2025"', () => {
    expect(dateOf(article(`Trong 2 ngày 22 và 23/7/2025, Đảng ủy xã tổ chức hội nghị ${FILLER}.`))?.value).toBe('2025-07-22');
  });
  it('the year missing from "14/4" comes from "quý I/2022" in the same lead, inferred', () => {
    expect(dateOf(article(`Chiều ngày 14/4, Thành ủy Hà Tĩnh tổ chức hội nghị giao ban đánh giá tình hình quý I/2022, ${FILLER}.`)))
      .toEqual({ value: '2022-04-14', precision: 'day', certainty: 'inferred' });
  });
  it('a plan for "quý IV năm 2021" made on "06/10" is in 2021', () => {
    expect(dateOf(article(`Chiều ngày 06/10, Thường trực Thị ủy nghe báo cáo quý III, phương hướng, nhiệm vụ trọng tâm quý IV năm 2021 ${FILLER}.`))?.value).toBe('2021-10-06');
  });
  it('a January review of "năm 2022" is held in 2023', () => {
    expect(dateOf(article(`Sáng 10/1, Huyện ủy Vĩnh Thuận tổ chức hội nghị tổng kết công tác xây dựng Đảng năm 2022 ${FILLER}.`))?.value).toBe('2023-01-10');
  });
  it('the year may come from the publication stamp', () => {
    const text = ['Tiêu đề bài viết về hoạt động của cấp ủy địa phương', '(16:30 | 29/07/2020)', `Chiều 28/7 Huyện ủy Vĩnh Thuận tổ chức hội nghị ${FILLER}.`].join('\n');
    expect(dateOf(text)).toEqual({ value: '2020-07-28', precision: 'day', certainty: 'inferred' });
  });
  it('"28/12" published on 5/1 was last year', () => {
    const text = ['Tiêu đề bài viết về hoạt động của cấp ủy địa phương', 'Cập nhật ngày 05/01/2022', `Sáng 28/12, Huyện ủy Vĩnh Thuận tổ chức hội nghị ${FILLER}.`].join('\n');
    expect(dateOf(text)?.value).toBe('2021-12-28');
  });
  it('nothing fixes the year: unknown, with a message', () => {
    const r = recordOf(article(`Chiều ngày 14/4, Thành ủy Hà Tĩnh tổ chức hội nghị giao ban ${FILLER}.`));
    expect(r.date).toBeNull();
    expect(r.quarter).toBeNull();
    expect(messageIds(r)).toContain('date/no-year');
  });
  it('"Trong tháng 10/2021," is known to the month', () => {
    expect(dateOf(article(`Trong tháng 10/2021, Ban Thường vụ Huyện ủy Vĩnh Thuận tổ chức các hội nghị ${FILLER}.`))).toEqual({ value: '2021-10', precision: 'month', certainty: 'stated' });
  });
});

describe('dates: near misses that are not the event date', () => {
  it('a directive\'s date "Chỉ thị số 45-CT/TW, ngày 20-6-2020"', () => {
    expect(dateOf(article(`Huyện ủy Vĩnh Thuận quán triệt Chỉ thị số 45-CT/TW, ngày 20-6-2020 của Bộ Chính trị ${FILLER}.`))).toBeNull();
  });
  it('an anniversary range "(15/6/1957-15/6/2022)"', () => {
    expect(dateOf(article(`Thành ủy Hà Tĩnh phát động thi đua chào mừng 65 năm Ngày Bác Hồ về thăm Hà Tĩnh (15/6/1957-15/6/2022) ${FILLER}.`))).toBeNull();
  });
  it('"Vừa qua ... Kết luận số 01-KL/TW, ngày 18/5/2021": no date of the meeting, and the note says so, not that a year is missing', () => {
    const r = recordOf(article(`Vừa qua, Thị ủy Kỳ Anh tổ chức hội nghị sơ kết 3 năm thực hiện Kết luận số 01-KL/TW, ngày 18/5/2021 của Bộ Chính trị ${FILLER}.`));
    expect(r.date).toBeNull();
    expect(messageIds(r)).toContain('date/none');
    expect(messageIds(r)).not.toContain('date/no-year');
  });
  it('a deadline "trước ngày 30/6/2022"', () => {
    expect(dateOf(article(`Huyện ủy Vĩnh Thuận yêu cầu các chi bộ hoàn thành đại hội trước ngày 30/6/2022 ${FILLER}.`))).toBeNull();
  });
  it('"quý I/2022" alone is a reporting period, not a date', () => {
    const r = recordOf(article(`Thành ủy Hà Tĩnh tổ chức hội nghị đánh giá tình hình quý I/2022 ${FILLER}.`));
    expect(r.date).toBeNull();
    expect(r.reportingPeriod?.text).toBe('quý I/2022');
  });
  it('"đánh giá ... tháng 7 và triển khai nhiệm vụ trọng tâm tháng 8 năm 2023": tháng 7 was reviewed, as written; tháng 8 comes next', () => {
    const r = recordOf(article(`Sáng 5/8/2023, Huyện ủy Vĩnh Thuận tổ chức hội nghị đánh giá kết quả thực hiện nhiệm vụ tháng 7 và triển khai nhiệm vụ trọng tâm tháng 8 năm 2023 ${FILLER}.`));
    expect(r.date?.value).toBe('2023-08-05');
    expect(r.reportingPeriod?.text).toBe('tháng 7');
    const plan = recordOf(article(`Sáng 5/8/2023, Huyện ủy Vĩnh Thuận tổ chức hội nghị triển khai nhiệm vụ trọng tâm tháng 8 năm 2023 ${FILLER}.`));
    expect(plan.reportingPeriod).toBeNull();
  });
  it('a month without its year: reviewed, it takes the next dated month\'s year ("tháng 12 và ... tháng 1 năm 2024": 2023)', () => {
    const r = recordOf(article(`Sáng 3/1, Đảng ủy xã Hòa An tổ chức hội nghị giao ban đánh giá kết quả tháng 12 và triển khai nhiệm vụ tháng 1 năm 2024 ${FILLER}.`));
    expect(r.reportingPeriod?.text).toBe('tháng 12');
    expect(dateOf(article(`Sáng 3/1, Đảng ủy xã Hòa An tổ chức hội nghị giao ban đánh giá kết quả tháng 12 và triển khai nhiệm vụ tháng 1 năm 2024 ${FILLER}.`))).toEqual({ value: '2024-01-03', precision: 'day', certainty: 'inferred' });
  });
  it('"hội nghị thường kỳ tháng 5" is the meeting\'s own month, not one it reviewed', () => {
    expect(recordOf(article(`Sáng 30/5/2023, Ban Thường vụ Huyện ủy Châu Thành tổ chức hội nghị thường kỳ tháng 5 ${FILLER}.`)).reportingPeriod).toBeNull();
  });
  it('"Chiều ngày 7 tháng 9 năm 2022": the month of a day\'s date in words is no reporting period', () => {
    const r = recordOf(article(`Chiều ngày 7 tháng 9 năm 2022, Huyện ủy Vĩnh Thuận tổ chức hội nghị sơ kết giữa nhiệm kỳ ${FILLER}.`));
    expect(r.date?.value).toBe('2022-09-07');
    expect(r.reportingPeriod).toBeNull();
  });
});

describe('dates: publication stamp', () => {
  it.each([
    ['(16:30 | 29/07/2020)', '2020-07-29T16:30'],
    ['[ Cập nhật vào ngày (18/03/2021) ] - [ Số lần xem: 361 ]', '2021-03-18'],
    ['Thứ Hai, 14/03/2022 - 09:30', '2022-03-14T09:30'],
    ['Thứ Sáu, ngày 14 tháng 7 năm 2023', '2023-07-14'],
    ['2023-07-14 10:15', '2023-07-14T10:15'],
    ['Posted: 2023-07-14', '2023-07-14'],
    // A Joomla portal's stamp: the month in words, no "năm" before the year.
    ['Thứ hai, 09 Tháng 1 2023 07:30', '2023-01-09T07:30'],
    ['Posted on 2023-07-14 2:30 pm', '2023-07-14T14:30'],
    // The time first, the weekday between it and the date.
    ['Cập nhật lúc 15:20, Thứ Ba, 12/03/2024 (GMT+7)', '2024-03-12T15:20'],
  ])('%s → %s', (stamp, value) => {
    const r = recordOf(['Tiêu đề bài viết về hoạt động của cấp ủy địa phương', stamp, `Huyện ủy Vĩnh Thuận tổ chức hội nghị ${FILLER}.`].join('\n'));
    expect(r.published?.value).toBe(value);
    // The stamp is neither the title nor the event date.
    expect(r.title).toBe('Tiêu đề bài viết về hoạt động của cấp ủy địa phương');
    expect(r.date).toBeNull();
  });
  it('a short lead that opens with a date in words stays the lead: "Ngày 14 tháng 7 năm 2023, Huyện ủy ... tổ chức hội nghị."', () => {
    const r = recordOf(['Huyện ủy Vĩnh Thuận sơ kết quý II', 'Ngày 14 tháng 7 năm 2023, Huyện ủy Vĩnh Thuận tổ chức hội nghị sơ kết.', 'Đồng chí Lê Trung Hồ, Bí thư Huyện ủy chủ trì hội nghị.'].join('\n'));
    expect(r.published).toBeNull();
    expect(r.date).toMatchObject({ value: '2023-07-14', certainty: 'stated' });
    expect(r.body[0]).toBe('Ngày 14 tháng 7 năm 2023, Huyện ủy Vĩnh Thuận tổ chức hội nghị sơ kết.');
  });
  it('a print page\'s own date "In ngày 01/02/2024" is not the publication date', () => {
    const r = recordOf(['Tiêu đề bài viết về hoạt động của cấp ủy địa phương', 'In ngày 01/02/2024', `Huyện ủy Vĩnh Thuận tổ chức hội nghị ${FILLER}.`].join('\n'));
    expect(r.published).toBeNull();
  });
});

describe('dates: more shapes', () => {
  it('"Hôm qua (15/4)", "Chiều qua (15/4)": the day in brackets, the year from the update stamp', () => {
    for (const opener of ['Hôm qua (15/4)', 'Chiều qua (15/4)']) {
      const r = recordOf(['Huyện ủy Vĩnh Thuận sơ kết quý I', 'Cập nhật: 16/04/2021 08:00', `${opener}, Huyện ủy Vĩnh Thuận tổ chức hội nghị sơ kết công tác quý I ${FILLER}.`].join('\n'));
      expect(r.date).toMatchObject({ value: '2021-04-15', precision: 'day', certainty: 'inferred' });
    }
  });
  it('"Trong hai ngày (14 và 15/7/2022), ...": the span\'s days in brackets are the meeting\'s, the first one', () => {
    expect(dateOf(article(`Trong hai ngày (14 và 15/7/2022), Ban Chấp hành Đảng bộ huyện Mường Khương tổ chức Hội nghị lần thứ 18 ${FILLER}.`))).toEqual({ value: '2022-07-14', precision: 'day', certainty: 'stated' });
  });
  it('"Trong 3 ngày, từ 14 - 16/7/2020, ...": a sentence opening with the meeting\'s span gives its first day', () => {
    expect(dateOf(article(`Trong 3 ngày, từ 14 - 16/7/2020, Đảng bộ huyện Vĩnh Thuận tổ chức Đại hội đại biểu lần thứ XIII ${FILLER}.`))).toEqual({ value: '2020-07-14', precision: 'day', certainty: 'stated' });
  });
  it('"có hiệu lực từ 1/1/2021" inside a sentence is no event date', () => {
    const r = recordOf(['Huyện ủy Vĩnh Thuận triển khai quy định mới', `Huyện ủy Vĩnh Thuận triển khai quy định có hiệu lực từ 1/1/2021 ${FILLER}.`].join('\n'));
    expect(r.date).toBeNull();
  });
  it('"thông qua (15/4)" inside a sentence is no event date', () => {
    const r = recordOf(['Huyện ủy Vĩnh Thuận ra nghị quyết', 'Cập nhật: 16/04/2021 08:00', `Huyện ủy Vĩnh Thuận đã thông qua (15/4) nghị quyết về phát triển kinh tế ${FILLER}.`].join('\n'));
    expect(r.date).toBeNull();
  });
  it('"Chiều thứ Hai (16/10)" with the year from "quý IV/2023"', () => {
    expect(dateOf(article(`Chiều thứ Hai (16/10), Ban Thường vụ Thị ủy Bỉm Sơn họp mở rộng triển khai nhiệm vụ quý IV/2023 ${FILLER}.`))?.value).toBe('2023-10-16');
  });
  it('"Cập nhật lúc 16:05 ngày 12/05/2023" is a publication stamp', () => {
    const r = recordOf(['Tiêu đề bài viết về hoạt động của cấp ủy địa phương', 'Cập nhật lúc 16:05 ngày 12/05/2023', `Huyện ủy Vĩnh Thuận tổ chức hội nghị ${FILLER}.`].join('\n'));
    expect(r.published?.value).toBe('2023-05-12T16:05');
    expect(r.body.join('\n')).not.toContain('Cập nhật');
  });
});

describe('dates: ranges, months and witnesses that disagree', () => {
  it('"(QTO) - Trong 2 ngày 13 và 14/7/2023" below chrome: the first day', () => {
    const text = ['Hội nghị lần thứ 14 Ban Chấp hành Đảng bộ tỉnh khóa XVII', 'Chia sẻ:   Facebook   Zalo   In bài', `(QTO) - Trong 2 ngày 13 và 14/7/2023, Ban Chấp hành Đảng bộ tỉnh Quảng Trị tổ chức Hội nghị lần thứ 14 ${FILLER}.`].join('\n');
    expect(dateOf(text)?.value).toBe('2023-07-13');
  });
  it('"Từ ngày 9 đến ngày 10/6/2020": the first day', () => {
    expect(dateOf(article(`Từ ngày 9 đến ngày 10/6/2020, Đảng bộ thị trấn Cái Nhum tổ chức Đại hội đại biểu lần thứ XII ${FILLER}.`))?.value).toBe('2020-06-09');
  });
  it('"Đầu tháng 11/2023," is known to the month', () => {
    expect(dateOf(article(`Đầu tháng 11/2023, Ban Thường vụ Huyện ủy Hoàng Su Phì tổ chức sinh hoạt chuyên đề ${FILLER}.`))).toEqual({ value: '2023-11', precision: 'month', certainty: 'stated' });
  });
  it('"11 và 12/12 ... kỳ họp thường lệ cuối năm 2023": the year inside the period', () => {
    expect(dateOf(article(`Trong 2 ngày 11 và 12/12, HĐND huyện Lục Yên tổ chức Kỳ họp thứ 13 - kỳ họp thường lệ cuối năm 2023 ${FILLER}.`))?.value).toBe('2023-12-11');
  });
  it('a lead that sums up ("Huyện ủy Phú Lương vừa tổ chức ...") then "Sáng 10/10, Huyện ủy Phú Lương tổ chức ...": the second paragraph\'s day', () => {
    const text = ['Phú Lương: Giao ban công tác xây dựng Đảng quý III', 'Thứ Ba, 10/10/2023 | 14:37:00 [GMT+7]',
      'Huyện ủy Phú Lương vừa tổ chức hội nghị giao ban công tác xây dựng Đảng quý III, triển khai nhiệm vụ trọng tâm quý IV năm 2023.',
      `Sáng 10/10, Huyện ủy Phú Lương tổ chức Hội nghị giao ban công tác xây dựng Đảng quý III ${FILLER}.`].join('\n');
    expect(dateOf(text)?.value).toBe('2023-10-10');
  });
  it('but a later paragraph whose date is not at its start ("Theo báo cáo, ... ngày 15/9 ...") is no lead', () => {
    const text = ['Phú Lương: Giao ban công tác xây dựng Đảng quý III', 'Thứ Ba, 10/10/2023 | 14:37:00 [GMT+7]',
      'Huyện ủy Phú Lương vừa tổ chức hội nghị giao ban công tác xây dựng Đảng quý III, triển khai nhiệm vụ trọng tâm quý IV năm 2023.',
      `Theo báo cáo, các cấp ủy trong huyện đã hoàn thành việc kiểm điểm trước ngày 15/9 ${FILLER}.`].join('\n');
    expect(dateOf(text)).toBeNull();
  });
  it('"Sáng ngày 14 tháng Sáu năm 2022": the month in words', () => {
    expect(dateOf(article(`Sáng ngày 14 tháng Sáu năm 2022, Ban Tuyên giáo Huyện ủy Kbang tổ chức hội nghị báo cáo viên ${FILLER}.`))?.value).toBe('2022-06-14');
  });
  it('"9 tháng năm 2024" (nine months) and "2 tháng một lần" (every two months) are no dates', () => {
    expect(dateOf(article(`Hội nghị đánh giá kết quả 9 tháng năm 2024, định kỳ 2 tháng một lần kiểm tra ${FILLER}.`))).toBeNull();
  });
  it('"Ngày 6/1" reviewing "năm 2025", stamped 06/01/2026: the stamp decides the year', () => {
    const text = ['Xã Phù Mỹ Đông tổng kết công tác năm 2025, triển khai nhiệm vụ năm 2026', 'Thứ Ba, 06/01/2026 - 16:45', `Ngày 6/1, Ban Chấp hành Đảng bộ xã Phù Mỹ Đông tổ chức hội nghị nhằm tổng kết công tác lãnh đạo, chỉ đạo thực hiện nhiệm vụ năm 2025 ${FILLER}.`].join('\n');
    expect(dateOf(text)?.value).toBe('2026-01-06');
  });
});

describe('dates: the role of a reporting period', () => {
  it('"tình hình thực hiện nhiệm vụ 9 tháng đầu năm 2020" is a review: "Sáng 07/11" is in 2020', () => {
    expect(dateOf(article(`Sáng 07/11, Huyện ủy Vĩnh Thuận tổ chức hội nghị đánh giá tình hình thực hiện nhiệm vụ 9 tháng đầu năm 2020 ${FILLER}.`))?.value).toBe('2020-11-07');
  });
});
