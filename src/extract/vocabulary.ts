// The words the rules look for, one list per concept. Written as they appear in articles; every
// pattern is built from these lists and matched against matchForm text (lower case, canonical
// tones), so a list never needs spelling twice.
import { matchForm } from '../text/fold.ts';

/** Escapes a phrase for a RegExp and lets any run of spaces match any run of white space. */
export function phrasePattern(phrase: string): string {
  return matchForm(phrase)
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/\s+/g, '\\s+');
}

/** A phrase's pattern as the units a trie branches on: a character, an escaped character, "\\s+". */
function patternUnits(pattern: string): string[] {
  const units: string[] = [];
  for (let i = 0; i < pattern.length;) {
    const unit = pattern.startsWith('\\s+', i) ? '\\s+' : pattern[i] === '\\' ? pattern.slice(i, i + 2) : String.fromCodePoint(pattern.codePointAt(i)!);
    units.push(unit);
    i += unit.length;
  }
  return units;
}

type TrieNode = { ends: boolean; longest: number; next: Map<string, TrieNode> };

/**
 * The phrases' patterns as a trie: each node's branches (a unit and what follows it), longest phrase
 * first, and whether a phrase ends there. V8 tries the branches of a flat alternation one by one
 * from the same position ("giao\s+các\s+huyện|giao\s+các\s+xã|…" reads "giao" once per phrase), a
 * trie's once: matching the task triggers over whole articles took a sixth of the time, the
 * directive verbs under a third, with the same matches.
 */
function trieOf(phrases: readonly string[]): TrieNode {
  const root: TrieNode = { ends: false, longest: 0, next: new Map() };
  for (const phrase of new Set(phrases)) {
    const units = patternUnits(phrasePattern(phrase));
    let node = root;
    node.longest = Math.max(node.longest, units.length);
    for (const unit of units) {
      let child = node.next.get(unit);
      if (!child) node.next.set(unit, (child = { ends: false, longest: 0, next: new Map() }));
      child.longest = Math.max(child.longest, units.length);
      node = child;
    }
    node.ends = true;
  }
  return root;
}

const branchesOf = (node: TrieNode): [string, TrieNode][] => [...node.next].sort((a, b) => b[1].longest - a[1].longest);

/**
 * What follows a node: its branches, optional where a phrase ends there. Among the phrases that
 * match at one position (each a prefix of the next) the longest is tried first, as in a flat
 * alternation sorted longest first, so that "ban thường vụ" wins over "ban".
 */
function rest(node: TrieNode): string {
  const branches = branchesOf(node).map(([unit, child]) => unit + rest(child));
  if (branches.length === 0) return '';
  if (!node.ends) return branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
  // One character or escape may take the "?" itself; "\s+?" would be a lazy "\s+".
  const single = branches.length === 1 && /^(?:\\[^s]|[^\\])$/.test(branches[0]!);
  return single ? `${branches[0]}?` : `(?:${branches.join('|')})?`;
}

/** One alternation over a list (phrases in matchForm, any run of spaces matching any run of white space), sharing common beginnings. */
export function alternation(phrases: readonly string[]): string {
  return rest(trieOf(phrases));
}

/** "Not right after a character of `before`", written after the first character of what it guards. */
export const notAfterClass = (before: string): string => `(?<![${before}][\\s\\S])`;
/** "Not right after a letter" (so not the end of a longer word), written after the first character. */
export const NOT_AFTER_LETTER = notAfterClass(String.raw`\p{L}`);

/**
 * The alternation of a list where a phrase does not follow a character of the class `before`
 * (by default a letter: the phrase does not end a longer word). It means `(?<![\p{L}])(?:a|b|…)`,
 * but the look back is written after each phrase's first character ("đ(?<![\p{L}][\s\S])ề\s+nghị"),
 * where it says the same: V8 then looks back only where a phrase of the list can start, instead of
 * at every character of the text. For a list searched for through whole sentences, leaving the look
 * back out of the pattern and testing it where a phrase starts (text.ts eachMatchNotAfter) is faster.
 */
export function notAfter(phrases: readonly string[], before = String.raw`\p{L}`): string {
  const look = notAfterClass(before);
  const root = trieOf(phrases);
  if (root.ends) throw new Error('notAfter: a phrase must start with a character, not be empty');
  return `(?:${branchesOf(root).map(([first, child]) => {
    if (first === '\\s+') throw new Error('notAfter: a phrase must start with a character, not a space');
    return `${first}${look}${rest(child)}`;
  }).join('|')})`;
}

/** A phrase of the list as words of their own: neither the end nor the start of a longer word. */
export const wordOf = (phrases: readonly string[]): string => `${notAfter(phrases)}(?![\\p{L}])`;

// ---------------------------------------------------------------- portal chrome
/** A line that is exactly one of these (ignoring case and trailing punctuation) is portal chrome. */
/** A label over an advertisement inside the page ("— Quảng cáo —"). */
export const AD_LABELS = ['quảng cáo', 'tài trợ', 'nội dung tài trợ', 'advertisement'];
/** What an advertisement's own text says, and an article's does not ("giao hàng tận nơi", "Đặt hàng ngay"). */
export const AD_WORDS = ['đặt hàng', 'giao hàng', 'mua ngay', 'ưu đãi', 'khuyến mãi', 'giảm giá', 'hotline', 'đăng ký ngay', 'liên hệ ngay', 'miễn phí vận chuyển'];
export const NOISE_LINES = [
  ...AD_LABELS,
  'tin trong tỉnh', 'tin trong huyện', 'tin địa phương', 'tin tức', 'tin tức - sự kiện', 'tin tức sự kiện',
  'tin hoạt động', 'hoạt động', 'tin nổi bật', 'tin mới', 'tin mới nhất', 'tin xem nhiều', 'tin đọc nhiều',
  'thời sự', 'chính trị', 'xây dựng đảng', 'tin xây dựng đảng', 'hoạt động của lãnh đạo', 'sự kiện',
  'nội dung khác', 'các tin khác', 'tin khác', 'tin liên quan', 'bài viết liên quan', 'tin cùng chuyên mục',
  'các tin đã đưa', 'các bài viết khác', 'xem thêm', 'liên kết website', 'liên kết web', 'phản hồi',
  'các ý kiến của bạn đọc', 'ý kiến bạn đọc', 'ý kiến của bạn', 'gửi ý kiến', 'bình luận', 'gửi bình luận',
  'đánh giá', 'in bài', 'in bài viết', 'bản in', 'gửi email', 'gửi bài', 'chia sẻ', 'chia sẻ bài viết',
  'facebook', 'twitter', 'zalo', 'tweet', 'trở về', 'quay lại', 'về đầu trang', 'lên đầu trang',
  'trang chủ', 'tiêu điểm', 'thông báo', 'văn bản mới', 'lượt xem', 'video', 'hình ảnh',
  // Menus, search boxes and attachment widgets, each a line of its own.
  'tìm kiếm', 'tìm kiếm nâng cao', 'giới thiệu', 'liên hệ', 'sơ đồ trang', 'sơ đồ site', 'sơ đồ cổng',
  'đăng nhập', 'đăng ký', 'tiếng việt', 'english', 'menu', 'danh mục', 'chuyên mục', 'văn bản',
  'văn bản chỉ đạo', 'lịch công tác', 'hỏi đáp', 'góp ý', 'thư viện ảnh', 'thư viện video', 'tin ảnh',
  'tải về', 'tải xuống', 'tệp đính kèm', 'file đính kèm', 'đính kèm', 'nghe đọc bài viết', 'nghe đọc bài', 'nghe đọc', 'nghe bài viết',
  'xem tiếp', 'đọc tiếp', 'chi tiết', 'xem chi tiết', 'rss', 'nội dung văn bản', 'toàn văn', 'xem toàn văn',
  // A social network's and a news app's buttons: "Xem bản dịch" under a post, "Đọc bài gốc" on a Zalo page.
  'xem bản dịch', 'xem bản gốc', 'đọc bài gốc', 'xem bài gốc', 'theo dõi', 'theo dõi trang', 'nhắn tin',
];

/** Phrases that mark a line as chrome wherever they stand in a short line. */
export const NOISE_MARKERS = [
  'cổng thông tin điện tử', 'trang thông tin điện tử', 'cổng thông tin', 'xem với cỡ chữ', 'cỡ chữ',
  'số lần xem', 'lượt xem', 'lượt truy cập', 'lượt đánh giá', 'mã xác thực', 'mã bảo vệ',
  'các ý kiến của bạn đọc', 'ý kiến bạn đọc', 'gửi phản hồi', 'họ và tên', 'địa chỉ email',
  'bản quyền thuộc', 'ghi rõ nguồn', 'trang thông tin', 'cơ quan của đảng bộ', 'cơ quan ngôn luận', 'trích xuất từ tệp', 'đang truy cập', 'tổng lượt', 'người đăng', 'người duyệt',
  'đánh giá bài viết', 'đường dẫn', 'từ khóa', 'tags', 'lượt thích', 'in trang', 'gửi bài viết', '©', 'đăng nhập', 'đăng ký nhận',
  'google news', 'theo dõi trên',
];
/** A short line that opens with these is a site's name or address, not a headline ("Báo Nghệ An điện tử"). */
export const SITE_NAME_OPENERS = ['báo', 'cổng thông tin', 'cổng giao tiếp', 'cổng tttđt', 'trang thông tin', 'trang tin', 'đường dẫn', 'url', 'website', 'http', 'www'];
/** Words of a site's name written in capitals ("BÁO HÀ GIANG ĐIỆN TỬ"). */
export const SITE_NAME_WORDS = ['báo', 'điện tử', 'online', 'cổng', 'trang tin', 'đảng bộ', 'tỉnh ủy', 'thành ủy', 'huyện ủy', 'thị ủy', 'quận ủy'];

/** Where the article ends: everything from such a line on is the portal's (comments, link lists). */
// "Tin liên quan", "Bài viết cùng chuyên mục", "Các tin bài khác": a link list's heading, in every combination.
// A photo album's page ends with the portal's other albums ("Các album khác", "Thư viện ảnh khác").
const RELATED_HEADS = ['tin', 'bài', 'bài viết', 'tin bài', 'tin tức', 'tin vắn', 'album', 'album ảnh', 'thư viện ảnh', 'video', 'phóng sự ảnh'].flatMap((h) => [h, `các ${h}`]);
const RELATED_TAILS = ['khác', 'liên quan', 'cùng chuyên mục', 'cùng danh mục', 'cùng loại', 'đã đưa', 'đã đăng', 'mới hơn', 'cũ hơn'];
/** Heads of a box of related stories ("Tin liên quan", "Xem thêm"): it may stand between two paragraphs. */
export const RELATED_LINES = ['xem thêm', ...RELATED_HEADS.flatMap((head) => RELATED_TAILS.map((tail) => `${head} ${tail}`))];
export const TRAILER_LINES = [
  'phản hồi', 'các ý kiến của bạn đọc', 'ý kiến bạn đọc', 'bình luận', 'gửi bình luận', 'đánh giá', 'liên kết website',
  'xem thêm', 'gửi ý kiến', 'nội dung khác', 'các tin đã đưa ngày', 'đánh giá bài viết', 'cùng chuyên mục',
  // Lists of the most read stories ("Xem nhiều", then "1. Lai Châu khắc phục ...").
  'xem nhiều', 'đọc nhiều', 'tin xem nhiều', 'tin đọc nhiều', 'bài đọc nhiều', 'được quan tâm', 'tin được quan tâm', 'đọc nhiều nhất', 'xem nhiều nhất',
  ...RELATED_HEADS.flatMap((head) => RELATED_TAILS.map((tail) => `${head} ${tail}`)),
];

// ---------------------------------------------------------------- captions and bylines
/** A caption often opens with these words and has no sentence of its own. */
export const CAPTION_OPENERS = [
  'quang cảnh', 'toàn cảnh', 'các đại biểu', 'đại biểu', 'đồng chí', 'đ/c', 'lãnh đạo', 'ảnh', 'hình',
  'các đồng chí', 'ban thường vụ', 'thường trực', 'ban chấp hành', 'các đảng viên', 'đoàn công tác', 'đoàn chủ tịch',
  // Typed without diacritics, as some portals' captions are ("Quang canh hoi nghi").
  'quang canh', 'toan canh', 'dong chi',
];
/** What a photo shows people doing: a caption's verbs ("phát biểu kết luận hội nghị", "trao Huy hiệu"). */
export const PICTURE_VERBS = [
  'phát biểu', 'trao', 'tặng', 'chúc mừng', 'ra mắt', 'tham quan', 'thăm', 'chụp ảnh', 'bấm nút', 'cắt băng', 'dâng hương',
  'tặng hoa', 'kiểm tra', 'trao đổi', 'biểu quyết', 'bỏ phiếu', 'khảo sát', 'thăm hỏi', 'trải nghiệm',
  // At a dialogue: "Đồng chí X, Chủ tịch UBND đặc khu trả lời ý kiến của ngư dân." under its photo.
  'trả lời', 'giải đáp',
];

/** What a short caption that names nobody shows a body doing: "Các đồng chí chủ trì hội nghị.",
 * "Đoàn Chủ tịch điều hành phiên khai mạc Đại hội." (with a name, such a line states who chairs). */
export const SCENE_VERBS = ['chủ trì', 'đồng chủ trì', 'điều hành', 'làm việc'];

/** Labels before a byline: "Tin và ảnh: Dương Tuấn". */
export const BYLINE_LABELS = [
  'tin và ảnh', 'tin, ảnh', 'tin - ảnh', 'tin-ảnh', 'bài và ảnh', 'bài, ảnh', 'bài - ảnh', 'tin', 'bài',
  'tác giả', 'người viết', 'nhóm phóng viên', 'phóng viên', 'pv', 'ctv',
];
/** "Nguồn: Báo Bắc Kạn" names where the story came from, not who wrote it. */
export const SOURCE_LABELS = ['nguồn', 'theo'];

// ---------------------------------------------------------------- dates
export const TIME_OF_DAY = ['sáng', 'chiều', 'tối', 'trưa', 'đêm', 'sáng sớm', 'chiều tối'];

/** Words before a date that make it a document's, a deadline's or an anniversary's date, not the meeting's. */
export const NOT_EVENT_DATE_BEFORE = [
  'chỉ thị', 'nghị quyết', 'kết luận', 'quyết định', 'kế hoạch', 'công văn', 'thông báo', 'hướng dẫn',
  'quy định', 'thông tư', 'nghị định', 'luật', 'số', 'ký', 'ban hành', 'trước', 'đến', 'đến hết', 'hết',
  'từ nay đến', 'chậm nhất', 'hạn', 'kỷ niệm', 'thành lập', 'sinh', 'mất', 'hy sinh', 'giải phóng',
  'cập nhật', 'đăng', 'in',
];

/** Publication stamps: "Cập nhật vào ngày", "Ngày đăng", "Đăng lúc". */
/** Labels that say a line is the publication stamp, however much chrome follows the date ("Đăng lúc:
 * 06/10/2022 08:30 | Người đăng: Quản trị viên | Theo dõi trên Google News"). */
export const PUBLICATION_LABELS = [
  'cập nhật vào ngày', 'cập nhật lúc', 'cập nhật ngày', 'cập nhật', 'ngày cập nhật', 'ngày đăng', 'đăng ngày',
  'đăng lúc', 'đăng tải', 'thời gian đăng', 'ngày xuất bản', 'xuất bản', 'đăng',
  // Portals built on English-language systems.
  'posted on', 'posted', 'published', 'updated',
];
export const STAMP_LABELS = [
  ...PUBLICATION_LABELS, 'ngày', 'lúc', 'thứ hai', 'thứ ba', 'thứ tư', 'thứ năm', 'thứ sáu', 'thứ bảy', 'chủ nhật', 'date',
];
/** A print page's own date: never the publication date. */
export const PRINT_LABELS = ['in ngày', 'ngày in', 'in lúc', 'bản in'];

// ---------------------------------------------------------------- units and committees
/** Committee words and the unit level they belong to ("Huyện ủy Vĩnh Thuận" → huyện Vĩnh Thuận). */
export const COMMITTEES = [
  ['tỉnh ủy', 'tỉnh'],
  ['thành ủy', 'thành phố'],
  ['huyện ủy', 'huyện'],
  ['quận ủy', 'quận'],
  ['thị ủy', 'thị xã'],
  ['đảng ủy xã', 'xã'],
  ['đảng ủy phường', 'phường'],
  ['đảng ủy thị trấn', 'thị trấn'],
  ['đảng ủy đặc khu', 'đặc khu'],
  ['đảng bộ tỉnh', 'tỉnh'],
  ['đảng bộ thành phố', 'thành phố'],
  ['đảng bộ huyện', 'huyện'],
  ['đảng bộ quận', 'quận'],
  ['đảng bộ thị xã', 'thị xã'],
  ['đảng bộ xã', 'xã'],
  ['đảng bộ phường', 'phường'],
  ['đảng bộ thị trấn', 'thị trấn'],
  ['đảng bộ đặc khu', 'đặc khu'],
] as const;

/** Unit words as written before a name, with abbreviations ("TP. Vị Thanh", "TX. Long Mỹ"). */
export const UNIT_WORDS = [
  ['thành phố', 'thành phố'], ['tp.', 'thành phố'], ['tp', 'thành phố'],
  ['thị xã', 'thị xã'], ['tx.', 'thị xã'], ['tx', 'thị xã'],
  ['huyện', 'huyện'], ['quận', 'quận'], ['tỉnh', 'tỉnh'],
  ['thị trấn', 'thị trấn'], ['tt.', 'thị trấn'], ['phường', 'phường'], ['xã', 'xã'],
  // A special zone from 1 July 2025, at the level of a commune: "đặc khu Cô Tô", "Đảng ủy đặc khu Phú Quốc".
  ['đặc khu', 'đặc khu'],
] as const;

// ---------------------------------------------------------------- people and titles
/** Vietnamese family names: a personal name starts with one of these. */
export const FAMILY_NAMES = [
  'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô',
  'Dương', 'Lý', 'Lương', 'Đào', 'Đồng', 'Đoàn', 'Vương', 'Trịnh', 'Trương', 'Lâm', 'Phùng', 'Mai', 'Tô',
  'Hà', 'Tạ', 'Cao', 'Quách', 'Thái', 'Châu', 'Lưu', 'Tăng', 'Triệu', 'Kiều', 'Đinh', 'Văn', 'Chu', 'Lại',
  'Mạc', 'Nghiêm', 'Giang', 'Khúc', 'Kim', 'Tôn', 'Thân', 'Âu', 'La', 'Từ', 'Quan', 'Hứa', 'Diệp', 'Lò',
  'Lục', 'Nông', 'Hầu', 'Ông', 'Khổng', 'Doãn', 'Lã', 'Bạch', 'Biện', 'Cù', 'Danh', 'Thạch', 'Sơn', 'Kha',
  'Tiêu', 'Vi', 'Quản', 'Thiều', 'Mã', 'Chế', 'Ninh', 'Nhữ', 'Phó', 'Bế', 'Hoàng Văn', 'Y', 'H', 'Rơ',
  'Ksor', 'Siu', 'Rah', 'Nay', 'Đàm', 'Ma', 'Sầm', 'Trưng', 'Long', 'Lò Văn', 'Hờ', 'Giàng', 'Sùng', 'Thào',
  'Vàng', 'Mùa', 'Sử', 'Lầu', 'Cầm', 'Điểu', 'Kpă', 'Bùi Thị', 'Lữ', 'Mẫn', 'Ưng', 'Công', 'Ôn', 'Yên',
  // Of the North's and the Highlands' peoples, and less common ones elsewhere ("Lô Văn Thắm", "Quàng Văn Hặc").
  'Lô', 'Lang', 'Quàng', 'Lường', 'Vy', 'Tòng', 'Lộc', 'Khuất', 'Bành', 'Cấn', 'Ngọ', 'Giáp', 'Phí', 'Khương',
  'Khưu', 'Tiết', 'Trầm', 'Chau', 'Bàn', 'Chảo', 'Phàn', 'Tẩn', 'Đèo', 'Rmah', 'Kpuih', 'Mua', 'Vừ', 'Lù', 'Tráng', 'Hạng', 'Ly',
];

/** The bodies a title names ("Ủy viên Ban Thường vụ"): on its own, one of these is nobody's title. */
export const TITLE_BODIES = [
  'ban chấp hành', 'bch', 'ban thường vụ', 'btv', 'ubnd', 'hđnd', 'ủy ban', 'mttq', 'ủy ban mttq', 'trung ương', 'đảng',
  'bộ chính trị', 'ban bí thư',
];
/** Words that make up official titles: a title is a run of these, committee words and place names. */
export const TITLE_WORDS = [
  'ủy viên', 'uỷ viên', 'bí thư', 'phó bí thư', 'thường trực', 'tt', 'chủ tịch', 'phó chủ tịch', 'trưởng ban',
  'phó trưởng ban', 'trưởng', 'phó', 'chánh văn phòng', 'giám đốc', 'phó giám đốc', 'chủ nhiệm', 'tỉnh ủy viên',
  'thành ủy viên', 'huyện ủy viên', 'tuv', 'đại biểu quốc hội', ...TITLE_BODIES,
];

/** Verbs that make someone the chair ("chủ trì hội nghị"). */
export const CHAIR_VERBS = ['chủ trì', 'đồng chủ trì', 'chủ tọa', 'điều hành'];
/** Verbs that make someone the senior official who gave the directions, when nobody is said to chair. */
export const DIRECTING_VERBS = [
  'phát biểu chỉ đạo', 'phát biểu kết luận', 'kết luận hội nghị', 'kết luận', 'chỉ đạo', 'nhấn mạnh',
  'đề nghị', 'yêu cầu', 'giao nhiệm vụ', 'lưu ý', 'biểu dương', 'ghi nhận', 'đánh giá cao',
];
/** Context that makes a person not the chair. */
export const NOT_CHAIR_CONTEXT = ['được bầu', 'tái đắc cử', 'trúng cử', 'được bổ nhiệm', 'được điều động', 'nghỉ hưu'];
/** Who speaks for others, not for the meeting: their "đề nghị", "nhấn mạnh" give no directions
 * ("Cử tri Nguyễn Văn A (khu phố 3) đề nghị", "Báo cáo viên nhấn mạnh", "Nhiều ý kiến đề nghị"). */
export const NOT_DIRECTING_SPEAKERS = [
  'cử tri', 'người dân', 'nhân dân', 'bà con', 'đại biểu', 'ý kiến', 'tham luận', 'báo cáo viên', 'ông', 'bà',
  'doanh nghiệp', 'hộ dân', 'đại diện', 'lãnh đạo các phường', 'lãnh đạo các xã',
];
/** Documents whose content is being presented: "Chỉ thị yêu cầu các cấp ủy ..." tells what the
 * directive asks, not what the meeting directs. */
export const DOCUMENT_SPEAKERS = [
  'chỉ thị', 'nghị quyết', 'kết luận', 'quy định', 'kế hoạch', 'hướng dẫn', 'đề án', 'công văn', 'văn bản', 'thông tri', 'chương trình',
];
/** What such speakers do ("kiến nghị", "phản ánh"), besides the directing verbs. */
export const SPEAKER_VERBS = [
  'đề nghị', 'dề nghị', 'kiến nghị', 'phản ánh', 'đề xuất', 'nêu', 'nhấn mạnh', 'cho rằng', 'mong muốn', 'bày tỏ',
  'yêu cầu', 'cho biết', 'trình bày', 'truyền đạt', 'giới thiệu',
];
/** Words that open a list of names after a colon ("Chủ trì hội nghị có các đồng chí: A, ...; B, ..."). */
export const NAME_LIST_INTROS = ['đồng chí', 'đoàn chủ tịch', 'chủ tọa', 'chủ trì'];

// ---------------------------------------------------------------- meeting types (keys of MEETING_TYPES)
/** Phrases that name a meeting's kind, in the order a reader decides: the first key that matches wins. */
export const MEETING_PHRASES: readonly (readonly [key: string, phrases: readonly string[]])[] = [
  ['khac', [
    'kỳ họp thứ', 'kỳ họp hđnd', 'kỳ họp hội đồng nhân dân', 'phiên họp ubnd', 'phiên họp thường kỳ ubnd',
    'lễ kỷ niệm', 'lễ trao', 'trao huy hiệu', 'lễ công bố', 'lễ khánh thành', 'lễ khởi công', 'lễ ra mắt',
    'lễ phát động', 'lễ mít tinh', 'mít tinh', 'họp mặt', 'gặp mặt', 'thăm, chúc tết', 'thăm và chúc tết',
    'chúc tết', 'lễ tiễn', 'lễ giao nhận quân', 'hội nghị ubnd', 'hội nghị hđnd',
  ]],
  ['dai-hoi', ['đại hội đại biểu đảng bộ', 'đại hội đảng bộ', 'đại hội chi bộ', 'đại hội điểm', 'đại hội đại biểu']],
  ['hoi-nghi-bch', [
    'hội nghị ban chấp hành', 'hội nghị bch', 'hội nghị lần thứ', 'hội nghị huyện ủy', 'hội nghị tỉnh ủy',
    'hội nghị thành ủy', 'hội nghị thị ủy', 'hội nghị quận ủy', 'hội nghị đảng ủy', 'ban chấp hành đảng bộ',
    'hội nghị ban chấp hành đảng bộ',
  ]],
  ['hoi-nghi-btv', ['hội nghị ban thường vụ', 'hội nghị btv', 'ban thường vụ huyện ủy họp', 'ban thường vụ tỉnh ủy họp',
    'ban thường vụ thành ủy họp', 'ban thường vụ thị ủy họp', 'ban thường vụ quận ủy họp', 'họp ban thường vụ']],
  ['giao-ban', ['giao ban']],
  ['tiep-xuc-doi-thoai', ['đối thoại', 'tiếp xúc cử tri', 'tiếp xúc với nhân dân', 'tiếp xúc, đối thoại', 'tiếp dân']],
  ['quan-triet', ['học tập, quán triệt', 'học tập và quán triệt', 'quán triệt', 'học tập nghị quyết',
    'triển khai nghị quyết', 'nghiên cứu, học tập', 'học tập chuyên đề']],
  // A bare "chuyên đề" is usually a resolution's ("Nghị quyết chuyên đề"), not the meeting's kind.
  ['chuyen-de', ['hội nghị chuyên đề', 'sinh hoạt chuyên đề', 'hội thảo', 'tọa đàm']],
  ['so-ket-tong-ket', ['sơ kết', 'tổng kết']],
  ['lam-viec', ['làm việc với', 'buổi làm việc', 'đoàn công tác', 'làm việc tại', 'thăm và làm việc',
    'làm việc định kỳ', 'có buổi làm việc', 'đến làm việc', 'kiểm tra, giám sát tại', 'đoàn kiểm tra']],
];

// ---------------------------------------------------------------- tasks
/** What opens the directions for the coming period, strongest first. */
/** Triggers that may only state a claim ("nhấn mạnh, năm 2023 là năm bản lề ..."): a direction
 * follows them only when a verb or "cần"/"phải" comes before any "là". */
export const CLAIM_TRIGGERS = ['nhấn mạnh', 'khẳng định'];
/** Where the chair's or the meeting's closing passage opens: the directions are in it. "kết luận"
 * alone counts only near the start of a sentence ("Thay mặt ..., đồng chí X kết luận ..."). */
export const CLOSING_MARKERS = [
  'phát biểu kết luận', 'phát biểu chỉ đạo', 'phát biểu bế mạc', 'phát biểu tổng kết', 'kết luận hội nghị',
  'kết luận buổi làm việc', 'kết luận buổi', 'kết luận tọa đàm', 'kết luận hội thảo', 'kết luận kỳ họp',
  'kết luận phiên họp', 'kết luận đại hội', 'kết luận', 'bế mạc hội nghị', 'bế mạc đại hội', 'bế mạc kỳ họp', 'giao nhiệm vụ',
  // The end of an inspection or a working visit: "Kết thúc đợt kiểm tra, đồng chí Bí thư ... đề nghị ...".
  'kết thúc đợt kiểm tra', 'kết thúc buổi kiểm tra', 'kết thúc chuyến công tác', 'kết thúc buổi làm việc', 'kết thúc chương trình làm việc',
];
/** Before "kết luận", these make it a document or a noun ("thực hiện Kết luận số 21", "các kết luận"). */
export const NOT_MARKER_BEFORE = ['các', 'những', 'theo', 'thực hiện', 'của', 'và', 'tại', 'dự thảo'];
/** Awards a meeting proposes: "đề nghị ... tặng Bằng khen" is not a direction. */
export const AWARDS = ['bằng khen', 'cờ thi đua', 'giấy khen', 'huân chương', 'huy chương', 'danh hiệu', 'kỷ niệm chương'];
/** Modal words that make a clause a direction ("Huyện cần rà soát", "phải xây dựng"). */
export const MODALS = ['cần', 'phải', 'cần phải', 'nên'];
/** Adverbs a direction may open with: ";" before them starts a new item ("; sớm kiện toàn ..."). */
export const DIRECTIVE_ADVERBS = ['sớm', 'kịp thời', 'khẩn trương', 'nghiêm túc', 'quyết liệt', 'tích cực', 'chủ động', 'thường xuyên', 'kiên quyết', 'tuyệt đối', 'nhanh chóng'];
/**
 * Adverbs that open a direction of their own after a comma ("..., kiên quyết xử lý kỷ luật ..."), where
 * the others go on with the same one ("..., kịp thời nắm bắt tâm tư ...", "..., sớm nâng cấp ...").
 */
export const NEW_DIRECTION_ADVERBS = ['kiên quyết', 'quyết liệt', 'khẩn trương', 'nghiêm túc'];
/** Verbs that hand a task to someone and are not part of it ("; giao UBND phường ..."). */
export const ASSIGNING_VERBS = ['giao', 'đề nghị', 'dề nghị', 'yêu cầu', 'giao cho', 'lưu ý'];
/** Who a direction is addressed to, at the start of an item ("; Văn phòng Đăng ký đất đai rà soát ..."). */
export const ADDRESSEES = [
  'ubnd', 'ủy ban', 'văn phòng', 'phòng', 'ban', 'sở', 'đảng ủy', 'công an', 'cấp ủy', 'các cấp ủy', 'các ngành',
  'các cơ quan', 'cơ quan', 'các đơn vị', 'các xã', 'các phòng', 'mặt trận', 'mttq', 'các đoàn thể', 'đoàn thể',
  'huyện đoàn', 'thành đoàn', 'tỉnh đoàn', 'trung tâm', 'hội nông dân', 'hội phụ nữ', 'hội cựu chiến binh',
  'hội liên hiệp phụ nữ', 'đoàn thanh niên', 'thường trực', 'chi bộ', 'các chi bộ', 'mỗi', 'từng',
  'người đứng đầu', 'hđnd', 'các địa phương', 'địa phương', 'bộ chỉ huy', 'ban chỉ huy', 'chi cục', 'kho bạc',
  'các sở', 'các ban', 'ngành', 'các trường', 'bí thư', 'chủ tịch', 'ngân hàng', 'chi nhánh', 'hợp tác xã',
  'trường', 'bệnh viện', 'ban quản lý', 'các hội', 'liên đoàn lao động', 'viện kiểm sát', 'tòa án', 'bộ đội biên phòng',
  'đồn biên phòng', 'các tổ chức', 'các chi, đảng bộ', 'đảng bộ', 'các đảng bộ',
  // At a cell's meeting: "; các đảng viên là tổ trưởng ... vận động ...", "; Chi hội Phụ nữ và Chi đoàn khóm duy trì ...".
  'đảng viên', 'các đảng viên', 'chi ủy', 'chi hội', 'chi đoàn', 'đoàn viên', 'hội viên',
  // "; các quận ủy, huyện ủy tập trung lãnh đạo ...": the committees under a city's or a province's.
  'các huyện ủy', 'các quận ủy', 'các thị ủy', 'các thành ủy', 'các đảng ủy', 'các huyện, thị, thành ủy',
  // "; giao Đảng đoàn HĐND huyện lãnh đạo ...", "; Ban cán sự đảng UBND huyện chỉ đạo ...".
  'đảng đoàn', 'ban cán sự đảng',
  // "; các thôn, tổ dân phố thực hiện tốt quy chế dân chủ ở cơ sở".
  'thôn', 'các thôn', 'tổ dân phố', 'các tổ dân phố', 'khu phố', 'các khu phố', 'các ấp', 'các khóm',
  // "các cấp ủy, chính quyền và các đoàn thể cần ...".
  'chính quyền', 'các cấp chính quyền',
  // "Đồng chí lưu ý huyện chủ động ...": a unit by its level alone, as its superiors address it.
  'huyện', 'thị xã', 'thành phố', 'quận', 'xã', 'phường', 'thị trấn',
  'các huyện', 'các quận', 'các thị xã', 'các phường', 'các thị trấn',
  // At an HĐND session: "; các vị đại biểu HĐND huyện có trách nhiệm báo cáo kết quả kỳ họp với cử tri".
  'đại biểu', 'các đại biểu', 'các vị đại biểu',
];
/** Addressees "giao" is never handed over to: "giao ban" is a briefing, "bàn giao phòng học", "bàn giao trường". */
const NOT_HANDED_TO = new Set(['ban', 'phòng', 'trường']);
export const TASK_TRIGGERS_STRONG = [
  'đề nghị', 'dề nghị', 'yêu cầu', 'nhấn mạnh', 'giao nhiệm vụ', 'chỉ đạo các', 'lưu ý', 'quán triệt các',
  // "giao UBND thị trấn khẩn trương ...", "giao Chi bộ khóm 2 tổ chức ...": "giao" hands over a task only
  // before whom it is handed to (not "giao ban", "giao thông", "bàn giao mặt bằng").
  'giao cho', ...ADDRESSEES.filter((a) => !NOT_HANDED_TO.has(a)).map((a) => `giao ${a}`),
  // "giao Ban Tuyên giáo Huyện ủy chủ trì ...": a committee's board, never the meeting "giao ban".
  'giao ban tuyên giáo', 'giao ban tổ chức', 'giao ban dân vận', 'giao ban nội chính', 'giao ban kinh tế', 'giao ban quản lý',
  'giao ban chỉ đạo', 'giao ban chỉ huy', 'giao ban cán sự',
  // The boards of 2025 and an HĐND's: "giao Ban Xây dựng Đảng Đảng ủy xã tham mưu ...".
  'giao ban xây dựng đảng', 'giao ban pháp chế', 'giao ban dân tộc',
];
/** What is dealt with, fronted before its verb in a clause of its own ("; những nội dung vượt thẩm quyền tổng hợp, báo cáo tỉnh"). */
export const MATTER_NOUNS = ['nội dung', 'vấn đề', 'kiến nghị', 'vướng mắc', 'trường hợp', 'khó khăn'];
/** Ordinals that open list items ("Một là, ...", "Thứ hai, ..."). */
export const LIST_ORDINALS = [
  'một là', 'hai là', 'ba là', 'bốn là', 'năm là', 'sáu là', 'bảy là', 'tám là', 'chín là', 'mười là',
  'thứ nhất', 'thứ hai', 'thứ ba', 'thứ tư', 'thứ năm', 'thứ sáu', 'thứ bảy', 'thứ tám', 'thứ chín', 'thứ mười',
];
/** A lead-in ends with these: the items follow ("tập trung mấy nội dung sau.", "như sau:"). */
export const LEAD_IN_ENDINGS = [
  'như sau', 'sau đây', 'nội dung sau', 'nhiệm vụ sau', 'giải pháp sau', 'vấn đề sau', 'việc sau', 'điểm sau',
  'mục tiêu sau', 'yêu cầu sau', 'công việc sau', 'trọng tâm sau', 'chủ yếu sau', 'cơ bản sau', 'định hướng sau',
  'nhóm giải pháp sau', 'nhóm nhiệm vụ sau', 'một số nội dung', 'một số nhiệm vụ',
];
/** Noun uses of directive verbs ("tổ chức đảng" is an organisation, not "to organise"). */
export const NOT_VERB_USES = [
  'tổ chức đảng', 'tổ chức cơ sở đảng', 'tổ chức chính trị', 'tổ chức bộ máy', 'tổ chức hội', 'tổ chức đoàn thể',
  // "yêu cầu các cơ quan tham mưu khẩn trương ...": the advisory offices, who are asked.
  'cơ quan tham mưu',
];
/** What announces a list of tasks, when a colon follows ("thực hiện một số nhiệm vụ trọng tâm: ..."). */
export const LIST_ANNOUNCERS = ['nhiệm vụ trọng tâm', 'giải pháp trọng tâm', 'nhiệm vụ chủ yếu', 'giải pháp chủ yếu', 'nhiệm vụ, giải pháp trọng tâm'];
export const TASK_TRIGGERS_WEAK = [
  'thời gian tới', 'phương hướng', 'tháng cuối năm', 'chương trình công tác',
  'nhiệm vụ trong thời gian', 'trong thời gian tới', 'năm tới', 'quý tới', 'sắp tới',
  // The meeting itself sets the tasks: "Hội nghị đã thống nhất đề ra các nhiệm vụ trọng tâm quý II: ...".
  'đề ra các nhiệm vụ', 'đề ra nhiệm vụ', 'đề ra một số nhiệm vụ', 'thống nhất các nhiệm vụ', 'thống nhất nhiệm vụ',
  'thống nhất một số nhiệm vụ', 'xác định nhiệm vụ', 'xác định các nhiệm vụ', 'xác định một số nhiệm vụ',
  // "Hội nghị thống nhất trong năm 2021 tập trung nâng cao ...; làm tốt ...": what the meeting agrees to do.
  'hội nghị thống nhất', 'hội nghị đã thống nhất', 'hội nghị cũng thống nhất',
  ...LIST_ANNOUNCERS,
];
/** Award proposals are not tasks ("đề nghị tặng Cờ thi đua"); who asks is in NOT_DIRECTING_SPEAKERS. */
// "Hội nghị thống nhất thông qua Nghị quyết ...": a decision taken, not work to do.
export const NOT_TASK_AFTER_TRIGGER = ['tặng', 'khen thưởng', 'tặng thưởng', 'truy tặng', 'công nhận', 'thông qua', 'biểu quyết',
  // "Trên cơ sở đề nghị của Ủy ban Kiểm tra Thị ủy, ...": whose proposal, a noun.
  'của'];

/** Verbs a direction starts with: they also mark where the lead-in ("đề nghị các đơn vị") ends. */
export const DIRECTIVE_VERBS = [
  'tăng cường', 'kiên quyết', 'tổ chức', 'quan tâm', 'làm tốt', 'đẩy nhanh', 'đẩy mạnh', 'tiếp tục', 'thực hiện',
  'triển khai', 'chuẩn bị', 'xây dựng', 'nâng cao', 'chỉ đạo', 'tập trung', 'phối hợp', 'tham mưu', 'rà soát',
  'chủ động', 'căn cứ', 'bám sát', 'tạo', 'phát động', 'đảm bảo', 'bảo đảm', 'quán triệt', 'học tập', 'giải quyết',
  'khẩn trương', 'duy trì', 'phát huy', 'kiện toàn', 'lãnh đạo', 'sơ kết', 'tổng kết', 'hoàn thành', 'chú trọng',
  'thường xuyên', 'nghiêm túc', 'cụ thể hóa', 'theo dõi', 'kiểm tra', 'đề ra', 'có giải pháp', 'phấn đấu',
  'huy động', 'vận động', 'tuyên truyền', 'ưu tiên', 'khắc phục', 'đổi mới', 'siết chặt', 'quyết liệt', 'đôn đốc',
  'nắm chắc', 'nắm bắt', 'củng cố', 'hướng dẫn', 'đầu tư', 'phát triển', 'quản lý', 'xử lý', 'chăm lo', 'giữ vững',
  'không để', 'kịp thời', 'đặc biệt quan tâm', 'rà soát', 'làm rõ', 'tăng', 'giảm',
  'hỗ trợ', 'thúc đẩy', 'nghiên cứu', 'đánh giá', 'hoàn thiện', 'chuẩn bị tốt', 'gắn', 'bố trí', 'tiếp nhận',
  'khảo sát', 'ban hành', 'xác định', 'tuyên dương', 'nhân rộng', 'thu hút', 'bổ sung', 'cải thiện', 'cải cách',
  'trao đổi', 'giữ gìn', 'bảo vệ', 'phòng', 'chống', 'ngăn chặn', 'đấu tranh', 'làm', 'đưa', 'chỉnh trang',
  'khôi phục', 'tiếp thu', 'lựa chọn', 'khuyến khích', 'ra quân', 'xúc tiến', 'mở rộng', 'nâng cấp', 'sửa chữa',
  'tháo gỡ', 'ứng dụng', 'đề cao', 'tổng hợp', 'cân đối', 'phân công', 'vận dụng', 'gương mẫu', 'tích cực',
  'nêu cao', 'khai thác', 'thực hành', 'đào tạo', 'bồi dưỡng', 'sắp xếp', 'rèn luyện', 'giải ngân', 'kiểm soát', 'chấn chỉnh',
  'xem xét', 'đăng ký', 'nâng chất', 'thí điểm', 'công khai',
  // "lập" with what is drawn up ("; lập phương án quy hoạch ..."), never alone: "độc lập", "thành lập" hold it.
  'lập phương án', 'lập kế hoạch', 'lập quy hoạch', 'lập hồ sơ', 'lập danh sách', 'lập dự án', 'lập đề án', 'lập thủ tục',
  'thành lập', 'thiết lập', 'lập lại',
  // "; kêu gọi doanh nghiệp đầu tư ...", "; xem phát triển nông nghiệp công nghệ cao là nhiệm vụ trọng tâm ...".
  'kêu gọi', 'xem', 'coi trọng',
  // "đề nghị mỗi cán bộ, đảng viên nắm vững quan điểm, mục tiêu của nghị quyết, gương mẫu ...".
  'nắm vững',
];
/** Words that join directions and are not part of one ("Mặt khác, quan tâm ..."). */
export const CONNECTIVES = [
  'mặt khác', 'đồng thời', 'bên cạnh đó', 'ngoài ra', 'đặc biệt là', 'đặc biệt', 'trong đó', 'cùng với đó',
  'nhất là', 'trước mắt', 'về lâu dài', 'theo đó', 'cụ thể', 'cụ thể là', 'thứ nhất', 'thứ hai', 'thứ ba',
  'thứ tư', 'thứ năm', 'và', 'với', 'sau đó', 'tiếp đó', 'qua đó', 'từ đó',
];
/** A paragraph that opens with these starts something other than the directions. */
export const PASSAGE_ENDERS = [
  'cũng trong dịp này', 'dịp này', 'nhân dịp này', 'tại hội nghị', 'hội nghị cũng', 'dự hội nghị', 'trước đó',
  'được biết', 'theo báo cáo', 'kết thúc hội nghị', 'cũng tại hội nghị', 'tại buổi làm việc', 'cùng ngày',
];
