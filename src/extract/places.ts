// Place mentions in a line: committees ("Huyện ủy Vĩnh Thuận", "Thị ủy"), units ("thành phố Vị
// Thanh", "TX. Long Mỹ") and bare province names ("Báo Hậu Giang"). Names are checked against the
// gazetteer, so "Tỉnh ủy Hậu Giang Trần Văn Huyến" yields "Hậu Giang" and not the person.
import type { Level } from '../records/schema.ts';
import { PROVINCES_2024, PROVINCES_2025, findCommunes, findDistricts, findProvince, isKnownPlaceName } from '../gazetteer/index.ts';
import { foldTones } from '../text/fold.ts';
import type { Line } from './state.ts';
import { COMMITTEES, UNIT_WORDS, alternation } from './vocabulary.ts';

export type Mention = {
  kind: 'committee' | 'unit' | 'province-name';
  level: Level;
  /** The place's name as written, or null for "Huyện ủy" with no name after it. */
  name: string | null;
  offset: number;
  /** The whole phrase as written ("Huyện ủy Vĩnh Thuận"). */
  text: string;
};

const LEVEL_OF_COMMITTEE = new Map<string, Level>(COMMITTEES.map(([word, level]) => [word, level]));
const LEVEL_OF_UNIT = new Map<string, Level>(UNIT_WORDS.map(([word, level]) => [word, level]));
// Committee or unit word, not inside a longer word; "Tỉnh ủy viên" is a title, not the committee.
const COMMITTEE_RE = new RegExp(`(?<![\\p{L}])(${alternation(COMMITTEES.map(([w]) => w))})(?![\\p{L}])(?!\\s+viên)`, 'gu');
const UNIT_RE = new RegExp(`(?<![\\p{L}.])(${alternation(UNIT_WORDS.map(([w]) => w))})(?![\\p{L}])`, 'gu');
// Up to five capitalised syllables or numbers after the unit word: "Vĩnh Thuận", "Châu Thành A", "5".
const NAME_AFTER = /[ \t]*(?<name>(?:\p{Lu}[\p{Ll}\p{M}]*|\d{1,2})(?:(?:[ \t]+|[ \t]*[-–][ \t]*)(?:\p{Lu}[\p{Ll}\p{M}]*|\d{1,2})){0,4})/uy;

const PROVINCE_NAMES = [...new Set([...PROVINCES_2024, ...PROVINCES_2025].map((p) => foldTones(p.name)))];
const BARE_PROVINCE_RE = new RegExp(
  `(?<![\\p{L}])(${PROVINCE_NAMES.sort((a, b) => b.length - a.length).map((n) => n.replace(/[-–]/g, '[-–]').replace(/\s+/g, '\\s+')).join('|')})(?![\\p{L}])`,
  'gu',
);

/** The longest prefix of a capitalised run that the gazetteer knows at that level. */
function knownPrefix(run: string, level: Level): string | null {
  const words = run.split(/\s+/);
  for (let n = Math.min(words.length, 5); n >= 1; n--) {
    const candidate = words.slice(0, n).join(' ');
    if (isPlaceAt(candidate, level)) return candidate;
  }
  return null;
}

function isPlaceAt(name: string, level: Level): boolean {
  switch (level) {
    case 'tỉnh': return findProvince(name) !== null;
    case 'thành phố': return findProvince(name) !== null || findDistricts(name, { level }).length > 0;
    case 'huyện': case 'quận': case 'thị xã': return findDistricts(name, { level }).length > 0 || (level !== 'quận' && isKnownPlaceName(name));
    default: return findCommunes(name, { level }).length > 0;
  }
}

// The name after a commune word may be any capitalised phrase (2025 communes are not in the 2024
// list): keep up to three syllables when the gazetteer does not know it.
function communeName(run: string): string {
  return run.split(/\s+/).slice(0, 3).join(' ');
}

export function mentionsIn(line: Pick<Line, 'text' | 'match' | 'offset'>): Mention[] {
  const out: Mention[] = [];
  const taken: [number, number][] = [];
  const scan = (re: RegExp, kind: 'committee' | 'unit', levels: Map<string, Level>) => {
    for (const m of line.match.matchAll(re)) {
      const word = m[1]!;
      const level = levels.get(word.replace(/\s+/g, ' '));
      if (!level) continue;
      const end = m.index + m[0].length;
      if (taken.some(([a, b]) => m.index < b && end > a)) continue;
      NAME_AFTER.lastIndex = end;
      const after = NAME_AFTER.exec(line.text);
      let name: string | null = null;
      let stop = end;
      if (after?.groups?.name) {
        const run = after.groups.name;
        name = knownPrefix(run, level) ?? (level === 'xã' || level === 'phường' || level === 'thị trấn' ? communeName(run) : null);
        if (name) stop = end + after[0].indexOf(run) + name.length;
      }
      if (!name && kind === 'unit') continue; // "thị xã" in running text names nothing
      taken.push([m.index, stop]);
      out.push({ kind, level, name, offset: line.offset + m.index, text: line.text.slice(m.index, stop) });
    }
  };
  scan(COMMITTEE_RE, 'committee', LEVEL_OF_COMMITTEE);
  scan(UNIT_RE, 'unit', LEVEL_OF_UNIT);
  const folded = foldTones(line.text);
  for (const m of folded.matchAll(BARE_PROVINCE_RE)) {
    const end = m.index + m[0].length;
    if (taken.some(([a, b]) => m.index < b && end > a)) continue;
    out.push({ kind: 'province-name', level: 'tỉnh', name: line.text.slice(m.index, end), offset: line.offset + m.index, text: line.text.slice(m.index, end) });
  }
  return out.sort((a, b) => a.offset - b.offset);
}
