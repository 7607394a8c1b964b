// title: the headline. It is the first short line above the lead that is not chrome; an article
// without one gets a title made from its lead sentence, marked inferred.
import type { State } from '../state.ts';
import { sentences, wordCount } from '../text.ts';
import { TIME_OF_DAY, alternation } from '../vocabulary.ts';

const MAX_TITLE_WORDS = 45;
// "Chiều ngày 14/4, " / "Ngày 5 tháng 3 năm 2021, " / "Vừa qua, " at the start of a lead sentence.
const LEADING_WHEN = new RegExp(
  String.raw`^(?:(?:${alternation(TIME_OF_DAY)})\s+)?(?:(?:hôm\s+)?nay\s+)?(?:ngày\s+)?(?:\d{1,2}\s*(?:[/.-]|tháng)\s*\d{1,2}(?:\s*(?:[/.-]|năm)\s*\d{4})?|vừa\s+qua|mới\s+đây|hôm\s+qua|sáng\s+nay|chiều\s+nay)\s*(?:\([^)]*\))?\s*,?\s*`,
  'iu',
);
// Where a lead sentence turns from what happened to why: "... nhằm đánh giá", "..., đánh giá".
const PURPOSE = /\s+(?:nhằm|để|với mục đích|theo đó)\s|,\s/u;

export function title(state: State): void {
  const candidates = state.lines.filter((l) => l.kind === 'body');
  const first = candidates[0];
  if (!first) return;
  const text = first.text.trim();
  const words = wordCount(text);
  // A headline is short and is not a paragraph: at most one sentence, no closing full stop needed.
  const isHeadline = words >= 4 && words <= MAX_TITLE_WORDS && sentences({ text, offset: 0 }).length === 1 && !/[.…]$/u.test(text);
  if (isHeadline) {
    first.kind = 'title';
    state.title = text;
    state.titleMeta = { certainty: 'stated', evidence: { text, offset: first.offset }, rule: 'title/headline' };
    return;
  }
  // No headline: the lead's first sentence, without its date phrase and its purpose clause.
  const lead = sentences({ text: first.text, offset: first.offset })[0];
  if (!lead) return;
  let made = lead.text.replace(LEADING_WHEN, '');
  const cut = PURPOSE.exec(made);
  if (cut && wordCount(made.slice(0, cut.index)) >= 5) made = made.slice(0, cut.index);
  made = made.replace(/[\s,.;:…]+$/u, '');
  if (wordCount(made) > 25) made = made.split(/\s+/).slice(0, 25).join(' ') + '…';
  if (wordCount(made) < 4) return;
  state.title = made.charAt(0).toLocaleUpperCase('vi') + made.slice(1);
  state.titleMeta = { certainty: 'inferred', evidence: { text: lead.text, offset: lead.offset }, rule: 'title/from-lead' };
}
