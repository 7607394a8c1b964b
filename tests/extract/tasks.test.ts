import { describe, expect, it } from 'vitest';
import { recordOf } from './helpers.ts';

const LEAD = 'Sáng 5/3/2021, Huyện ủy Vĩnh Thuận tổ chức hội nghị sơ kết quý I với sự tham dự của các đồng chí trong Ban Thường vụ.';
const ACHIEVED = 'Quý I, các cấp ủy đã tập trung lãnh đạo, chỉ đạo thực hiện tốt các nhiệm vụ, đáp ứng tốt yêu cầu nhiệm vụ chính trị của địa phương.';
const tasksOf = (...paragraphs: string[]) => recordOf(['Hội nghị sơ kết công tác quý I năm 2021', LEAD, ACHIEVED, ...paragraphs].join('\n')).tasks;

describe('tasks', () => {
  it('after "đề nghị", without the addressee, one item per sentence', () => {
    expect(tasksOf('Về nhiệm vụ thời gian tới, đồng chí Bí thư đề nghị các đơn vị căn cứ chức năng tiếp tục bám sát chương trình công tác. Bám sát nhiệm vụ của địa phương để tuyên truyền. Đặc biệt là tiếp tục thực hiện các biện pháp phòng chống dịch Covid-19.'))
      .toEqual(['căn cứ chức năng tiếp tục bám sát chương trình công tác', 'bám sát nhiệm vụ của địa phương để tuyên truyền', 'tiếp tục thực hiện các biện pháp phòng chống dịch Covid-19']);
  });
  it('after a colon, split at ";" where a new verb starts', () => {
    expect(tasksOf('Thường trực Huyện ủy giao nhiệm vụ cho các chi bộ tập trung lãnh đạo: Tạo bước đột phá về công tác cán bộ; nâng cao chất lượng sinh hoạt chi bộ; tăng cường công tác kiểm tra, giám sát.'))
      .toEqual(['tạo bước đột phá về công tác cán bộ', 'nâng cao chất lượng sinh hoạt chi bộ', 'tăng cường công tác kiểm tra, giám sát']);
  });
  it('";" before a noun phrase stays inside the item', () => {
    expect(tasksOf('Đồng chí Bí thư yêu cầu các chi bộ tiếp tục nâng cao chất lượng sinh hoạt chi bộ; Kế hoạch phát triển đảng viên năm 2021.'))
      .toEqual(['tiếp tục nâng cao chất lượng sinh hoạt chi bộ; Kế hoạch phát triển đảng viên năm 2021']);
  });
  it('a dash list after the directive verb, one item per line', () => {
    expect(tasksOf('Kết luận hội nghị, đồng chí Bí thư yêu cầu:', '- Tăng cường công tác xây dựng Đảng;', '- Đẩy mạnh phát triển kinh tế nông nghiệp;', '- Giữ vững quốc phòng, an ninh trên địa bàn.'))
      .toEqual(['tăng cường công tác xây dựng Đảng', 'đẩy mạnh phát triển kinh tế nông nghiệp', 'giữ vững quốc phòng, an ninh trên địa bàn']);
  });
  it('the coming-period plan when nobody "đề nghị": "Chương trình công tác 6 tháng cuối năm"', () => {
    expect(tasksOf('Chương trình công tác 6 tháng cuối năm 2021 tiếp tục thực hiện các chỉ tiêu nghị quyết. Xây dựng kế hoạch phát triển kinh tế xã hội 5 năm.'))
      .toEqual(['tiếp tục thực hiện các chỉ tiêu nghị quyết', 'xây dựng kế hoạch phát triển kinh tế xã hội 5 năm']);
  });
  it('stops where the article turns to something else ("Cũng trong dịp này")', () => {
    expect(tasksOf('Đồng chí Bí thư đề nghị các đơn vị đẩy nhanh tiến độ giải ngân vốn đầu tư công.', 'Cũng trong dịp này Huyện ủy trao quyết định khen thưởng cho các tập thể có thành tích xuất sắc.'))
      .toEqual(['đẩy nhanh tiến độ giải ngân vốn đầu tư công']);
  });
  it('near misses: a citizen\'s petition, an award proposal, "yêu cầu" as a noun are not directions', () => {
    expect(tasksOf('Cử tri đề nghị các cấp quan tâm sửa chữa tuyến đường liên ấp.', 'Hội nghị thống nhất đề nghị tặng Bằng khen cho 5 tập thể.')).toEqual([]);
  });
});
