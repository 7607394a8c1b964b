// A deterministic synthetic corpus for the benchmark: article texts in the shape of the scraped
// ones (portal chrome, headline, publication stamp, a lead with a date phrase, a committee of a real
// unit from the gazetteer, a chair with titles, a meeting phrase of each type, 3–10 directions,
// captions, bylines, a comment-box trailer), each with the answers the extractor should give.
//
// Article i depends only on (seed, i): the corpus of 1,000 is the first 1,000 of the corpus of
// 5,000, and article N is "one more" for the rebuild measurement. No Math.random anywhere.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  DISTRICTS, PROVINCES_2024, findDistricts, provinceOnDate,
  type DistrictEntry, type ProvinceEntry,
} from '../src/gazetteer/index.ts';
import { MEETING_TYPE_KEYS, type Level, type MeetingTypeKey } from '../src/records/schema.ts';

export const DEFAULT_SEED = 20_240_414;

/** What the extractor should find in one generated article. */
export type Expected = {
  file: string;
  /** ISO day of the meeting. */
  date: string;
  quarter: string;
  /** 2024-era province code (what record.province.code holds for a pre-2025 date). */
  provinceCode: string;
  provinceName: string;
  locality: { name: string; level: Level };
  chair: string;
  meetingType: MeetingTypeKey;
  tasks: number;
  /** How the article was written, for reading accuracy failures. */
  shape: { dateForm: string; chairForm: string; taskForm: string; unit: string };
};

export type GeneratedArticle = { file: string; text: string; expected: Expected };

// ---------------------------------------------------------------- PRNG

/** mulberry32: a small, fast 32-bit PRNG; good enough to vary text, fully reproducible. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Mixes the corpus seed and the article index into one 32-bit seed. */
function articleSeed(seed: number, index: number): number {
  let h = (seed ^ 0x9e3779b9) >>> 0;
  h = Math.imul(h ^ index, 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}

class Rng {
  constructor(readonly next: () => number) {}
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(this.next() * items.length)]!;
  }
  /** k distinct items, in random order. */
  sample<T>(items: readonly T[], k: number): T[] {
    const pool = [...items];
    const out: T[] = [];
    while (out.length < k && pool.length) out.push(pool.splice(Math.floor(this.next() * pool.length), 1)[0]!);
    return out;
  }
}

// ---------------------------------------------------------------- units from the gazetteer

const FIRST_SNAPSHOT = DISTRICTS.reduce((min, d) => (d.firstSeen < min ? d.firstSeen : min), '9999');
const LAST_SNAPSHOT = DISTRICTS.reduce((max, d) => (d.lastSeen > max ? d.lastSeen : max), '');

type District = DistrictEntry & { ambiguous: boolean };

/**
 * District-level units in force over the whole corpus period (in every snapshot, never renamed),
 * with whether their name at that level is held in several provinces: those get the province
 * written beside them, as a careful article does.
 */
const STABLE_DISTRICTS: readonly District[] = (() => {
  const rowsPerCode = new Map<string, number>();
  for (const d of DISTRICTS) rowsPerCode.set(d.code, (rowsPerCode.get(d.code) ?? 0) + 1);
  return DISTRICTS.filter((d) => d.firstSeen === FIRST_SNAPSHOT && d.lastSeen === LAST_SNAPSHOT && rowsPerCode.get(d.code) === 1)
    // "Quận 1": numbered districts read differently ("Quận ủy Quận 1"); left out.
    .filter((d) => !/^\d/.test(d.name))
    .map((d) => ({ ...d, ambiguous: new Set(findDistricts(d.name, { level: d.level }).map((x) => x.provinceCode)).size > 1 }));
})();
const UNIQUE_DISTRICTS = STABLE_DISTRICTS.filter((d) => !d.ambiguous);
const AMBIGUOUS_DISTRICTS = STABLE_DISTRICTS.filter((d) => d.ambiguous);
const DISTRICTS_OF_PROVINCE = new Map<string, District[]>();
for (const d of STABLE_DISTRICTS) {
  const list = DISTRICTS_OF_PROVINCE.get(d.provinceCode) ?? [];
  list.push(d);
  DISTRICTS_OF_PROVINCE.set(d.provinceCode, list);
}

const COMMITTEE_OF: Record<DistrictEntry['level'], string> = { 'huyện': 'Huyện ủy', 'quận': 'Quận ủy', 'thị xã': 'Thị ủy', 'thành phố': 'Thành ủy' };

/** The unit an article is about, with the words it is written with. */
type Unit = {
  kind: 'district' | 'province';
  name: string;
  level: Level;
  /** "Huyện ủy", "Tỉnh ủy", "Thành ủy" */
  committee: string;
  /** "huyện", "tỉnh", "thành phố", "thị xã", "quận": the word before the name and in "Đảng bộ huyện". */
  word: string;
  province: ProvinceEntry;
  /** ", tỉnh Tiền Giang" for a district name held in several provinces; "" otherwise. */
  decider: string;
  district: District | null;
};

function chooseUnit(rng: Rng, date: string): Unit {
  const roll = rng.next();
  if (roll < 0.2) {
    const base = rng.pick(PROVINCES_2024);
    const province = provinceOnDate(base.code, date) ?? base;
    const city = province.kind === 'thanh-pho-trung-uong';
    return {
      kind: 'province', name: province.name, level: city ? 'thành phố' : 'tỉnh', committee: city ? 'Thành ủy' : 'Tỉnh ủy',
      word: city ? 'thành phố' : 'tỉnh', province, decider: '', district: null,
    };
  }
  const district = roll < 0.3 && AMBIGUOUS_DISTRICTS.length ? rng.pick(AMBIGUOUS_DISTRICTS) : rng.pick(UNIQUE_DISTRICTS);
  const province = provinceOnDate(district.provinceCode, date);
  if (!province) throw new Error(`gazetteer: no province ${district.provinceCode} on ${date}`);
  const provinceWord = province.kind === 'thanh-pho-trung-uong' ? 'thành phố' : 'tỉnh';
  return {
    kind: 'district', name: district.name, level: district.level, committee: COMMITTEE_OF[district.level], word: district.level,
    province, decider: district.ambiguous ? `, ${provinceWord} ${province.name}` : '', district,
  };
}

// ---------------------------------------------------------------- dates

const DAY_MS = 86_400_000;
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
const utc = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d);
const ROMAN = ['I', 'II', 'III', 'IV'] as const;
const WEEKDAY = ['Chủ nhật', 'Thứ hai', 'Thứ ba', 'Thứ tư', 'Thứ năm', 'Thứ sáu', 'Thứ bảy'] as const;
const pad = (n: number) => String(n).padStart(2, '0');

/** A period the meeting reviewed, as written, and its last day. */
type Period = { text: string; end: number; next: string };

function periodFor(rng: Rng, kind: 'quarter' | 'half' | 'nine' | 'year', year: number, quarter: number): Period {
  const q = (n: number, y: number) => (rng.chance(0.7) ? `quý ${ROMAN[n - 1]}/${y}` : `quý ${ROMAN[n - 1]} năm ${y}`);
  switch (kind) {
    case 'quarter': {
      const nq = quarter === 4 ? 1 : quarter + 1;
      const ny = quarter === 4 ? year + 1 : year;
      return { text: q(quarter, year), end: utc(year, quarter * 3 + 1, 1) - DAY_MS, next: q(nq, ny) };
    }
    case 'half':
      return { text: `6 tháng đầu năm ${year}`, end: utc(year, 6, 30), next: `6 tháng cuối năm ${year}` };
    case 'nine':
      return { text: `9 tháng đầu năm ${year}`, end: utc(year, 9, 30), next: `quý IV/${year}` };
    case 'year':
      return { text: `năm ${year}`, end: utc(year, 12, 31), next: `năm ${year + 1}` };
  }
}

// ---------------------------------------------------------------- people

const FAMILIES = ['Nguyễn', 'Nguyễn', 'Nguyễn', 'Trần', 'Trần', 'Lê', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Lương', 'Đào', 'Đồng', 'Trương', 'Đinh', 'Mai', 'Cao', 'Tô', 'Lâm'];
const MIDDLES = ['Văn', 'Văn', 'Thị', 'Minh', 'Quốc', 'Hữu', 'Thanh', 'Ngọc', 'Đức', 'Xuân', 'Hoàng', 'Trung', 'Kim', 'Công', 'Tiến', 'Quang'];
const GIVEN = ['Tuấn', 'Hồ', 'Huyến', 'Minh', 'Hùng', 'Dũng', 'Hải', 'Thành', 'Phong', 'Tâm', 'Hòa', 'Bình', 'Sơn', 'Nam', 'Lan', 'Hương', 'Thủy', 'Cường', 'Khánh', 'Thắng', 'Hiếu', 'Lợi', 'Phúc', 'Châu', 'Thanh', 'Toàn', 'Hiền', 'Nghĩa', 'Quyết', 'Trí', 'Việt', 'Duy', 'Khoa', 'Tú', 'Hạnh'];
const BYLINES = ['Dương Tuấn', 'Thu Hằng', 'Mỹ An', 'Hoàng Ý', 'Minh Tâm', 'Ngọc Trân', 'Phương Thảo', 'Kim Ngân', 'Thanh Tùng', 'Hữu Phước', 'Bảo Trâm', 'Quốc Khánh'];

/** FNV-1a: a 32-bit seed from a string. */
function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/**
 * The person holding an office of a unit in a term: the same name every time, as in a real
 * archive, where a few officials chair most of a unit's meetings (terms turn over at the 2020
 * congresses).
 */
function official(seed: number, unitKey: string, office: string, date: string): string {
  const term = date < '2020-10-01' ? 0 : 1;
  return personName(new Rng(mulberry32(hashString(`${seed}|${unitKey}|${office}|${term}`))));
}

function personName(rng: Rng): string {
  const family = rng.pick(FAMILIES);
  const middles = rng.chance(0.25) ? [rng.pick(MIDDLES), rng.pick(['Thanh', 'Minh', 'Ngọc', 'Hoàng', 'Quốc'])] : [rng.pick(MIDDLES)];
  return [family, ...middles, rng.pick(GIVEN)].join(' ');
}

/** The chair's titles (written after the name) and the short title used to refer back to them. */
function chairTitles(rng: Rng, u: Unit): { titles: string; short: string } {
  if (u.kind === 'province') {
    const member = u.committee === 'Thành ủy' ? 'Thành ủy viên' : 'Tỉnh ủy viên';
    const options = [
      { titles: `Ủy viên Ban Chấp hành Trung ương Đảng, Bí thư ${u.committee}`, short: `Bí thư ${u.committee}` },
      { titles: `Phó Bí thư Thường trực ${u.committee}`, short: `Phó Bí thư Thường trực ${u.committee}` },
      { titles: `Phó Bí thư TT ${u.committee}, Chủ tịch HĐND ${u.word}`, short: `Phó Bí thư Thường trực ${u.committee}` },
      { titles: `Phó Bí thư ${u.committee}, Chủ tịch UBND ${u.word}`, short: `Phó Bí thư ${u.committee}` },
      { titles: `${member}, Trưởng Ban Tổ chức ${u.committee}`, short: `Trưởng Ban Tổ chức ${u.committee}` },
    ];
    return rng.pick(options);
  }
  const options = [
    { titles: `Tỉnh ủy viên, Bí thư ${u.committee}`, short: `Bí thư ${u.committee}` },
    { titles: `Bí thư ${u.committee}`, short: `Bí thư ${u.committee}` },
    { titles: `Phó Bí thư Thường trực ${u.committee}`, short: `Phó Bí thư Thường trực ${u.committee}` },
    { titles: `Phó Bí thư TT ${u.committee}, Chủ tịch HĐND ${u.word}`, short: `Phó Bí thư Thường trực ${u.committee}` },
    { titles: `Phó Bí thư ${u.committee}, Chủ tịch UBND ${u.word}`, short: `Phó Bí thư ${u.committee}` },
    { titles: `Tỉnh ủy viên, Bí thư ${u.committee}, Chủ tịch HĐND ${u.word}`, short: `Bí thư ${u.committee}` },
  ];
  return rng.pick(options);
}

// ---------------------------------------------------------------- directions and body text

/** Directions as written: each opens with a verb, so that a reader (and the extractor) sees one item. */
const DIRECTIONS = [
  'tăng cường công tác giáo dục chính trị, tư tưởng trong cán bộ, đảng viên và Nhân dân',
  'kiên quyết xử lý kỷ luật đối với tổ chức đảng, đảng viên vi phạm',
  'tổ chức nghiêm túc việc học tập, quán triệt các nghị quyết, chỉ thị của Đảng',
  'quan tâm công tác phát triển đảng viên, nhất là ở các chi bộ ấp, khu phố',
  'làm tốt công tác tiếp công dân, đối thoại, giải quyết khiếu nại, tố cáo',
  'đẩy nhanh tiến độ giải ngân vốn đầu tư công, nhất là các công trình trọng điểm',
  'đẩy mạnh cải cách hành chính, nâng cao chỉ số năng lực cạnh tranh cấp tỉnh',
  'tiếp tục thực hiện có hiệu quả Chỉ thị số 05-CT/TW của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
  'thực hiện tốt quy chế dân chủ ở cơ sở, giữ vững khối đại đoàn kết toàn dân tộc',
  'triển khai kịp thời các giải pháp phòng, chống thiên tai, dịch bệnh trên cây trồng, vật nuôi',
  'chuẩn bị chu đáo các điều kiện tổ chức đại hội chi bộ, đảng bộ cơ sở nhiệm kỳ mới',
  'xây dựng kế hoạch kiểm tra, giám sát sát với tình hình thực tế của từng đơn vị',
  'nâng cao chất lượng sinh hoạt chi bộ, nhất là sinh hoạt chuyên đề',
  'chỉ đạo Ủy ban nhân dân các xã tập trung thu ngân sách đạt và vượt dự toán được giao',
  'tập trung lãnh đạo hoàn thành các chỉ tiêu nghị quyết đề ra cho cả năm',
  'phối hợp chặt chẽ với các lực lượng chức năng giữ vững an ninh chính trị, trật tự an toàn xã hội',
  'tham mưu kịp thời cho cấp ủy sơ kết, tổng kết các chủ trương, nghị quyết đến hạn',
  'rà soát, bổ sung quy hoạch cán bộ các cấp theo đúng quy định',
  'chủ động nắm bắt tình hình tư tưởng của cán bộ, đảng viên và dư luận xã hội',
  'bám sát chương trình công tác toàn khóa để cụ thể hóa thành kế hoạch từng quý',
  'phát động phong trào thi đua lập thành tích chào mừng các ngày lễ lớn của đất nước',
  'đảm bảo an sinh xã hội, chăm lo đời sống gia đình chính sách, hộ nghèo',
  'giải quyết dứt điểm các vụ việc khiếu nại, tố cáo tồn đọng, kéo dài',
  'khẩn trương hoàn thành việc kiện toàn tổ chức bộ máy các cơ quan chuyên môn',
  'duy trì nghiêm kỷ luật, kỷ cương hành chính, nâng cao tinh thần trách nhiệm của người đứng đầu',
  'phát huy vai trò của Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội trong giám sát, phản biện xã hội',
  'kiện toàn đội ngũ cán bộ chủ chốt ở cơ sở còn thiếu',
  'huy động các nguồn lực xây dựng nông thôn mới nâng cao, nông thôn mới kiểu mẫu',
  'tuyên truyền sâu rộng các chủ trương của Đảng, chính sách, pháp luật của Nhà nước đến Nhân dân',
  'khắc phục những hạn chế, yếu kém đã được chỉ ra qua kiểm điểm',
  'đổi mới phương thức lãnh đạo của cấp ủy đối với chính quyền và các đoàn thể',
  'quản lý chặt chẽ đất đai, tài nguyên, khoáng sản và trật tự xây dựng trên địa bàn',
  'chăm lo bồi dưỡng, phát triển nguồn nhân lực chất lượng cao cho địa phương',
  'thúc đẩy chuyển đổi số trong hoạt động của các cơ quan đảng, chính quyền',
  'làm tốt công tác chuẩn bị bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân các cấp',
  'siết chặt công tác quản lý tài chính, ngân sách, chống thất thoát, lãng phí',
  'ưu tiên nguồn lực cho các xã đặc biệt khó khăn, vùng đồng bào dân tộc thiểu số',
  'theo dõi sát diễn biến thời tiết, chủ động các phương án ứng phó với hạn hán, xâm nhập mặn',
  'củng cố, nâng cao chất lượng hoạt động của tổ chức cơ sở đảng',
  'tiếp tục chỉ đạo nâng cao chất lượng sinh hoạt chi bộ; Kế hoạch phát triển đảng viên năm tới',
];

const CONNECTIVES = ['Đồng thời', 'Mặt khác', 'Bên cạnh đó', 'Ngoài ra'];
const capital = (s: string) => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);

/** Achievements of the period: past tense, nothing the chair asks for. */
function achievementParagraphs(rng: Rng, u: Unit, period: string | null): string[] {
  const unitText = u.kind === 'province' ? `${u.word} ${u.name}` : `${u.word} ${u.name}`;
  const n = () => rng.int(12, 480);
  const p = () => `${rng.int(60, 120)},${rng.int(1, 99)}%`;
  const money = () => `${rng.int(120, 9800)},${rng.int(1, 9)} tỷ đồng`;
  const s = [
    `${capital(period ?? 'Thời gian qua')}, các cấp ủy, chính quyền, Mặt trận Tổ quốc và các đoàn thể trong ${unitText} đã bám sát nghị quyết, chương trình công tác, tập trung lãnh đạo, chỉ đạo thực hiện đạt nhiều kết quả quan trọng.`,
    'Công tác xây dựng Đảng, xây dựng hệ thống chính trị được quan tâm thực hiện; công tác chính trị, tư tưởng được chú trọng.',
    'Công tác kiểm tra, giám sát và thi hành kỷ luật đảng được thực hiện nghiêm túc, đúng quy định.',
    `Toàn Đảng bộ đã kết nạp ${n()} đảng viên mới, đạt ${p()} kế hoạch năm.`,
    `Kinh tế tiếp tục tăng trưởng khá, tổng giá trị sản xuất ước đạt ${money()}, tăng ${rng.int(3, 14)},${rng.int(1, 9)}% so với cùng kỳ.`,
    `Thu ngân sách nhà nước trên địa bàn đạt ${money()}, đạt ${p()} dự toán.`,
    'Các chính sách an sinh xã hội được thực hiện đầy đủ, kịp thời; quốc phòng, an ninh được giữ vững.',
    'Công tác dân vận có nhiều chuyển biến tích cực, phong trào thi đua “Dân vận khéo” được triển khai rộng khắp, đáp ứng yêu cầu nhiệm vụ chính trị của địa phương.',
    `Tỷ lệ người dân tham gia bảo hiểm y tế đạt ${p()}; ${rng.int(2, 9)} xã được công nhận đạt chuẩn nông thôn mới nâng cao.`,
    'Công tác cải cách hành chính tiếp tục được đẩy mạnh, mức độ hài lòng của người dân và doanh nghiệp được nâng lên.',
    'Hoạt động của Ủy ban MTTQ và các đoàn thể chính trị - xã hội có nhiều đổi mới, hướng mạnh về cơ sở.',
  ];
  const limits = [
    'Bên cạnh những kết quả đạt được, vẫn còn một số hạn chế như: tiến độ giải ngân vốn đầu tư công còn chậm; chất lượng sinh hoạt chi bộ ở một số nơi chưa cao; công tác phát triển đảng viên ở một số đơn vị chưa được chú trọng.',
    'Tuy nhiên, một số chỉ tiêu còn đạt thấp so với kế hoạch, công tác giải phóng mặt bằng ở một số dự án còn vướng mắc, đời sống của một bộ phận Nhân dân còn khó khăn.',
  ];
  const discussion = [
    'Tại hội nghị, các đại biểu đã tập trung thảo luận, làm rõ nguyên nhân của những hạn chế và đề xuất giải pháp khắc phục trong thời gian tới.',
    'Lãnh đạo các xã, thị trấn cũng kiến nghị nhiều vấn đề liên quan đến công tác giải phóng mặt bằng, đầu tư kết cấu hạ tầng và phát triển đảng viên.',
  ];
  const sentences = [s[0]!, ...rng.sample(s.slice(1), rng.int(4, 8))];
  const paragraphs: string[] = [];
  const cut = Math.ceil(sentences.length / 2);
  paragraphs.push(sentences.slice(0, cut).join(' '));
  paragraphs.push(sentences.slice(cut).join(' '));
  if (rng.chance(0.7)) paragraphs.push(rng.pick(limits));
  if (rng.chance(0.5)) paragraphs.push(rng.pick(discussion));
  return paragraphs;
}

// ---------------------------------------------------------------- the article

type Shape = { lines: string[]; expected: Omit<Expected, 'file'> };

const PORTAL_NOISE = ['Tin trong tỉnh', 'Tin hoạt động', 'Xây dựng Đảng', 'Tin tức - Sự kiện', 'Thời sự'];
const TRAILERS: readonly (readonly string[])[] = [
  ['Phản hồi', '', 'Các tin khác'],
  ['Đánh giá:', '', 'lượt đánh giá: , trung bình: Bình luận', '', '', 'Mã xác thực không đúng.', '     Liên kết website'],
  ['Các ý kiến của bạn đọc', 'Họ và tên', 'Địa chỉ email', 'Gửi phản hồi'],
  ['Tin liên quan'],
];

function meetingKeyFor(rng: Rng): MeetingTypeKey {
  return rng.pick(MEETING_TYPE_KEYS);
}

function chooseDate(rng: Rng, key: MeetingTypeKey): { day: number; period: Period | null } {
  // Congresses of this term were held in 2020; everything else between October 2019 and December 2024.
  if (key === 'dai-hoi') {
    const day = utc(2020, 5, 1) + rng.int(0, 140) * DAY_MS;
    return { day, period: null };
  }
  const year = rng.int(2020, 2024);
  const reviews = key === 'hoi-nghi-bch' || key === 'hoi-nghi-btv' || key === 'giao-ban' || key === 'lam-viec' || key === 'so-ket-tong-ket';
  if (reviews) {
    const kind = key === 'hoi-nghi-bch' ? rng.pick(['half', 'year', 'nine'] as const) : key === 'so-ket-tong-ket' ? 'half' : rng.pick(['quarter', 'quarter', 'half'] as const);
    const quarter = rng.int(1, 4);
    const period = periodFor(rng, kind, kind === 'year' ? rng.int(2019, 2023) : year, quarter);
    // A review meets at the end of its period or soon after; the corpus stays before 2025 (the
    // 2025 reforms change which province a place is in).
    const day = Math.min(period.end + rng.int(-10, 45) * DAY_MS, utc(2024, 12, 31));
    return { day, period };
  }
  return { day: utc(year, 1, 1) + rng.int(0, 364) * DAY_MS, period: null };
}

/** "Chiều ngày 14/4", "Sáng 28/7/2020", "Ngày 5 tháng 3 năm 2021", "Sáng ngày 06/10/2021". */
function datePhrase(rng: Rng, day: number, withYear: boolean): { text: string; form: string } {
  const d = new Date(day);
  const [y, m, dd] = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
  const tod = rng.pick(['Sáng', 'Chiều', 'Sáng ngày', 'Chiều ngày', 'Ngày']);
  const padded = rng.chance(0.3);
  const dm = padded ? `${pad(dd)}/${pad(m)}` : `${dd}/${m}`;
  if (!withYear) return { text: `${tod} ${dm}`, form: 'day-month' };
  if (tod === 'Ngày' && rng.chance(0.5)) return { text: `Ngày ${dd} tháng ${m} năm ${y}`, form: 'words' };
  return { text: `${tod} ${dm}/${y}`, form: 'day-month-year' };
}

function stampLine(rng: Rng, published: number): string {
  const d = new Date(published);
  const date = `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
  const time = `${pad(rng.int(6, 21))}:${pad(rng.int(0, 59))}`;
  switch (rng.int(0, 3)) {
    case 0: return `(${time} | ${date})`;
    case 1: return `[ Cập nhật vào ngày (${date}) ] - [ Số lần xem: ${rng.int(12, 4000)} ]`;
    case 2: return `${WEEKDAY[d.getUTCDay()]}, ${date} ${time}`;
    default: return `Ngày đăng: ${date}`;
  }
}

function build(rng: Rng, index: number, seed: number): Shape {
  const key = meetingKeyFor(rng);
  const { day, period } = chooseDate(rng, key);
  const date = iso(day);
  const u = chooseUnit(rng, date);
  // A higher body working with a district: the chair is the visiting provincial leader.
  const chairUnit: Unit = key === 'lam-viec' && u.kind === 'district'
    ? { ...u, kind: 'province', district: null, committee: u.province.kind === 'thanh-pho-trung-uong' ? 'Thành ủy' : 'Tỉnh ủy', word: u.province.kind === 'thanh-pho-trung-uong' ? 'thành phố' : 'tỉnh' }
    : u;
  const { titles, short } = chairTitles(rng, chairUnit);
  const chair = official(seed, chairUnit.district ? `D${chairUnit.district.code}` : `P${chairUnit.province.code}`, short, date);
  const subjectUnit = `${u.committee} ${u.name}${u.decider}`; // "Huyện ủy Vĩnh Thuận" (", tỉnh Long An")
  const party = `Đảng bộ ${u.word}`; // "Đảng bộ huyện"

  // The date: with its year, or without one when the reporting period or the stamp fixes it.
  const hasStamp = rng.chance(0.65);
  const published = day + rng.int(0, 3) * DAY_MS;
  const withYear = rng.chance(0.5) || (!period && !hasStamp);
  const when = datePhrase(rng, day, withYear);

  // Headline and lead by meeting type.
  const ordinal = rng.int(2, 28);
  const roman = rng.pick(['X', 'XI', 'XII', 'XIII', 'XIV', 'XV', 'XVI', 'XX', 'XXI', 'XXII']);
  const periodText = period?.text ?? null;
  const nextText = period?.next ?? 'thời gian tới';
  let headline: string;
  let leadCore: string;
  let chairVerbObject = 'hội nghị';
  switch (key) {
    case 'hoi-nghi-bch':
      headline = `Hội nghị Ban Chấp hành ${party} lần thứ ${ordinal} (mở rộng) ${periodText?.startsWith('năm') ? 'tổng kết công tác' : 'sơ kết tình hình thực hiện nhiệm vụ'} ${periodText}`;
      leadCore = `${subjectUnit} tổ chức Hội nghị Ban Chấp hành ${party} lần thứ ${ordinal} (mở rộng) nhằm đánh giá kết quả thực hiện nhiệm vụ ${periodText}, triển khai phương hướng, nhiệm vụ ${nextText}`;
      break;
    case 'hoi-nghi-btv':
      headline = `Ban Thường vụ ${u.committee} ${u.name} họp thường kỳ ${periodText}`;
      leadCore = `Ban Thường vụ ${subjectUnit} tổ chức Hội nghị Ban Thường vụ thường kỳ để đánh giá kết quả lãnh đạo thực hiện nhiệm vụ ${periodText}, cho ý kiến vào một số nội dung quan trọng`;
      break;
    case 'giao-ban':
      headline = `Hội nghị giao ban công tác xây dựng Đảng ${periodText}`;
      leadCore = `${rng.chance(0.5) ? 'Thường trực ' : ''}${subjectUnit} tổ chức hội nghị giao ban với các ban Đảng, Ủy ban MTTQ và các đoàn thể chính trị - xã hội ${u.word} nhằm đánh giá tình hình công tác xây dựng Đảng và hệ thống chính trị ${periodText}, triển khai nhiệm vụ trọng tâm ${nextText}`;
      break;
    case 'lam-viec': {
      chairVerbObject = 'buổi làm việc';
      if (u.kind === 'district') {
        const higher = u.province.kind === 'thanh-pho-trung-uong' ? 'Thành ủy' : 'Tỉnh ủy';
        headline = `Thường trực ${higher} làm việc với Ban Thường vụ ${u.committee} ${u.name}`;
        leadCore = `Thường trực ${higher} có buổi làm việc với Ban Thường vụ ${subjectUnit} về tình hình thực hiện nhiệm vụ ${periodText}`;
      } else {
        headline = `Thường trực ${u.committee} làm việc định kỳ với các cơ quan tham mưu, giúp việc`;
        leadCore = `Thường trực ${u.committee} có buổi làm việc với cơ quan tham mưu, giúp việc ${u.committee} ${u.name} về kết quả thực hiện nhiệm vụ ${periodText}`;
      }
      break;
    }
    case 'so-ket-tong-ket':
      headline = `Sơ kết công tác dân vận ${periodText}`;
      leadCore = `${subjectUnit} tổ chức hội nghị sơ kết công tác dân vận ${periodText}, triển khai nhiệm vụ ${nextText}`;
      break;
    case 'quan-triet': {
      const central = rng.chance(0.3);
      const what = central
        ? `Nghị quyết Hội nghị lần thứ ${rng.pick(['tư', 'năm', 'sáu', 'bảy', 'tám'])} Ban Chấp hành Trung ương Đảng khóa XIII`
        : `Nghị quyết Đại hội đại biểu Đảng bộ ${u.word} lần thứ ${roman}, nhiệm kỳ 2020 - 2025`;
      headline = `Học tập, quán triệt ${what}`;
      leadCore = `${subjectUnit} tổ chức hội nghị học tập, quán triệt và triển khai thực hiện ${what} cho cán bộ chủ chốt và đảng viên`;
      break;
    }
    case 'chuyen-de': {
      const form = rng.pick(['hội nghị chuyên đề', 'hội thảo khoa học', 'tọa đàm']);
      headline = `${capital(form)} về công tác dân vận trong tình hình mới`;
      leadCore = `${subjectUnit} tổ chức ${form} về nâng cao hiệu quả công tác dân vận của hệ thống chính trị trong tình hình mới`;
      chairVerbObject = form.startsWith('hội nghị') ? 'hội nghị' : form.split(' ')[0] === 'tọa' ? 'tọa đàm' : 'hội thảo';
      break;
    }
    case 'dai-hoi':
      headline = `Khai mạc Đại hội đại biểu Đảng bộ ${u.word} ${u.name} lần thứ ${roman}, nhiệm kỳ 2020 - 2025`;
      leadCore = `Đại hội đại biểu Đảng bộ ${u.word} ${u.name}${u.decider} lần thứ ${roman}, nhiệm kỳ 2020 - 2025 long trọng khai mạc với sự tham dự của ${rng.int(150, 350)} đại biểu đại diện cho hơn ${rng.int(3, 90)}.000 đảng viên trong toàn Đảng bộ`;
      chairVerbObject = 'phiên khai mạc';
      break;
    case 'tiep-xuc-doi-thoai':
      headline = `Người đứng đầu cấp ủy đối thoại với Nhân dân`;
      leadCore = `${subjectUnit} tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với Nhân dân năm ${new Date(day).getUTCFullYear()}`;
      break;
    case 'khac':
    default: {
      const anniversary = rng.chance(0.5);
      const year = new Date(day).getUTCFullYear();
      if (anniversary) {
        headline = `Lễ kỷ niệm ${year - 1930} năm Ngày thành lập Đảng Cộng sản Việt Nam`;
        leadCore = `${subjectUnit} tổ chức Lễ kỷ niệm ${year - 1930} năm Ngày thành lập Đảng Cộng sản Việt Nam (3/2/1930 - 3/2/${year}) và trao Huy hiệu Đảng cho các đảng viên`;
        chairVerbObject = 'buổi lễ';
      } else {
        headline = `Kỳ họp thứ ${rng.int(3, 12)} HĐND ${u.word} ${u.name} khóa ${roman}`;
        leadCore = `HĐND ${u.word} ${u.name}${u.decider} khóa ${roman}, nhiệm kỳ 2021 - 2026 tổ chức kỳ họp thứ ${rng.int(3, 12)} để xem xét, thông qua các báo cáo, tờ trình quan trọng`;
        chairVerbObject = 'kỳ họp';
      }
      break;
    }
  }

  // The chair: presided ("chủ trì"), or only gave the directions (inferred).
  const chairForm = rng.pick(['name-titles-presided', 'attended-and-presided', 'titles-name-presided', 'gave-directions'] as const);
  const attendee = `${personName(rng)}, ${u.kind === 'province' ? `Phó Chủ tịch UBND ${u.word}` : `Phó Chủ tịch UBND ${u.word}`}`;
  let chairSentence = '';
  if (chairForm === 'name-titles-presided') chairSentence = `Đồng chí ${chair}, ${titles} chủ trì ${chairVerbObject}.`;
  else if (chairForm === 'attended-and-presided') chairSentence = `Dự và chủ trì ${chairVerbObject} có đồng chí ${chair}, ${titles}.`;
  else if (chairForm === 'titles-name-presided') chairSentence = `${capital(short)} ${chair} chủ trì ${chairVerbObject}.`;
  const attendSentence = rng.chance(0.5) ? ` Cùng dự có đồng chí ${attendee} và lãnh đạo các ban, ngành, đoàn thể ${u.word}.` : '';
  const sourceTag = rng.chance(0.1) ? `${rng.pick(['TPHT', 'HGĐT', 'BKG', 'TTXVN'])}- ` : '';
  const lead = `${sourceTag}${when.text}, ${leadCore}.${chairSentence ? ` ${chairSentence}` : ''}${attendSentence}`;

  // The directions.
  const count = rng.int(3, 10);
  const items = rng.sample(DIRECTIONS, count);
  const who = chairForm === 'gave-directions' || rng.chance(0.5) ? `đồng chí ${chair}, ${titles}` : `đồng chí ${short}`;
  const addressees = rng.pick(['các cấp ủy, chính quyền, Mặt trận và các đoàn thể', 'các cơ quan, đơn vị', 'các cấp ủy, tổ chức đảng', 'Ban Thường vụ các đảng ủy trực thuộc']);
  const taskForm = rng.pick(['inline', 'sentences', 'dash-list'] as const);
  const opener = rng.pick([`Phát biểu chỉ đạo ${chairVerbObject}, ${who}`, `Phát biểu kết luận ${chairVerbObject}, ${who}`, `Về nhiệm vụ ${nextText}, ${who}`]);
  const verb = rng.pick(['đề nghị', 'yêu cầu']);
  const taskParagraphs: string[] = [];
  if (taskForm === 'inline') {
    const k = Math.min(count, rng.int(2, 4));
    const first = items.slice(0, k).join('; ');
    const rest = items.slice(k).map((t) => `${capital(t)}.`).join(' ');
    taskParagraphs.push(`${opener} ${verb} ${addressees} tập trung thực hiện tốt một số nhiệm vụ trọng tâm sau: ${first}.${rest ? ` ${rest}` : ''}`);
  } else if (taskForm === 'sentences') {
    const k = Math.min(count, rng.int(2, 5));
    const [head, ...tail] = items.slice(0, k);
    taskParagraphs.push(`${opener} ${verb} ${addressees} ${head}.${tail.map((t) => ` ${capital(t)}.`).join('')}`);
    const more = items.slice(k);
    if (more.length) {
      const [m1, ...mrest] = more;
      taskParagraphs.push(`${rng.pick(CONNECTIVES)}, ${m1}.${mrest.map((t) => ` ${capital(t)}.`).join('')}`);
    }
  } else {
    taskParagraphs.push(`Để thực hiện thắng lợi nhiệm vụ ${nextText}, ${who} ${verb} ${addressees} tập trung thực hiện tốt các nhiệm vụ sau:`);
    items.forEach((t, i) => taskParagraphs.push(`- ${capital(t)}${i === items.length - 1 ? '.' : ';'}`));
  }

  // Citizens' petitions in a dialogue are not tasks.
  const petitions = key === 'tiep-xuc-doi-thoai'
    ? [`Tại hội nghị, cử tri đề nghị các cấp quan tâm đầu tư nâng cấp tuyến đường liên xã, hỗ trợ vốn vay cho hộ nghèo và giải quyết dứt điểm tranh chấp đất đai kéo dài. Lãnh đạo các phòng, ban chuyên môn đã trực tiếp trả lời, làm rõ các ý kiến của Nhân dân.`]
    : [];

  // Assemble the page.
  const lines: string[] = [];
  const others = (DISTRICTS_OF_PROVINCE.get(u.district?.provinceCode ?? u.province.code) ?? []).filter((d) => d.name !== u.name);
  const portal = others.length && rng.chance(0.5) ? rng.pick(others) : null;
  if (portal) lines.push(`Cổng thông tin điện tử ${portal.level} ${portal.name}`, '');
  if (rng.chance(0.4)) lines.push(rng.pick(PORTAL_NOISE), '');
  if (rng.chance(0.3)) lines.push('Xem với cỡ chữAA', '');
  const withHeadline = rng.chance(0.85);
  const photographer = rng.pick(BYLINES);
  if (withHeadline) {
    const prefixed = u.kind === 'district' && rng.chance(0.15) ? `${u.province.name}: ` : '';
    lines.push(`${prefixed}${headline}`, '');
    if (hasStamp) lines.push(stampLine(rng, published), '');
  }
  if (rng.chance(0.2)) lines.push(`Quang cảnh hội nghị. (Ảnh: ${photographer})`, '', `Quang cảnh hội nghị. (Ảnh: ${photographer})`, '');
  lines.push(lead, '');
  if (!withHeadline && hasStamp) lines.push(stampLine(rng, published), '');
  if (rng.chance(0.3)) lines.push(`${rng.int(100, 999)}..jpg`, '', `Quang cảnh ${chairVerbObject}`, '');
  const body = achievementParagraphs(rng, u, periodText);
  lines.push(body[0]!, '');
  if (chairForm !== 'gave-directions' && rng.chance(0.4)) lines.push(`Đồng chí ${chair}, ${titles} phát biểu chỉ đạo hội nghị`, '');
  for (const p of body.slice(1)) lines.push(p, '');
  for (const p of petitions) lines.push(p, '');
  const dashList = taskForm === 'dash-list';
  for (const p of taskParagraphs) lines.push(p, ...(dashList ? [] : ['']));
  if (dashList) lines.push('');
  if (rng.chance(0.3)) lines.push(`Cũng tại hội nghị, ${u.committee} đã trao Huy hiệu Đảng cho các đảng viên và khen thưởng các tập thể, cá nhân có thành tích xuất sắc trong thực hiện nhiệm vụ.`, '');
  const byline = `${rng.pick(['Tin và ảnh: ', 'Tin, ảnh: ', 'Bài và ảnh: ', '', ''])}${photographer}`;
  const trailer = rng.pick(TRAILERS);
  if (trailer[0] === 'Các ý kiến của bạn đọc' && !byline.includes(':')) {
    // "Hoàng ÝCác ý kiến của bạn đọc": the byline glued to the widget after it.
    lines.push(`${byline}${trailer[0]}`, ...trailer.slice(1));
  } else {
    lines.push(byline, '', ...trailer);
  }
  if (trailer[0] === 'Phản hồi' || trailer[0] === 'Tin liên quan') {
    for (const d of rng.sample(others, Math.min(3, others.length))) lines.push(`${COMMITTEE_OF[d.level]} ${d.name} sơ kết công tác xây dựng Đảng ${period?.text ?? ''}`.trimEnd());
  }
  // A number of its own (after the trailer, so not article text): no two articles are the same file.
  lines.push(`Mã tin: ${index}-${rng.int(100000, 999999)}`);

  const quarterOf = (iso: string) => `${iso.slice(0, 4)}-Q${Math.floor((Number(iso.slice(5, 7)) - 1) / 3) + 1}`;
  return {
    lines,
    expected: {
      date,
      quarter: quarterOf(date),
      provinceCode: u.province.code,
      provinceName: u.province.name,
      locality: { name: u.name, level: u.level },
      chair,
      meetingType: key,
      tasks: count,
      shape: { dateForm: `${when.form}${period && !withYear ? '+period' : ''}${hasStamp ? '+stamp' : ''}`, chairForm, taskForm, unit: `${u.kind}${u.decider ? '+province-named' : ''}` },
    },
  };
}

/** Old tone placement ("Tỉnh uỷ", "Hoà") as some portals still write it. */
function oldTones(text: string): string {
  return text.replace(/ủy/g, 'uỷ').replace(/Ủy/g, 'Uỷ').replace(/òa/g, 'oà').replace(/óa/g, 'oá').replace(/ọa/g, 'oạ');
}

export function fileName(index: number): string {
  return `bai-${String(index).padStart(6, '0')}.txt`;
}

/** Article `index` of the corpus with this seed. */
export function generateArticle(index: number, seed = DEFAULT_SEED): GeneratedArticle {
  const rng = new Rng(mulberry32(articleSeed(seed, index)));
  const { lines, expected } = build(rng, index, seed);
  let text = lines.join('\n');
  // Text as scraped: some old tone placement, some decomposed (NFD) files, some CRLF.
  if (rng.chance(0.1)) text = oldTones(text);
  if (rng.chance(0.05)) text = text.normalize('NFD');
  if (rng.chance(0.1)) text = text.replace(/\n/g, '\r\n');
  const file = fileName(index);
  return { file, text, expected: { file, ...expected } };
}

/** Writes articles [from, from + count) into dir; returns their answers. */
export async function writeCorpus(dir: string, count: number, opts: { seed?: number; from?: number } = {}): Promise<Expected[]> {
  const seed = opts.seed ?? DEFAULT_SEED;
  const from = opts.from ?? 0;
  await mkdir(dir, { recursive: true });
  const expected: Expected[] = [];
  const batch = 64;
  for (let start = from; start < from + count; start += batch) {
    const articles: GeneratedArticle[] = [];
    for (let i = start; i < Math.min(from + count, start + batch); i++) articles.push(generateArticle(i, seed));
    await Promise.all(articles.map((a) => writeFile(join(dir, a.file), a.text)));
    for (const a of articles) expected.push(a.expected);
  }
  return expected;
}
