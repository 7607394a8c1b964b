// locality and province: the unit whose committee the article is about, and its province through
// the gazetteer. The publishing portal is not the locality (its lines are noise by now). A name
// found in several provinces stays without a province unless the text itself decides.
import type { Level, Province } from '../../records/schema.ts';
import {
  districtsByCode, findCity, findCommunes, findCommunes2025, findDistricts, findProvince, provinceByCode, provinceOnDate, provinceToday, REFORM_DATE,
  type DistrictEntry, type ProvinceEntry,
} from '../../gazetteer/index.ts';
import { inPersonName, namesIntroduced, type Introduced } from '../people.ts';
import { COMMUNE_LEVELS, mentionsIn, type Mention } from '../places.ts';
import type { Line, State } from '../state.ts';
import { leadLine, note } from '../state.ts';
import { eachMatch, lineSentences } from '../text.ts';
import { matchForm } from '../../text/fold.ts';

// "làm việc với Ban Thường vụ Huyện ủy X", "làm việc tại huyện X": the lower unit is the subject.
const WORKS_WITH = /(?:làm việc|buổi làm việc|kiểm tra|giám sát|thăm)\s+(?:với|tại)\s+/gu;
// "Nghị quyết Đại hội Đảng bộ tỉnh Thanh Hóa": a unit named as a document's issuer is not the meeting's.
const DOCUMENT_BEFORE = /(?:nghị quyết|chỉ thị|kết luận|văn kiện|quyết định|kế hoạch|đề án|chương trình|quy định|hướng dẫn|thông báo)(?:\s+(?:số\s+)?[\p{L}\d\-/.]+){0,4}\s+$/u;
const DEPARTMENT_BEFORE_RE = /^(?:các\s+)?(?:sở|bộ|cục|tổng cục|chi cục|ngân hàng|công ty|tổng công ty|trường|bệnh viện|viện|ban quản lý)(?![\p{L}])/u;
const DISTRICT_LEVELS = new Set<Level>(['huyện', 'quận', 'thị xã', 'thành phố']);
const RANK: Record<Level, number> = { 'tỉnh': 0, 'thành phố': 1, 'huyện': 1, 'quận': 1, 'thị xã': 1, 'xã': 2, 'phường': 2, 'thị trấn': 2, 'đặc khu': 2 };

type Resolved = { province: ProvinceEntry; evidence: Mention; certainty: 'stated' | 'inferred'; rule: string };

export function locality(state: State): void {
  const title = state.lines.filter((l) => l.kind === 'title');
  const body = state.lines.filter((l) => l.kind === 'body');
  const lead = leadLine(state);
  // The whole text is scanned only when the lead does not settle the question; the title and the
  // lead, read first, are not read again.
  let all: Mention[] | null = null;
  const introduced = () => namesIntroduced(state);
  const read = new Map<Line, Mention[]>();
  const mentionsOf = (l: Line) => {
    let mentions = read.get(l);
    if (!mentions) read.set(l, (mentions = mergeCommitteeAndUnit(outsideNames(l, mentionsIn(l), introduced))));
    return mentions;
  };
  const everywhere = () => (all ??= [...title, ...body].flatMap(mentionsOf));
  const leadMentions = [...title, ...(lead ? [lead] : [])].flatMap(mentionsOf);

  const subject = chooseSubject([...(lead ? [lead] : []), ...title], leadMentions, state.text) ?? chooseSubject([], everywhere().filter((m) => m.kind !== 'province-name'), state.text);
  if (!subject) {
    // Only a province named (a provincial paper's "Hậu Giang: ..." headline)? Then that is the locality.
    const provinces = distinctProvinces(everywhere().filter(namesProvince), state.date?.value);
    if (provinces.length === 1) setProvinceLocality(state, provinces[0]!, 'inferred', 'locality/only-province-named');
    else note(state, 'locality/none', 'warning', 'the text names no committee or unit that the article is about');
    return;
  }

  // After the reform a commune's name is the new one the text writes out, not an older commune's
  // that begins the same way.
  const date = state.date?.value ?? state.published?.value.slice(0, 10);
  let named = subject.longer && eraOf(date) === 2025 ? { ...subject, ...subject.longer } : subject;
  const chosen = named;
  let certainty: 'stated' | 'inferred' = 'stated';
  // How a name found elsewhere was found, where not by its own name in the text.
  let via: { text: string; rule: string } | null = null;
  if (!subject.name) {
    // "Thị ủy" without a name: a name the text states elsewhere for that level counts, nothing else.
    const sameLevel = everywhere().filter((m) => m.name && (m.level === subject.level || (subject.level === 'tỉnh' && m.kind === 'province-name')));
    const names = [...new Map(sameLevel.map((m) => [keyOf(m), m])).values()];
    const provincesNamed = subject.level === 'tỉnh' ? distinctProvinces(sameLevel, state.date?.value) : [];
    // "Bí thư Huyện ủy ... kiểm tra ... tại các xã Hiền Lương, Xuân Áng, ... và thị trấn Hạ Hòa": a
    // district committee's own communes, all in one district, name it.
    const communes = names.length === 0 && eraOf(date) === 2024 && DISTRICT_LEVELS.has(subject.level) ? communesOfOneDistrict(everywhere(), subject.level, date!) : null;
    let issuer: Mention | null = null;
    if (names.length === 1 || provincesNamed.length === 1) {
      named = { ...subject, name: names.length === 1 ? names[0]!.name : provincesNamed[0]!.name };
      certainty = 'inferred';
    } else if (communes) {
      named = { ...subject, name: communes.district.name };
      certainty = 'inferred';
      via = { text: `${subject.text} … ${communes.mentions.map((m) => m.text).join(', ')}`, rule: 'locality/unnamed-committee+its-communes' };
    } else if ((issuer = issuerUnit(state, subject.level))) {
      named = { ...subject, name: issuer.name };
      certainty = 'inferred';
      via = { text: `${subject.text} … ${issuer.text}`, rule: 'locality/unnamed-committee+issuer' };
    } else {
      state.locality = { name: null, level: subject.level, certainty: 'stated', evidence: { text: subject.text, offset: subject.offset }, rule: 'locality/unnamed-committee' };
      note(state, 'locality/unnamed', 'warning', `"${subject.text}" is never named in the text, so its province is unknown`);
      return;
    }
  }

  const resolved = resolveProvince(state, named, everywhere);
  const level = named.kind === 'province-name' ? 'tỉnh' : named.level;
  state.locality = {
    name: named.name,
    level: level === 'thành phố' && resolved?.province.kind === 'thanh-pho-trung-uong' ? 'thành phố' : level,
    certainty,
    evidence: { text: named === chosen ? named.text : (via?.text ?? `${subject.text} … ${named.name}`), offset: subject.offset },
    rule: named === chosen ? `locality/${subject.kind}` : (via?.rule ?? 'locality/unnamed-committee+name-in-text'),
  };
  // A province reached through a name found elsewhere is no more certain than that name.
  if (resolved) setProvince(state, certainty === 'inferred' ? { ...resolved, certainty } : resolved);
}

/**
 * A place name inside a person's name names no place: "Đồng chí Hà Giang Sơn", "đồng chí Trần Hà
 * Nam" (after an honorific the words are a name), "Bí thư Huyện ủy Đồng Xuân Hiếu" in a text that
 * names "đồng chí Đồng Xuân Hiếu". A committee so named keeps its level without the name ("Huyện ủy"); a unit or a
 * bare province name is dropped.
 */
function outsideNames(line: Line, mentions: Mention[], introduced: () => Introduced): Mention[] {
  const out: Mention[] = [];
  for (const m of mentions) {
    const end = m.offset - line.offset + m.text.length;
    if (!m.name || !inPersonName(line.text, line.match, end - m.name.length, end, introduced)) out.push(m);
    else if (m.kind === 'committee') out.push({ ...m, name: null, text: m.text.slice(0, m.text.length - m.name.length).trimEnd() });
  }
  return out;
}

/** "Thành ủy thành phố Vị Thanh": the committee takes the unit's name. */
function mergeCommitteeAndUnit(mentions: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of mentions) {
    const prev = out.at(-1);
    if (prev && prev.kind === 'committee' && !prev.name && m.kind === 'unit' && m.level === prev.level && m.offset - (prev.offset + prev.text.length) <= 2) {
      out[out.length - 1] = { ...prev, name: m.name, text: `${prev.text} ${m.text}` };
    } else out.push(m);
  }
  return out;
}

/** The unit an article is about, from `mentions`; `framing` (the lead, then the headline) is where a
 * higher body is said to work with a lower one. */
function chooseSubject(framing: readonly Line[], mentions: Mention[], text: string): Mention | null {
  const all = mentions.filter((m) => m.kind !== 'province-name' && !namesADocument(m, text) && !(m.kind === 'committee' && !m.name && isPlural(m, text)));
  // "Dự hội nghị có đồng chí X, Phó Bí thư Thường trực Tỉnh ủy Kiên Giang": a committee in a person's
  // title tells who they are, not whose meeting it is; it is the subject only when no other committee is named.
  const untitled = all.filter((m) => !(m.kind === 'committee' && inTitle(m, text)));
  const places = untitled.some((m) => m.kind === 'committee') ? untitled : all;
  // A higher body working with a lower one: the lower unit named right after "làm việc với".
  for (const line of framing) {
    // "Ban Thường vụ Thành ủy họp phiên thường kỳ tháng 5; Thường trực Thành ủy làm việc với Đảng ủy
    // phường Đông Kinh": a headline of two events is about the first, which the lead reports.
    const firstEvent = line.kind === 'title' && line.match.includes(';') ? line.offset + line.match.indexOf(';') : Infinity;
    for (const s of lineSentences(line)) {
      for (const w of eachMatch(WORKS_WITH, s.match)) {
        const from = s.offset + w.index + w[0].length;
        if (s.offset + w.index > firstEvent) break;
        const target = places.find((m) => m.offset >= from && m.offset - from <= 60 && m.name);
        // "làm việc với Sở Tài nguyên và Môi trường tỉnh Khánh Hòa": a department's province, not a lower committee.
        if (target && !DEPARTMENT_BEFORE_RE.test(matchForm(text.slice(from, target.offset)))) return target;
      }
    }
  }
  const committee = places.find((m) => m.kind === 'committee' && m.name) ?? null;
  const unit = places.find((m) => m.kind === 'unit' && m.name) ?? null;
  const unnamed = places.find((m) => m.kind === 'committee' && !m.name) ?? null;
  // The first named committee is the subject; a named unit stands in, unless an unnamed committee
  // of a higher level came first ("Thường trực Tỉnh ủy làm việc ... thành phố X" is handled above).
  const firstNamed = [committee, unit].filter((m): m is Mention => m !== null).sort((a, b) => a.offset - b.offset)[0] ?? null;
  if (unnamed && (!firstNamed || (unnamed.offset < firstNamed.offset && RANK[unnamed.level] <= RANK[firstNamed.level] && unnamed.level !== firstNamed.level))) {
    return unnamed;
  }
  return committee ?? firstNamed;
}

// Title words right before a committee ("Bí thư Huyện ủy", "Ủy viên Ban Thường vụ Tỉnh ủy"), or one of
// its boards and offices ("Trưởng Ban Tổ chức Thành ủy", "lãnh đạo Văn phòng Tỉnh ủy"), in match form.
const TITLE_BEFORE = /(?:bí thư(?:\s+thường trực)?|chủ tịch|ủy viên(?:\s+ban thường vụ|\s+ban chấp hành)?|trưởng ban|giám đốc|ban (?:tổ chức|tuyên giáo(?: và dân vận)?|dân vận|nội chính|kinh tế)|ủy ban kiểm tra|văn phòng)\s+$/u;
const inTitle = (m: Mention, text: string): boolean => TITLE_BEFORE.test(matchForm(text.slice(Math.max(0, m.offset - 40), m.offset)));

// "đại diện các đảng ủy xã, thị trấn": several committees, none of them the one whose meeting it is.
const PLURAL_BEFORE_RE = /(?:^|\s)(?:các|những|mỗi|từng)\s+$/u;
const isPlural = (m: Mention, text: string): boolean => PLURAL_BEFORE_RE.test(matchForm(text.slice(Math.max(0, m.offset - 12), m.offset)));

/** A mention that names a province: "tỉnh X", a bare province name, or "thành phố Cần Thơ" (distinctProvinces keeps only real provinces). */
const namesProvince = (m: Mention): boolean => m.kind === 'province-name' || m.level === 'tỉnh' || m.level === 'thành phố';

// "các phường Phú Cường, Hiệp Thành, Chánh Nghĩa, Phú Thọ và Chánh Mỹ": in a list of units, a bare name is one
// more of them (a ward Phú Thọ), not the province of that name.
const UNIT_LIST_BEFORE_RE = /(?:các|những)\s+(?:xã|phường|thị trấn|huyện|quận|thị xã|ấp|thôn|khóm|tổ dân phố)\s+(?:[^\s,.;:()]+(?:\s+[^\s,.;:()]+){0,3}\s*(?:,|và)\s*)+$/u;
const inUnitList = (m: Mention, text: string): boolean =>
  m.kind === 'province-name' && UNIT_LIST_BEFORE_RE.test(matchForm(text.slice(Math.max(0, m.offset - 120), m.offset)));

const keyOf = (m: Mention) => `${m.level}|${m.name}`;

function namesADocument(m: Mention, text: string): boolean {
  return DOCUMENT_BEFORE.test(matchForm(text.slice(Math.max(0, m.offset - 60), m.offset)));
}

function distinctProvinces(mentions: Mention[], date: string | undefined): (ProvinceEntry & { via: Mention })[] {
  const seen = new Map<string, ProvinceEntry & { via: Mention }>();
  for (const m of mentions) {
    if (!m.name) continue;
    const p = findProvince(m.name, eraOf(date));
    if (p && !seen.has(p.code)) seen.set(p.code, { ...p, via: m });
  }
  return [...seen.values()];
}

const eraOf = (date: string | undefined): 2024 | 2025 | undefined => (date === undefined ? undefined : date >= REFORM_DATE ? 2025 : 2024);

/** The province of a named unit; deciders are other places the text names. */
function resolveProvince(state: State, m: Mention, everywhere: () => Mention[]): Resolved | null {
  // Without an event date, the publication date still tells which side of the 2025 reform the text is on.
  const date = state.date?.value ?? state.published?.value.slice(0, 10);
  const era = eraOf(date);
  const name = m.name!;
  if (m.kind === 'province-name' || m.level === 'tỉnh') {
    const found = findProvince(name, era);
    // The province as it was on the date: "Tỉnh ủy Thừa Thiên Huế" in 2023 is Thừa Thiên Huế, not Huế.
    const p = found && date && found.era === 2024 ? (provinceOnDate(found.code, date) ?? found) : found;
    if (p) return { province: p, evidence: m, certainty: 'stated', rule: 'province/named' };
    note(state, 'province/unknown-name', 'warning', `"${name}" is not a province in the gazetteer`);
    return null;
  }
  // Provinces the text names, and the provinces of other units it names, decide between candidates.
  const provincesNamed = () => distinctProvinces(everywhere().filter((o) => namesProvince(o) && !inUnitList(o, state.text)), date);
  // From 1 July 2025 a commune is in the list of that day, under one of the 34 provinces: the province
  // the text names among the commune's is stated; else "xã Óc Eo" is An Giang's (the only one), whatever
  // other province the text names in passing. (A special zone exists from then only, whatever the text's date.)
  if (COMMUNE_LEVELS.has(m.level) && (era === 2025 || m.level === 'đặc khu')) {
    const codes = [...new Set(findCommunes2025(name, { level: m.level }).map((c) => c.provinceCode))];
    const among = codes.length ? provincesNamed().filter((p) => p.era === 2025 && codes.includes(p.code)) : [];
    if (among.length === 1) return { province: among[0]!, evidence: among[0]!.via, certainty: 'stated', rule: 'province/named-2025' };
    const only = codes.length === 1 ? provinceByCode(codes[0]!, 2025) : null;
    if (only) return { province: only, evidence: m, certainty: 'inferred', rule: 'province/gazetteer-2025' };
  }
  const provinceCodes = new Set<string>();
  if (m.level === 'thành phố') {
    const city = findCity(name, date);
    if (city.province && m.kind === 'committee') return { province: city.province, evidence: m, certainty: 'stated', rule: 'province/centrally-run-city' };
    for (const d of city.districts) provinceCodes.add(d.provinceCode);
    if (city.province && provinceCodes.size === 0) return { province: city.province, evidence: m, certainty: 'stated', rule: 'province/centrally-run-city' };
  } else if (DISTRICT_LEVELS.has(m.level)) {
    for (const d of findDistricts(name, date ? { level: m.level, date } : { level: m.level })) provinceCodes.add(d.provinceCode);
  } else if (COMMUNE_LEVELS.has(m.level)) {
    for (const c of findCommunes(name, { level: m.level })) provinceCodes.add(c.provinceCode);
    // "xã Tân Phú, huyện Đồng Phú": the district the text puts the commune in decides, even where the
    // gazetteer's communes (one snapshot, before later renamings) do not list it there.
    const parent = parentUnit(m, everywhere(), state.text);
    if (parent) {
      const codes = new Set(findDistricts(parent.name!, date ? { level: parent.level, date } : { level: parent.level }).map((d) => d.provinceCode));
      const inBoth = [...codes].filter((code) => provinceCodes.has(code));
      const code = codes.size === 1 ? [...codes][0]! : inBoth.length === 1 ? inBoth[0]! : null;
      const p = code ? onDate(code, date) : null;
      if (p) return { province: p, evidence: parent, certainty: 'inferred', rule: 'province/parent-district' };
    }
  }

  if (era === 2025) {
    // After the reform communes sit directly under the 34 provinces: the province the text names decides.
    const merged = provincesNamed().filter((p) => p.era === 2025);
    if (merged.length === 1) return { province: merged[0]!, evidence: merged[0]!.via, certainty: 'stated', rule: 'province/named-2025' };
    // "phường Hiệp Thành ... của thành phố Bạc Liêu (tỉnh Bạc Liêu cũ)": the former province names the one
    // it became part of, before any older unit of the same name elsewhere.
    if (merged.length === 0) {
      const successor = successorOfFormer(everywhere());
      if (successor) return { province: successor, evidence: successor.via, certainty: 'inferred', rule: 'province/successor-of-former' };
    }
  }
  const candidates = [...provinceCodes].sort();
  if (candidates.length === 1) {
    const p = onDate(candidates[0]!, date);
    if (p) return { province: p, evidence: m, certainty: 'inferred', rule: 'province/gazetteer-unique' };
  }
  const named = provincesNamed();
  if (candidates.length === 0) {
    if (named.length === 1) return { province: named[0]!, evidence: named[0]!.via, certainty: 'stated', rule: 'province/named-in-text' };
    const portal = portalAddress(state, m, null, date);
    if (portal) return portal;
    note(state, 'province/unknown-unit', 'warning', `"${m.text}" is not in the gazetteer and the text names no single province`);
    return null;
  }
  const byName = named.filter((p) => candidates.includes(p.code));
  if (byName.length === 1) return { province: onDate(byName[0]!.code, date) ?? byName[0]!, evidence: byName[0]!.via, certainty: 'inferred', rule: 'province/decided-by-province-named' };
  // Other units the text names, found in only one of the candidate provinces, decide: a district's
  // neighbour, or one of its communes ("Huyện ủy Chợ Mới ... xã Như Cố").
  const neighbours = new Set<string>();
  for (const other of everywhere()) {
    if (other === m || !other.name || other.name === name || other.kind === 'province-name' || other.level === 'tỉnh') continue;
    const units = COMMUNE_LEVELS.has(other.level) ? findCommunes(other.name, { level: other.level }) : findDistricts(other.name, { level: other.level });
    const codes = new Set(units.map((d) => d.provinceCode).filter((code) => candidates.includes(code)));
    if (codes.size === 1) {
      const [code] = codes;
      if (candidates.includes(code!)) neighbours.add(code!);
    }
  }
  if (neighbours.size === 1) {
    const [code] = neighbours;
    const p = onDate(code!, date);
    if (p) return { province: p, evidence: m, certainty: 'inferred', rule: 'province/decided-by-neighbour' };
  }
  const portal = portalAddress(state, m, candidates, date);
  if (portal) return portal;
  note(state, 'province/ambiguous', 'warning', `"${m.text}" exists in ${candidates.length} provinces (codes ${candidates.join(', ')}) and nothing in the text decides which`);
  return null;
}

// A document's own lines that name who issued it: "Cơ quan ban hành: Đảng ủy xã Phong Nha", the letterhead
// beside "ĐẢNG CỘNG SẢN VIỆT NAM" ("ĐẢNG BỘ TỈNH QUẢNG TRỊ ... ĐẢNG ỦY XÃ PHONG NHA").
const ISSUER_LINE_RE = /cơ quan ban hành|đảng cộng sản việt nam/u;

/**
 * "Thông báo kết luận của Ban Thường vụ Đảng ủy xã ..." under the letterhead "ĐẢNG ỦY XÃ PHONG NHA": the
 * document's issuer names the unnamed committee. The one committee of that level those lines name (noise
 * by now), or null when they name none or several. (A portal's own name, "CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN
 * HƯỚNG HÓA", is no issuer: it does not name a "Huyện ủy" its article leaves unnamed.)
 */
function issuerUnit(state: State, level: Level): Mention | null {
  const found = new Map<string, Mention>();
  for (const line of state.lines) {
    if (line.kind !== 'noise' || !ISSUER_LINE_RE.test(line.match)) continue;
    for (const m of mentionsIn(line)) if (m.kind === 'committee' && m.level === level && m.name) found.set(matchForm(m.name), m);
  }
  return found.size === 1 ? [...found.values()][0]! : null;
}

/**
 * "Trang thông tin điện tử thị trấn Tân Phú - huyện Tân Phú - tỉnh Đồng Nai": a portal's masthead or
 * footer (noise by now, never the locality) that names the same unit with its district or province
 * says where that unit is. Only a line naming the unit itself counts, and only one candidate province
 * (`candidates` null: a unit the gazetteer does not know, such as a commune of 2025, in any province).
 */
function portalAddress(state: State, m: Mention, candidates: readonly string[] | null, date: string | undefined): Resolved | null {
  const same = matchForm(m.name!);
  const codes = new Set<string>();
  let via: Mention | null = null;
  for (const line of state.lines) {
    if (line.kind !== 'noise') continue;
    const mentions = mentionsIn(line);
    if (!mentions.some((o) => o.level === m.level && o.name !== null && matchForm(o.name) === same)) continue;
    for (const o of mentions) {
      if (!o.name || (o.level === m.level && matchForm(o.name) === same)) continue;
      const found = namesProvince(o)
        ? distinctProvinces([o], date).map((p) => p.code)
        : DISTRICT_LEVELS.has(o.level) ? findDistricts(o.name, date ? { level: o.level, date } : { level: o.level }).map((d) => d.provinceCode) : [];
      const inCandidates = [...new Set(found)].filter((code) => candidates === null || candidates.includes(code));
      if (inCandidates.length === 1) {
        codes.add(inCandidates[0]!);
        via ??= o;
      }
    }
  }
  if (codes.size !== 1 || !via) return null;
  const p = onDate([...codes][0]!, date);
  return p ? { province: p, evidence: via, certainty: 'inferred', rule: 'province/portal-address' } : null;
}

/**
 * After the reform, "xã Phong Quang của huyện Vị Xuyên, tỉnh Hà Giang (cũ)", "Xã Di Linh được thành lập trên cơ
 * sở thị trấn Di Linh và các xã ... của huyện Di Linh (cũ)": the one province that the former provinces the text
 * names, and the former districts it names that lay in one province only, became part of; or null. (Districts
 * ended with the reform: after it, every district named is a former one.)
 */
function successorOfFormer(mentions: Mention[]): (ProvinceEntry & { via: Mention }) | null {
  const successors = new Map<string, ProvinceEntry & { via: Mention }>();
  const add = (code: string, via: Mention) => {
    const today = provinceToday(code);
    if (today && !successors.has(today.code)) successors.set(today.code, { ...today, via });
  };
  for (const p of distinctProvinces(mentions.filter(namesProvince), undefined)) if (p.era === 2024) add(p.code, p.via);
  for (const m of mentions) {
    if (!m.name || !DISTRICT_LEVELS.has(m.level) || namesProvince(m)) continue;
    const codes = new Set(findDistricts(m.name, { level: m.level }).map((d) => d.provinceCode));
    if (codes.size === 1) add([...codes][0]!, m);
  }
  return successors.size === 1 ? [...successors.values()][0]! : null;
}

/**
 * The one district of `level` (in force on `date`) that holds a commune of each name among the
 * communes the text names, at least two distinct ones, or null. A name found nowhere in the gazetteer
 * decides nothing; a name found only elsewhere leaves no district.
 */
function communesOfOneDistrict(mentions: readonly Mention[], level: Level, date: string): { district: DistrictEntry; mentions: Mention[] } | null {
  const byName = new Map<string, Mention>();
  for (const m of mentions) if (m.name && m.kind === 'unit' && COMMUNE_LEVELS.has(m.level) && !byName.has(keyOf(m))) byName.set(keyOf(m), m);
  const known: Mention[] = [];
  let districts: string[] = [];
  for (const m of byName.values()) {
    const found = new Set(findCommunes(m.name!, { level: m.level }).map((c) => c.districtCode));
    if (found.size === 0) continue;
    districts = known.length === 0 ? [...found] : districts.filter((code) => found.has(code));
    known.push(m);
  }
  if (known.length < 2 || districts.length !== 1) return null;
  // The district's row in force on the date, of the committee's level.
  const district = districtsByCode(districts[0]!).filter((d) => d.level === level && findDistricts(d.name, { level, date }).some((f) => f.code === d.code)).at(-1);
  return district ? { district, mentions: known } : null;
}

// Between a commune and the district it is in: "xã A, huyện B", "xã A (huyện B)", "xã A thuộc huyện B".
const PARENT_GAP_RE = /^\s*(?:,|\(|[-–]|thuộc)\s*$/u;

/** The district the text names right after the commune (at any of its mentions) as the one it is in, or null. */
function parentUnit(m: Mention, mentions: readonly Mention[], text: string): Mention | null {
  for (const same of mentions) {
    if (same !== m && (same.name !== m.name || same.level !== m.level)) continue;
    const end = same.offset + same.text.length;
    const parent = mentions.find((other) => other.offset >= end && other.offset - end <= 8 && other.name && other.kind === 'unit' &&
      DISTRICT_LEVELS.has(other.level) && PARENT_GAP_RE.test(text.slice(end, other.offset)));
    if (parent) return parent;
  }
  return null;
}

const onDate = (code2024: string, date: string | undefined): ProvinceEntry | null =>
  date ? provinceOnDate(code2024, date) : findProvinceByCode2024(code2024);

function findProvinceByCode2024(code: string): ProvinceEntry | null {
  return provinceOnDate(code, '2025-03-01');
}

function setProvince(state: State, r: Resolved): void {
  const p: Province = {
    name: r.province.name, slug: r.province.slug, code: r.province.code,
    certainty: r.certainty, evidence: { text: r.evidence.text, offset: r.evidence.offset }, rule: r.rule,
  };
  state.province = p;
  const today = r.province.era === 2025 ? r.province : provinceToday(r.province.code);
  state.provinceToday = today ? { name: today.name, slug: today.slug, code: today.code } : null;
}

function setProvinceLocality(state: State, p: ProvinceEntry & { via: Mention }, certainty: 'stated' | 'inferred', rule: string): void {
  state.locality = { name: p.name, level: 'tỉnh', certainty, evidence: { text: p.via.text, offset: p.via.offset }, rule };
  setProvince(state, { province: p, evidence: p.via, certainty, rule: 'province/named' });
}
