// The overview (/tong-quan/) and the small overview on each province page, computed once per build
// from the records: counts (counts.ts) → maps (choropleth.ts over geo.ts), the quarterly chart
// (quarter-chart.ts), the province × year table (heat-table.ts), the most frequent chairs and
// localities (top.ts), the province page's locator map and chart (mini.ts). Every piece is an HTML or
// SVG string with article text escaped here; templates only place them (`| safe`).
import type { ArticleRecord } from '../../records/schema.ts';
import type { GazetteerProvince } from '../model.ts';
import { compareVi } from '../order.ts';
import { urlFor } from '../urls.ts';
import { choropleth, mapLegend, mapTable, type Region } from './choropleth.ts';
import { countRecords, type OverviewCounts, type OverviewDeps } from './counts.ts';
import { geoProvenance } from './geo.ts';
import { heatRows, heatTable } from './heat-table.ts';
import { articles, esc, num } from './html.ts';
import { provinceMini } from './mini.ts';
import { quarterChart, quarterRows, quarterTable, typeLegend } from './quarter-chart.ts';
import { classesFor } from './scale.ts';
import { topList, topOf } from './top.ts';

export type { OverviewDeps } from './counts.ts';

export type OverviewSection = { id: string; heading: string; html: string };
export type Overview = {
  url: string;
  title: string;
  /** The page's lead paragraph and in-page contents (HTML). */
  introHtml: string;
  sections: OverviewSection[];
  /** The boundaries' source, licence and accuracy, for the about page (HTML). */
  aboutHtml: string;
  /** Province page slug → its small overview (HTML), for the first page of its list. */
  provinceMini: Map<string, string>;
};

/** The id of a 2025 province's row in the 34-province table: where its region on the map links. */
export const todayRowId = (slug: string) => `nay-${slug}`;

const link = (url: string | null, text: string) => (url ? `<a href="${esc(url)}">${esc(text)}</a>` : esc(text));
const unitWord = (p: GazetteerProvince) => (p.kind === 'thanh-pho-trung-uong' ? 'thành phố' : 'tỉnh');

/** "nhiều nhất: Hậu Giang 2, Hà Tĩnh 1, …; 60 chưa có bài" — the map's gist for its <desc>. */
function mapGist(regions: ReadonlyMap<string, Region>, of: number): string {
  const withArticles = [...regions.values()].filter((r) => r.count > 0).sort((a, b) => b.count - a.count || compareVi(a.name, b.name));
  const top = withArticles.slice(0, 5).map((r) => `${r.name} ${num(r.count)}`);
  const rest = of - withArticles.length;
  if (!top.length) return 'Chưa tỉnh, thành phố nào có bài.';
  return `Nhiều bài nhất: ${top.join(', ')}${withArticles.length > 5 ? ', …' : ''}. ${rest ? `${num(rest)} tỉnh, thành phố chưa có bài. ` : ''}Số liệu đầy đủ ở bảng dưới bản đồ.`;
}

/** The about page's account of the map: source, licence and attribution, how the copy was made, accuracy. */
export function aboutHtml(): string {
  const g = geoProvenance();
  return (
    `<p>Bản đồ ở trang <a href="${esc(urlFor.overview())}">Tổng quan</a> và trên trang mỗi tỉnh được vẽ sẵn khi dựng trang (SVG, không cần JavaScript) từ ranh giới tỉnh của <strong>geoBoundaries</strong> (<a href="https://www.geoboundaries.org">www.geoboundaries.org</a>), bộ <em>gbOpen</em>, Việt Nam cấp tỉnh (ADM1), mã <code>VNM-ADM1-63759600</code>, năm ranh giới 2008.</p>` +
    `<ul class="about-map">` +
    `<li>Giấy phép: dữ liệu ranh giới thuộc phạm vi công cộng (Public Domain, theo siêu dữ liệu của geoBoundaries); geoBoundaries yêu cầu ghi nguồn, và các sản phẩm phái sinh của họ theo giấy phép CC BY 4.0, nên bản đồ luôn ghi nguồn.</li>` +
    `<li>Ghi nguồn: <span lang="en">${esc(g.attribution)}</span></li>` +
    `<li>Trích dẫn: <span lang="en">${esc(g.citation.replace(/,?\s*https:\/\/doi\.org\/\S+$/, ''))}</span>, <a href="https://doi.org/10.1371/journal.pone.0231866">doi:10.1371/journal.pone.0231866</a></li>` +
    `<li>Bản của dự án (<code>src/geo/</code>) được chương trình <code>scripts/build-geo.ts</code> (<code>npm run geo</code>) làm từ tệp ranh giới 63 tỉnh: kiểm tra mã băm, đối chiếu mã và tên tỉnh với danh mục hành chính, giản lược đường ranh giới, ghép 63 tỉnh thành 34 tỉnh theo Nghị quyết 202/2025/QH15, và tách quần đảo Hoàng Sa (Đà Nẵng), Trường Sa (Khánh Hòa) ra khung riêng.</li>` +
    `<li>Độ chính xác: đây là bản số hóa khái quát; đường bờ biển thô và một số ranh giới lệch vài km. Đủ để tô màu số bài theo tỉnh, không phải ranh giới pháp lý hay đo đạc. Bài viết thuộc tỉnh nào là do bản ghi (danh mục hành chính) quyết định, không bao giờ do bản đồ.</li>` +
    `</ul>`
  );
}

export function attributionHtml(): string {
  const g = geoProvenance();
  return (
    `<p class="attribution">Ranh giới tỉnh: geoBoundaries (<a href="https://www.geoboundaries.org">www.geoboundaries.org</a>), VNM ADM1 (phạm vi công cộng), đã giản lược; 34 tỉnh, thành phố từ 1/7/2025 được ghép từ 63 tỉnh, thành phố trước đó. ` +
    `<span lang="en">${esc(g.attribution)}</span> ` +
    `Ranh giới chỉ để minh họa số liệu, không phải ranh giới pháp lý; bài viết thuộc tỉnh nào là do bản ghi, không do bản đồ.</p>`
  );
}

function mapsSection(c: OverviewCounts, deps: OverviewDeps): string {
  const { gazetteer } = deps;
  const by2024 = new Map(gazetteer.provinces2024.map((p) => [p.code, p]));
  const members = new Map<string, GazetteerProvince[]>();
  for (const p of gazetteer.provinces2024) {
    const t = gazetteer.provinceToday(p.code);
    if (t) members.set(t.code, [...(members.get(t.code) ?? []), p]);
  }

  // The 63: each province links to its page; the table says where it is today.
  const r2024 = new Map<string, Region>();
  for (const p of gazetteer.provinces2024) {
    const count = c.map2024.get(p.code) ?? 0;
    const t = gazetteer.provinceToday(p.code);
    const note = t && (t.name !== p.name || (members.get(t.code)?.length ?? 0) > 1) ? `${unitWord(t)} ${link(`${urlFor.overview()}#${todayRowId(t.slug)}`, t.name)}` : 'giữ nguyên';
    r2024.set(p.code, { code: p.code, name: p.name, count, url: count ? deps.provinceUrl(p.slug) : null, noteHtml: note });
  }
  // The 34: every located article under the province that holds its place today. A 2025 province
  // has a page only for articles dated after the merger, so its region links to its row in the
  // table below the map, which lists the provinces it was made of, each linked to its page.
  const r2025 = new Map<string, Region>();
  for (const p of gazetteer.provinces2025) {
    const count = c.map2025.get(p.code) ?? 0;
    const parts = (members.get(p.code) ?? [])
      .sort((a, b) => compareVi(a.name, b.name))
      .map((m) => {
        const n = c.map2024.get(m.code) ?? 0;
        return `${link(n ? deps.provinceUrl(m.slug) : null, m.name)} ${num(n)}`;
      });
    const after = c.perProvince.get(p.slug)?.codes2025.has(p.code) ? `; từ 1/7/2025: ${link(deps.provinceUrl(p.slug), p.name)}` : '';
    r2025.set(p.code, { code: p.code, name: p.name, count, url: count ? `${urlFor.overview()}#${todayRowId(p.slug)}` : null, noteHtml: parts.join(', ') + after });
  }

  const k2024 = classesFor([...r2024.values()].map((r) => r.count));
  const k2025 = classesFor([...r2025.values()].map((r) => r.count));
  const title63 = 'Số bài viết theo 63 tỉnh, thành phố trước ngày 1/7/2025';
  const title34 = 'Số bài viết theo 34 tỉnh, thành phố từ ngày 1/7/2025';
  const unknown = `<p class="map-note"><strong>Chưa rõ tỉnh: ${link(urlFor.unknownProvince(), articles(c.noProvince))}</strong>, không có trên bản đồ (bài không nêu được tỉnh, thành phố nào).</p>`;
  const after = c.after2025 ? ` ${articles(c.after2025)} về sự kiện từ ngày 1/7/2025 chỉ có trên bản đồ 34 tỉnh, thành phố.` : '';
  const unmapped = c.unmapped ? ` ${articles(c.unmapped)} có tỉnh không có trong danh mục, không vẽ được.` : '';

  return (
    unknown +
    `<div class="maps">` +
    `<figure class="map-figure" id="ban-do-63"><figcaption><h3>Trước 1/7/2025: 63 tỉnh, thành phố</h3><p>Bài viết về sự kiện trước ngày 1/7/2025, theo tỉnh, thành phố lúc đó.${after}</p></figcaption>` +
    choropleth(r2024, { id: 'map63', era: 2024, title: title63, desc: `${title63}, tô màu theo số bài; hai quần đảo Hoàng Sa (Đà Nẵng) và Trường Sa (Khánh Hòa) vẽ trong khung riêng. ${mapGist(r2024, 63)}` }, k2024) +
    mapLegend(k2024) +
    `</figure>` +
    `<figure class="map-figure" id="ban-do-34"><figcaption><h3>Từ 1/7/2025: 34 tỉnh, thành phố</h3><p>Mọi bài viết có tỉnh, theo tỉnh, thành phố ngày nay của nơi diễn ra.</p></figcaption>` +
    choropleth(r2025, { id: 'map34', era: 2025, title: title34, desc: `${title34}: mọi bài viết có tỉnh, theo tỉnh, thành phố ngày nay, tô màu theo số bài; hai quần đảo Hoàng Sa (Đà Nẵng) và Trường Sa (Khánh Hòa) vẽ trong khung riêng. ${mapGist(r2025, 34)}` }, k2025) +
    mapLegend(k2025) +
    `</figure>` +
    `</div>` +
    attributionHtml() +
    (unmapped ? `<p class="note">${esc(unmapped.trim())}</p>` : '') +
    `<div class="map-tables">` +
    mapTable(r2024, gazetteer.provinces2024, { caption: 'Số bài theo 63 tỉnh, thành phố (trước 1/7/2025)', noteHeading: 'Từ 1/7/2025 thuộc' }) +
    mapTable(r2025, gazetteer.provinces2025, { caption: 'Số bài theo 34 tỉnh, thành phố ngày nay', noteHeading: 'Gồm (số bài trước 1/7/2025)', rowId: (p) => todayRowId(p.slug) }) +
    `</div>`
  );
}

export function buildOverview(records: readonly ArticleRecord[], deps: OverviewDeps): Overview {
  const c = countRecords(records, deps);

  const rows = quarterRows(c.quarters);
  const dated = rows.reduce((n, r) => n + r.total, 0);
  const busiest = [...rows].sort((a, b) => b.total - a.total)[0];
  const chart = rows.length
    ? quarterChart(rows, {
        id: 'quarters',
        title: 'Số bài viết theo quý, chia theo loại hội nghị',
        desc: `${num(rows.filter((r) => r.total).length)} quý có bài, từ ${rows[0]!.label} đến ${rows.at(-1)!.label}; ${articles(dated)} rõ quý${busiest ? `, nhiều nhất ${busiest.label} (${articles(busiest.total)})` : ''}. Số liệu đầy đủ ở bảng dưới biểu đồ.`,
        types: c.types,
      }) + typeLegend(c.types.filter((k) => rows.some((r) => r.byType.get(k))))
    : '<p class="empty">Chưa có bài nào rõ quý.</p>';
  const noQuarter = c.noQuarter ? `<p class="note">${link(urlFor.unknownDate(), `Chưa rõ quý: ${articles(c.noQuarter)}`)} (chưa rõ ngày, hoặc chỉ biết năm), không có trên biểu đồ.</p>` : '';

  const heat = heatRows(c.provinceYears, c.provinceNames, deps.provinceUrl, c.noProvinceYears);
  const heatClasses = classesFor(heat.flatMap((r) => [...r.years.values()]));

  const chairs = topOf(c.chairs), localities = topOf(c.localities);
  const sections: OverviewSection[] = [
    { id: 'ban-do', heading: 'Bản đồ theo tỉnh, thành phố', html: mapsSection(c, deps) },
    {
      id: 'theo-quy',
      heading: 'Theo quý và loại hội nghị',
      html: `<figure class="chart-figure">${chart}</figure>${noQuarter}${rows.length ? quarterTable(rows, c.types, 'Số bài theo quý và loại hội nghị') : ''}`,
    },
    {
      id: 'tinh-nam',
      heading: 'Theo tỉnh và năm',
      html:
        `<p>Mỗi ô là số bài của một tỉnh, thành phố (như lúc diễn ra sự kiện) trong một năm, tô đậm dần theo số bài; bấm vào số để mở trang của tỉnh.</p>` +
        (heat.length ? mapLegend(heatClasses) + heatTable(heat, 'Số bài theo tỉnh, thành phố và năm') : '<p class="empty">Chưa có bài viết nào.</p>'),
    },
    {
      id: 'nhieu-nhat',
      heading: 'Xuất hiện nhiều nhất',
      html:
        `<div class="columns-2"><section><h3>Người chủ trì</h3>${topList(chairs, 'Chưa có bài nào nêu người chủ trì.')}<p>${link(urlFor.people(), `Tất cả ${num(c.chairs.length)} người chủ trì`)}</p></section>` +
        `<section><h3>Địa bàn</h3>${topList(localities, 'Chưa có bài nào nêu tên địa bàn.')}<p class="note">Mỗi địa bàn dẫn tới trang tỉnh, thành phố của nó, nơi liệt kê các bài.</p></section></div>`,
    },
  ];

  const introHtml =
    `<p class="intro">Toàn bộ ${articles(c.total)} trong lưu trữ nhìn một lượt. Mọi con số đếm từ các bản ghi; ` +
    `${link(urlFor.unknownProvince(), `chưa rõ tỉnh: ${articles(c.noProvince)}`)}, ${link(urlFor.unknownDate(), `chưa rõ quý: ${articles(c.noQuarter)}`)}.</p>` +
    `<nav class="toc" aria-label="Các phần của trang"><ul>${sections.map((s) => `<li><a href="#${s.id}">${esc(s.heading)}</a></li>`).join('')}</ul></nav>`;

  const provinceMiniMap = new Map<string, string>();
  for (const [slug, p] of c.perProvince) {
    provinceMiniMap.set(slug, provinceMini({ slug, name: c.provinceNames.get(slug) ?? slug, ...p }, deps.gazetteer));
  }

  return { url: urlFor.overview(), title: 'Tổng quan', introHtml, sections, aboutHtml: aboutHtml(), provinceMini: provinceMiniMap };
}
