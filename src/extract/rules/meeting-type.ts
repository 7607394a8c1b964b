// meeting-type: one key of the fixed vocabulary. The headline decides first, then the lead, then
// the rest of the body; within one of them the first key of MEETING_PHRASES that matches wins, so a
// "Hội nghị Ban Chấp hành ... sơ kết" is a plenary and a UBND session is `khac` whoever chairs it.
import { MEETING_TYPES, type MeetingTypeKey } from '../../records/schema.ts';
import { leadLine, type Line, type State } from '../state.ts';
import { MEETING_PHRASES, alternation } from '../vocabulary.ts';
import { firstMatchNotAfter } from '../text.ts';

// "Ban Thường vụ Huyện ủy Quỳnh Lưu họp phiên thường kỳ": the standing committee meets, with its name between.
const STANDING_COMMITTEE_MEETS = String.raw`(?:ban thường vụ|btv)\s+(?:\S+\s+){0,5}?(?:họp|tổ chức hội nghị thường kỳ)(?![\p{L}])`;
// Not after a letter: tested where a phrase starts (see eachMatchNotAfter), twice as fast as a look back leading the pattern.
const PATTERNS = MEETING_PHRASES.map(([key, phrases]) => [
  key as MeetingTypeKey,
  new RegExp(`(?:${alternation(phrases)}${key === 'hoi-nghi-btv' ? `|${STANDING_COMMITTEE_MEETS}` : ''})(?![\\p{L}])`, 'gu'),
] as const);
// A meeting named as the target of a plan ("để trình Hội nghị Ban Chấp hành cuối năm") is not this one.
// "Nghị quyết số 03-NQ/HU ngày 15/9/2020 của Ban Chấp hành Đảng bộ huyện": its issuer, with the date between.
const DOCUMENT_BEFORE = /(?:nghị quyết|kết luận|chỉ thị|quy định|văn kiện)(?:\s+(?:số\s+)?[\p{L}\d\-/.]+){0,2}(?:\s+ngày\s+[\d/.\-]+)?(?:\s+của)?\s+$/u;
// "tiếp xúc cử tri trước kỳ họp thứ mười HĐND huyện": the session before or after which this meeting is held.
const PLANNED_BEFORE = /(?:trình|chuẩn bị|tiến tới|phục vụ|chào mừng|tham gia|tham dự)\s+(?:\S+\s+){0,2}$|(?<![\p{L}])(?:trước|sau)\s+$/u;
// In the headline and the lead, attending ("tham dự") is this meeting; preparing one is another's.
const PREPARED_BEFORE = /(?:trình|chuẩn bị|tiến tới|phục vụ)\s+(?:\S+\s+){0,2}$|(?<![\p{L}])(?:trước|sau)\s+$/u;
// "Kết luận ... của Hội nghị lần thứ tư Ban Chấp hành Trung ương": the Central Committee's plenary, never a local one.
const CENTRAL_AFTER = /^[^.;,]{0,30}?(?<![\p{L}])trung ương(?![\p{L}])/u;
// "Đại hội" as the event itself (headline or "tổ chức/khai mạc Đại hội"), not "Nghị quyết Đại hội ...".
// "Chỉ thị số 35-CT/TW ... về đại hội đảng bộ các cấp": what a document is about, and congresses at every level, are no one congress;
// "cho ý kiến vào kế hoạch tổ chức đại hội chi bộ": a plan for congresses to come.
// "dự thảo Báo cáo chính trị trình Đại hội": a document for the congress to come.
const CONGRESS_NOT_EVENT = /(?:nghị quyết|văn kiện|tinh thần|chuẩn bị|nhân sự|tiến tới|chào mừng|sau|thành công của|kết quả|về|kế hoạch|trình)\s+(?:\S+\s+){0,2}đại hội[^.;]*$/u;
// "làm việc ... về tình hình thực hiện nhiệm vụ và việc triển khai Nghị quyết": a roll-out as a topic
// of the meeting, not a meeting held to roll a resolution out.
const TOPIC_BEFORE = /(?:việc|tình hình|kết quả|tiến độ)\s+$/u;
const CONGRESSES_EVERYWHERE = /^\s*các cấp(?![\p{L}])/u;
// "các đồng chí Ủy viên Ban Chấp hành Đảng bộ thị xã" attend: a title, not the meeting.
const MEMBER_BEFORE = /ủy viên\s+$/u;
// A plenary is named with "lần thứ", "(mở rộng)", "Ban Chấp hành": a bare "Hội nghị Huyện ủy" needs one of these.
const PLENARY_EVIDENCE = /ban chấp hành|bch|lần thứ|mở rộng|hội nghị (?:tỉnh|thành|huyện|quận|thị) ủy/u;

export function meetingType(state: State): void {
  const title = state.lines.filter((l) => l.kind === 'title');
  const body = state.lines.filter((l) => l.kind === 'body');
  const lead = [leadLine(state)].filter((l): l is Line => l !== undefined);
  // The headline and the lead are read together: "Hội nghị lần thứ 7 (mở rộng)" in the lead makes a
  // plenary of a headline's "tổng kết công tác năm".
  const scopes: [scope: 'headline-or-lead' | 'body', lines: readonly Line[]][] = [['headline-or-lead', [...title, ...lead]], ['body', body]];
  for (const [scope, lines] of scopes) {
    const found = classify(lines, scope === 'body') ?? (scope === 'headline-or-lead' ? standingCommitteeHolds(lines) : null);
    if (found) {
      state.meetingType = {
        key: found.key, label: MEETING_TYPES[found.key],
        certainty: scope === 'body' ? 'inferred' : 'stated',
        evidence: found.evidence, rule: `meeting-type/${scope}`,
      };
      return;
    }
  }
}

// "Ban Thường vụ Tỉnh ủy Tuyên Quang tổ chức hội nghị cho ý kiến vào Đề án ...": the standing committee
// holds a meeting of its own. Only when no other key names the meeting: "Ban Thường vụ Huyện ủy tổ chức
// hội nghị sơ kết ..." is a review, "... hội nghị quán triệt ..." a roll-out.
// (Its name between, no comma: "Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban ... cho ý kiến" is a member speaking.)
const STANDING_COMMITTEE_HOLDS_RE = /(?<![\p{L}])(?:ban thường vụ|btv)\s+(?:[^\s,]+\s+){0,5}?(?:tổ chức hội nghị|cho ý kiến)(?![\p{L}])/u;

function standingCommitteeHolds(lines: readonly Line[]): { key: MeetingTypeKey; evidence: { text: string; offset: number } } | null {
  for (const line of lines) {
    const m = STANDING_COMMITTEE_HOLDS_RE.exec(line.match);
    if (m && !DOCUMENT_BEFORE.test(line.match.slice(Math.max(0, m.index - 60), m.index)) && !MEMBER_BEFORE.test(line.match.slice(Math.max(0, m.index - 12), m.index))) {
      return { key: 'hoi-nghi-btv', evidence: { text: line.text.slice(m.index, m.index + m[0].length), offset: line.offset + m.index } };
    }
  }
  return null;
}

function classify(lines: readonly Line[], weak: boolean): { key: MeetingTypeKey; evidence: { text: string; offset: number } } | null {
  let best: { rank: number; key: MeetingTypeKey; evidence: { text: string; offset: number } } | null = null;
  for (const line of lines) {
    PATTERNS.forEach(([key, re], rank) => {
      if (best && best.rank <= rank) return;
      // In running text only the strongest signals count; "tổng kết" or "đối thoại" mentioned in passing
      // do not (and the other patterns need not run over the body at all).
      if (weak && !['lam-viec', 'giao-ban', 'hoi-nghi-bch', 'hoi-nghi-btv'].includes(key)) return;
      const m = firstMatchNotAfter(re, line.match);
      if (!m) return;
      if (key === 'dai-hoi' && (CONGRESS_NOT_EVENT.test(line.match.slice(0, m.index + m[0].length)) || CONGRESSES_EVERYWHERE.test(line.match.slice(m.index + m[0].length)))) return;
      if (key === 'khac' && weak) return;
      // "giao Ban Xây dựng Đảng Tỉnh ủy tham mưu ...": a task handed to a board, not a briefing ("họp giao ban").
      if (key === 'giao-ban' && line.text.startsWith('giao B', m.index)) return;
      if ((weak ? PLANNED_BEFORE : PREPARED_BEFORE).test(line.match.slice(Math.max(0, m.index - 40), m.index))) return;
      if (key === 'hoi-nghi-bch' && CENTRAL_AFTER.test(line.match.slice(m.index + m[0].length, m.index + m[0].length + 60))) return;
      if (key === 'quan-triet' && TOPIC_BEFORE.test(line.match.slice(Math.max(0, m.index - 12), m.index))) return;
      if (key === 'hoi-nghi-bch' && (!PLENARY_EVIDENCE.test(m[0]) || MEMBER_BEFORE.test(line.match.slice(Math.max(0, m.index - 12), m.index)))) return;
      // "quán triệt Nghị quyết Hội nghị lần thứ tư Ban Chấp hành Trung ương": a document's name, not this meeting.
      if (key !== 'khac' && DOCUMENT_BEFORE.test(line.match.slice(Math.max(0, m.index - 60), m.index))) return;
      best = { rank, key, evidence: { text: line.text.slice(m.index, m.index + m[0].length), offset: line.offset + m.index } };
    });
  }
  return best;
}
