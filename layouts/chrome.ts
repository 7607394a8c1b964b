// What every HTML page has around its content: the <head>, the site header with the menu and the
// search box, the footer. TypeScript pages call `page`; layouts/_includes/base.njk places the same
// pieces (through the `chrome` Nunjucks global), so both kinds of page share one copy.
// Links are root-relative; under PATH_PREFIX the HTML <base> plugin rewrites them.
import { flattened, html, Html } from './html.ts';
import { urlFor } from '../src/site/urls.ts';
import { searchUrls } from '../src/site/search.ts';

/** The site's name, in every page's title, header and footer, and in the `meta` global data. */
export const SITE_NAME = 'Biên niên';

/** The `meta` global data (src/site/plugin.ts). */
export type Meta = {
  name: string;
  description: string;
  siteUrl: string | null;
  provenanceHtml: string | null;
  urls: typeof SITE_URLS;
};

// Only the site's own files run or style a page: no inline script, style or handler anywhere. Pagefind
// compiles its WebAssembly ('wasm-unsafe-eval') and starts its worker from pagefind-worker.js; nothing
// uses blob: or data: URLs. frame-ancestors would be ignored in a meta tag.
/** The first lines of <head>: the policy must come before anything it governs. */
const HEAD_START = html`<meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; worker-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'">
<meta name="viewport" content="width=device-width, initial-scale=1">`;
export const headStart = (): Html => HEAD_START;

/** Every page kind's URL, for templates: `meta.urls` in Nunjucks pages. */
export const SITE_URLS = { ...urlFor, ...searchUrls };

// The links, header and footer are the same on every page (links are root-relative): made once, not
// once per page through the page's data (Eleventy's data proxies cost ~15 µs a page for them).
const HEAD_LINKS = html`<link rel="stylesheet" href="${SITE_URLS.stylesheet()}">
<link rel="icon" href="${SITE_URLS.icon()}" type="image/svg+xml">
<link rel="alternate" type="application/atom+xml" href="${SITE_URLS.feed()}" title="${SITE_NAME}: bài viết mới">`;
export const headLinks = (): Html => HEAD_LINKS;

/** The skip link and the header: the site's name, the menu, and a plain GET search form that works
 * without JavaScript (the search page runs ?q= when it loads). */
const SITE_HEADER = html`<a class="skip" href="#noi-dung">Bỏ qua, đến nội dung chính</a>
<header class="site">
<a class="brand" href="${SITE_URLS.home()}">${SITE_NAME}</a>
<nav aria-label="Mục lục chính">
<ul>
<li><a href="${SITE_URLS.overview()}">Tổng quan</a></li>
<li><a href="${SITE_URLS.articles()}">Bài viết</a></li>
<li><a href="${SITE_URLS.provinces()}">Tỉnh, thành phố</a></li>
<li><a href="${SITE_URLS.quarters()}">Theo quý</a></li>
<li><a href="${SITE_URLS.people()}">Người chủ trì</a></li>
<li><a href="${SITE_URLS.meetingTypes()}">Loại hội nghị</a></li>
<li><a href="${SITE_URLS.about()}">Giới thiệu</a></li>
</ul>
</nav><form class="search-box" role="search" action="${SITE_URLS.search()}" method="get" aria-label="Tìm trong lưu trữ">
<label class="visually-hidden" for="o-tim">Tìm trong lưu trữ</label>
<input id="o-tim" type="search" name="q" placeholder="Tìm: tên, địa danh, cụm từ…" autocomplete="off">
<button type="submit">Tìm</button>
</form>
</header>`;
export const siteHeader = (): Html => SITE_HEADER;

const SITE_FOOTER = html`<footer class="site">
<p>${SITE_NAME}: lưu trữ tin hội nghị của các cấp ủy địa phương. Dữ liệu:
<a href="${SITE_URLS.recordsJson()}">records.json</a>,
<a href="${SITE_URLS.recordsCsv()}">records.csv</a>,
<a href="${SITE_URLS.schema()}">lược đồ JSON</a>,
<a href="${SITE_URLS.feed()}">nguồn tin Atom</a>.
<a href="${SITE_URLS.about()}">Cách lập bản ghi</a>.</p>
</footer>`;
export const siteFooter = (): Html => SITE_FOOTER;

export type Page = {
  title: string;
  description: string;
  /** The <body>'s class: "kind-article", "kind-province", ... */
  kind: string;
  crumbs: Html | null;
  main: Html;
};

/** A whole HTML page, as one flat string (see `flattened`). */
export const page = (p: Page): Html => new Html(flattened(html`<!doctype html>
<html lang="vi">
<head>
${HEAD_START}
<title>${p.title} · ${SITE_NAME}</title>
<meta name="description" content="${p.description}">
${HEAD_LINKS}
</head>
<body class="kind-${p.kind}">
${SITE_HEADER}
${p.crumbs}<main id="noi-dung">
${p.main}</main>
${SITE_FOOTER}
</body>
</html>
`.text));
