// Builds a record from article text written inline in a test.
import { extract } from '../../src/extract/index.ts';
import type { ArticleRecord } from '../../src/records/schema.ts';
import { cleanText } from '../../src/text/fold.ts';

export function recordOf(text: string): ArticleRecord {
  return extract({ path: 'test.txt', text: cleanText(text), encoding: 'utf-8', messages: [] });
}

/** A headline, a stamp and a lead, with a long enough lead to count as a paragraph. */
export function article(lead: string, ...paragraphs: string[]): string {
  return ['Tiêu đề bài viết về hoạt động của cấp ủy địa phương', '', lead, '', ...paragraphs.flatMap((p) => [p, ''])].join('\n');
}

/** A fan page's post (probe17): the page's name, `head` (its stamp, a button), two paragraphs, then `tail`. */
export const fanPagePost = (head: string[], tail: string[]): string => [
  'Đảng ủy phường Trần Phú - TP Bắc Giang', ...head,
  'Sáng 11/7, Đảng ủy phường Trần Phú tổ chức hội nghị học tập, quán triệt Nghị quyết Hội nghị lần thứ bảy Ban Chấp hành Trung ương Đảng khóa XIII cho cán bộ, đảng viên trong Đảng bộ.',
  'Hơn 300 đảng viên của 18 chi bộ tham gia hội nghị bằng hình thức trực tiếp và trực tuyến tại điểm cầu các tổ dân phố trên địa bàn phường.',
  ...tail,
].join('\n');

export const messageIds = (r: ArticleRecord): string[] => r.messages.map((m) => m.id);
