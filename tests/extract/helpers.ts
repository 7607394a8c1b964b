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

export const messageIds = (r: ArticleRecord): string[] => r.messages.map((m) => m.id);
