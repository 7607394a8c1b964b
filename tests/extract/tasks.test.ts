import { describe, expect, it } from 'vitest';
import { recordOf } from './helpers.ts';

const LEAD = 'Sáng 5/3/2021, Huyện ủy Vĩnh Thuận tổ chức hội nghị sơ kết quý I với sự tham dự của các đồng chí trong Ban Thường vụ.';
const ACHIEVED = 'Quý I, các cấp ủy đã tập trung lãnh đạo, chỉ đạo thực hiện tốt các nhiệm vụ, đáp ứng tốt yêu cầu nhiệm vụ chính trị của địa phương.';
const tasksOf = (...paragraphs: string[]) => recordOf(['Hội nghị sơ kết công tác quý I năm 2021', LEAD, ACHIEVED, ...paragraphs].join('\n')).tasks;

describe('tasks', () => {
  it('"Đối với những nội dung vượt thẩm quyền, đồng chí yêu cầu UBND xã tổng hợp, ...": a sentence going on with the directions gives the direction after its matter and speaker; after "giao" whom it is handed to stays (probe22)', () => {
    const first = 'Kết luận hội nghị, đồng chí Bí thư đề nghị UBND xã tiếp thu đầy đủ ý kiến của Nhân dân, giải quyết dứt điểm trong tháng 4/2021.';
    expect(tasksOf(`${first} Đối với những nội dung vượt thẩm quyền, đồng chí yêu cầu UBND xã tổng hợp, báo cáo các sở, ngành xem xét, giải quyết.`))
      .toEqual(['tiếp thu đầy đủ ý kiến của Nhân dân, giải quyết dứt điểm trong tháng 4/2021', 'tổng hợp, báo cáo các sở, ngành xem xét, giải quyết']);
    expect(tasksOf(`${first} Đối với các kiến nghị của xã, đồng chí giao Văn phòng Huyện ủy tổng hợp, báo cáo Thường trực Huyện ủy.`)[1])
      .toContain('giao Văn phòng Huyện ủy tổng hợp, báo cáo Thường trực Huyện ủy');
  });
  it('"yêu cầu các đồng chí Ủy viên Ban Chấp hành nhanh chóng tiếp cận ...; ...": "nhanh chóng" leads a direction after its addressee; "...; công khai kết quả ..." opens one of its own (probe22)', () => {
    expect(tasksOf('Đồng chí Bí thư yêu cầu các đồng chí Ủy viên Ban Chấp hành nhanh chóng tiếp cận nhiệm vụ được phân công; chủ động nắm tình hình cơ sở.'))
      .toEqual(['nhanh chóng tiếp cận nhiệm vụ được phân công', 'chủ động nắm tình hình cơ sở']);
    expect(tasksOf('Đồng chí Bí thư đề nghị UBND xã tiếp thu đầy đủ ý kiến của Nhân dân, giao các bộ phận chuyên môn giải quyết dứt điểm; công khai kết quả giải quyết tại nhà văn hóa các thôn.'))
      .toEqual(['tiếp thu đầy đủ ý kiến của Nhân dân, giao các bộ phận chuyên môn giải quyết dứt điểm', 'công khai kết quả giải quyết tại nhà văn hóa các thôn']);
  });
  it('"...; bố trí ...; thí điểm ứng dụng sổ tay đảng viên điện tử ...": "thí điểm" (to pilot) opens a direction of its own (probe21)', () => {
    expect(tasksOf('Đồng chí Bí thư đề nghị các chi bộ bố trí đảng viên trẻ tham gia cấp ủy chi bộ; thí điểm ứng dụng sổ tay đảng viên điện tử ở 10 chi bộ trong quý II/2021.'))
      .toEqual(['bố trí đảng viên trẻ tham gia cấp ủy chi bộ', 'thí điểm ứng dụng sổ tay đảng viên điện tử ở 10 chi bộ trong quý II/2021']);
  });
  it('"... đã truyền đạt những nội dung của Nghị quyết, trong đó nhấn mạnh các mục tiêu ...": the document\'s content, not a task; "phát biểu chỉ đạo, trong đó đề nghị ..." directs (probe21)', () => {
    expect(tasksOf('Đồng chí Nguyễn Thị Minh Phương, Báo cáo viên Thành ủy đã truyền đạt những nội dung cơ bản của Nghị quyết Đại hội XIV, trong đó nhấn mạnh các mục tiêu phát triển đất nước đến năm 2030, tầm nhìn đến năm 2045.'))
      .toEqual([]);
    expect(tasksOf('Phát biểu chỉ đạo, đồng chí Bí thư Huyện ủy đánh giá cao kết quả đạt được, trong đó đề nghị các chi bộ sớm xây dựng kế hoạch thực hiện nghị quyết năm 2021.'))
      .toEqual(['sớm xây dựng kế hoạch thực hiện nghị quyết năm 2021']);
  });
  it('after "đề nghị", without the addressee, one item per sentence', () => {
    expect(tasksOf('Về nhiệm vụ thời gian tới, đồng chí Bí thư đề nghị các đơn vị căn cứ chức năng tiếp tục bám sát chương trình công tác. Bám sát nhiệm vụ của địa phương để tuyên truyền. Đặc biệt là tiếp tục thực hiện các biện pháp phòng chống dịch Covid-19.'))
      .toEqual(['căn cứ chức năng tiếp tục bám sát chương trình công tác', 'bám sát nhiệm vụ của địa phương để tuyên truyền', 'tiếp tục thực hiện các biện pháp phòng chống dịch Covid-19']);
  });
  it('the meeting sets the tasks: "Hội nghị đã thống nhất đề ra các nhiệm vụ trọng tâm quý II: thứ nhất, ...; thứ hai, ..."', () => {
    expect(tasksOf('Hội nghị đã thống nhất đề ra các nhiệm vụ trọng tâm quý II: thứ nhất, tiếp tục thực hiện hiệu quả Nghị quyết Đại hội Đảng bộ huyện; thứ hai, tập trung phát triển kinh tế nông nghiệp; thứ ba, giữ vững an ninh chính trị.'))
      .toEqual(['tiếp tục thực hiện hiệu quả Nghị quyết Đại hội Đảng bộ huyện', 'tập trung phát triển kinh tế nông nghiệp', 'giữ vững an ninh chính trị']);
  });
  it('the meeting sets the tasks: "Đảng ủy xác định nhiệm vụ trọng tâm là: ...; ...; ..."', () => {
    expect(tasksOf('Năm 2023, Đảng ủy thị trấn xác định nhiệm vụ trọng tâm là: nâng cao năng lực lãnh đạo của tổ chức đảng; phát triển kinh tế du lịch sinh thái; giữ vững an ninh chính trị.'))
      .toEqual(['nâng cao năng lực lãnh đạo của tổ chức đảng', 'phát triển kinh tế du lịch sinh thái', 'giữ vững an ninh chính trị']);
  });
  it('"yêu cầu các cơ quan tham mưu khẩn trương ...": the advisory offices are who is asked, not a task\'s verb', () => {
    expect(tasksOf('Bế mạc phiên họp, đồng chí Bí thư Huyện ủy yêu cầu các cơ quan tham mưu khẩn trương hoàn chỉnh các văn bản để ban hành.'))
      .toEqual(['khẩn trương hoàn chỉnh các văn bản để ban hành']);
  });
  it('"Ông Lê Văn Tâm yêu cầu ..." gives the directions when Ông Lê Văn Tâm chairs; a citizen "Ông" does not', () => {
    const lead = 'Chiều 4/10/2021, Đảng ủy phường Hưng Lợi tổ chức hội nghị sơ kết công tác quý III. Ông Lê Văn Tâm, Phó Bí thư Thường trực Đảng ủy phường chủ trì.';
    const record = (directive: string) => recordOf(['Đảng ủy phường Hưng Lợi sơ kết quý III', lead, ACHIEVED, directive].join('\n'));
    expect(record('Ông Lê Văn Tâm yêu cầu thời gian tới các chi bộ tập trung lãnh đạo phòng, chống dịch; rà soát các đối tượng được hỗ trợ.').tasks)
      .toEqual(['tập trung lãnh đạo phòng, chống dịch', 'rà soát các đối tượng được hỗ trợ']);
    expect(record('Ông Nguyễn Văn Ba (khu vực 3) đề nghị sớm sửa chữa tuyến đường liên khu vực.').tasks).toEqual([]);
  });
  it('after a colon, split at ";" where a new verb starts', () => {
    expect(tasksOf('Thường trực Huyện ủy giao nhiệm vụ cho các chi bộ tập trung lãnh đạo: Tạo bước đột phá về công tác cán bộ; nâng cao chất lượng sinh hoạt chi bộ; tăng cường công tác kiểm tra, giám sát.'))
      .toEqual(['tạo bước đột phá về công tác cán bộ', 'nâng cao chất lượng sinh hoạt chi bộ', 'tăng cường công tác kiểm tra, giám sát']);
  });
  it('", kiên quyết xử lý ..." after a whole clause opens a second direction; a list of verbs or a shared object does not', () => {
    expect(tasksOf('Đồng chí Bí thư đề nghị tăng cường công tác giáo dục chính trị tư tưởng trong đảng viên, kiên quyết xử lý kỷ luật đối với đảng viên vi phạm.'))
      .toEqual(['tăng cường công tác giáo dục chính trị tư tưởng trong đảng viên', 'kiên quyết xử lý kỷ luật đối với đảng viên vi phạm']);
    expect(tasksOf('Đồng chí Bí thư đề nghị tiếp tục quan tâm công tác giáo dục chính trị trong hệ thống chính trị, kịp thời triển khai, quán triệt và cụ thể hóa nghị quyết của Đảng.'))
      .toEqual(['tiếp tục quan tâm công tác giáo dục chính trị trong hệ thống chính trị, kịp thời triển khai, quán triệt và cụ thể hóa nghị quyết của Đảng']);
    // "kịp thời nắm bắt ..." goes on with the same direction: the adverbs that open one are few.
    expect(tasksOf('Đồng chí Bí thư đề nghị các cấp ủy cơ sở quan tâm thăm hỏi, chăm lo đời sống của đảng viên cao tuổi Đảng, kịp thời nắm bắt tâm tư, nguyện vọng của đảng viên.'))
      .toEqual(['quan tâm thăm hỏi, chăm lo đời sống của đảng viên cao tuổi Đảng, kịp thời nắm bắt tâm tư, nguyện vọng của đảng viên']);
    expect(tasksOf('Đồng chí Bí thư đề nghị các ngành tiếp tục phối hợp với xã Vĩnh Phong khảo sát, sớm nâng cấp tuyến đường liên xã.'))
      .toEqual(['tiếp tục phối hợp với xã Vĩnh Phong khảo sát, sớm nâng cấp tuyến đường liên xã']);
  });
  it('"... tập trung vào các nhiệm vụ trọng tâm. Một là, ... Hai là, ...": the sentence announcing the list is no item', () => {
    expect(tasksOf('Kết luận hội nghị, đồng chí Bí thư yêu cầu các cấp ủy, chính quyền và các đoàn thể tập trung vào các nhiệm vụ trọng tâm. Một là, tập trung khắc phục hậu quả cơn bão số 3, sớm ổn định đời sống Nhân dân. Hai là, quyết liệt thu ngân sách, đẩy nhanh tiến độ giải ngân vốn đầu tư công.'))
      .toEqual(['tập trung khắc phục hậu quả cơn bão số 3, sớm ổn định đời sống Nhân dân', 'quyết liệt thu ngân sách, đẩy nhanh tiến độ giải ngân vốn đầu tư công']);
  });
  it('";" opens a new item before "tuyệt đối không để ..." and before a topic "đối với ..., các ngành ..."', () => {
    expect(tasksOf('Kết luận hội nghị, đồng chí Bí thư yêu cầu: các xã quan tâm phát triển đảng viên là người dân tộc thiểu số; tuyệt đối không để các đối tượng xấu lợi dụng vấn đề dân tộc gây mất ổn định; đối với những kiến nghị vượt thẩm quyền, các ngành tổng hợp, báo cáo UBND tỉnh xem xét, giải quyết.'))
      .toEqual(['các xã quan tâm phát triển đảng viên là người dân tộc thiểu số', 'tuyệt đối không để các đối tượng xấu lợi dụng vấn đề dân tộc gây mất ổn định', 'đối với những kiến nghị vượt thẩm quyền, các ngành tổng hợp, báo cáo UBND tỉnh xem xét, giải quyết']);
  });
  it('"Đồng chí lưu ý ..." later in the directions: who speaks is no part of the item', () => {
    expect(tasksOf('Kết luận hội nghị, đồng chí Bí thư đề nghị các xã tiếp tục đổi mới phương thức lãnh đạo của cấp ủy. Đồng chí lưu ý các chi bộ nâng cao chất lượng sinh hoạt chi bộ ở thôn, làng.'))
      .toEqual(['tiếp tục đổi mới phương thức lãnh đạo của cấp ủy', 'các chi bộ nâng cao chất lượng sinh hoạt chi bộ ở thôn, làng']);
  });
  it('"...: một là, ...; hai là, ...": the words announcing the list are no item, and a marked item is one, commas and all', () => {
    expect(tasksOf('Phát biểu kết luận, đồng chí Bí thư đề nghị các cấp ủy, chính quyền, Mặt trận Tổ quốc và các đoàn thể từ tỉnh đến cơ sở tập trung thực hiện tốt các nhiệm vụ trọng tâm trong 6 tháng cuối năm: một là, quyết liệt tháo gỡ khó khăn cho sản xuất, kinh doanh; hai là, tăng cường kiểm tra, giám sát, kiên quyết xử lý cán bộ, đảng viên có biểu hiện né tránh trách nhiệm.'))
      .toEqual(['quyết liệt tháo gỡ khó khăn cho sản xuất, kinh doanh', 'tăng cường kiểm tra, giám sát, kiên quyết xử lý cán bộ, đảng viên có biểu hiện né tránh trách nhiệm']);
    expect(tasksOf('Kết luận hội nghị, đồng chí Bí thư Huyện ủy đề nghị các cấp ủy tập trung lãnh đạo, trong đó:', '- Đẩy nhanh tiến độ thu ngân sách nhà nước, quyết liệt xử lý nợ đọng thuế kéo dài;', '- Chuẩn bị tốt các điều kiện để tổ chức kiểm điểm cuối năm.'))
      .toEqual(['đẩy nhanh tiến độ thu ngân sách nhà nước, quyết liệt xử lý nợ đọng thuế kéo dài', 'chuẩn bị tốt các điều kiện để tổ chức kiểm điểm cuối năm']);
  });
  it('"Đồng chí cũng yêu cầu ...", "Đồng thời yêu cầu ...": the speaker and the joining words are no part of the item', () => {
    expect(tasksOf('Kết luận hội nghị, đồng chí Bí thư đề nghị các chi bộ đẩy mạnh chuyển đổi số trong công tác đảng. Đồng chí cũng yêu cầu các địa phương chủ động phương án phòng, chống thiên tai trong mùa mưa.'))
      .toEqual(['đẩy mạnh chuyển đổi số trong công tác đảng', 'các địa phương chủ động phương án phòng, chống thiên tai trong mùa mưa']);
    expect(tasksOf('Kết luận hội nghị, đồng chí Bí thư đề nghị các chi bộ đẩy mạnh chuyển đổi số trong công tác đảng. Đồng thời yêu cầu các tổ dân phố nắm chắc tâm tư, nguyện vọng của Nhân dân.'))
      .toEqual(['đẩy mạnh chuyển đổi số trong công tác đảng', 'các tổ dân phố nắm chắc tâm tư, nguyện vọng của Nhân dân']);
  });
  it('"giao UBND thị trấn khẩn trương ..." hands over a task, to UBND thị trấn (kept, as every labelled batch keeps it: probe 009); the "đề nghị" inside it is part of it', () => {
    expect(tasksOf('Kết luận hội nghị, đồng chí Bí thư giao UBND thị trấn khẩn trương hoàn thiện hồ sơ, đề nghị cấp giấy chứng nhận quyền sử dụng đất cho các hộ đủ điều kiện.'))
      .toEqual(['UBND thị trấn khẩn trương hoàn thiện hồ sơ, đề nghị cấp giấy chứng nhận quyền sử dụng đất cho các hộ đủ điều kiện']);
  });
  it('"; nêu cao ...", "; khai thác ..." open items of their own', () => {
    expect(tasksOf('Đồng chí Bí thư đề nghị các chi bộ gắn việc học tập và làm theo Bác với nhiệm vụ chính trị; nêu cao vai trò nêu gương của người đứng đầu; khai thác hiệu quả tiềm năng du lịch biển.'))
      .toEqual(['gắn việc học tập và làm theo Bác với nhiệm vụ chính trị', 'nêu cao vai trò nêu gương của người đứng đầu', 'khai thác hiệu quả tiềm năng du lịch biển']);
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
  describe('whose words are directions: the closing passage', () => {
    it('"Kết luận buổi đối thoại" wins over the petitions before it; "; giao X ..." and "; Phòng X ..." start new items', () => {
      expect(tasksOf(
        'Tại buổi đối thoại, cử tri Trần Văn Bảy (ấp Tân Lợi) đề nghị huyện sớm xây cầu bê tông qua kênh Xáng.',
        'Bà Lê Thị Út, ấp Phú Hòa kiến nghị tăng cường kiểm tra việc bán hàng lấn chiếm lòng đường.',
        'Nhiều ý kiến đề nghị công khai tiến độ cấp giấy chứng nhận quyền sử dụng đất.',
        'Lãnh đạo các phòng chuyên môn đã trả lời, làm rõ các nội dung cử tri quan tâm.',
        'Kết luận buổi đối thoại, đồng chí Bí thư Huyện ủy ghi nhận tinh thần thẳng thắn của bà con. Đồng chí yêu cầu UBND huyện khảo sát, lập dự án xây cầu qua kênh Xáng trong năm 2024; giao UBND xã Tân Lợi phối hợp công an xã lập lại trật tự lòng đường; Phòng Tài nguyên và Môi trường rà soát toàn bộ hồ sơ đất đai tồn đọng, trả kết quả đúng hẹn cho người dân.',
      )).toEqual([
        'khảo sát, lập dự án xây cầu qua kênh Xáng trong năm 2024',
        'UBND xã Tân Lợi phối hợp công an xã lập lại trật tự lòng đường',
        'Phòng Tài nguyên và Môi trường rà soát toàn bộ hồ sơ đất đai tồn đọng, trả kết quả đúng hẹn cho người dân',
      ]);
    });
    it('praise before the directive verb stays out: "ghi nhận và đánh giá cao ..." then "đề nghị"', () => {
      expect(tasksOf('Phát biểu chỉ đạo, đồng chí Phó Bí thư Thường trực ghi nhận và đánh giá cao sự nỗ lực của các chi bộ trong quý qua. Về nhiệm vụ quý II, đồng chí đề nghị các chi bộ tiếp tục đổi mới nội dung sinh hoạt. Quan tâm bồi dưỡng quần chúng ưu tú để kết nạp vào Đảng.'))
        .toEqual(['tiếp tục đổi mới nội dung sinh hoạt', 'quan tâm bồi dưỡng quần chúng ưu tú để kết nạp vào Đảng']);
    });
    it('a guest\'s directions ("Phát biểu chỉ đạo, ...") come before the chair\'s closing ones (probe9 008); what others say between them stays out', () => {
      expect(tasksOf(
        'Phát biểu chỉ đạo, đồng chí Trưởng Ban Tổ chức Tỉnh ủy đề nghị huyện chuẩn bị tốt nhân sự cho đại hội.',
        'Đại biểu Nguyễn Văn Hai đề nghị tỉnh sớm hỗ trợ kinh phí làm đường.',
        'Kết luận hội nghị, đồng chí Bí thư Huyện ủy yêu cầu các chi bộ hoàn thành kiểm điểm cuối năm trước ngày 15/12.',
      )).toEqual(['chuẩn bị tốt nhân sự cho đại hội', 'hoàn thành kiểm điểm cuối năm trước ngày 15/12']);
    });
    it('"Đồng chí lưu ý, Ban Chấp hành Đảng bộ xã phải ...": the clause keeps its own subject, the speaker and "lưu ý," go', () => {
      expect(tasksOf('Kết luận hội nghị, đồng chí Bí thư đề nghị các chi bộ sớm ổn định tổ chức bộ máy. Đồng chí lưu ý, Ban Chấp hành Đảng bộ xã phải quan tâm giữ gìn, phát huy giá trị các di tích.'))
        .toEqual(['sớm ổn định tổ chức bộ máy', 'Ban Chấp hành Đảng bộ xã phải quan tâm giữ gìn, phát huy giá trị các di tích']);
    });
    it('"Thay mặt ..., đồng chí X kết luận" opens the passage; a past-tense report ends it', () => {
      expect(tasksOf('Thay mặt Ban Thường vụ, đồng chí Bí thư Huyện ủy kết luận hội nghị, yêu cầu các xã đẩy nhanh tiến độ thu ngân sách. Chỉ đạo thu hoạch lúa Hè Thu đúng khung thời vụ. Hội nghị đã biểu quyết thông qua Nghị quyết về nhiệm vụ năm 2024.'))
        .toEqual(['đẩy nhanh tiến độ thu ngân sách', 'chỉ đạo thu hoạch lúa Hè Thu đúng khung thời vụ']);
    });
    it('a claim after "nhấn mạnh" is not a task ("năm 2024 là năm tăng tốc"), the directions after it are', () => {
      expect(tasksOf('Phát biểu kết luận, đồng chí Bí thư nhấn mạnh, năm 2024 là năm tăng tốc thực hiện Nghị quyết Đại hội. Các cấp ủy cần tập trung tháo gỡ vướng mắc về mặt bằng. Đẩy mạnh cải cách hành chính.'))
        .toEqual(['các cấp ủy cần tập trung tháo gỡ vướng mắc về mặt bằng', 'đẩy mạnh cải cách hành chính']);
    });
    it('"nhấn mạnh, thời gian tới, thành phố cần tăng cường ...": the subject and its "cần" are the lead-in', () => {
      expect(tasksOf('Kết luận buổi làm việc, đồng chí Bí thư Tỉnh ủy nhấn mạnh, thời gian tới, thành phố cần tăng cường công tác giáo dục chính trị tư tưởng trong đảng viên. Phải đẩy nhanh tiến độ giải ngân vốn đầu tư công.'))
        .toEqual(['tăng cường công tác giáo dục chính trị tư tưởng trong đảng viên', 'đẩy nhanh tiến độ giải ngân vốn đầu tư công']);
    });
    it('"nhấn mạnh: X phải ..." is a direction, even with a "là" later in it', () => {
      expect(tasksOf('Kết luận buổi làm việc, đồng chí Bí thư Tỉnh ủy nhấn mạnh: huyện phải xác định giảm nghèo bền vững là nhiệm vụ trọng tâm.'))
        .toEqual(['huyện phải xác định giảm nghèo bền vững là nhiệm vụ trọng tâm']);
    });
  });

  describe('list shapes', () => {
    it('"mấy nội dung sau." then "Một là, ... Hai là, ...": the lead-in is never a task', () => {
      expect(tasksOf('Phát biểu bế mạc hội nghị, đồng chí Bí thư đề nghị cán bộ, đảng viên thực hiện tốt mấy nội dung sau.', 'Một là, mỗi đảng viên phải nghiên cứu kỹ nội dung Nghị quyết.', 'Hai là, các chi bộ xây dựng kế hoạch hành động sát với thực tế.'))
        .toEqual(['mỗi đảng viên phải nghiên cứu kỹ nội dung Nghị quyết', 'các chi bộ xây dựng kế hoạch hành động sát với thực tế']);
    });
    it('"yêu cầu:" then "(1) ...;" lines', () => {
      expect(tasksOf('Kết luận hội nghị, đồng chí Bí thư yêu cầu:', '(1) Các xã rà soát hộ cận nghèo để có giải pháp hỗ trợ;', '(2) Phòng Nông nghiệp hướng dẫn chuyển đổi cây trồng trên đất lúa kém hiệu quả.'))
        .toEqual(['các xã rà soát hộ cận nghèo để có giải pháp hỗ trợ', 'Phòng Nông nghiệp hướng dẫn chuyển đổi cây trồng trên đất lúa kém hiệu quả']);
    });
    it('"a) ... b) ..." inline in one paragraph, and on lines of their own', () => {
      const items = ['hoàn thiện đề án phát triển du lịch, trình Ban Thường vụ trong tháng 5', 'chủ động phòng chống cháy rừng mùa khô', 'bảo đảm an toàn các hoạt động lễ hội'];
      expect(tasksOf('Kết luận hội nghị, đồng chí Bí thư yêu cầu các cấp ủy tập trung: a) Hoàn thiện đề án phát triển du lịch, trình Ban Thường vụ trong tháng 5. b) Chủ động phòng chống cháy rừng mùa khô. c) Bảo đảm an toàn các hoạt động lễ hội.')).toEqual(items);
      expect(tasksOf('Kết luận hội nghị, đồng chí Bí thư yêu cầu các cấp ủy tập trung:', 'a) Hoàn thiện đề án phát triển du lịch, trình Ban Thường vụ trong tháng 5.', 'b) Chủ động phòng chống cháy rừng mùa khô.', 'c) Bảo đảm an toàn các hoạt động lễ hội.')).toEqual(items);
    });
    it('a lead-in ends with its phrase however it is closed ("sau :", "sau đây…"); one that only holds it is an item', () => {
      expect(tasksOf('Kết luận hội nghị, đồng chí Bí thư yêu cầu các chi bộ thực hiện tốt các nhiệm vụ trọng tâm sau :', '- Rà soát, bổ sung quy hoạch cán bộ;', '- Nâng cao chất lượng sinh hoạt chi bộ.'))
        .toEqual(['rà soát, bổ sung quy hoạch cán bộ', 'nâng cao chất lượng sinh hoạt chi bộ']);
      expect(tasksOf('Kết luận hội nghị, đồng chí Bí thư yêu cầu các chi bộ tập trung một số nội dung sau đây…', '- Rà soát, bổ sung quy hoạch cán bộ.'))
        .toEqual(['rà soát, bổ sung quy hoạch cán bộ']);
      expect(tasksOf('Kết luận hội nghị, đồng chí Bí thư đề nghị các xã rà soát lại các nội dung sau khi sáp nhập thôn, tổ dân phố.'))
        .toEqual(['rà soát lại các nội dung sau khi sáp nhập thôn, tổ dân phố']);
    });
    it('a "+" list after "như sau:"', () => {
      expect(tasksOf('Phát biểu chỉ đạo, đồng chí Chủ tịch UBND huyện đề nghị các ngành thực hiện như sau:', '+ Tăng cường kiểm tra an toàn thực phẩm dịp Tết;', '+ Bảo đảm hàng hóa thiết yếu cho Nhân dân.'))
        .toEqual(['tăng cường kiểm tra an toàn thực phẩm dịp Tết', 'bảo đảm hàng hóa thiết yếu cho Nhân dân']);
    });
    it('"giao nhiệm vụ ... . Trong đó, ...; ...": the assignment sentence is a lead-in, "tổ chức đảng" is no verb', () => {
      expect(tasksOf('Phát biểu chỉ đạo, đồng chí Bí thư giao nhiệm vụ năm 2024 cho các cấp ủy, tổ chức đảng. Trong đó, tập trung nâng cao chất lượng sinh hoạt chi bộ; chú trọng tạo nguồn cán bộ trẻ; tăng cường kiểm tra, giám sát.'))
        .toEqual(['tập trung nâng cao chất lượng sinh hoạt chi bộ', 'chú trọng tạo nguồn cán bộ trẻ', 'tăng cường kiểm tra, giám sát']);
    });
    it('a second directive paragraph continues the passage: "Đồng chí cũng đề nghị", "Đồng thời yêu cầu" (lead-ins dropped)', () => {
      expect(tasksOf('Kết luận buổi làm việc, đồng chí Bí thư Tỉnh ủy đề nghị huyện sớm hoàn thành tiêu chí huyện nông thôn mới.', 'Đồng chí cũng đề nghị các sở, ngành tháo gỡ vướng mắc về thủ tục đầu tư cho huyện.', 'Đồng thời yêu cầu Ban Dân vận Tỉnh ủy theo dõi, nắm tình hình Nhân dân vùng dự án.'))
        .toEqual(['sớm hoàn thành tiêu chí huyện nông thôn mới', 'tháo gỡ vướng mắc về thủ tục đầu tư cho huyện', 'theo dõi, nắm tình hình Nhân dân vùng dự án']);
    });
    it('"yêu cầu:" then paragraphs that open with their addressee; a report after them ends the list', () => {
      expect(tasksOf('Kết luận giao ban, đồng chí Bí thư Thị ủy yêu cầu:', 'UBND thị xã chỉ đạo đẩy nhanh tiến độ thu ngân sách những tháng cuối năm.', 'Ban Tuyên giáo Thị ủy tham mưu tổ chức các hoạt động mừng Đảng, mừng Xuân.', 'Ban Thường vụ Thị ủy đã cho ý kiến về công tác cán bộ.'))
        .toEqual(['UBND thị xã chỉ đạo đẩy nhanh tiến độ thu ngân sách những tháng cuối năm', 'Ban Tuyên giáo Thị ủy tham mưu tổ chức các hoạt động mừng Đảng, mừng Xuân']);
    });
    it('inline ordinals after a colon: "cần tập trung: thứ nhất, ...; thứ hai, ..."', () => {
      expect(tasksOf('Kết luận hội nghị, đồng chí Bí thư thống nhất với báo cáo và yêu cầu trong quý IV cần tập trung: thứ nhất, đẩy nhanh giải ngân vốn đầu tư công; thứ hai, chuẩn bị tốt vụ lúa Đông Xuân.'))
        .toEqual(['đẩy nhanh giải ngân vốn đầu tư công', 'chuẩn bị tốt vụ lúa Đông Xuân']);
    });
    it('";" before an adverb ("sớm", "kịp thời") starts a new item', () => {
      expect(tasksOf('Phát biểu kết luận, đồng chí Bí thư đề nghị các xã tập trung thu hoạch lúa vụ Đông Xuân; sớm kiện toàn các chức danh còn thiếu; kịp thời giải quyết đơn thư của công dân.'))
        .toEqual(['tập trung thu hoạch lúa vụ Đông Xuân', 'sớm kiện toàn các chức danh còn thiếu', 'kịp thời giải quyết đơn thư của công dân']);
    });
  });

  it('a capitalised verb in an addressee\'s name ("Sở ... Phát triển nông thôn") is no lead-in end; "; Ngân hàng ..." starts an item', () => {
    expect(tasksOf('Kết luận hội nghị, đồng chí Bí thư yêu cầu Sở Nông nghiệp và Phát triển nông thôn hướng dẫn nông dân cấp mã số vùng trồng; Ngân hàng Chính sách xã hội huyện xem xét giãn nợ cho hộ bị thiệt hại.'))
      .toEqual(['hướng dẫn nông dân cấp mã số vùng trồng', 'Ngân hàng Chính sách xã hội huyện xem xét giãn nợ cho hộ bị thiệt hại']);
  });

  describe('near misses that stay out', () => {
    it('petitions by "Ông", "Nhiều ý kiến", a presenter\'s "nhấn mạnh" and past-tense reports, with no closing passage', () => {
      expect(tasksOf(
        'Báo cáo viên nhấn mạnh những điểm mới, trong đó có yêu cầu tăng cường kỷ luật, kỷ cương.',
        'Ông Lò Văn Pấng, bản Nà Hồ đề nghị sớm sửa chữa đập thủy lợi đầu bản.',
        'Nhiều ý kiến đề nghị tăng mức hỗ trợ cho cán bộ không chuyên trách.',
        'Lãnh đạo UBND xã đã tiếp thu, giải trình các kiến nghị.',
      )).toEqual([]);
    });
    it('an official called "Ông" with a title still gives directions', () => {
      expect(tasksOf('Ông Nguyễn Văn Tám, Bí thư Huyện ủy đề nghị các xã đẩy nhanh tiến độ xây dựng nông thôn mới.'))
        .toEqual(['đẩy nhanh tiến độ xây dựng nông thôn mới']);
    });
    it('"đề nghị ... tặng Bằng khen" anywhere in the clause is an award proposal', () => {
      expect(tasksOf('Ban Thường vụ thống nhất đề nghị Ban Thường vụ Tỉnh ủy xem xét tặng Bằng khen cho 3 chi bộ; đề nghị UBND tỉnh tặng Cờ thi đua cho xã Tân Lợi.')).toEqual([]);
    });
    it('a document quoted after the chair\'s passage ("Kết luận 21-KL/TW yêu cầu ...") does not replace it', () => {
      expect(tasksOf('Kết luận hội nghị, đồng chí Bí thư đề nghị các chi bộ đẩy mạnh phát triển đảng viên trẻ.', 'Kết luận 21-KL/TW yêu cầu kiên quyết xử lý cán bộ, đảng viên suy thoái.'))
        .toEqual(['đẩy mạnh phát triển đảng viên trẻ']);
    });
    it('"đã" inside a direction ("những kết quả đã đạt được cần ...") is no past-tense report', () => {
      expect(tasksOf('Kết luận hội nghị, đồng chí Bí thư yêu cầu các xã đẩy nhanh tiến độ giải ngân. Những mô hình đã làm tốt cần được nhân rộng trong toàn huyện.'))
        .toEqual(['đẩy nhanh tiến độ giải ngân', 'những mô hình đã làm tốt cần được nhân rộng trong toàn huyện']);
    });
    it('"Kết luận số ..." names a document, not a closing passage', () => {
      expect(tasksOf('Kết luận số 21-KL/TW yêu cầu các cấp ủy kiên quyết đấu tranh với biểu hiện suy thoái.', 'Kết luận hội nghị, đồng chí Bí thư yêu cầu các chi bộ học tập Kết luận trước ngày 30/6.'))
        .toEqual(['học tập Kết luận trước ngày 30/6']);
    });
  });

  describe('directions over several paragraphs and long lead-ins (probe3)', () => {
    it('"Chỉ thị yêu cầu ..." presents the directive; the chair\'s "đề nghị" after it gives the tasks', () => {
      expect(tasksOf(
        'Chỉ thị yêu cầu các cấp ủy, tổ chức đảng lãnh đạo chặt chẽ công tác chuẩn bị nhân sự, bảo đảm cơ cấu hợp lý.',
        'Để cuộc bầu cử diễn ra thành công, đồng chí Võ Thành Trung đề nghị các chi, đảng bộ cơ sở nghiêm túc tổ chức quán triệt Chỉ thị đến toàn thể cán bộ, đảng viên.',
      )).toEqual(['nghiêm túc tổ chức quán triệt Chỉ thị đến toàn thể cán bộ, đảng viên']);
    });
    it('"Ban Thường vụ Huyện ủy giao Ban Tuyên giáo Huyện ủy chủ trì, phối hợp với ..." goes on with the directions, and who leads the work stays', () => {
      expect(tasksOf(
        'Kết luận hội nghị, đồng chí Bí thư đề nghị các chi bộ tăng cường công tác tuyên truyền về cuộc bầu cử.',
        'Ban Thường vụ Huyện ủy giao Ban Tuyên giáo Huyện ủy chủ trì, phối hợp với Ủy ban MTTQ huyện xây dựng kế hoạch tuyên truyền; giao Ban Tổ chức Huyện ủy chủ trì, phối hợp với Đảng đoàn HĐND huyện tham mưu phương án nhân sự.',
      )).toEqual([
        'tăng cường công tác tuyên truyền về cuộc bầu cử',
        'Ban Tuyên giáo Huyện ủy chủ trì, phối hợp với Ủy ban MTTQ huyện xây dựng kế hoạch tuyên truyền',
        'Ban Tổ chức Huyện ủy chủ trì, phối hợp với Đảng đoàn HĐND huyện tham mưu phương án nhân sự',
      ]);
    });
    it('a paragraph opening with its topic ("Về công tác xây dựng Đảng, đồng chí yêu cầu ...") goes on with the directions', () => {
      expect(tasksOf(
        'Kết luận hội nghị, đồng chí Bí thư đề nghị các xã đẩy nhanh tiến độ giải ngân vốn đầu tư công.',
        'Về công tác xây dựng Đảng, đồng chí yêu cầu các cấp ủy tiếp tục nâng cao chất lượng sinh hoạt chi bộ.',
      )).toEqual(['đẩy nhanh tiến độ giải ngân vốn đầu tư công', 'tiếp tục nâng cao chất lượng sinh hoạt chi bộ']);
    });
    it('so does one with no speaker, telling the addressed what they must do ("Đối với ..., các cấp ủy cần ...")', () => {
      const tasks = tasksOf(
        'Kết luận hội nghị, đồng chí Bí thư đề nghị các xã đẩy nhanh tiến độ giải ngân vốn đầu tư công.',
        'Đối với công tác xây dựng Đảng, các cấp ủy cần chuẩn bị chu đáo việc kiểm điểm, đánh giá, xếp loại chất lượng đảng viên.',
      );
      expect(tasks).toHaveLength(2);
      expect(tasks[1]).toContain('chuẩn bị chu đáo việc kiểm điểm, đánh giá, xếp loại chất lượng đảng viên');
    });
    it('a long list of addressees ends at "cần": "đề nghị các cấp ủy, chính quyền, Mặt trận Tổ quốc và các đoàn thể ... thời gian tới cần tập trung ..."', () => {
      expect(tasksOf('Kết luận hội nghị, đồng chí Bí thư Huyện ủy đề nghị các cấp ủy, chính quyền, Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội từ huyện đến cơ sở thời gian tới cần tập trung khắc phục ngay những hạn chế, yếu kém đã được chỉ ra.'))
        .toEqual(['tập trung khắc phục ngay những hạn chế, yếu kém đã được chỉ ra']);
    });
    it('"nhấn mạnh, 6 tháng cuối năm có ý nghĩa đặc biệt quan trọng, quyết định việc hoàn thành ..." is a claim, not a task', () => {
      expect(tasksOf('Phát biểu kết luận hội nghị, đồng chí Bí thư đánh giá cao sự nỗ lực của các cấp ủy. Đồng chí nhấn mạnh, 6 tháng cuối năm có ý nghĩa đặc biệt quan trọng, quyết định việc hoàn thành các chỉ tiêu của năm 2023.', 'Đồng chí Bí thư đề nghị các cấp ủy tập trung khắc phục những hạn chế đã được chỉ ra.'))
        .toEqual(['tập trung khắc phục những hạn chế đã được chỉ ra']);
    });
    it('"giao UBND huyện và các sở, ngành liên quan xem xét, giải quyết theo thẩm quyền": the task is who is assigned and what they do', () => {
      expect(tasksOf('Kết luận hội nghị, Bí thư Tỉnh ủy giao UBND huyện và các sở, ngành liên quan xem xét, giải quyết theo thẩm quyền các kiến nghị của xã.'))
        .toEqual(['UBND huyện và các sở, ngành liên quan xem xét, giải quyết theo thẩm quyền các kiến nghị của xã']);
    });
    it('"Đồng thời, các cấp ủy cần gắn ...": the joining word is no part of the item', () => {
      expect(tasksOf('Kết luận hội nghị, đồng chí Bí thư đề nghị các chi bộ tăng cường công tác tuyên truyền về cuộc bầu cử. Đồng thời, các cấp ủy cần gắn việc lãnh đạo bầu cử với phòng, chống dịch Covid-19.'))
        .toEqual(['tăng cường công tác tuyên truyền về cuộc bầu cử', 'các cấp ủy cần gắn việc lãnh đạo bầu cử với phòng, chống dịch Covid-19']);
    });
  });

  describe('probe4: what the meeting agrees, cells, lists of nouns', () => {
    it('"Hội nghị thống nhất năm 2022 tập trung ... một số nhiệm vụ trọng tâm: ...; ..." and "Hội nghị cũng thống nhất tiếp tục ..."', () => {
      expect(tasksOf('Qua thảo luận, Hội nghị thống nhất năm 2022 tập trung lãnh đạo thực hiện một số nhiệm vụ trọng tâm: đẩy mạnh chuyển đổi cơ cấu cây trồng; tập trung tháo gỡ vướng mắc trong giải phóng mặt bằng. Hội nghị cũng thống nhất tiếp tục đẩy mạnh công tác xây dựng, chỉnh đốn Đảng.'))
        .toEqual(['đẩy mạnh chuyển đổi cơ cấu cây trồng', 'tập trung tháo gỡ vướng mắc trong giải phóng mặt bằng', 'tiếp tục đẩy mạnh công tác xây dựng, chỉnh đốn Đảng']);
    });
    it('"kết quả thực hiện các nhiệm vụ trọng tâm năm 2021 ..." with no colon announces no list', () => {
      expect(tasksOf('Báo cáo nêu rõ kết quả thực hiện các nhiệm vụ trọng tâm năm 2021 đạt khá, nhiều chỉ tiêu vượt kế hoạch.')).toEqual([]);
    });
    it('"tăng cường quản lý nhà nước về tài nguyên, khoáng sản, kiên quyết xử lý ...": after a list\'s commas the adverb goes on with the same task', () => {
      expect(tasksOf('Kết luận hội nghị, đồng chí Bí thư đề nghị tăng cường quản lý nhà nước về tài nguyên, khoáng sản, kiên quyết xử lý các trường hợp khai thác cát trái phép.'))
        .toEqual(['tăng cường quản lý nhà nước về tài nguyên, khoáng sản, kiên quyết xử lý các trường hợp khai thác cát trái phép']);
    });
    it('"Ủy ban Kiểm tra Huyện ủy tiếp tục kiểm tra ..., kiên quyết xử lý ...": a clause with its own subject keeps the adverb\'s verb, which is the same body\'s', () => {
      expect(tasksOf('Đồng chí yêu cầu Ban Tổ chức Huyện ủy tham mưu chuẩn bị tốt công tác lấy phiếu tín nhiệm; Ủy ban Kiểm tra Huyện ủy tiếp tục kiểm tra dấu hiệu vi phạm, kiên quyết xử lý đảng viên suy thoái về tư tưởng chính trị, đạo đức, lối sống.'))
        .toEqual([
          'tham mưu chuẩn bị tốt công tác lấy phiếu tín nhiệm',
          'Ủy ban Kiểm tra Huyện ủy tiếp tục kiểm tra dấu hiệu vi phạm, kiên quyết xử lý đảng viên suy thoái về tư tưởng chính trị, đạo đức, lối sống',
        ]);
    });
    it('at a cell: "đề nghị mỗi đảng viên đăng ký ...; các đảng viên là tổ trưởng ... vận động ...; Chi hội Phụ nữ và Chi đoàn khóm duy trì ..."', () => {
      expect(tasksOf('Kết luận buổi sinh hoạt, đồng chí Bí thư Chi bộ đề nghị mỗi đảng viên trong chi bộ đăng ký ít nhất một việc làm cụ thể để học tập và làm theo Bác; các đảng viên là tổ trưởng tổ nhân dân tự quản chủ động vận động hộ kinh doanh ký cam kết; Chi hội Phụ nữ và Chi đoàn khóm duy trì “Ngày Chủ nhật xanh” hằng tháng.'))
        .toEqual([
          'đăng ký ít nhất một việc làm cụ thể để học tập và làm theo Bác',
          'các đảng viên là tổ trưởng tổ nhân dân tự quản chủ động vận động hộ kinh doanh ký cam kết',
          'Chi hội Phụ nữ và Chi đoàn khóm duy trì “Ngày Chủ nhật xanh” hằng tháng',
        ]);
    });
    it('"giao UBND huyện chỉ đạo ...; những nội dung vượt thẩm quyền tổng hợp, báo cáo tỉnh": a matter fronted before its verb opens a task of its own', () => {
      expect(tasksOf('Đối với các kiến nghị của cơ sở, đồng chí Bí thư Huyện ủy giao UBND huyện chỉ đạo các phòng, ban chuyên môn xem xét, giải quyết theo thẩm quyền; những nội dung vượt thẩm quyền tổng hợp, báo cáo tỉnh.'))
        .toEqual(['UBND huyện chỉ đạo các phòng, ban chuyên môn xem xét, giải quyết theo thẩm quyền', 'những nội dung vượt thẩm quyền tổng hợp, báo cáo tỉnh']);
      // A matter with no verb of its own is one more object of the direction before it.
      expect(tasksOf('Đồng chí Bí thư đề nghị các cấp ủy rà soát các kiến nghị của cử tri; những kiến nghị về đất đai.'))
        .toEqual(['rà soát các kiến nghị của cử tri; những kiến nghị về đất đai']);
    });
    it('"Kết luận hội nghị, đồng chí ... đánh giá cao ...", then "Để hoàn thành ..., đồng chí Bí thư Huyện ủy yêu cầu ... sau:" and a numbered list: the chair\'s passage, not a guest\'s claim before it', () => {
      expect(tasksOf(
        'Phát biểu tại hội nghị, đồng chí Phạm Quang Trung, Ủy viên BTV Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy ghi nhận, biểu dương những kết quả mà Đảng bộ, chính quyền và Nhân dân huyện Vũ Thư đạt được trong 6 tháng đầu năm. Đồng chí nhấn mạnh, năm 2024 là năm có ý nghĩa đặc biệt quan trọng, năm tăng tốc, bứt phá thực hiện thắng lợi Nghị quyết Đại hội Đảng bộ huyện lần thứ XXV, nhiệm kỳ 2020–2025, đồng thời là năm chuẩn bị cho đại hội đảng bộ các cấp nhiệm kỳ 2025 - 2030, trong đó sự đồng thuận của Nhân dân đối với các chủ trương lớn của huyện có ý nghĩa quyết định.',
        // A photo's caption and a subheading (a verb first) between the guest and the chair.
        'Đồng chí Đặng Minh Hòa, Bí thư Huyện ủy phát biểu kết luận hội nghị.',
        'Tập trung hoàn thành các chỉ tiêu nghị quyết năm 2024',
        'Kết luận hội nghị, đồng chí Đặng Minh Hoà đánh giá cao tinh thần trách nhiệm của các cấp uỷ. Đồng chí cũng thẳng thắn chỉ ra những việc còn chậm cần khắc phục ngay.',
        'Để hoàn thành thắng lợi các mục tiêu, chỉ tiêu năm 2024 và tạo tiền đề vững chắc cho nhiệm kỳ 2025 - 2030, đồng chí Bí thư Huyện uỷ yêu cầu các cấp uỷ tập trung thực hiện tốt 2 nhiệm vụ trọng tâm sau:',
        '1. Tập trung chỉ đạo sản xuất vụ mùa đúng khung thời vụ.',
        '2. Đẩy mạnh công tác phát triển đảng viên.',
      )).toEqual(['tập trung chỉ đạo sản xuất vụ mùa đúng khung thời vụ', 'đẩy mạnh công tác phát triển đảng viên']);
    });
    it('"đạt yêu cầu", "đáp ứng yêu cầu" are nouns; "đồng chí Trần Quốc Đạt yêu cầu" is a man named Đạt directing', () => {
      expect(tasksOf('Kết luận, đồng chí Trần Quốc Đạt yêu cầu các xã, thị trấn thực hiện nghiêm các biện pháp phòng, chống dịch trong tình hình mới; đẩy nhanh tiêm vắc-xin mũi 2 cho người dân.'))
        .toEqual(['thực hiện nghiêm các biện pháp phòng, chống dịch trong tình hình mới', 'đẩy nhanh tiêm vắc-xin mũi 2 cho người dân']);
      expect(tasksOf('Công tác chuẩn bị đại hội chi bộ đạt yêu cầu đề ra, bảo đảm đúng tiến độ.')).toEqual([]);
    });
    it('"Kết luận hội nghị, đồng chí X nhấn mạnh:", a quotation, then "Đồng chí đề nghị ...": the quotation is not a task, the directions after it are', () => {
      expect(tasksOf('Kết luận hội nghị, đồng chí Huỳnh Việt Cường nhấn mạnh:', '“Phát triển đảng viên không chạy theo số lượng. Kết nạp một người vào Đảng là trao thêm một hạt nhân cho phong trào ở ấp, khóm.”', 'Đồng chí đề nghị các cấp ủy cơ sở phân công đảng viên giúp đỡ quần chúng ưu tú; Ban Tổ chức Huyện ủy mở lớp bồi dưỡng nhận thức về Đảng.'))
        .toEqual(['phân công đảng viên giúp đỡ quần chúng ưu tú', 'Ban Tổ chức Huyện ủy mở lớp bồi dưỡng nhận thức về Đảng']);
    });
    it('"Kết thúc đợt kiểm tra, đồng chí Bí thư ... đề nghị ...": the end of an inspection is its closing passage (after what was asked at its stops: probe8/001\'s gold)', () => {
      expect(tasksOf('Ngày 10/9, đoàn đến kiểm tra công tác sơ tán dân tại xã Hiền Lương. Đồng chí Bí thư Huyện ủy yêu cầu chính quyền địa phương tuyệt đối không để người dân quay trở về những ngôi nhà có nguy cơ sạt lở.', 'Kết thúc đợt kiểm tra, đồng chí Bí thư Huyện ủy biểu dương tinh thần chủ động của cơ sở. Để sớm ổn định đời sống Nhân dân, đồng chí đề nghị cấp ủy, chính quyền các xã tiếp tục rà soát, thống kê đầy đủ thiệt hại; kịp thời hỗ trợ lương thực cho các hộ bị thiệt hại nặng.'))
        .toEqual(['tuyệt đối không để người dân quay trở về những ngôi nhà có nguy cơ sạt lở', 'tiếp tục rà soát, thống kê đầy đủ thiệt hại', 'kịp thời hỗ trợ lương thực cho các hộ bị thiệt hại nặng']);
    });
    it('"nhấn mạnh, dưới sự lãnh đạo của Đảng, cách mạng Việt Nam đã giành được ...": what was done is a claim, not a task', () => {
      expect(tasksOf('Phát biểu tại buổi lễ, đồng chí Chủ tịch UBND phường nhấn mạnh, dưới sự lãnh đạo của Đảng, cách mạng Việt Nam đã giành được những thắng lợi vĩ đại.', 'Đồng chí Bí thư Đảng ủy phường đề nghị các chi bộ khu phố tiếp tục quan tâm thăm hỏi đảng viên cao tuổi Đảng.'))
        .toEqual(['tiếp tục quan tâm thăm hỏi đảng viên cao tuổi Đảng']);
    });
    it('"Tiếp thu ý kiến chỉ đạo, đồng chí X khẳng định, ... sẽ khẩn trương khắc phục ...": the host\'s promise ends the directions', () => {
      expect(tasksOf('Kết luận buổi làm việc, đồng chí Trưởng đoàn đề nghị Ban Thường vụ Đảng ủy phường tiếp tục rà soát, sắp xếp cán bộ đúng vị trí việc làm.', 'Tiếp thu ý kiến chỉ đạo, đồng chí Lý Thị Mỹ Xuyên khẳng định, Ban Thường vụ Đảng ủy phường sẽ khẩn trương khắc phục những hạn chế.'))
        .toEqual(['tiếp tục rà soát, sắp xếp cán bộ đúng vị trí việc làm']);
      // After "khẳng định", what someone will do is a promise too.
      expect(tasksOf('Phát biểu tại buổi làm việc, đồng chí Chủ tịch UBND xã khẳng định, chính quyền xã sẽ khẩn trương khắc phục những hạn chế đã được chỉ ra.')).toEqual([]);
      // The chair taking the delegates' views in, then directing, still directs.
      expect(tasksOf('Tiếp thu ý kiến các đại biểu, đồng chí Bí thư đề nghị các cấp ủy sẽ tập trung hoàn thành chỉ tiêu phát triển đảng viên.'))
        .toHaveLength(1);
    });
    it('"nhấn mạnh, phát huy truyền thống ..., Đảng bộ, chính quyền và Nhân dân Tam Kỳ quyết tâm xây dựng ...": a resolve, not a task; "... cần quyết tâm ..." is one', () => {
      expect(tasksOf('Đồng chí Bí thư Thành ủy nhấn mạnh, phát huy truyền thống anh hùng, trong giai đoạn mới, Đảng bộ, chính quyền và Nhân dân Tam Kỳ quyết tâm xây dựng thành phố trở thành đô thị xanh, thông minh, đáng sống. Đồng chí đề nghị các cấp ủy chăm lo tốt hơn đời sống gia đình chính sách.'))
        .toEqual(['chăm lo tốt hơn đời sống gia đình chính sách']);
      const told = tasksOf('Đồng chí Bí thư Huyện ủy nhấn mạnh, Đảng bộ và Nhân dân huyện cần quyết tâm hoàn thành các chỉ tiêu nông thôn mới trong năm 2024.');
      expect(told).toHaveLength(1);
      expect(told[0]).toMatch(/quyết tâm hoàn thành các chỉ tiêu nông thôn mới trong năm 2024$/u);
    });
    it('"nhấn mạnh, đạt chuẩn nông thôn mới nâng cao không phải là điểm kết thúc mà là khởi đầu ...": a claim, though "nâng cao" is a verb', () => {
      expect(tasksOf('Phát biểu chỉ đạo tại buổi lễ, đồng chí Bí thư Huyện ủy biểu dương xã Lương Hòa. Đồng chí nhấn mạnh, đạt chuẩn nông thôn mới nâng cao không phải là điểm kết thúc mà là khởi đầu cho giai đoạn phát triển mới. Đồng chí đề nghị Đảng ủy xã tiếp tục duy trì, nâng chất các tiêu chí đã đạt.'))
        .toEqual(['tiếp tục duy trì, nâng chất các tiêu chí đã đạt']);
    });
    it('"Trên cơ sở đề nghị của Ủy ban Kiểm tra Thị ủy, Ban Thường vụ đã xem xét ...": whose proposal, no direction', () => {
      expect(tasksOf('Trên cơ sở đề nghị của Ủy ban Kiểm tra Thị ủy, Ban Thường vụ đã xem xét và quyết định thi hành kỷ luật bằng hình thức khiển trách đối với 1 đảng viên.')).toEqual([]);
    });
  });

  describe('the held-out test corpus\'s last misses', () => {
    it('"đề nghị các cấp ủy tiếp tục quan tâm bồi dưỡng, giao nhiệm vụ cụ thể cho đảng viên trẻ ...": "giao nhiệm vụ" inside a direction opens no passage', () => {
      expect(tasksOf('Phát biểu kết luận tọa đàm, đồng chí Bí thư Quận ủy ghi nhận những đóng góp của đảng viên trẻ. Đồng chí đề nghị các cấp ủy tiếp tục quan tâm bồi dưỡng, giao nhiệm vụ cụ thể cho đảng viên trẻ trong thực hiện chuyển đổi số ở từng khu vực.'))
        .toEqual(['tiếp tục quan tâm bồi dưỡng, giao nhiệm vụ cụ thể cho đảng viên trẻ trong thực hiện chuyển đổi số ở từng khu vực']);
    });
    it('";" before "nâng chất ..." and before "các quận ủy, huyện ủy ..." starts a new task', () => {
      expect(tasksOf('Kết luận phiên họp, Bí thư Thành ủy đề nghị đầu tư chỉnh trang đô thị theo hướng văn minh; nâng chất các tiêu chí đô thị loại V; các quận ủy, huyện ủy tập trung lãnh đạo giải quyết dứt điểm các vụ việc khiếu nại đông người.'))
        .toEqual(['đầu tư chỉnh trang đô thị theo hướng văn minh', 'nâng chất các tiêu chí đô thị loại V', 'các quận ủy, huyện ủy tập trung lãnh đạo giải quyết dứt điểm các vụ việc khiếu nại đông người']);
    });
    it('"Báo cáo viên cũng giới thiệu chuyên đề ..., trong đó nhấn mạnh các quan điểm chỉ đạo ...": a presenter, no direction', () => {
      expect(tasksOf('Báo cáo viên cũng giới thiệu chuyên đề về kế hoạch phát triển kinh tế - xã hội 5 năm 2021 - 2025 đã được Hội nghị Trung ương 4 thông qua, trong đó nhấn mạnh các quan điểm chỉ đạo, mục tiêu tổng quát và các nhiệm vụ, giải pháp để đạt được mục tiêu đề ra.')).toEqual([]);
    });
  });

  describe('probe5: quoted speech, quote boxes, the meeting\'s own list', () => {
    it('"nhấn mạnh: “Tân Sơn không thể thoát nghèo ...”" is a claim; the quote box repeating it does not end the passage', () => {
      expect(tasksOf(
        'Phát biểu chỉ đạo Đại hội, đồng chí Phó Bí thư Thường trực Tỉnh ủy biểu dương những kết quả đạt được. Đồng chí nhấn mạnh: “Tân Sơn không thể thoát nghèo bền vững nếu không đánh thức được tiềm năng của rừng.”',
        'Đồng chí Trịnh Văn Bảo, Phó Bí thư Thường trực Tỉnh ủy: “Tân Sơn không thể thoát nghèo bền vững nếu không đánh thức được tiềm năng của rừng.”',
        'Đồng chí đề nghị Đảng bộ huyện Tân Sơn trong nhiệm kỳ tới tập trung lãnh đạo phát triển kinh tế lâm nghiệp bền vững; khai thác hiệu quả tiềm năng du lịch sinh thái.',
      )).toEqual(['tập trung lãnh đạo phát triển kinh tế lâm nghiệp bền vững', 'khai thác hiệu quả tiềm năng du lịch sinh thái']);
    });
    it('directions inside one quotation ("nhấn mạnh: “Huyện ủy phải ...; ... . Các cấp ủy phải ...”") lose its marks', () => {
      expect(tasksOf('Kết luận buổi làm việc, đồng chí Bí thư Tỉnh ủy nhấn mạnh: “Huyện ủy phải tập trung giải quyết dứt điểm bài toán nước ngọt cho mùa khô; khẩn trương hoàn thiện hồ sơ dự án nâng cấp cảng. Các cấp ủy phải chăm lo nâng cao chất lượng sinh hoạt chi bộ khu dân cư.”'))
        .toEqual(['huyện ủy phải tập trung giải quyết dứt điểm bài toán nước ngọt cho mùa khô', 'khẩn trương hoàn thiện hồ sơ dự án nâng cấp cảng', 'các cấp ủy phải chăm lo nâng cao chất lượng sinh hoạt chi bộ khu dân cư']);
    });
    it('"Đại hội thống nhất 3 khâu đột phá: ...; ..." before the guest\'s directions: both lists; "Đại hội thống nhất đề ra 3 chỉ tiêu: ..." (targets) is not one', () => {
      const guest = 'Phát biểu chỉ đạo, đồng chí Nguyễn Văn Quý ghi nhận những kết quả Đảng bộ xã đạt được. Đồng chí đề nghị Đảng bộ xã khẩn trương xây dựng chương trình hành động thực hiện Nghị quyết Đại hội.';
      expect(tasksOf('Đại hội thống nhất 3 khâu đột phá: phát triển du lịch cộng đồng gắn với bảo tồn bản sắc văn hóa dân tộc Thái; phát triển kinh tế rừng, trồng cây dược liệu dưới tán rừng.', guest))
        .toEqual(['phát triển du lịch cộng đồng gắn với bảo tồn bản sắc văn hóa dân tộc Thái', 'phát triển kinh tế rừng, trồng cây dược liệu dưới tán rừng', 'khẩn trương xây dựng chương trình hành động thực hiện Nghị quyết Đại hội']);
      expect(tasksOf('Đại hội thống nhất đề ra 3 chỉ tiêu nhiệm kỳ 2025 - 2027: hằng năm 100% đảng viên được học tập các nghị quyết; trong nhiệm kỳ kết nạp ít nhất 2 đảng viên mới.', guest))
        .toEqual(['khẩn trương xây dựng chương trình hành động thực hiện Nghị quyết Đại hội']);
    });
    it('the chair\'s directions resume after a paragraph of praise when he is named again ("Về nhiệm vụ quý II, đồng chí X yêu cầu ...")', () => {
      const text = [
        'Thành ủy Sóc Trăng họp Ban Thường vụ thường kỳ tháng 3/2024', '18/03/2024 09:10',
        'Chiều 15/3/2024, Ban Thường vụ Thành ủy Sóc Trăng tổ chức hội nghị thường kỳ tháng 3/2024 do đồng chí Trần Lâm Quốc Bảo, Bí thư Thành ủy chủ trì.',
        'Kết luận hội nghị, đồng chí Trần Lâm Quốc Bảo đề nghị Ban Tổ chức Thành ủy khẩn trương hoàn thiện hồ sơ nhân sự theo đúng quy trình.',
        'Bí thư Thành ủy ghi nhận, đánh giá cao sự phối hợp chặt chẽ giữa các ban xây dựng Đảng với UBND thành phố trong quý I.',
        'Về nhiệm vụ quý II, đồng chí Trần Lâm Quốc Bảo yêu cầu UBND thành phố tập trung chỉ đạo đẩy nhanh tiến độ giải ngân vốn đầu tư công.',
      ].join('\n');
      expect(recordOf(text).tasks).toEqual(['khẩn trương hoàn thiện hồ sơ nhân sự theo đúng quy trình', 'tập trung chỉ đạo đẩy nhanh tiến độ giải ngân vốn đầu tư công']);
      // Someone else directing after the break is not the chair's passage going on.
      expect(recordOf(text.replace('Về nhiệm vụ quý II, đồng chí Trần Lâm Quốc Bảo yêu cầu', 'Về nhiệm vụ quý II, đồng chí Lý Văn Sơn yêu cầu')).tasks)
        .toEqual(['khẩn trương hoàn thiện hồ sơ nhân sự theo đúng quy trình']);
    });
    it('after ";": "tránh tình trạng ..." and "100% chi bộ gửi, nhận ..." are directions of their own', () => {
      expect(tasksOf('Kết luận hội nghị, đồng chí Bí thư yêu cầu việc học tập, quán triệt phải gắn với kế hoạch hành động cụ thể của từng đơn vị; tránh tình trạng làm hình thức, "đầu voi đuôi chuột".'))
        .toEqual(['học tập, quán triệt phải gắn với kế hoạch hành động cụ thể của từng đơn vị', 'tránh tình trạng làm hình thức, "đầu voi đuôi chuột"']);
      expect(tasksOf('Kết luận hội nghị, đồng chí Bí thư đề nghị:', '1. Các cấp ủy xác định chuyển đổi số là nhiệm vụ trọng tâm, thường xuyên.', '2. Đến hết năm 2023, 100% đảng viên cài đặt ứng dụng “Sổ tay đảng viên điện tử”; 100% chi bộ gửi, nhận tài liệu sinh hoạt qua môi trường mạng.'))
        .toEqual(['các cấp ủy xác định chuyển đổi số là nhiệm vụ trọng tâm, thường xuyên', 'đến hết năm 2023, 100% đảng viên cài đặt ứng dụng “Sổ tay đảng viên điện tử”', '100% chi bộ gửi, nhận tài liệu sinh hoạt qua môi trường mạng']);
    });
    it('"Ban Thường vụ Đảng ủy xã yêu cầu ... các nội dung sau:" then "a) ...", "b) ..." before "Giao nhiệm vụ": both lists, an item\'s end after a page break joined to it', () => {
      expect(tasksOf(
        'Ban Thường vụ Đảng ủy xã yêu cầu các chi bộ, các cơ quan, đơn vị trong hệ thống chính trị xã tập trung thực hiện tốt các nội dung sau:',
        '      a) Chủ động triển khai phương án phòng, chống thiên tai, rà soát các hộ dân ở vùng thấp trũng để sẵn sàng',
        'di dời khi có lũ lớn, hoàn thành trước ngày 25/10/2025.',
        '      b) Tập trung đẩy nhanh tiến độ giải ngân vốn đầu tư công.',
        '      3. Giao nhiệm vụ',
        '      - Giao Văn phòng Đảng ủy theo dõi, đôn đốc việc thực hiện Thông báo này.',
      )).toEqual([
        'chủ động triển khai phương án phòng, chống thiên tai, rà soát các hộ dân ở vùng thấp trũng để sẵn sàng di dời khi có lũ lớn, hoàn thành trước ngày 25/10/2025',
        'tập trung đẩy nhanh tiến độ giải ngân vốn đầu tư công',
        'Văn phòng Đảng ủy theo dõi, đôn đốc việc thực hiện Thông báo này',
      ]);
    });
    it('"Về nhiệm vụ thời gian tới, Hội nghị xác định: ...; ..." before the chair\'s closing passage: both lists', () => {
      expect(tasksOf(
        'Về nhiệm vụ thời gian tới, Hội nghị xác định: tập trung chỉ đạo quyết liệt các giải pháp hoàn thành các chỉ tiêu năm 2022; chủ động phòng, chống thiên tai, sạt lở đất trong mùa mưa bão.',
        'Phát biểu bế mạc Hội nghị, đồng chí Bí thư Tỉnh ủy đánh giá cao tinh thần trách nhiệm của các đại biểu. Đồng chí đề nghị các đồng chí Ủy viên Ban Chấp hành khẩn trương quán triệt kết luận của Hội nghị tới các cấp ủy.',
      )).toEqual(['tập trung chỉ đạo quyết liệt các giải pháp hoàn thành các chỉ tiêu năm 2022', 'chủ động phòng, chống thiên tai, sạt lở đất trong mùa mưa bão', 'khẩn trương quán triệt kết luận của Hội nghị tới các cấp ủy']);
    });
  });

  describe('an article of two events', () => {
    it('"Chiều cùng ngày, ... làm việc với ..." after the meeting\'s conclusion: its directions belong to the second event', () => {
      expect(tasksOf(
        'Kết luận phiên họp, đồng chí Bí thư Thành ủy yêu cầu các cơ quan, đơn vị tập trung thực hiện tốt các nhiệm vụ sau:',
        '• Tổ chức chu đáo các hoạt động kỷ niệm Ngày sinh Chủ tịch Hồ Chí Minh, bảo đảm trang trọng, tiết kiệm;',
        '• Tăng cường quản lý trật tự đô thị, vệ sinh môi trường tại các tuyến phố trung tâm.',
        'Chiều cùng ngày, đồng chí Phó Bí thư Thường trực Thành ủy cùng Đoàn công tác làm việc với Ban Thường vụ Đảng ủy phường Đông Kinh.',
        'Phát biểu kết luận buổi làm việc, đồng chí đề nghị Đảng ủy phường tập trung lãnh đạo chỉnh trang các tuyến phố.',
      )).toEqual(['tổ chức chu đáo các hoạt động kỷ niệm Ngày sinh Chủ tịch Hồ Chí Minh, bảo đảm trang trọng, tiết kiệm', 'tăng cường quản lý trật tự đô thị, vệ sinh môi trường tại các tuyến phố trung tâm']);
    });
  });

  describe('a short clause before ", kiên quyết ..."', () => {
    it('"quản lý chặt chẽ quỹ đất, kiên quyết xử lý các công trình xây dựng không phép" (six words before the adverb) is one task', () => {
      expect(tasksOf('Kết luận buổi làm việc, đồng chí Bí thư Tỉnh ủy đề nghị quản lý chặt chẽ quỹ đất, kiên quyết xử lý các công trình xây dựng không phép.'))
        .toEqual(['quản lý chặt chẽ quỹ đất, kiên quyết xử lý các công trình xây dựng không phép']);
    });
  });

  describe('probe6: phrasings', () => {
    it('"trước yêu cầu sắp xếp tổ chức bộ máy" in a list of shortcomings is a noun; "Để thực hiện thắng lợi ..., đồng chí Bí thư đề nghị ..." directs', () => {
      expect(tasksOf(
        'Tuy nhiên, hội nghị cũng chỉ ra những hạn chế như: một số cơ sở đảng chưa nắm bắt tư tưởng cán bộ, đảng viên trước yêu cầu sắp xếp tổ chức bộ máy.',
        'Để thực hiện thắng lợi Nghị quyết Đại hội Đảng bộ huyện, đồng chí Bí thư Huyện ủy đề nghị các cấp ủy tập trung lãnh đạo đẩy nhanh tiến độ giải ngân vốn đầu tư công; chủ động ứng phó với mùa mưa bão.',
      )).toEqual(['tập trung lãnh đạo đẩy nhanh tiến độ giải ngân vốn đầu tư công', 'chủ động ứng phó với mùa mưa bão']);
    });
    it('"Ban Thường vụ thống nhất giao Văn phòng Huyện ủy ...; giao Ban Tổ chức Huyện ủy ..." before the conclusion: the meeting hands out work', () => {
      expect(tasksOf(
        'Ban Thường vụ thống nhất giao Văn phòng Huyện ủy hoàn chỉnh dự thảo báo cáo sơ kết trình Hội nghị Ban Chấp hành; giao Ban Tổ chức Huyện ủy hướng dẫn các xã tổ chức lấy ý kiến cử tri, hoàn thành trong tháng 8/2023.',
        'Kết luận hội nghị, đồng chí Bí thư Huyện ủy yêu cầu UBND huyện chỉ đạo quyết liệt công tác giải phóng mặt bằng các dự án trọng điểm.',
      )).toEqual([
        'Văn phòng Huyện ủy hoàn chỉnh dự thảo báo cáo sơ kết trình Hội nghị Ban Chấp hành',
        'Ban Tổ chức Huyện ủy hướng dẫn các xã tổ chức lấy ý kiến cử tri, hoàn thành trong tháng 8/2023',
        'chỉ đạo quyết liệt công tác giải phóng mặt bằng các dự án trọng điểm',
      ]);
    });
  });

  describe('a claim that directs no one', () => {
    it('"nhấn mạnh, trải qua 92 năm, ... đã giành được ..." and the results after it are no directions; the next "đề nghị" opens them (probe9 010)', () => {
      expect(tasksOf(
        'Ôn lại truyền thống vẻ vang của Đảng, đồng chí Nguyễn Hoàng Phúc nhấn mạnh, trải qua 92 năm, dưới sự lãnh đạo của Đảng, cách mạng Việt Nam đã giành được những thắng lợi vĩ đại. Năm 2021, dù chịu ảnh hưởng nặng nề của dịch bệnh, Đảng bộ phường Phú Đông vẫn lãnh đạo hoàn thành 14/16 chỉ tiêu nghị quyết; kết nạp 11 đảng viên mới.',
        'Phát biểu tại buổi lễ, đồng chí Lê Thị Thanh Tâm chúc mừng các đảng viên. Đồng chí đề nghị các chi bộ khu phố tiếp tục quan tâm thăm hỏi đảng viên cao tuổi Đảng; kịp thời nắm bắt tâm tư, nguyện vọng của đảng viên.',
      )).toEqual(['tiếp tục quan tâm thăm hỏi đảng viên cao tuổi Đảng', 'kịp thời nắm bắt tâm tư, nguyện vọng của đảng viên']);
    });
  });

  describe('probe10: ordinary articles', () => {
    it('"...; thứ tư, phát hiện ..." after ";": an ordinal opens an item whatever its verb', () => {
      expect(tasksOf('Kết luận hội nghị, đồng chí Trưởng Ban Tuyên giáo đề nghị thứ nhất, tăng cường quán triệt Nghị quyết số 35-NQ/TW; thứ hai, chủ động cung cấp thông tin chính thống; thứ ba, phát hiện, nhân rộng các điển hình người tốt, việc tốt.'))
        .toEqual(['tăng cường quán triệt Nghị quyết số 35-NQ/TW', 'chủ động cung cấp thông tin chính thống', 'phát hiện, nhân rộng các điển hình người tốt, việc tốt']);
    });
    it('"; những chi bộ chưa kết nạp được đảng viên ... phải ...", "; các thôn, tổ dân phố thực hiện ..." open items of their own', () => {
      expect(tasksOf('Kết luận buổi làm việc, đồng chí Bí thư đề nghị xã chú trọng công tác tạo nguồn cán bộ trẻ, cán bộ nữ; những chi bộ chưa kết nạp được đảng viên trong năm 2022 phải có giải pháp cụ thể; các thôn, tổ dân phố thực hiện tốt quy chế dân chủ ở cơ sở.'))
        .toEqual(['chú trọng công tác tạo nguồn cán bộ trẻ, cán bộ nữ', 'những chi bộ chưa kết nạp được đảng viên trong năm 2022 phải có giải pháp cụ thể', 'các thôn, tổ dân phố thực hiện tốt quy chế dân chủ ở cơ sở']);
    });
    it('answers to petitions before the closing passage hand over tasks ("Trả lời kiến nghị của ông X, ..., và giao Phòng ...", "Đối với phản ánh của bà Y, đồng chí ... giao UBND xã ..."); the petitions do not', () => {
      expect(tasksOf(
        'Ông Triệu Văn Sinh (thôn Khuôn Làng) kiến nghị sớm cấp giấy chứng nhận quyền sử dụng đất cho 12 hộ.',
        'Trả lời kiến nghị của ông Triệu Văn Sinh, đồng chí Chủ tịch UBND xã cho biết, hồ sơ của các hộ đang được xác minh, và giao Phòng Kinh tế xã rà soát từng hồ sơ, trả lời công dân trước ngày 15/10/2025.',
        'Bà Lý Thị Hoa phản ánh tuyến đường liên thôn bị sạt lở.',
        'Đối với phản ánh của bà Lý Thị Hoa, đồng chí Bí thư giao UBND xã khẩn trương khắc phục tạm thời điểm sạt lở.',
        'Kết luận hội nghị, đồng chí Bí thư yêu cầu các cơ quan chuyên môn của xã tiếp thu đầy đủ ý kiến của Nhân dân.',
      )).toEqual([
        'Phòng Kinh tế xã rà soát từng hồ sơ, trả lời công dân trước ngày 15/10/2025',
        'UBND xã khẩn trương khắc phục tạm thời điểm sạt lở',
        'tiếp thu đầy đủ ý kiến của Nhân dân',
      ]);
    });
  });

  describe('a petition answered in the same sentence', () => {
    it('"Cử tri X kiến nghị ...; đồng chí Vũ Đức Thịnh giao UBND huyện chỉ đạo ...": the answer is a task, the petition is not (probe9 009)', () => {
      expect(tasksOf(
        'Nhiều cử tri đã phát biểu ý kiến. Cử tri Trần Văn Nghĩa (xóm 7, xã Hải Đông) kiến nghị sớm gia cố đoạn kè biển bị sạt lở; đồng chí Vũ Đức Thịnh giao UBND huyện chỉ đạo Phòng Nông nghiệp và Phát triển nông thôn kiểm tra hiện trạng, xây dựng phương án gia cố.',
        'Cử tri Phạm Thị Hoa phản ánh tình trạng nước thải gây ô nhiễm. Trả lời ý kiến này, đồng chí giao UBND thị trấn Thịnh Long kiểm tra, xử lý nghiêm các cơ sở vi phạm.',
      )).toEqual([
        'UBND huyện chỉ đạo Phòng Nông nghiệp và Phát triển nông thôn kiểm tra hiện trạng, xây dựng phương án gia cố',
        'UBND thị trấn Thịnh Long kiểm tra, xử lý nghiêm các cơ sở vi phạm',
      ]);
    });
  });

  describe('probe15: a town committee studies Directive 35 and a commune plans its tourism', () => {
    it('"Đồng chí đề nghị: thời gian tới, các chi bộ trực thuộc khẩn trương ...": written on in lower case after the colon, when and whom it asks are the lead-in', () => {
      expect(tasksOf('Kết luận hội nghị, đồng chí Bí thư đề nghị: thời gian tới, các chi bộ trực thuộc khẩn trương xây dựng kế hoạch tổ chức đại hội chi bộ, gửi về Văn phòng Đảng ủy trước ngày 30/9/2024; tổ chức thảo luận, góp ý dự thảo văn kiện dân chủ, thiết thực.'))
        .toEqual(['khẩn trương xây dựng kế hoạch tổ chức đại hội chi bộ, gửi về Văn phòng Đảng ủy trước ngày 30/9/2024', 'tổ chức thảo luận, góp ý dự thảo văn kiện dân chủ, thiết thực']);
    });
    it('"yêu cầu: Công an xã tăng cường ...": an item opening with a capital has a subject of its own, kept', () => {
      expect(tasksOf('Kết luận hội nghị, đồng chí Bí thư yêu cầu: Công an xã tăng cường tuần tra, kiểm soát địa bàn; UBND xã rà soát các hộ nghèo còn lại trên địa bàn.'))
        .toEqual(['công an xã tăng cường tuần tra, kiểm soát địa bàn', 'UBND xã rà soát các hộ nghèo còn lại trên địa bàn']);
    });
    it('"Đồng chí giao Chi bộ khóm 2 tổ chức ...; giao Ủy ban Kiểm tra ...": "giao" before any addressee hands a task over, and the paragraph goes on with the directions', () => {
      expect(tasksOf(
        'Kết luận hội nghị, đồng chí Bí thư đề nghị các chi bộ rà soát, đánh giá cán bộ để giới thiệu nhân sự cấp ủy đúng tiêu chuẩn, cơ cấu.',
        'Đồng chí giao Chi bộ khóm 2 tổ chức đại hội điểm trong tháng 11/2024 để các chi bộ khác rút kinh nghiệm; giao Ủy ban Kiểm tra Đảng ủy thị trấn tập trung giải quyết đơn thư liên quan đến nhân sự.',
      )).toEqual([
        'rà soát, đánh giá cán bộ để giới thiệu nhân sự cấp ủy đúng tiêu chuẩn, cơ cấu',
        'Chi bộ khóm 2 tổ chức đại hội điểm trong tháng 11/2024 để các chi bộ khác rút kinh nghiệm',
        'Ủy ban Kiểm tra Đảng ủy thị trấn tập trung giải quyết đơn thư liên quan đến nhân sự',
      ]);
    });
    it('"; lập phương án quy hoạch ...": what is drawn up opens an item of its own; "thành lập" stays one verb', () => {
      expect(tasksOf('Kết luận hội nghị, đồng chí Bí thư đề nghị UBND xã phối hợp với Ban Quản lý Vườn quốc gia tổ chức thu gom rác thải tại các bến thuyền; lập phương án quy hoạch bãi đỗ xe tập trung, trình cấp có thẩm quyền trong quý I/2026.'))
        .toEqual(['phối hợp với Ban Quản lý Vườn quốc gia tổ chức thu gom rác thải tại các bến thuyền', 'lập phương án quy hoạch bãi đỗ xe tập trung, trình cấp có thẩm quyền trong quý I/2026']);
      expect(tasksOf('Kết luận hội nghị, đồng chí Bí thư đề nghị UBND xã thành lập tổ công tác rà soát hộ nghèo trước ngày 30/6.'))
        .toEqual(['thành lập tổ công tác rà soát hộ nghèo trước ngày 30/6']);
    });
  });

  describe('probe8: a secretary inspects flood damage over two days', () => {
    it('"Kết thúc đợt kiểm tra, ..." closes a visit: what the visitor asked at each stop ("Tại đây, Đ/c Bí thư Huyện ủy yêu cầu ...", "Đồng chí yêu cầu ...") are directions too; a resident\'s request is not', () => {
      expect(tasksOf(
        'Ngày 10/9, đoàn đến kiểm tra công tác sơ tán dân tại xã Hiền Lương. Tại đây, Đ/c Bí thư Huyện ủy yêu cầu chính quyền địa phương tuyệt đối không để người dân quay trở về những ngôi nhà có nguy cơ sạt lở.',
        'Ngày 11/9, đoàn kiểm tra điểm sạt lở bờ sông Thao. Ông Nguyễn Văn Tư, người dân xã Đại Phạm đề nghị sớm xây kè chống sạt lở cho khu dân cư. Đồng chí yêu cầu đơn vị thi công tập trung nhân lực, máy móc để xử lý dứt điểm điểm sạt lở, hoàn thành trước ngày 30/9/2024.',
        'Kết thúc đợt kiểm tra, đồng chí Bí thư Huyện ủy đề nghị cấp ủy, chính quyền các xã tiếp tục rà soát, thống kê đầy đủ thiệt hại về nhà ở, báo cáo UBND huyện trước ngày 15/9.',
      )).toEqual([
        'tuyệt đối không để người dân quay trở về những ngôi nhà có nguy cơ sạt lở',
        'tập trung nhân lực, máy móc để xử lý dứt điểm điểm sạt lở, hoàn thành trước ngày 30/9/2024',
        'tiếp tục rà soát, thống kê đầy đủ thiệt hại về nhà ở, báo cáo UBND huyện trước ngày 15/9',
      ]);
    });
  });

  describe('probe11: an HĐND session closed by the district secretary', () => {
    it('"...; các vị đại biểu HĐND huyện có trách nhiệm báo cáo ...": the delegates are addressed, and open an item of their own', () => {
      expect(tasksOf('Kết luận kỳ họp, đồng chí Bí thư Huyện ủy đề nghị Thường trực HĐND, các Ban HĐND huyện tăng cường giám sát việc thực hiện các nghị quyết đã ban hành; các vị đại biểu HĐND huyện có trách nhiệm báo cáo kết quả kỳ họp với cử tri nơi ứng cử.'))
        .toEqual(['tăng cường giám sát việc thực hiện các nghị quyết đã ban hành', 'các vị đại biểu HĐND huyện có trách nhiệm báo cáo kết quả kỳ họp với cử tri nơi ứng cử']);
    });
  });

  describe('probe16: who chairs', () => {
    it('"Bà đề nghị ..." after "bà Nguyễn Thị Thu Hà" chairs refers back to her, and her ordinal list follows; a resident "Bà" is not her', () => {
      const lead = 'Sáng ngày 19/3/2021, Đảng ủy thị trấn Tân Phú tổ chức hội nghị chuyên đề về sinh hoạt chi bộ. Hội nghị diễn ra dưới sự chủ trì của bà Nguyễn Thị Thu Hà, Bí thư Đảng ủy thị trấn.';
      const record = (...paragraphs: string[]) => recordOf(['Đảng ủy thị trấn Tân Phú tổ chức hội nghị chuyên đề', lead, ACHIEVED, ...paragraphs].join('\n'));
      expect(record(
        'Phát biểu kết luận, bà Nguyễn Thị Thu Hà khẳng định chi bộ là hạt nhân chính trị ở cơ sở. Bà đề nghị các chi bộ tập trung thực hiện tốt ba nội dung.',
        'Thứ nhất, cấp ủy chi bộ phải chuẩn bị kỹ nội dung trước mỗi kỳ sinh hoạt.',
        'Thứ hai, mỗi quý tổ chức ít nhất một kỳ sinh hoạt chuyên đề gắn với vấn đề cụ thể của khu phố.',
        'Bà cũng giao Văn phòng Đảng ủy thị trấn hướng dẫn các chi bộ đăng ký chủ đề sinh hoạt chuyên đề quý II/2021.',
      ).tasks).toEqual([
        'cấp ủy chi bộ phải chuẩn bị kỹ nội dung trước mỗi kỳ sinh hoạt',
        'mỗi quý tổ chức ít nhất một kỳ sinh hoạt chuyên đề gắn với vấn đề cụ thể của khu phố',
        'Văn phòng Đảng ủy thị trấn hướng dẫn các chi bộ đăng ký chủ đề sinh hoạt chuyên đề quý II/2021',
      ]);
      // A chair called "ông": a bare "Bà đề nghị" is someone else's request.
      const his = 'Sáng ngày 19/3/2021, Đảng ủy thị trấn Tân Phú tổ chức hội nghị đối thoại với Nhân dân. Hội nghị diễn ra dưới sự chủ trì của ông Phan Văn Tài, Bí thư Đảng ủy thị trấn.';
      expect(recordOf(['Đảng ủy thị trấn Tân Phú đối thoại với Nhân dân', his, ACHIEVED, 'Bà Lê Thị Mai ở khu phố 3 phản ánh tình trạng ngập úng. Bà đề nghị sớm nạo vét mương thoát nước khu phố 3.'].join('\n')).tasks).toEqual([]);
    });
    it('"Đại hội xác định ba khâu đột phá ...: một là, tích tụ ruộng đất, ...; hai là, ...": the congress sets tasks, each whole from its marker; "Đại hội xác định mục tiêu: ..." sets goals', () => {
      const lead = 'Ngày 12/7/2020, Đảng bộ xã Ngô Quyền tổ chức Đại hội đại biểu lần thứ XXV, nhiệm kỳ 2020 - 2025 với sự tham dự của 120 đại biểu.';
      const closing = 'Phát biểu bế mạc, đồng chí Bí thư Đảng ủy xã đề nghị các chi bộ khẩn trương tổ chức quán triệt Nghị quyết Đại hội đến cán bộ, đảng viên.';
      const congress = (set: string) => recordOf(['Đại hội Đảng bộ xã Ngô Quyền lần thứ XXV', lead, ACHIEVED, set, closing].join('\n')).tasks;
      expect(congress('Đại hội xác định ba khâu đột phá trong nhiệm kỳ 2020 - 2025: một là, tích tụ ruộng đất, phát triển vùng sản xuất hàng hóa tập trung; hai là, đầu tư đồng bộ hệ thống giao thông, thủy lợi nội đồng; ba là, nâng cao chất lượng đội ngũ cán bộ, đảng viên.'))
        .toEqual(['tích tụ ruộng đất, phát triển vùng sản xuất hàng hóa tập trung', 'đầu tư đồng bộ hệ thống giao thông, thủy lợi nội đồng', 'nâng cao chất lượng đội ngũ cán bộ, đảng viên', 'khẩn trương tổ chức quán triệt Nghị quyết Đại hội đến cán bộ, đảng viên']);
      expect(congress('Đại hội xác định mục tiêu: xây dựng Đảng bộ trong sạch, vững mạnh; phát huy sức mạnh đại đoàn kết toàn dân; phấn đấu đến năm 2025 xã đạt chuẩn nông thôn mới nâng cao.'))
        .toEqual(['khẩn trương tổ chức quán triệt Nghị quyết Đại hội đến cán bộ, đảng viên']);
    });
    it('"...; kêu gọi doanh nghiệp đầu tư ...", "...; xem phát triển nông nghiệp công nghệ cao là nhiệm vụ trọng tâm ...": each opens an item', () => {
      expect(tasksOf('Kết luận hội nghị, đồng chí Bí thư đề nghị các cấp ủy đảng tiếp tục quán triệt sâu rộng Nghị quyết số 05-NQ/HU đến từng chi bộ, đảng viên; xem phát triển nông nghiệp công nghệ cao là nhiệm vụ trọng tâm của từng xã; kêu gọi doanh nghiệp đầu tư vào vùng rau công nghệ cao ở xã Đức Nhuận.'))
        .toEqual(['tiếp tục quán triệt sâu rộng Nghị quyết số 05-NQ/HU đến từng chi bộ, đảng viên', 'xem phát triển nông nghiệp công nghệ cao là nhiệm vụ trọng tâm của từng xã', 'kêu gọi doanh nghiệp đầu tư vào vùng rau công nghệ cao ở xã Đức Nhuận']);
    });
  });

  describe('probe17: a short item', () => {
    it('"Hội nghị thống nhất trong năm 2021 tập trung ...; làm tốt ...": what the meeting agrees to do; "Hội nghị thống nhất thông qua ..." decides, and sets no task', () => {
      expect(tasksOf('Hội nghị thống nhất trong năm 2021 tập trung nâng cao chất lượng sinh hoạt chi bộ thôn, xóm; làm tốt công tác tạo nguồn, phát triển đảng viên trong đoàn viên thanh niên.'))
        .toEqual(['tập trung nâng cao chất lượng sinh hoạt chi bộ thôn, xóm', 'làm tốt công tác tạo nguồn, phát triển đảng viên trong đoàn viên thanh niên']);
      expect(tasksOf('Hội nghị thống nhất thông qua Nghị quyết về tổ chức các hoạt động kỷ niệm 75 năm ngày thành lập Đảng bộ huyện.')).toEqual([]);
    });
  });

  describe('probe18: distractors in long reports', () => {
    it('"Bày tỏ niềm vinh dự, đồng chí X xúc động chia sẻ: ... Đồng chí cũng đề nghị ...": the honoured one asking; the directions are the representative\'s', () => {
      const lead = 'Sáng 14/11/2025, Đảng ủy phường Diên Hồng long trọng tổ chức Lễ trao tặng Huy hiệu Đảng đợt 7/11 cho 18 đảng viên sinh hoạt tại các chi bộ trực thuộc, với sự tham dự của lãnh đạo các ban.';
      const thanks = 'Bày tỏ niềm vinh dự, đồng chí Nguyễn Văn Bảy xúc động chia sẻ: “Tôi sẽ tiếp tục giữ gìn phẩm chất người đảng viên, tham gia sinh hoạt chi bộ đều đặn”. Đồng chí cũng đề nghị Đảng ủy phường quan tâm hơn nữa đến đời sống của các đảng viên cao tuổi neo đơn.';
      const afternoon = 'Chiều cùng ngày, Ban Thường vụ Đảng ủy phường Diên Hồng họp cho ý kiến về kế hoạch tổ chức Ngày hội Đại đoàn kết toàn dân tộc. Đồng chí Nguyễn Đức Trí, Bí thư Đảng ủy phường chủ trì cuộc họp và yêu cầu Ủy ban MTTQ phường hoàn thành ngày hội trước ngày 18/11/2025.';
      const speech = 'Phát biểu tại buổi lễ, đại diện lãnh đạo Đảng ủy phường đề nghị các đảng viên được nhận Huy hiệu tiếp tục phát huy truyền thống, gương mẫu chấp hành chủ trương của Đảng; tích cực tham gia sinh hoạt chi bộ.';
      expect(recordOf(['Trao Huy hiệu Đảng cho 18 đảng viên phường Diên Hồng', lead, thanks, speech, afternoon].join('\n')).tasks)
        .toEqual(['tiếp tục phát huy truyền thống, gương mẫu chấp hành chủ trương của Đảng', 'tích cực tham gia sinh hoạt chi bộ']);
    });
    it('"yêu cầu các chi bộ trong tháng 12/2020 hoàn thành hai việc: a) ...; b) ...": the clause that counts the items is none of them; "nắm vững ..." opens one', () => {
      expect(tasksOf('Kết luận hội nghị, đồng chí Bí thư đề nghị mỗi cán bộ, đảng viên nắm vững quan điểm, mục tiêu của nghị quyết, gương mẫu đi đầu trong thực hiện. Đồng chí yêu cầu các chi bộ trong tháng 12/2020 hoàn thành hai việc: a) xây dựng kế hoạch thực hiện nghị quyết sát với điều kiện của từng tổ dân phố; b) tổ chức tuyên truyền nghị quyết đến Nhân dân qua hệ thống loa truyền thanh.'))
        .toEqual(['nắm vững quan điểm, mục tiêu của nghị quyết, gương mẫu đi đầu trong thực hiện', 'xây dựng kế hoạch thực hiện nghị quyết sát với điều kiện của từng tổ dân phố', 'tổ chức tuyên truyền nghị quyết đến Nhân dân qua hệ thống loa truyền thanh']);
    });
    it('"Đồng chí nhấn mạnh: “Nghị quyết có đi vào cuộc sống hay không ...”" among the directions is a quotation, not one of them', () => {
      expect(tasksOf('Phát biểu chỉ đạo, đồng chí Bí thư Huyện ủy đề nghị Ban Chấp hành khóa mới sớm cụ thể hóa Nghị quyết Đại hội thành chương trình hành động; chú trọng phát triển du lịch cộng đồng. Đồng chí nhấn mạnh: “Nghị quyết có đi vào cuộc sống hay không phụ thuộc vào sự đoàn kết của Ban Chấp hành khóa mới”.'))
        .toEqual(['sớm cụ thể hóa Nghị quyết Đại hội thành chương trình hành động', 'chú trọng phát triển du lịch cộng đồng']);
    });
  });

  describe('probe19 and probe20: the ordinary middle, cities and provinces', () => {
    it('"Bế mạc Đại hội, đồng chí X yêu cầu ..." is a closing passage, after the guest\'s "Phát biểu chỉ đạo"', () => {
      expect(tasksOf('Phát biểu chỉ đạo Đại hội, đồng chí Phó Bí thư Huyện ủy đề nghị Đảng bộ thị trấn sớm cụ thể hóa Nghị quyết Đại hội thành chương trình hành động.', 'Bế mạc Đại hội, đồng chí Lê Thanh Tâm yêu cầu các chi bộ ngay sau Đại hội tổ chức quán triệt Nghị quyết Đại hội đến từng đảng viên.'))
        .toEqual(['sớm cụ thể hóa Nghị quyết Đại hội thành chương trình hành động', 'tổ chức quán triệt Nghị quyết Đại hội đến từng đảng viên']);
    });
    it('"...; đồng chí đề nghị lập lại trật tự ...; hoàn thành ...": the speaker going on opens an item, without the speaker and the asking', () => {
      expect(tasksOf('Kết luận hội nghị, đồng chí Bí thư yêu cầu các chi bộ tập trung lãnh đạo thực hiện đạt và vượt các chỉ tiêu nghị quyết; đồng chí đề nghị lập lại trật tự lòng lề đường khu vực chợ An Hòa ngay trong quý I/2026; hoàn thành chỉnh trang rạch Bùi Hữu Nghĩa trước mùa mưa.'))
        .toEqual(['tập trung lãnh đạo thực hiện đạt và vượt các chỉ tiêu nghị quyết', 'lập lại trật tự lòng lề đường khu vực chợ An Hòa ngay trong quý I/2026', 'hoàn thành chỉnh trang rạch Bùi Hữu Nghĩa trước mùa mưa']);
    });
    it('"... khẩn trương triển khai Nghị quyết đến từng đảng viên. Thứ nhất, ...": a direction before the ordinals is one of them; "tập trung thực hiện tốt một số nhiệm vụ trọng tâm. Thứ nhất, ..." announces them', () => {
      expect(tasksOf('Phát biểu kết luận, đồng chí Bí thư yêu cầu các chi bộ khẩn trương triển khai Nghị quyết đến từng đảng viên. Thứ nhất, mỗi chi bộ xây dựng kế hoạch thực hiện Nghị quyết sát với đặc điểm khu phố. Thứ hai, đẩy mạnh tuyên truyền để Nhân dân đồng thuận.'))
        .toEqual(['khẩn trương triển khai Nghị quyết đến từng đảng viên', 'mỗi chi bộ xây dựng kế hoạch thực hiện Nghị quyết sát với đặc điểm khu phố', 'đẩy mạnh tuyên truyền để Nhân dân đồng thuận']);
      expect(tasksOf('Phát biểu kết luận, đồng chí Bí thư yêu cầu các chi bộ tập trung thực hiện tốt một số nhiệm vụ trọng tâm trong quý II. Thứ nhất, mỗi chi bộ xây dựng kế hoạch thực hiện Nghị quyết sát với đặc điểm khu phố. Thứ hai, đẩy mạnh tuyên truyền để Nhân dân đồng thuận.'))
        .toEqual(['mỗi chi bộ xây dựng kế hoạch thực hiện Nghị quyết sát với đặc điểm khu phố', 'đẩy mạnh tuyên truyền để Nhân dân đồng thuận']);
    });
    it('"Đồng chí nhấn mạnh, Quỳ Hợp có lợi thế lớn về đá trắng, nhưng ..." among the directions is a claim; "; cụ thể hóa Nghị quyết ..." opens an item', () => {
      expect(tasksOf('Phát biểu kết luận, đồng chí Trưởng đoàn đề nghị Ban Thường vụ Huyện ủy lãnh đạo quản lý chặt chẽ hoạt động khai thác khoáng sản; cụ thể hóa Nghị quyết thành kế hoạch của từng chi bộ. Đồng chí nhấn mạnh, Quỳ Hợp có lợi thế lớn về đá trắng, nhưng lợi thế ấy chỉ bền vững khi gắn với bảo vệ môi trường.'))
        .toEqual(['lãnh đạo quản lý chặt chẽ hoạt động khai thác khoáng sản', 'cụ thể hóa Nghị quyết thành kế hoạch của từng chi bộ']);
    });
    it('"Thay mặt các đại biểu, đồng chí X, nguyên Phó Bí thư ... đề nghị Thị ủy quan tâm ...": one speaking for those who attend asks; "...; các phường, xã tổ chức ..." opens an item, in lower case', () => {
      expect(tasksOf('Thay mặt các đại biểu, đồng chí Nguyễn Văn Thư, nguyên Phó Bí thư Thị ủy phấn khởi trước những đổi thay của quê hương và đề nghị Thị ủy quan tâm hơn nữa đến việc tổ chức sinh hoạt cho các chi bộ.',
        'Phát biểu tại buổi gặp mặt, đồng chí Bí thư Thị ủy yêu cầu Văn phòng Thị ủy phối hợp với Ban Tổ chức Thị ủy hoàn thành việc trao Huy hiệu Đảng trước ngày 3/2/2024; các phường, xã tổ chức cho Nhân dân đón Tết vui tươi, an toàn, tiết kiệm.'))
        .toEqual(['phối hợp với Ban Tổ chức Thị ủy hoàn thành việc trao Huy hiệu Đảng trước ngày 3/2/2024', 'các phường, xã tổ chức cho Nhân dân đón Tết vui tươi, an toàn, tiết kiệm']);
    });
  });

  describe('probe11: a briefing of the mass-mobilisation bloc', () => {
    it('"Đ/c đề nghị: thời gian tới, các cơ quan trong khối cần tập trung ...": after the colon the addressee and its "cần" are still the lead-in; "Các cơ quan trong khối tiếp tục ...", "Ủy ban MTTQ ... chủ trì, ..." and "Đ/c cũng lưu ý ..." go on with the directions', () => {
      expect(tasksOf(
        'Kết luận hội nghị, đ/c Trưởng Ban Dân vận Huyện ủy biểu dương các cơ quan trong khối. Đ/c đề nghị: thời gian tới, các cơ quan trong khối cần tập trung bám sát cơ sở, nắm chắc tình hình tư tưởng Nhân dân.',
        'Các cơ quan trong khối tiếp tục đẩy mạnh phong trào thi đua "Dân vận khéo"; phối hợp tuyên truyền, vận động Nhân dân hiến đất làm đường.',
        'Ủy ban MTTQ Việt Nam huyện chủ trì, phối hợp với các đoàn thể giám sát việc hỗ trợ nhà ở cho hộ nghèo.',
        'Đ/c cũng lưu ý các cơ quan trong khối chuẩn bị chu đáo các hoạt động kỷ niệm Ngày sinh Chủ tịch Hồ Chí Minh.',
      )).toEqual([
        'tập trung bám sát cơ sở, nắm chắc tình hình tư tưởng Nhân dân',
        'các cơ quan trong khối tiếp tục đẩy mạnh phong trào thi đua "Dân vận khéo"',
        'phối hợp tuyên truyền, vận động Nhân dân hiến đất làm đường',
        'Ủy ban MTTQ Việt Nam huyện chủ trì, phối hợp với các đoàn thể giám sát việc hỗ trợ nhà ở cho hộ nghèo',
        'chuẩn bị chu đáo các hoạt động kỷ niệm Ngày sinh Chủ tịch Hồ Chí Minh',
      ]);
    });
  });

  it('"nhấn mạnh, ... đã đi vào nền nếp ... Đảng bộ phường đang tập trung chuẩn bị Đại hội": what is under way is reported, not directed (probe11 009)', () => {
    expect(tasksOf(
      'Phát biểu tại buổi lễ, đồng chí Phạm Quốc Việt, Bí thư Đảng ủy phường chúc mừng các đồng chí đảng viên vinh dự được nhận Huy hiệu Đảng.',
      'Đồng chí nhấn mạnh, sau gần 2 tháng vận hành mô hình chính quyền địa phương 2 cấp, bộ máy của phường đã đi vào nền nếp; 100% hồ sơ thủ tục hành chính được tiếp nhận, giải quyết đúng quy định. Đảng bộ phường đang tập trung chuẩn bị Đại hội đại biểu Đảng bộ phường lần thứ I, nhiệm kỳ 2025 - 2030.',
      'Đồng chí đề nghị các chi bộ tiếp tục quan tâm, thăm hỏi, động viên các đảng viên cao tuổi.',
    )).toEqual(['tiếp tục quan tâm, thăm hỏi, động viên các đảng viên cao tuổi']);
  });

  it('"Đồng chí yêu cầu Văn phòng Đảng uỷ phối hợp ..." ("phòng" of an office, no verb), then "UBND xã rà soát, ..." and "Uỷ ban Kiểm tra Đảng uỷ xã triển khai ..." (old tone placement) go on (probe11 010)', () => {
    expect(tasksOf(
      'Kết luận hội nghị, đồng chí Bí thư đề nghị các xã tập trung chỉ đạo thu hoạch lúa mùa.',
      'Đồng chí yêu cầu Văn phòng Đảng uỷ phối hợp với các ban xây dựng Đảng hoàn chỉnh Chương trình hành động; các chi bộ xây dựng kế hoạch cụ thể hoá.',
      'UBND xã rà soát, bố trí hợp lý nơi làm việc cho cán bộ, công chức.',
      'Uỷ ban Kiểm tra Đảng uỷ xã triển khai kiểm tra, giám sát theo quy chế vừa thông qua.',
    )).toEqual([
      'tập trung chỉ đạo thu hoạch lúa mùa',
      'phối hợp với các ban xây dựng Đảng hoàn chỉnh Chương trình hành động',
      'các chi bộ xây dựng kế hoạch cụ thể hoá',
      'UBND xã rà soát, bố trí hợp lý nơi làm việc cho cán bộ, công chức',
      'Uỷ ban Kiểm tra Đảng uỷ xã triển khai kiểm tra, giám sát theo quy chế vừa thông qua',
    ]);
  });

  it('"Đồng chí đề nghị ... . Đồng chí lưu ý huyện chủ động ...": a unit addressed by its level alone; the speaker goes, the addressee stays as in any later sentence (probe12 006)', () => {
    expect(tasksOf(
      'Phát biểu chỉ đạo hội nghị, đồng chí Huỳnh Minh Luân đề nghị huyện cần tập trung tái cơ cấu ngành nông nghiệp. Đồng chí lưu ý huyện chủ động các phương án ứng phó sạt lở, bảo đảm an toàn tính mạng, tài sản của Nhân dân.',
    )).toEqual(['tập trung tái cơ cấu ngành nông nghiệp', 'huyện chủ động các phương án ứng phó sạt lở, bảo đảm an toàn tính mạng, tài sản của Nhân dân']);
  });

  it('"đề nghị ... cần tập trung lãnh đạo thực hiện thắng lợi nghị quyết ..., trong đó chú trọng: A; B": the direction, then the list that details it (probe12 006)', () => {
    expect(tasksOf(
      'Kết luận hội nghị, đồng chí Bí thư Huyện ủy đề nghị năm 2024, các cấp ủy, chính quyền cần tập trung lãnh đạo thực hiện thắng lợi nghị quyết vừa được thông qua, trong đó chú trọng: đẩy mạnh liên kết sản xuất, tiêu thụ lúa theo chuỗi giá trị; huy động các nguồn lực đầu tư hạ tầng giao thông nông thôn.',
    )).toEqual([
      'tập trung lãnh đạo thực hiện thắng lợi nghị quyết vừa được thông qua',
      'đẩy mạnh liên kết sản xuất, tiêu thụ lúa theo chuỗi giá trị',
      'huy động các nguồn lực đầu tư hạ tầng giao thông nông thôn',
    ]);
  });

  it('"... tập trung thực hiện tốt các nhiệm vụ trọng tâm" then a paragraph "Theo đó, ...; ...": the first announces the list, no item (probe13 009)', () => {
    expect(tasksOf(
      'Phát biểu kết luận hội nghị, đồng chí Huỳnh Văn Lợi đề nghị các chi bộ và toàn thể cán bộ, công chức tập trung thực hiện tốt các nhiệm vụ trọng tâm',
      'Theo đó, tiếp tục rà soát, bố trí cán bộ đúng người, đúng việc; nâng cao chất lượng giải quyết thủ tục hành chính, không để hồ sơ trễ hạn.',
    )).toEqual(['tiếp tục rà soát, bố trí cán bộ đúng người, đúng việc', 'nâng cao chất lượng giải quyết thủ tục hành chính, không để hồ sơ trễ hạn']);
  });

  it('"... tập trung thực hiện tốt các nhiệm vụ trọng tâm." with no list after it is the direction itself', () => {
    expect(tasksOf(
      'Phát biểu kết luận hội nghị, đồng chí Huỳnh Văn Lợi đề nghị các chi bộ và toàn thể cán bộ, công chức tập trung thực hiện tốt các nhiệm vụ trọng tâm.',
    )).toEqual(['tập trung thực hiện tốt các nhiệm vụ trọng tâm']);
  });

  it('"nhấn mạnh: quý IV là thời điểm quyết định ..., vì vậy các cấp uỷ, chính quyền và các đoàn thể cần tập trung làm tốt các nội dung: ...": what follows from the claim is directed (probe12 009)', () => {
    expect(tasksOf(
      'Kết luận hội nghị, đồng chí Hà Văn Quyết nhấn mạnh: quý IV là thời điểm quyết định việc hoàn thành các chỉ tiêu năm 2025, vì vậy các cấp uỷ, chính quyền và các đoàn thể cần tập trung làm tốt các nội dung: chăm sóc, thu hoạch lúa mùa, mở rộng diện tích cây vụ đông; hoàn thành việc sắp xếp, sử dụng trụ sở dôi dư sau sáp nhập.',
    )).toEqual(['chăm sóc, thu hoạch lúa mùa, mở rộng diện tích cây vụ đông', 'hoàn thành việc sắp xếp, sử dụng trụ sở dôi dư sau sáp nhập']);
  });

  it('"nhấn mạnh, năm 2025 là năm cuối nhiệm kỳ, vì vậy có ý nghĩa rất quan trọng": a claim drawn from a claim directs no one', () => {
    expect(tasksOf(
      'Kết luận hội nghị, đồng chí Hà Văn Quyết nhấn mạnh, năm 2025 là năm cuối nhiệm kỳ, vì vậy có ý nghĩa rất quan trọng đối với toàn Đảng bộ.',
    )).toEqual([]);
  });

  it('"Đồng chí giao Ban Xây dựng Đảng Đảng uỷ xã tham mưu ...; Văn phòng Đảng ủy xã theo dõi ...": a 2025 board after "giao", not the meeting "giao ban" (probe12 009)', () => {
    expect(tasksOf(
      'Kết luận hội nghị, đồng chí Bí thư Đảng ủy xã đề nghị UBND xã tăng cường bồi dưỡng nghiệp vụ cho đội ngũ cán bộ, công chức.',
      'Đồng chí giao Ban Xây dựng Đảng Đảng uỷ xã tham mưu kiện toàn, sắp xếp lại các chi bộ thôn sau sáp nhập; Văn phòng Đảng ủy xã theo dõi, đôn đốc việc thực hiện Quy chế làm việc.',
    )).toEqual([
      'tăng cường bồi dưỡng nghiệp vụ cho đội ngũ cán bộ, công chức',
      'Ban Xây dựng Đảng Đảng uỷ xã tham mưu kiện toàn, sắp xếp lại các chi bộ thôn sau sáp nhập',
      'Văn phòng Đảng ủy xã theo dõi, đôn đốc việc thực hiện Quy chế làm việc',
    ]);
  });

  it('"Thường trực HĐND, các Ban HĐND huyện và các vị đại biểu HĐND tăng cường ...": a list of addressees with commas goes on with the directions (probe11 002)', () => {
    expect(tasksOf(
      'Phát biểu bế mạc kỳ họp, đồng chí Chủ tịch HĐND huyện đề nghị UBND huyện khẩn trương xây dựng kế hoạch thực hiện các nghị quyết.',
      'Thường trực HĐND, các Ban HĐND huyện và các vị đại biểu HĐND tăng cường giám sát việc thực hiện các nghị quyết đã ban hành.',
    )).toEqual([
      'khẩn trương xây dựng kế hoạch thực hiện các nghị quyết',
      'Thường trực HĐND, các Ban HĐND huyện và các vị đại biểu HĐND tăng cường giám sát việc thực hiện các nghị quyết đã ban hành',
    ]);
  });

  it('"Thường trực HĐND, nhìn chung ... đã tăng cường ...": a comma before words that name no one addressed ends the list; a report, no direction', () => {
    expect(tasksOf(
      'Phát biểu bế mạc kỳ họp, đồng chí Chủ tịch HĐND huyện đề nghị UBND huyện khẩn trương xây dựng kế hoạch thực hiện các nghị quyết.',
      'Thường trực HĐND, nhìn chung trong năm qua đã tăng cường giám sát việc thực hiện các nghị quyết.',
    )).toEqual(['khẩn trương xây dựng kế hoạch thực hiện các nghị quyết']);
  });

  it('"Phát biểu chỉ đạo tại hội nghị, đồng chí Bí thư ... đánh giá cao ..." then his directions in the next paragraph: one passage, taken once (probe11 005)', () => {
    expect(tasksOf(
      'Phát biểu chỉ đạo tại hội nghị, đồng chí Bí thư Huyện ủy đánh giá cao kết quả đạt được sau 2 năm thực hiện nghị quyết.',
      'Đồng chí đề nghị các cấp ủy tiếp tục quán triệt sâu rộng nghị quyết đến cán bộ, đảng viên; rà soát, điều chỉnh quy hoạch vùng sản xuất cây giống.',
    )).toEqual(['tiếp tục quán triệt sâu rộng nghị quyết đến cán bộ, đảng viên', 'rà soát, điều chỉnh quy hoạch vùng sản xuất cây giống']);
  });

  it('"nhấn mạnh, Văn Lãng có vị trí đặc biệt quan trọng trong phát triển kinh tế ..." is a claim, no direction (probe11 007)', () => {
    expect(tasksOf('Phát biểu kết luận buổi làm việc, đồng chí Nông Văn Thành ghi nhận kết quả của huyện. Đồng chí nhấn mạnh, Văn Lãng có vị trí đặc biệt quan trọng trong phát triển kinh tế cửa khẩu của tỉnh. Đồng chí đề nghị huyện đẩy nhanh tiến độ giải phóng mặt bằng các dự án hạ tầng cửa khẩu.'))
      .toEqual(['đẩy nhanh tiến độ giải phóng mặt bằng các dự án hạ tầng cửa khẩu']);
  });

  describe('party groups as addressees', () => {
    it('"...; giao Đảng đoàn HĐND huyện lãnh đạo HĐND huyện xem xét ..." is a task of its own; after "giao" the assignee stays, in the first item too', () => {
      expect(tasksOf('Kết luận hội nghị, đồng chí Bí thư Huyện ủy giao Ban Tổ chức Huyện ủy hướng dẫn các xã tổ chức lấy ý kiến cử tri; giao Đảng đoàn HĐND huyện lãnh đạo HĐND huyện xem xét, quyết định chủ trương đầu tư dự án.'))
        .toEqual(['Ban Tổ chức Huyện ủy hướng dẫn các xã tổ chức lấy ý kiến cử tri', 'Đảng đoàn HĐND huyện lãnh đạo HĐND huyện xem xét, quyết định chủ trương đầu tư dự án']);
    });
    it('"Đối với các kiến nghị của xã, đồng chí giao Sở Nội vụ ...; giao Sở Tài chính ...": the answers to petitions go on with the directions, each assignee kept (probe9 012)', () => {
      expect(tasksOf(
        'Phát biểu kết luận, đồng chí Bí thư Tỉnh ủy đề nghị Đảng ủy xã tiếp tục kiện toàn, sắp xếp cán bộ đúng người, đúng việc.',
        'Đối với các kiến nghị của xã, đồng chí giao Sở Nội vụ rà soát, tham mưu bổ sung biên chế công chức cho xã trong tháng 10/2025; giao Sở Tài chính hướng dẫn xã lập phương án sử dụng trụ sở dôi dư.',
      )).toEqual([
        'tiếp tục kiện toàn, sắp xếp cán bộ đúng người, đúng việc',
        'Sở Nội vụ rà soát, tham mưu bổ sung biên chế công chức cho xã trong tháng 10/2025',
        'Sở Tài chính hướng dẫn xã lập phương án sử dụng trụ sở dôi dư',
      ]);
    });
  });
});
