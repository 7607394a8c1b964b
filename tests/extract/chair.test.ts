import { describe, expect, it } from 'vitest';
import { article, recordOf } from './helpers.ts';

const chairOf = (text: string) => {
  const c = recordOf(text).chair;
  return c && { name: c.name, title: c.title, certainty: c.certainty };
};
const LEAD = 'Chiều 28/7/2020 Huyện ủy Vĩnh Thuận tổ chức hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 2 sơ kết nhiệm vụ.';

describe('chair', () => {
  it('"Đồng chí X, titles chủ trì hội nghị": the name before the verb, with its titles', () => {
    expect(chairOf(article(LEAD, 'Đồng chí Lê Trung Hồ, Tỉnh ủy viên, Bí thư Huyện ủy chủ trì hội nghị, cùng dự có các đồng chí trong Ban Thường vụ Huyện ủy.')))
      .toEqual({ name: 'Lê Trung Hồ', title: 'Tỉnh ủy viên, Bí thư Huyện ủy', certainty: 'stated' });
  });
  it('"Dự và chủ trì ... có đồng chí X, ..., đồng chí Y": the first named after the verb', () => {
    expect(chairOf(article(LEAD, 'Dự và chủ trì buổi làm việc có đồng chí Lê Tiến Châu, Ủy viên BCH Trung ương Đảng, Bí thư Tỉnh ủy, đồng chí Đồng Văn Thanh, Phó Bí thư Tỉnh ủy.')))
      .toEqual({ name: 'Lê Tiến Châu', title: 'Ủy viên BCH Trung ương Đảng, Bí thư Tỉnh ủy', certainty: 'stated' });
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
});
