import { describe, expect, it } from 'vitest';
import { recordOf } from './helpers.ts';

const LEAD = 'Sáng 5/3/2021, Huyện ủy Vĩnh Thuận tổ chức hội nghị với sự tham dự của các đồng chí trong Ban Thường vụ Huyện ủy.';
const typeOf = (title: string, ...body: string[]) => recordOf([title, LEAD, ...body].join('\n')).meetingType.key;

describe('meeting type', () => {
  it('"Ban Thường vụ Tỉnh ủy cho ý kiến vào Đề án ...", "Ban Thường vụ Tỉnh ủy Tuyên Quang tổ chức hội nghị ...": the standing committee meets (probe16)', () => {
    expect(typeOf('Ban Thường vụ Tỉnh ủy cho ý kiến vào Đề án phát triển du lịch vùng cao nguyên đá')).toBe('hoi-nghi-btv');
    expect(recordOf(['Cho ý kiến vào Đề án phát triển du lịch', 'Chiều 6/11/2025, Ban Thường vụ Tỉnh ủy Tuyên Quang tổ chức hội nghị cho ý kiến vào Đề án phát triển du lịch vùng cao nguyên đá giai đoạn 2026 - 2030.'].join('\n')).meetingType.key).toBe('hoi-nghi-btv');
    // Another key that names the meeting comes first: the standing committee holds a review.
    expect(typeOf('Ban Thường vụ Huyện ủy tổ chức hội nghị sơ kết 5 năm thực hiện Chỉ thị 05')).toBe('so-ket-tong-ket');
  });
  it('"giao Ban Xây dựng Đảng Tỉnh ủy tham mưu ..." in the directions hands a task to a board: no briefing (probe16)', () => {
    expect(typeOf('Một số nội dung quan trọng về phát triển du lịch', 'Kết luận hội nghị, đồng chí Phó Bí thư Thường trực giao Ban Xây dựng Đảng Tỉnh ủy tham mưu ban hành kết luận trong tháng 11.')).not.toBe('giao-ban');
    expect(typeOf('Một số nội dung quan trọng về phát triển du lịch', 'Trước đó, Thường trực Huyện ủy đã họp giao ban với các ban Đảng để thống nhất nội dung.')).toBe('giao-ban');
  });
  it.each([
    ['Hội nghị Ban chấp hành Đảng bộ huyện lần thứ 2 (mở rộng) sơ kết 6 tháng đầu năm', 'hoi-nghi-bch'],
    ['Hội nghị lần thứ 15 Ban Chấp hành Đảng bộ huyện khóa XII', 'hoi-nghi-bch'],
    ['Hội nghị Ban Thường vụ Huyện ủy tháng 3', 'hoi-nghi-btv'],
    ['Hội nghị Giao ban Thường trực Thị ủy với các ban Đảng quý III năm 2021', 'giao-ban'],
    ['Thường trực Tỉnh ủy làm việc định kỳ với các cơ quan tham mưu', 'lam-viec'],
    ['Đoàn công tác của Tỉnh ủy kiểm tra tại huyện Vĩnh Thuận', 'lam-viec'],
    ['Hội nghị sơ kết 5 năm thực hiện Chỉ thị 05 của Bộ Chính trị', 'so-ket-tong-ket'],
    ['Hội nghị học tập, quán triệt Nghị quyết Đại hội XIII của Đảng', 'quan-triet'],
    ['Tọa đàm về công tác dân vận trong tình hình mới', 'chuyen-de'],
    ['Đại hội đại biểu Đảng bộ xã Vĩnh Bình Bắc lần thứ XIII, nhiệm kỳ 2025-2030', 'dai-hoi'],
    ['Bí thư Huyện ủy tiếp xúc, đối thoại với Nhân dân xã Vĩnh Thuận', 'tiep-xuc-doi-thoai'],
    ['Kỳ họp thứ 5 HĐND huyện khóa XII', 'khac'],
    ['Lễ trao Huy hiệu 40 năm tuổi Đảng đợt 3/2 năm 2022', 'khac'],
  ])('"%s" → %s', (title, key) => {
    expect(typeOf(title)).toBe(key);
  });
  it('"Nghị quyết Đại hội" mentioned in a headline does not make a congress', () => {
    expect(typeOf('Hội nghị học tập, quán triệt Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIV')).toBe('quan-triet');
  });
  it('"Tại buổi làm việc" in the body makes a working session, inferred', () => {
    const r = recordOf(['Hậu Giang: Tăng cường công tác giáo dục chính trị tư tưởng', LEAD.replace('tổ chức hội nghị', 'báo cáo kết quả'), 'Tại buổi làm việc, đồng chí Bí thư Tỉnh ủy nhấn mạnh nhiều nội dung quan trọng cần thực hiện.'].join('\n'));
    expect(r.meetingType).toMatchObject({ key: 'lam-viec', certainty: 'inferred' });
  });
  it('a headline with no meeting words and nothing in the body is "khac"', () => {
    expect(typeOf('Huyện Vĩnh Thuận đạt nhiều kết quả trong phát triển kinh tế', 'Năm qua, kinh tế của huyện tiếp tục tăng trưởng khá, thu nhập của người dân được nâng lên.')).toBe('khac');
  });
});

describe('meeting type: more shapes', () => {
  it.each([
    ['Ban Thường vụ Huyện ủy Quỳnh Lưu họp phiên thường kỳ tháng 12', 'hoi-nghi-btv'],
    ['Ban Thường vụ Huyện ủy Châu Thành họp thường kỳ tháng 5', 'hoi-nghi-btv'],
    ['Di Linh sơ kết 2 năm thực hiện Nghị quyết chuyên đề về phát triển cà phê', 'so-ket-tong-ket'],
  ])('"%s" → %s', (title, key) => {
    expect(typeOf(title)).toBe(key);
  });
  it('a plenary named only as the target of a plan in the body does not make this meeting a plenary', () => {
    const r = recordOf(['Huyện Vĩnh Thuận triển khai nhiệm vụ trong tháng cuối năm', LEAD.replace('tổ chức hội nghị', 'họp bàn'), 'Đồng chí Bí thư yêu cầu các ban hoàn thiện dự thảo báo cáo để trình Hội nghị Ban Chấp hành Đảng bộ huyện cuối năm.'].join('\n'));
    expect(r.meetingType.key).not.toBe('hoi-nghi-bch');
  });
});

describe('meeting type: headline and lead together', () => {
  it('a plenary in the lead outranks "tổng kết" in the headline', () => {
    const r = recordOf(['Xã Phù Mỹ Đông tổng kết công tác năm 2025', 'Ngày 6/1/2026, Ban Chấp hành Đảng bộ xã Phù Mỹ Đông tổ chức Hội nghị lần thứ 7 (mở rộng) nhằm tổng kết công tác năm 2025.'].join('\n'));
    expect(r.meetingType.key).toBe('hoi-nghi-bch');
  });
  it('"quán triệt Chỉ thị số 35-CT/TW ... về đại hội đảng bộ các cấp" is a study conference, not a congress', () => {
    const r = recordOf(['Huyện ủy Ba Tơ: Quán triệt Chỉ thị 35 về đại hội đảng bộ các cấp', 'Ngày 15/9/2024, Ban Thường vụ Huyện ủy Ba Tơ tổ chức Hội nghị học tập, quán triệt Chỉ thị số 35-CT/TW ngày 14/6/2024 của Bộ Chính trị về đại hội đảng bộ các cấp.'].join('\n'));
    expect(r.meetingType.key).toBe('quan-triet');
  });
  it('"Ủy viên Ban Chấp hành Đảng bộ thị xã" among those attending is a title, not a plenary', () => {
    const r = recordOf(['Sơ kết 3 năm thực hiện Kết luận số 01-KL/TW của Bộ Chính trị', 'Vừa qua, Thị ủy Kỳ Anh tổ chức hội nghị sơ kết 3 năm thực hiện Kết luận số 01-KL/TW. Tham dự hội nghị có các đồng chí Ủy viên Ban Chấp hành Đảng bộ thị xã.'].join('\n'));
    expect(r.meetingType.key).toBe('so-ket-tong-ket');
  });
  it('"cho ý kiến vào kế hoạch tổ chức đại hội chi bộ" plans congresses: the standing committee\'s meeting is the event', () => {
    const r = recordOf(['Ban Thường vụ Huyện ủy cho ý kiến vào kế hoạch tổ chức đại hội chi bộ, đảng bộ cơ sở', 'Chiều 11/3/2024, Ban Thường vụ Huyện ủy Thạch Hà tổ chức hội nghị thường kỳ tháng 3.'].join('\n'));
    expect(r.meetingType.key).toBe('hoi-nghi-btv');
  });
  it('"dự thảo Báo cáo chính trị trình Đại hội đại biểu Đảng bộ huyện" is for the congress to come: the plenary is the event', () => {
    const r = recordOf(['Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 24 (mở rộng)', 'Ngày 16/5/2024, Ban Chấp hành Đảng bộ huyện Tam Nông tổ chức Hội nghị lần thứ 24 (mở rộng) để cho ý kiến vào dự thảo Báo cáo chính trị trình Đại hội đại biểu Đảng bộ huyện nhiệm kỳ 2025 - 2030.'].join('\n'));
    expect(r.meetingType.key).toBe('hoi-nghi-bch');
  });
  it('"làm việc ... về tình hình ... và việc triển khai Nghị quyết Đại hội" is a working session; "Hội nghị triển khai Nghị quyết" rolls one out', () => {
    const r = recordOf(['Bí thư Tỉnh ủy làm việc với Đảng ủy xã Ia Băng', 'Sáng 9-3, đồng chí Hồ Minh Quân, Bí thư Tỉnh ủy đã có buổi làm việc với Đảng ủy xã Ia Băng về tình hình thực hiện nhiệm vụ chính trị quý I năm 2022 và việc triển khai Nghị quyết Đại hội Đảng bộ xã nhiệm kỳ 2020 - 2025.'].join('\n'));
    expect(r.meetingType.key).toBe('lam-viec');
    expect(typeOf('Huyện ủy tổ chức hội nghị triển khai Nghị quyết Đại hội Đảng bộ tỉnh')).toBe('quan-triet');
  });
  it('"họp ... để cho ý kiến vào nội dung chuẩn bị Hội nghị Ban Chấp hành Đảng bộ huyện": the standing committee meets, the plenary is to come', () => {
    const r = recordOf(['Ban Thường vụ Huyện ủy họp phiên thường kỳ tháng 9', 'Chiều 15/9/2023, Ban Thường vụ Huyện ủy họp phiên thường kỳ tháng 9 để cho ý kiến vào báo cáo 9 tháng đầu năm và nội dung chuẩn bị Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 18.'].join('\n'));
    expect(r.meetingType.key).toBe('hoi-nghi-btv');
  });
  it('"Kết luận số 21-KL/TW ngày 25/10/2021 của Hội nghị lần thứ tư Ban Chấp hành Trung ương": the Central Committee\'s plenary is no local meeting', () => {
    const r = recordOf(['Thành ủy Hà Nội quán triệt, triển khai Kết luận số 21-KL/TW', 'Sáng 18/11/2021, Thành ủy Hà Nội tổ chức hội nghị trực tuyến quán triệt, triển khai Kết luận số 21-KL/TW ngày 25/10/2021 của Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XIII.'].join('\n'));
    expect(r.meetingType.key).toBe('quan-triet');
  });
  it.each(['trước', 'sau'])('voters met "%s kỳ họp thứ mười HĐND huyện": a meeting with voters, not the council\'s session', (when) => {
    const r = recordOf(['Tổ đại biểu HĐND huyện Yên Châu tiếp xúc cử tri xã Chiềng Hặc', `Ngày 28-6-2020, Tổ đại biểu HĐND huyện Yên Châu ứng cử tại xã Chiềng Hặc đã tiếp xúc cử tri các bản Cò Chịa, Phiêng Hòm ${when} kỳ họp thứ mười HĐND huyện khóa XX.`].join('\n'));
    expect(r.meetingType.key).toBe('tiep-xuc-doi-thoai');
  });
  it('"Hội nghị sơ kết 3 năm thực hiện Nghị quyết số 03-NQ/HU ngày 15/9/2020 của Ban Chấp hành Đảng bộ huyện": the resolution\'s issuer is no plenary', () => {
    const r = recordOf(['Bí thư Huyện ủy Mù Cang Chải: Đưa du lịch trở thành ngành kinh tế mũi nhọn', 'Ngày 27/6/2023, Huyện ủy Mù Cang Chải tổ chức Hội nghị sơ kết 3 năm thực hiện Nghị quyết số 03-NQ/HU ngày 15/9/2020 của Ban Chấp hành Đảng bộ huyện về phát triển du lịch.'].join('\n'));
    expect(r.meetingType.key).toBe('so-ket-tong-ket');
  });
  it('"quán triệt Nghị quyết Hội nghị lần thứ tư Ban Chấp hành Trung ương" is a study conference, not a plenary', () => {
    expect(typeOf('Thái Nguyên quán triệt Nghị quyết Hội nghị lần thứ tư Ban Chấp hành Trung ương khóa XIII')).toBe('quan-triet');
  });
});
