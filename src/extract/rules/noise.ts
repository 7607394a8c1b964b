// noise: sets portal chrome, publication stamps, captions and bylines apart from the article's
// paragraphs. What is left as 'body' is the article. Captions and bylines become their own fields.
import { PARAGRAPH_WORDS, readsAsParagraph, type Line, type State } from '../state.ts';
import { eachMatch, endsLikeSentence, sentences, wordCount } from '../text.ts';
import {
  BYLINE_LABELS, PUBLICATION_LABELS, CAPTION_OPENERS, MEETING_PHRASES, PICTURE_VERBS, SCENE_VERBS, SOURCE_LABELS, COMMITTEES, NOISE_LINES, NOISE_MARKERS, SITE_NAME_OPENERS, SITE_NAME_WORDS,
  AD_LABELS, AD_WORDS, RELATED_LINES, TRAILER_LINES, UNIT_WORDS, alternation,
} from '../vocabulary.ts';
import { CAP_WORD } from '../text.ts';
import { DATE_IN_FIGURES, STAMP_LINE, WEEKDAY } from './dates.ts';
import { matchForm } from '../../text/fold.ts';

// Chrome lines are short: only those are compared with the lists, so only those are stripped.
const CHROME_WORDS = 8;
// Without the punctuation around it, a count after it ("Ý kiến bạn đọc (0)") and the commas of "Các tin, bài khác".
const bare = (line: Line) => {
  if (line.words > CHROME_WORDS) return '';
  let key = line.match;
  if (key.includes(')')) key = key.replace(/\s*\(\d{1,6}\)\s*$/u, '');
  // Punctuation and symbols around the words ("🔊 Nghe đọc bài", "Chia sẻ ▸", "- Tin tức -").
  key = key.replace(/[^\p{L}\p{N}]+$/u, '').replace(/^[^\p{L}\p{N}]+/u, '');
  return (key.includes(',') ? key.replace(/,\s*/gu, ' ') : key).trim();
};
const NOISE_LINE_SET = new Set(NOISE_LINES.map(matchForm));
const AD_LABEL_SET = new Set(AD_LABELS.map(matchForm));
// (Not after a letter: "mua ngay" inside no longer word.)
const AD_WORDS_RE = new RegExp(`(?<![\\p{L}])(?:${alternation(AD_WORDS)})(?![\\p{L}])`, 'u');
// "Minh Khang · 21/03/2023 - 16:48": the reporter's name, then the stamp.
const NAMED_STAMP_RE = new RegExp(`^(?:\\p{Lu}[\\p{Ll}\\p{M}]*\\s+){1,4}[·•|–-]\\s*${DATE_IN_FIGURES}`, 'u');
const TRAILER_SET = new Set(TRAILER_LINES.map(matchForm));
const RELATED_SET = new Set(RELATED_LINES.map(matchForm));
const NOISE_MARKER_RE = new RegExp(alternation(NOISE_MARKERS), 'u');
const TRAILER_AT_START_RE = new RegExp(`^(?:${alternation(TRAILER_LINES)})(?![\\p{L}])`, 'u');
// "Nguồn: Báo Bạc Liêu", "(Nguồn: Ban Tuyên giáo Huyện ủy Cầu Kè)".
const SOURCE_LINE_RE = new RegExp(`^\\(?\\s*(?:${alternation(SOURCE_LABELS)})\\s*:`, 'u');
// "(Theo Báo Kiên Giang)", "Theo TTXVN": where a reposted story came from, on a line of its own. The
// outlet is capitalised ("Theo báo cáo, ..." opens a sentence of the article).
const REPOSTED_FROM_RE = /^\(?\s*[Tt]heo\s+(?:Báo|Cổng|Trang|Đài|Tạp chí|Thông tấn|TTXVN|VOV|VTV|VNA)(?![\p{Ll}])[^,;:.()]{0,60}\)?\.?$/u;
// Where a word runs into a capital with no space: "Hoàng ÝCác ý kiến", "Ngọc AnhBình luận (0)".
const GLUE_RE = /[\p{L}\p{M}](?=\p{Lu})/gu;
// "318..jpg", "Hội nghị lần thứ 12.jpg": an image's file name, maybe with spaces, where the picture was.
const IMAGE_FILE_RE = /^[^.!?;:]{0,80}\.+(?:jpe?g|png|gif|webp|bmp|tiff?)$/iu;
const IMAGE_EXTENSION_RE = /\.(?:jpe?g|png|gif|webp|bmp|tiff?)$/u;
/** An image's file name: the extension at the end is looked for first, as most lines have none. */
export const isImageFile = (text: string): boolean => text.length <= 100 && IMAGE_EXTENSION_RE.test(text.slice(-5).toLowerCase()) && IMAGE_FILE_RE.test(text);
// "Trang chủ > Tin tức > Xây dựng Đảng", "Trang chủ | Giới thiệu | Tin tức": breadcrumbs and menu bars.
const BREADCRUMB_RE = /^trang chủ(?![\p{L}])|\s[>»›|]\s|\s\/\s/u;
// A menu bar: three or more short items set apart by wide gaps or bars ("Thời sự   Chính trị   Kinh tế").
const MENU_ITEM_SEPARATOR = /\s{3,}|\s*[|•·]\s*|\t+/u;
// Where MENU_ITEM_SEPARATOR can match at all: most lines have no such place, and this finds that out
// without trying "\s*" at every position.
const HAS_MENU_ITEM_SEPARATOR = /[|•·\t]|\s{3}/u;
// Share and reading widgets: "Chia sẻ:   Facebook   Zalo   In bài", "Nghe bài viết | Chia sẻ", "A- A A+".
// "👍 Thích 14   ↗ Chia sẻ": a symbol, then a button's word.
// (A row of two share buttons or more, "Facebook  Zalo  Twitter  Sao chép link  🖨", whatever ends it.)
const WIDGET_RE = /^(?:chia sẻ|nghe bài viết|in bài|gửi email|lưu bài|cỡ chữ)(?:\s*[:|]|\s*$|\s{2,})|(?:facebook|zalo|twitter|email|in bài)\s*$|(?:facebook|zalo|twitter|messenger|telegram)(?![\p{L}]).*(?<![\p{L}])(?:facebook|zalo|twitter|messenger|telegram)(?![\p{L}])|^a-\s*a\s*a\+|^[^\p{L}\p{N}\s]+\s*(?:thích|like|chia sẻ|bình luận|lưu)(?![\p{L}])|^(?:thích|like)\s+(?:\d|[^\p{L}\n]*(?:chia sẻ|bình luận|phản hồi))/u;
const SITE_NAME_RE = new RegExp(`^(?:${alternation(SITE_NAME_OPENERS)})(?![\\p{L}])(?!\\s+cáo)|điện tử$|online$|\\.(?:vn|com|net|org)(?:\\/|$)`, 'u');
const SITE_WORD_RE = new RegExp(`(?:${alternation(SITE_NAME_WORDS)})`, 'u');
const HEADLINE_IN_CAPITALS_RE = new RegExp(`\\d|(?<![\\p{L}])(?:${alternation([...MEETING_PHRASES.flatMap(([, phrases]) => phrases), 'hội nghị', 'họp', 'tổ chức', 'triển khai'])})(?![\\p{L}])`, 'u');
// A committee or unit name alone on a line ("Đảng bộ tỉnh Bến Tre", "Thị ủy Bỉm Sơn - Đảng bộ tỉnh Thanh Hóa"): a site's name.
const UNIT_HEAD = `(?:${alternation([...COMMITTEES.map(([w]) => w), ...UNIT_WORDS.map(([w]) => w), 'đảng bộ', 'ubnd', 'hđnd'])})`;
const BARE_UNIT_RE = new RegExp(`^${UNIT_HEAD}(?:\\s+${UNIT_HEAD})?\\s*$`, 'u');
const NAME_TAIL_RE = new RegExp(`^(?:\\s*${CAP_WORD})+`, 'u');
const MAX_CHROME_WORDS = 15;
// "[Chia sẻ] [Bản in]", "[In trang] [Gửi bạn bè] [Quay lại]": a line of nothing but short items in brackets.
// "[Bản in] [Gửi bài]", and with a widget's count or name after them: "[Bản in]  [Gửi bài]  Thích 23  Chia sẻ".
const BRACKETED_ITEMS_RE = /^(?:\[[^\]\[]{1,30}\]\s*)+(?:(?:thích|chia sẻ|like|share|bình luận|\d+)\s*)*$/iu;
const BROADCASTER_RE = /^Đài\s+(?:Phát thanh|Truyền thanh|Truyền hình|PT\s*-\s*TH|PT&TH|PTTH)(?:\s*(?:-|–|và|&)\s*Truyền hình)?(?:\s+(?:tỉnh|huyện|thị xã|thành phố|quận|xã|phường|thị trấn))?/iu;
// Whatever their length: an address line, a copyright line, a paper's masthead ("BÁO LẠNG SƠN - CƠ QUAN CỦA
// ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH LẠNG SƠN"), a line of figures only ("184", "+14": counters), a
// social network's description of a photo ("Có thể là hình ảnh về 8 người và đám đông").
// A portal's footer ("Địa chỉ: Khu 3, thị trấn ...", "Điện thoại: ...") and its separator ("-----");
// the keywords under an article ("Từ khóa: Lạc Sơn, Hội nghị Ban Chấp hành, tổng kết năm 2023").
// Polls and attachments ("Bình chọn: Bạn đánh giá ...", "📎 Tải về: Chương trình hội nghị (PDF, 120 KB)"); hashtags ("#Mù Cang Chải  #du lịch");
// a document page's particulars ("Số/Ký hiệu: 24-TB/ĐU", "Cơ quan ban hành: Đảng ủy xã Phong Nha").
// ("A- A+", "A A A": a font-size widget alone on its line.)
const ADDRESS_OR_COPYRIGHT_RE = /^[^\p{L}\p{N}]{0,3}(?:đường dẫn|url|link|địa chỉ|điện thoại|đường dây nóng|hotline|fax|e-?mail|từ khóa|tags?|thẻ|bình chọn|thăm dò ý kiến|tải về|tệp đính kèm|file đính kèm|đính kèm|số\/ký hiệu|số ký hiệu|ký hiệu|ngày ban hành|loại văn bản|cơ quan ban hành|người ký|trích yếu|lĩnh vực|ngày hiệu lực)\s*:|^#\S.*\s#\S|^(?:https?:\/\/|www\.)|^(?:©|\(c\)\s|copyright|bản quyền)|^[^\p{L}\p{N}]+$|^[+\d\s.,]+$|^có thể là hình ảnh\s|^báo [^.]{1,40}?[-–:]\s*cơ quan (?:ngôn luận )?của\s|^(?:a[-+]?\s*){2,3}$/u;
// "Quang cảnh tọa đàm.": a short scene caption, even with a full stop.
const MAX_SCENE_CAPTION_WORDS = 20;
const SCENE_CAPTION_RE = /^(?:quang cảnh|toàn cảnh|các đại biểu dự|đại biểu dự|đại biểu tham dự)(?![\p{L}])/u;

/** Whether a line's match form is a site's name ("cổng thông tin điện tử huyện phù mỹ", "báo bắc giang"). */
export const isSiteName = (match: string): boolean => SITE_NAME_RE.test(match);

/** Portal chrome a headline is never: breadcrumbs, site names, a committee's name alone, capitals-only site names. */
function isChrome(line: Line): boolean {
  const text = line.text.trim();
  if (isMenuBar(text)) return true;
  if (line.words > MAX_CHROME_WORDS) return false;
  if (BREADCRUMB_RE.test(line.match) || SITE_NAME_RE.test(line.match) || WIDGET_RE.test(line.match)) return true;
  // A site's name in capitals ("BÁO ĐIỆN TỬ ĐẢNG BỘ TỈNH"), not a headline in capitals ("HUYỆN ỦY VĨNH
  // THUẬN SƠ KẾT CÔNG TÁC 6 THÁNG ĐẦU NĂM 2023"), which tells of a meeting or has figures.
  if (!/\p{Ll}/u.test(text) && SITE_WORD_RE.test(line.match) && !HEADLINE_IN_CAPITALS_RE.test(line.match)) return true;
  if (isBroadcasterName(text)) return true;
  return text.split(/\s+[-–]\s+/u).every((part) => isBareUnitName(part));
}

/** "Đài Phát thanh - Truyền hình Can Lộc", "Đài Truyền thanh thị xã": a broadcaster's name alone, its site's. */
function isBroadcasterName(text: string): boolean {
  const head = BROADCASTER_RE.exec(text);
  if (!head) return false;
  const tail = text.slice(head[0].length).trim();
  return tail === '' || NAME_TAIL_RE.exec(tail)?.[0].length === tail.length;
}

function isMenuBar(text: string): boolean {
  if (BRACKETED_ITEMS_RE.test(text)) return true;
  if (!HAS_MENU_ITEM_SEPARATOR.test(text)) return false;
  const items = text.split(MENU_ITEM_SEPARATOR).filter(Boolean);
  return items.length >= 3 && items.every((item) => wordCount(item) <= 5 && !/[.!?;]$/u.test(item));
}

function isBareUnitName(part: string): boolean {
  const words = part.split(/\s+/u);
  // The unit word(s), then only capitalised words: "Đảng bộ tỉnh Bến Tre", "Huyện ủy Vĩnh Thuận".
  // The tail is tested first: in most lines it holds a lower-case word, and putting the head in
  // match form costs more.
  for (let n = 1; n <= Math.min(3, words.length - 1); n++) {
    const tail = words.slice(n).join(' ');
    const tailMatch = NAME_TAIL_RE.exec(tail);
    if (tailMatch && tailMatch[0].length === tail.length && BARE_UNIT_RE.test(matchForm(words.slice(0, n).join(' ')))) return true;
  }
  return part === '';
}
const URL_RE = /^(?:https?:\/\/|www\.)\S+$/iu;

// "(16:30 | 29/07/2020)", "[ Cập nhật vào ngày (18/03/2021) ] - [ Số lần xem: 361 ]", "Thứ năm, 18/03/2021 10:20"
// A stamp line is STAMP_LINE's (src/extract/rules/dates.ts, where stamps are read); a chrome line
// with a date in figures and "cập nhật" in it is one too.
const HAS_DATE_RE = new RegExp(DATE_IN_FIGURES, 'u');
// "Ngày xuất bản: 27/01/2023 15:42 · Chuyên mục: Tin các huyện, thành phố": a labelled stamp with more after its date.
// "03/07/2023 15:20:41 | Bản in | Theo dõi Báo Yên Bái trên Google News", "Thứ Ba, 12-03-2024 18:10 | Tác giả: ...":
// a date and time, maybe after the weekday, then the page's buttons.
const PUBLICATION_STAMP_RE = new RegExp(
  `^[\\s([]*(?:(?:${alternation(PUBLICATION_LABELS)})\\s*:?\\s*\\(?\\d|(?:${WEEKDAY}\\s*,?\\s*)?${DATE_IN_FIGURES}(?:[\\s,]+\\d{1,2}[:h]\\d{2}(?::\\d{2})?)?\\s*[|·—–])`,
  'u',
);
const MAX_LABELLED_STAMP_WORDS = 30;

// "Quang cảnh hội nghị. (Ảnh: Mỹ An)", "Ảnh: Mỹ An", and a numbered photo's caption "Ảnh 1: Các đại biểu dự hội nghị."
// (The credit may open with initials: "... tại hội nghị. Ảnh: C. Trúc".)
const PHOTO_CREDIT_RE = /\(\s*ảnh\s*:[^)]*\)\s*$|^ảnh\s*:|^(?:ảnh|hình)\s*\d{1,2}\s*:|[-–.]\s*ảnh\s*:\s*(?:\p{L}{1,2}\.\s*)*[^.]{1,60}$/u;
// A caption is one short sentence showing people at it: a picture verb, and no words of what was said.
const PICTURE_VERB_RE = new RegExp(`(?<![\\p{L}])(?:${alternation(PICTURE_VERBS)})(?![\\p{L}])`, 'u');
// "Đồng chí Vũ Văn Hưng đã tặng hoa chúc mừng ...": told in the past, a sentence of the report; a
// caption shows the moment ("Đồng chí Vũ Văn Hưng tặng hoa ...").
const TOLD_IN_PAST_RE = new RegExp(`(?<![\\p{L}])(?:đã|vừa)\\s+(?:${alternation(PICTURE_VERBS)})(?![\\p{L}])`, 'u');
// What someone says, not what a photo shows; a short quoted name ("ứng dụng “Sổ tay đảng viên điện tử”") is no speech.
const SPEECH_CONTENT_RE = /(?:chủ trì|đề nghị|yêu cầu|nhấn mạnh|cho biết|khẳng định|:|[“"][^”"]{60})/u;
const MAX_CAPTION_SENTENCE_WORDS = 25;
const CAPTION_OPENER_RE = new RegExp(`^(?:${alternation(CAPTION_OPENERS)})(?![\\p{L}])`, "u");
const BYLINE_LABEL_RE = new RegExp(String.raw`^(?:${alternation(BYLINE_LABELS)})\s*:\s*(?<name>\S.*)$`, 'u');
// "(TTXVN) - ", "TPHT- ", "HGĐT - ": a portal's source tag before the lead.
// "(lsp) Trong 2 ngày ...": a tag in brackets may go without the dash.
export const SOURCE_TAG_RE = /^(?:(?:\(?[\p{Lu}Đ]{2,8}\)?|\([\p{L}\d.]{2,24}\))\s*[-–—]\s*|\([\p{L}\d.]{2,24}\)\s+)(?=\p{Lu})/u;
// A byline alone on its line: 2–4 capitalised syllables, maybe with an office in brackets. A syllable
// may open with the Central Highlands' "H'", "K'", "Y'" ("H'Linh", "H'LINH").
const NAME_SYLLABLE = String.raw`(?:\p{Lu}['’ʼ])?${CAP_WORD}`;
const CAPS_SYLLABLE = String.raw`(?:\p{Lu}['’ʼ])?\p{Lu}+`;
// ("H.GIA", "T.Hà": an initial with its full stop and no space.)
const NAME_LINE_RE = new RegExp(String.raw`^(?:${NAME_SYLLABLE}(?:\.\s*|\s+)){0,3}${NAME_SYLLABLE}(?:\s*\([^)]{1,60}\)|\s+[-–]\s+\S.{0,60})?$|^(?:${CAPS_SYLLABLE}(?:\.\s*|\s+)){1,3}${CAPS_SYLLABLE}(?:\s*\([^)]{1,60}\))?$|^\p{Lu}['’ʼ]\p{Lu}+$|^(?:P\.?V|CTV|BBT|TTXVN|P\.?V\/CTV|NV)\.?$`, 'u');
// "- Ảnh: Văn Dũng" after the writer's name in a byline.
const PHOTOGRAPHER_AFTER_RE = /\s*[-–,;]?\s*ảnh\s*:.*$/iu;
// An office that signs an article, on the byline's line after the last paragraph.
const OFFICE_BYLINE_RE = /^(?:ban biên tập|văn phòng|ban (?:tuyên giáo|tổ chức|dân vận)|trung tâm|đài|phòng văn hóa)(?![\p{L}])/u;
// The name part of a byline line, without its office.
const NAME_PART_RE = /^([^(\-–]+?)\s*(?:\(|\s[-–]\s|$)/u;

export function noise(state: State): void {
  const { lines } = state;
  let trailerFrom = lines.length;

  // The portal's trailer (comments, "Các tin khác", link lists) closes the article: find where it starts.
  // Only after some body text, so that a "Tin khác" menu above the headline does not swallow the article.
  let seenText = 0;
  // Each line's bare form, made once for both passes.
  const keys: string[] = [];
  // The lines of a box of related links inside the article: noise, whatever they read like.
  const inBox = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.kind === 'blank') continue;
    const key = (keys[i] = bare(line));
    // (A document's "Nơi nhận:" list, with its signature beside it, closes it too.)
    if (seenText >= 2 && (TRAILER_SET.has(key) || RECIPIENTS_RE.test(line.match) || COMMENTS_BAR_RE.test(line.match) || (line.words <= 20 && TRAILER_LABEL_RE.test(line.match)))) {
      // "Tin liên quan:" and its links between two paragraphs: a box inside the article, which goes on.
      const resumes = RELATED_SET.has(key) ? articleResumesAfterLinks(lines, i + 1) : -1;
      if (resumes < 0) { trailerFrom = i; break; }
      for (let j = i; j < resumes; j++) if (lines[j]!.kind !== 'blank') { lines[j]!.kind = 'noise'; inBox.add(j); }
      i = resumes - 1;
      continue;
    }
    const glued = seenText >= 2 && line.words <= PARAGRAPH_WORDS ? gluedTrailer(line) : -1;
    if (glued > 0) {
      // "Hoàng ÝCác ý kiến của bạn đọc": a byline glued to the widget that follows it.
      const name = line.text.slice(0, glued).trim();
      if (name) state.byline = name;
      trailerFrom = i;
      break;
    }
    if (line.words > PARAGRAPH_WORDS) seenText++;
  }
  for (let i = trailerFrom; i < lines.length; i++) lines[i]!.kind = 'noise';
  markPageBreaks(lines, trailerFrom);
  // "... Đồng hành cùng xã mới”. … Xem thêm": a social network cuts a long post there; the link is no text.
  for (let i = 0; i < trailerFrom; i++) {
    const line = lines[i]!;
    const cut = line.match.includes('xem thêm') ? SEE_MORE_END_RE.exec(line.match) : null;
    if (cut && cut.index > 0) {
      line.text = line.text.slice(0, cut.index);
      line.match = line.match.slice(0, cut.index);
      line.words = wordCount(line.text);
      line.split = undefined;
    }
  }
  let lastParagraph = -1;
  // (A credited caption below the byline, "... mùa nước đổ. Ảnh: Thanh Chi", is no paragraph.)
  // (Nor is a photo's caption, "Đồng chí X ... phát biểu kết luận hội nghị", under the byline.)
  for (let i = 0; i < trailerFrom; i++) if (lines[i]!.words > PARAGRAPH_WORDS && !ADDRESS_OR_COPYRIGHT_RE.test(lines[i]!.match) && !(lines[i]!.match.includes('ảnh') && PHOTO_CREDIT_RE.test(lines[i]!.match)) && !readsAsCaption(lines[i]!)) lastParagraph = i;

  const repeats = new Map<string, number>();
  for (const l of lines) {
    if (l.kind === 'blank' || l.words > 40) continue;
    const text = l.text.trim();
    repeats.set(text, (repeats.get(text) ?? 0) + 1);
  }
  const seenCaptions = new Set<string>();
  let previous: Line | null = null;
  let firstParagraphSeen = false;
  // (Whether any line of text came yet: the first one, printed twice in a row, is the headline.)
  let textSeen = false;
  for (let i = 0; i < trailerFrom; i++) {
    const line = lines[i]!;
    if (line.kind === 'blank' || inBox.has(i)) continue;
    const text = line.text.trim();
    const key = keys[i]!;
    const words = line.words;

    if ((previous && AD_LABEL_SET.has(bare(previous)) && words <= 40 && AD_WORDS_RE.test(line.match)) || NOISE_LINE_SET.has(key) || ADDRESS_OR_COPYRIGHT_RE.test(line.match) || (words <= 12 && BRACKETED_ITEMS_RE.test(text)) || (words <= 12 && WIDGET_RE.test(line.match)) || SOURCE_LINE_RE.test(line.match) || (words <= 12 && REPOSTED_FROM_RE.test(text.trim())) || isImageFile(text) || URL_RE.test(text) || (words <= 12 && NOISE_MARKER_RE.test(line.match)) || (!firstParagraphSeen && isChrome(line))) {
      line.kind = STAMP_LINE.test(line.match) ? 'stamp' : 'noise';
      if (line.kind === 'noise' && HAS_DATE_RE.test(line.match) && /cập nhật|ngày đăng|đăng ngày/u.test(line.match)) line.kind = 'stamp';
    } else if ((words <= 14 || (words <= MAX_LABELLED_STAMP_WORDS && PUBLICATION_STAMP_RE.test(line.match))) && (STAMP_LINE.test(line.match) || NAMED_STAMP_RE.test(text))) {
      line.kind = 'stamp';
    } else if (words <= 40 && PHOTO_CREDIT_RE.test(line.match) && !BYLINE_LABEL_RE.test(line.match)) {
      line.kind = 'caption';
    } else if (previous && isImageFile(previous.text.trim()) && ((words <= 30 && sentences({ text, offset: 0 }).length === 1) || (words <= 40 && !endsLikeSentence(text)))) {
      line.kind = 'caption';
    } else if (!firstParagraphSeen && previous?.kind === 'body' && previous.text.trim() === text) {
      // The headline printed twice, as the page's title and as its heading: the second is a copy.
      line.kind = 'noise';
    } else if ((previous?.kind === 'caption' && previous.text.trim() === text) || isCaptionLike(line, text, words, firstParagraphSeen, () => (repeats.get(text) ?? 0) > 1 && (firstParagraphSeen || textSeen || !nextIsSame(lines, i)))) {
      // (A caption printed twice, one under the other, is the same caption.)
      line.kind = 'caption';
    } else if (isBylineLine(state, line, text, words, i < lastParagraph, firstParagraphSeen)) {
      line.kind = 'byline';
    } else if (words <= 3 && REPORTER_RE.test(line.match)) {
      // "PV", "(CTV)", "Nhóm PV": the paper's reporter, unnamed, above the lead or after the text.
      state.byline ??= text.replace(/^\(|\)$/gu, '');
      line.kind = 'byline';
    } else if (!firstParagraphSeen && words <= 4 && CAPS_NAME_RE.test(text) && (previous?.kind === 'stamp' || nextIsStamp(lines, i))) {
      // "NGỌC NHUẬN" by the stamp, under the headline: the reporter, as some papers print them.
      state.byline ??= text;
      line.kind = 'byline';
    }

    if (line.kind === 'caption') {
      if (!seenCaptions.has(text)) state.captions.push(text);
      seenCaptions.add(text);
    }
    if (line.kind === 'body' && readsAsParagraph(line)) firstParagraphSeen = true;
    if (line.kind === 'body') textSeen = true;
    previous = line;
  }

  if (stackedCaptions(lines, trailerFrom)) {
    // In the order the photos come.
    state.captions = [...new Set(lines.filter((l) => l.kind === 'caption').map((l) => l.text.trim()))];
    // A byline above those captions is after the last paragraph now.
    let last = -1;
    for (let i = 0; i < trailerFrom; i++) if (lines[i]!.kind === 'body' && lines[i]!.words > PARAGRAPH_WORDS) last = i;
    for (let i = last + 1; i < trailerFrom && state.byline === null; i++) {
      const line = lines[i]!;
      if (line.kind === 'body' && isBylineLine(state, line, line.text.trim(), line.words, false, true)) line.kind = 'byline';
    }
  }
  dropPullQuotes(lines);
  stripSourceTag(state);
}

const MAX_STACKED_CAPTION_WORDS = 16;
/**
 * "Lễ khai mạc Đại hội." on the line above "Đoàn Chủ tịch điều hành Đại hội.", with no blank line
 * between: captions of photos side by side, printed as one block. A short one-sentence line in a
 * block of at most four lines that holds a caption and nothing but such lines is a caption too.
 * True when a line changed.
 */
function stackedCaptions(lines: Line[], end: number): boolean {
  let changed = false;
  // (After the first paragraph only: above it a short line is the lead's kicker or a headline.)
  const firstParagraph = lines.findIndex((l) => l.kind === 'body' && readsAsParagraph(l));
  if (firstParagraph < 0) return false;
  const short = (l: Line) => l.kind === 'body' && l.words <= MAX_STACKED_CAPTION_WORDS && /[.]$/u.test(l.text) && !/[:;“”"]/u.test(l.text) && sentences({ text: l.text, offset: 0 }).length === 1;
  // (Blocks start after the first paragraph's own block.)
  let from = firstParagraph;
  while (from < end && lines[from]!.kind !== 'blank') from++;
  for (let start = from; start < end; ) {
    if (lines[start]!.kind === 'blank') { start++; continue; }
    let stop = start;
    while (stop < end && lines[stop]!.kind !== 'blank') stop++;
    const block = lines.slice(start, stop);
    if (block.length >= 2 && block.length <= 4 && block.some((l) => l.kind === 'caption') && block.every((l) => l.kind === 'caption' || short(l))) {
      for (const l of block) if (l.kind === 'body') { l.kind = 'caption'; changed = true; }
    }
    start = stop;
  }
  return changed;
}

// A related story's link: a short line, a bullet before it or its date after it ("- Tháp Mười: Sơ kết ... (20/09/2023)").
const LINK_LINE_RE = /^\s*[-–•+*▪►>]|\(\d{1,2}[/.-]\d{1,2}[/.-]\d{4}\)\s*$/u;
const MIN_RESUMED_WORDS = 25;
/**
 * Where the article goes on after a box of related links that starts at `from`: the first of two
 * paragraphs in a row (long lines that end like sentences and are no links) right after the links,
 * or -1 when none follow (the links close the page).
 */
function articleResumesAfterLinks(lines: readonly Line[], from: number): number {
  let i = from;
  while (i < lines.length && (lines[i]!.kind === 'blank' || (lines[i]!.words <= MIN_RESUMED_WORDS && LINK_LINE_RE.test(lines[i]!.text)))) i++;
  const paragraph = (l: Line | undefined) => l !== undefined && l.words > MIN_RESUMED_WORDS && endsLikeSentence(l.text) && !LINK_LINE_RE.test(l.text);
  let next = i + 1;
  while (next < lines.length && lines[next]!.kind === 'blank') next++;
  return i > from && paragraph(lines[i]) && paragraph(lines[next]) ? i : -1;
}

const REPORTER_RE = /^\(?(?:pv|ctv|nhóm pv|pv\s*[-–,]\s*ctv|phóng viên)\)?$/u;
const RECIPIENTS_RE = /^\s*nơi nhận\s*:/u;
// "Đánh giá bài viết: ☆☆☆☆☆   Tổng số điểm: 0": a widget's label with its content on the line.
const TRAILER_LABEL_RE = /^(?:đánh giá bài viết|ý kiến bạn đọc|gửi bình luận|bình luận)\s*:/u;
/** One sentence that opens like a caption and says what a photo shows ("Đồng chí X ... phát biểu ..."). */
const readsAsCaption = (line: Line): boolean =>
  line.words <= MAX_CAPTION_SENTENCE_WORDS && CAPTION_OPENER_RE.test(line.match) && PICTURE_VERB_RE.test(line.match) && !SPEECH_CONTENT_RE.test(line.match) && !TOLD_IN_PAST_RE.test(line.match);
const SEE_MORE_END_RE = /\s*(?:…|\.\.\.)\s*xem thêm\s*$/u;
// Under a social-network post: "23 bình luận   11 lượt chia sẻ", "Thích   Bình luận   Chia sẻ"; the comments follow.
const COMMENTS_BAR_RE = /^\d+(?:[,.]\d+)?k?\s+bình luận(?![\p{L}])|^thích\s+bình luận\s+chia sẻ\s*$/u;
// A page's footer in text taken from a PDF ("Trang 1/2"), and the next page's running header and number.
const PAGE_FOOTER_RE = /^\s*trang\s+\d{1,3}\s*\/\s*\d{1,3}\s*$/u;
const PAGE_NUMBER_RE = /^\s*\d{1,3}\s*$/u;
const PAGE_HEADER_LINES = 3;

/** "Trang 1/2", then up to the next page's number ("2") the running header: none of it is text. */
function markPageBreaks(lines: Line[], end: number): void {
  for (let i = 0; i < end; i++) {
    if (lines[i]!.kind === 'blank' || !PAGE_FOOTER_RE.test(lines[i]!.match)) continue;
    lines[i]!.kind = 'noise';
    const header: Line[] = [];
    for (let j = i + 1; j < end && header.length <= PAGE_HEADER_LINES; j++) {
      const next = lines[j]!;
      if (next.kind === 'blank') continue;
      if (PAGE_NUMBER_RE.test(next.match)) {
        for (const h of [...header, next]) h.kind = 'noise';
        break;
      }
      header.push(next);
    }
  }
}

// Two to four words in capitals, letters only: a name as a paper prints its reporter's.
const CAPS_NAME_RE = /^\p{Lu}+(?:[ \t]+\p{Lu}+){1,3}$/u;

/** Whether the next line but blank ones is this one again. */
function nextIsSame(lines: readonly Line[], i: number): boolean {
  let j = i + 1;
  while (j < lines.length && lines[j]!.kind === 'blank') j++;
  return j < lines.length && lines[j]!.text.trim() === lines[i]!.text.trim();
}

/** Whether the next line that is not blank reads as a stamp. */
function nextIsStamp(lines: readonly Line[], i: number): boolean {
  for (let j = i + 1; j < lines.length; j++) if (lines[j]!.kind !== 'blank') return STAMP_LINE.test(lines[j]!.match);
  return false;
}

// "Đồng chí Trịnh Văn Bảo, Phó Bí thư Thường trực Tỉnh ủy: “Tân Sơn không thể ...”": a quote box.
const PULL_QUOTE_RE = /^[^“”"]{3,160}:\s*[“"]([^“”"]{20,})[”"]\s*$/u;

/** A quote set apart in a box repeats what a paragraph above already says: it is not text of its own. */
function dropPullQuotes(lines: Line[]): void {
  const body = lines.filter((l) => l.kind === 'body');
  body.forEach((line, i) => {
    const quote = line.text.includes(':') ? PULL_QUOTE_RE.exec(line.text.trim()) : null;
    const said = quote?.[1]!.trim();
    if (said && body.slice(0, i).some((above) => above.text.includes(said))) line.kind = 'noise';
  });
}

/** Where a trailer widget's name is glued onto the text before it, or -1. */
function gluedTrailer(line: Line): number {
  for (const m of eachMatch(GLUE_RE, line.text)) {
    const at = m.index + m[0].length;
    if (TRAILER_AT_START_RE.test(line.match.slice(at))) return at;
  }
  return -1;
}

// "Các đồng chí chủ trì hội nghị.", "Thường trực Huyện ủy Bố Trạch làm việc tại xã Hưng Trạch.": a scene too
// short for a paragraph, naming nobody ("Đồng chí Lê Văn An chủ trì hội nghị." says who chairs).
const SCENE_VERB_RE = new RegExp(`(?<![\\p{L}])(?:${alternation(SCENE_VERBS)})(?![\\p{L}])`, 'u');
const NAMED_PERSON_RE = /(?<![\p{L}])(?:[đĐ]ồng chí|[đĐ]\/[cC]|[ôÔ]ng|[bB]à)\s+\p{Lu}/u;
const readsAsShortCaption = (line: Line, text: string): boolean =>
  line.words <= PARAGRAPH_WORDS && CAPTION_OPENER_RE.test(line.match) && SCENE_VERB_RE.test(line.match) && !/[:“"]/u.test(text) && !NAMED_PERSON_RE.test(text);

/** A standalone line describing a photo: it repeats, or names the scene with no sentence of its own. */
function isCaptionLike(line: Line, text: string, words: number, afterLead: boolean, repeated: () => boolean): boolean {
  if (afterLead && (readsAsCaption(line) || readsAsShortCaption(line, text)) && sentences({ text, offset: 0 }).length === 1 && !/[,;]\s*$/u.test(text)) return true;
  if (afterLead && words <= MAX_SCENE_CAPTION_WORDS && SCENE_CAPTION_RE.test(line.match) && sentences({ text, offset: 0 }).length === 1) return true;
  if (words > 40 || endsLikeSentence(text)) return false;
  // (Whether it repeats is looked up only here: most lines never get this far.)
  if (words >= 3 && repeated()) return true;
  if (!afterLead) return false;
  // After the lead, a line that opens like a caption and does not end like a sentence is one.
  return CAPTION_OPENER_RE.test(line.match) && words >= 3;
}

/** The author's name after the last paragraph: "Tin và ảnh: Dương Tuấn", or a bare name "Thu Hằng". */
function isBylineLine(state: State, line: Line, text: string, words: number, laterText: boolean, earlierText: boolean): boolean {
  // "Thanh Tùng (Trung tâm Văn hóa - Thể thao và Truyền thanh huyện)": a name with its office, 12 words.
  if (words > 14) return false;
  const labelled = BYLINE_LABEL_RE.exec(line.match);
  if (labelled?.groups?.name) {
    // "Tin: Thanh Tùng - Ảnh: Văn Dũng": the writer; the photographer's credit is not the byline.
    const name = text.slice(text.length - labelled.groups.name.length).replace(PHOTOGRAPHER_AFTER_RE, '').trim();
    // After the last paragraph; or above the lead, by the stamp ("Tác giả: Lê Hoa"), when it is a name.
    if (!laterText || (!earlierText && NAME_LINE_RE.test(name))) {
      state.byline = name;
      return true;
    }
  }
  if (laterText) return false;
  if (!earlierText) return false;
  if (NAME_LINE_RE.test(text) && words <= 14) {
    state.byline ??= (NAME_PART_RE.exec(text)?.[1] ?? text).trim();
    return true;
  }
  // An office signing for the article: "Ban Biên tập", "Văn phòng Huyện ủy", "Trung tâm VH-TT&TT huyện".
  if (words <= 8 && !endsLikeSentence(text) && OFFICE_BYLINE_RE.test(line.match)) {
    state.byline ??= text;
    return true;
  }
  // What follows the byline at the very end ("Đài Truyền thanh thị xã") is the author's office.
  if (state.byline && !endsLikeSentence(text) && words <= 8) return true;
  return false;
}

// The tag opens the lead, which is among the first few lines left once the chrome is set aside.
const SOURCE_TAG_LINES = 4;

function stripSourceTag(state: State): void {
  const body = state.lines.filter((l) => l.kind === 'body');
  const firstParagraph = body.findIndex(readsAsParagraph);
  const lead = body.slice(0, Math.max(SOURCE_TAG_LINES, firstParagraph + 1)).find((l) => SOURCE_TAG_RE.test(l.text));
  if (!lead) return;
  const tag = SOURCE_TAG_RE.exec(lead.text);
  if (!tag) return;
  // The source tag is not article text; keep offsets by moving the line's start past it.
  lead.text = lead.text.slice(tag[0].length);
  lead.match = lead.match.slice(tag[0].length);
  lead.offset += tag[0].length;
  lead.words = wordCount(lead.text);
}

