// chair: the official who presided ("chủ trì"). When the text names nobody as presiding, the
// senior official who gave the directions stands in, marked inferred. Attending ("dự") and being
// elected make nobody the chair.
import type { State } from '../state.ts';
import { bodyLines } from '../state.ts';
import { peopleIn, type Person } from '../people.ts';
import { lineSentences } from '../text.ts';
import { CHAIR_VERBS, DIRECTING_VERBS, NOT_CHAIR_CONTEXT, alternation } from '../vocabulary.ts';
import { nameKey } from '../../text/fold.ts';

const CHAIR_RE = new RegExp(`(?<![\\p{L}])(?:${alternation(CHAIR_VERBS)})(?![\\p{L}])`, 'u');
const DIRECTING_RE = new RegExp(`(?<![\\p{L}])(?:${alternation(DIRECTING_VERBS)})(?![\\p{L}])`, 'u');
const NOT_CHAIR_RE = new RegExp(`(?:${alternation(NOT_CHAIR_CONTEXT)})`, 'u');
const ATTENDING_OPENER = /^(?:đến\s+)?(?:tham\s+)?dự\s|^cùng\s+dự\s|^tới\s+dự\s/u;
// Petitioners and delegates who "đề nghị" are not the officials giving directions.
const NOT_DIRECTING_SPEAKER = /(?:cử tri|người dân|nhân dân|đại biểu|bà con)\s+(?:\S+\s+){0,3}(?:đề nghị|kiến nghị|phản ánh)/u;

type Sentence = { text: string; match: string; offset: number };

export function chair(state: State): void {
  const sentences: Sentence[] = bodyLines(state).flatMap((line) => lineSentences(line));
  // Everyone the text names, parsed only when a chair is given by title alone.
  let named: Person[] | null = null;
  const everyone = () => (named ??= sentences.flatMap((s) => peopleIn(s.text, s.offset)));

  for (const s of sentences) {
    const verb = CHAIR_RE.exec(s.match);
    if (!verb || NOT_CHAIR_RE.test(s.match)) continue;
    const person = presiding(s, verb.index);
    if (person) {
      set(state, person, 'stated', s, 'chair/presided');
      return;
    }
    // "Bí thư Huyện ủy chủ trì" with no name here: the person the text names with that title elsewhere.
    const byTitle = personByTitle(s.text.slice(0, verb.index), everyone);
    if (byTitle) {
      set(state, byTitle, 'inferred', s, 'chair/presided-title-named-elsewhere');
      return;
    }
  }
  for (const s of sentences) {
    const verb = DIRECTING_RE.exec(s.match);
    if (!verb || NOT_CHAIR_RE.test(s.match) || NOT_DIRECTING_SPEAKER.test(s.match)) continue;
    const people = peopleIn(s.text, s.offset);
    const person = people[0] ?? personByTitle(s.text.slice(0, verb.index), everyone);
    if (person) {
      set(state, person, 'inferred', s, 'chair/gave-directions');
      return;
    }
  }
}

/** The presiding person of a sentence with "chủ trì": named before the verb, else right after it. */
function presiding(s: Sentence, verbAt: number): Person | null {
  let people = peopleIn(s.text, s.offset);
  // "Dự hội nghị có đồng chí A ...; đồng chí B ... chủ trì": only B's clause speaks of presiding.
  if (ATTENDING_OPENER.test(s.match) && s.match.slice(0, verbAt).includes(';')) {
    const clauseStart = s.offset + s.match.slice(0, verbAt).lastIndexOf(';');
    people = people.filter((p) => p.offset > clauseStart);
  }
  const verbOffset = s.offset + verbAt;
  return people.find((p) => p.offset < verbOffset) ?? people.find((p) => p.offset > verbOffset) ?? null;
}

/** "đồng chí Bí thư Tỉnh ủy": whoever the text names with that title. */
function personByTitle(before: string, everyone: () => Person[]): Person | null {
  const titled = /(?:[Đđ]ồng chí\s+)?((?:Phó\s+)?(?:Bí thư|Chủ tịch|Trưởng ban)[^,;.]*?)\s*$/u.exec(before);
  if (!titled) return null;
  const wanted = nameKey(titled[1]!);
  const matches = everyone().filter((p) => p.title && nameKey(p.title).split(/,\s*/u).some((t) => t === wanted || t.endsWith(wanted)));
  const names = new Set(matches.map((p) => p.name));
  return names.size === 1 ? matches[0]! : null;
}

function set(state: State, person: Person, certainty: 'stated' | 'inferred', s: Sentence, rule: string): void {
  state.chair = {
    name: person.name,
    title: person.title,
    certainty,
    evidence: { text: s.text.length > 300 ? s.text.slice(0, 300) + '…' : s.text, offset: s.offset },
    rule,
  };
}
