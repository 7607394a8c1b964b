// tasks: the directions for the coming period, one clean clause each. The passage opens where the
// chair asks ("đề nghị", "yêu cầu", "nhấn mạnh", "giao nhiệm vụ") or, failing that, where the plan
// for the coming period starts ("6 tháng cuối năm", "thời gian tới"); it runs to the end of that
// paragraph and on through paragraphs that continue it. Items split at sentence ends, at ";"
// before a new verb, and at list dashes; the lead-in ("đề nghị các đơn vị") is dropped.
import type { Line, State } from '../state.ts';
import { bodyLines, isParagraph } from '../state.ts';
import { lineSentences, wordCount } from '../text.ts';
import {
  CONNECTIVES, DIRECTIVE_VERBS, NOT_TASK_AFTER_TRIGGER, NOT_TASK_BEFORE_TRIGGER, PASSAGE_ENDERS,
  TASK_TRIGGERS_STRONG, TASK_TRIGGERS_WEAK, alternation,
} from '../vocabulary.ts';

const word = (list: readonly string[]) => `(?<![\\p{L}])(?:${alternation(list)})(?![\\p{L}])`;
const STRONG_RE = new RegExp(word(TASK_TRIGGERS_STRONG), 'gu');
const WEAK_RE = new RegExp(word(TASK_TRIGGERS_WEAK), 'gu');
// "yêu cầu", "đề nghị" used as nouns: "đáp ứng yêu cầu", "theo đề nghị của".
const NOUN_USE_BEFORE = /(?:đáp ứng|theo|đúng|đảm bảo|bảo đảm|các|những|với|của|về|là|nhiều)(?:\s+(?:tốt|được|đầy đủ))?\s*$/u;
const NOT_BEFORE_RE = new RegExp(`${word(NOT_TASK_BEFORE_TRIGGER)}(?:\\s+\\S+){0,3}\\s*$`, 'u');
const NOT_AFTER_RE = new RegExp(`^\\s*(?:${alternation(NOT_TASK_AFTER_TRIGGER)})(?![\\p{L}])`, 'u');
const VERB_RE = new RegExp(word(DIRECTIVE_VERBS), 'u');
const VERB_START_RE = new RegExp(`^(?:${alternation(DIRECTIVE_VERBS)})(?![\\p{L}])`, 'u');
const CONNECTIVE_RE = new RegExp(`^(?:(?:${alternation(CONNECTIVES)})(?![\\p{L}])[\\s,:]*)+`, 'u');
const LIST_MARKER_RE = /^(?:[-–—+•*]|\d{1,2}[.)]|[a-zđ][.)])\s*/u;
const ENDER_RE = new RegExp(`^(?:${alternation(PASSAGE_ENDERS)})(?![\\p{L}])`, 'u');
const MAX_LEAD_IN_WORDS = 18;

type Sentence = { text: string; match: string; offset: number };
type Trigger = { line: number; sentence: number; at: number; end: number; strong: boolean };

export function tasks(state: State): void {
  const paragraphs = bodyLines(state);
  // The lead states the meeting's agenda ("triển khai nhiệm vụ thời gian tới"), not its directions.
  const firstText = paragraphs.findIndex(isParagraph);
  const from = paragraphs.length > 1 && firstText >= 0 ? firstText + 1 : 0;
  const split = paragraphs.map((line) => lineSentences(line));
  const trigger = findTrigger(split, from, true) ?? findTrigger(split, from, false);
  if (!trigger) return;

  const clauses: Sentence[] = [];
  const first = split[trigger.line]![trigger.sentence]!;
  clauses.push(afterLeadIn(first, trigger));
  clauses.push(...takeWhileContinuing(split[trigger.line]!.slice(trigger.sentence + 1)));
  for (let i = trigger.line + 1; i < paragraphs.length; i++) {
    if (!continues(paragraphs[i]!)) break;
    const more = takeWhileContinuing(split[i]!);
    clauses.push(...more);
    if (more.length < split[i]!.length) break;
  }

  const items = clauses.flatMap(splitClause).map(clean).filter((t) => wordCount(t) >= 3);
  if (!items.length) return;
  state.tasks = items;
  state.tasksMeta = {
    certainty: 'stated',
    evidence: { text: first.text.slice(trigger.at, trigger.end), offset: first.offset + trigger.at },
    rule: trigger.strong ? 'tasks/after-directive-verb' : 'tasks/coming-period',
  };
}

function findTrigger(split: Sentence[][], from: number, strong: boolean): Trigger | null {
  const re = strong ? STRONG_RE : WEAK_RE;
  for (let line = from; line < split.length; line++) {
    const sentences = split[line]!;
    for (let sentence = 0; sentence < sentences.length; sentence++) {
      const s = sentences[sentence]!;
      for (const m of s.match.matchAll(re)) {
        const before = s.match.slice(0, m.index);
        const after = s.match.slice(m.index + m[0].length);
        if (NOT_BEFORE_RE.test(before) || NOT_AFTER_RE.test(after)) continue;
        if (strong && NOUN_USE_BEFORE.test(before)) continue;
        // A plan phrase must lead into something to do, not close a report ("... trong thời gian tới.").
        if (!VERB_RE.test(after) && !after.includes(':')) continue;
        return { line, sentence, at: m.index, end: m.index + m[0].length, strong };
      }
    }
  }
  return null;
}

/** The trigger sentence without its lead-in: after a colon if one follows, else from the first verb. */
function afterLeadIn(s: Sentence, t: Trigger): Sentence {
  const rest = s.match.slice(t.end);
  const colon = rest.indexOf(':');
  let cut = t.end;
  if (colon >= 0 && wordCount(rest.slice(0, colon)) <= 30) {
    cut = t.end + colon + 1;
  } else {
    const verb = VERB_RE.exec(rest);
    if (verb && wordCount(rest.slice(0, verb.index)) <= MAX_LEAD_IN_WORDS) cut = t.end + verb.index;
  }
  const lead = s.text.length - s.text.slice(cut).trimStart().length;
  return { text: s.text.slice(lead), match: s.match.slice(lead), offset: s.offset + lead };
}

function continues(line: Line): boolean {
  const m = line.match.trimStart();
  if (ENDER_RE.test(m)) return false;
  return LIST_MARKER_RE.test(m) || CONNECTIVE_RE.test(m) || VERB_START_RE.test(m);
}

function takeWhileContinuing(sentences: Sentence[]): Sentence[] {
  const out: Sentence[] = [];
  for (const s of sentences) {
    if (ENDER_RE.test(s.match)) break;
    out.push(s);
  }
  return out;
}

/** A sentence → its directions: ";" splits only where a new verb starts ("...; nâng cao ..."). */
function splitClause(s: Sentence): string[] {
  const parts: string[] = [];
  let current = '';
  const pieces = s.text.split(/;\s*/u);
  const matches = s.match.split(/;\s*/u);
  pieces.forEach((piece, i) => {
    const next = (matches[i] ?? '').replace(CONNECTIVE_RE, '').replace(LIST_MARKER_RE, '');
    if (i > 0 && VERB_START_RE.test(next)) {
      parts.push(current);
      current = piece;
    } else {
      current = i === 0 ? piece : `${current}; ${piece}`;
    }
  });
  parts.push(current);
  return parts;
}

/** Without list markers, joining words and closing punctuation. */
function clean(item: string): string {
  let t = item.trim().replace(LIST_MARKER_RE, '');
  const connective = CONNECTIVE_RE.exec(t.toLowerCase());
  if (connective && VERB_START_RE.test(t.toLowerCase().slice(connective[0].length))) t = t.slice(connective[0].length);
  t = t.replace(/[\s,;:.…]+$/u, '').replace(/\.{2,}$/u, '').trim();
  // A direction reads on from its lead-in, so it starts in lower case, unless it opens with a name
  // ("Ủy ban MTTQ ...") or an acronym.
  if (/^\p{Lu}[\p{Ll}\p{M}]*\s+\p{Lu}|^\p{Lu}{2}/u.test(t)) return t;
  return t.charAt(0).toLocaleLowerCase('vi') + t.slice(1);
}
