// Pieces several pages share: a card (one article in a list), counts, groups of cards, the pager.
// TypeScript pages call them directly; Nunjucks pages through the `parts` global (src/site/plugin.ts).
// Everything they print is computed in src/site; here it is only placed and escaped.
import type { Card } from '../src/site/article.ts';
import type { Count, Group } from '../src/site/model.ts';
import type { Pager } from '../src/site/paginate.ts';
import { html, type Html } from './html.ts';

export const card = (c: Card, note: string | null = null): Html => html`<li class="card">
<a class="title${c.untitled ? ' untitled' : ''}" href="${c.url}">${c.title}</a>
<span class="meta">
${c.datetime ? html`<time datetime="${c.datetime}">${c.date}</time>` : html`<span class="unknown">${c.date}</span>`} · ${c.province ?? html`<span class="unknown">chưa rõ tỉnh</span>`}${c.locality ? ` · ${c.locality}` : ''} · ${c.type}${c.chair ? ` · chủ trì: ${c.chair}` : ''}
</span>
${note ? html`<span class="note">${note}</span>
` : ''}</li>
`;

/** Labels with their counts; a zero count greyed, a label without a page not linked. */
export const counts = (list: readonly Count[], cls = ''): Html => html`<ul class="counts ${cls}">
${list.map((c) => html`<li${c.count === 0 ? html` class="empty"` : ''}>${c.url ? html`<a href="${c.url}">${c.label}</a>` : c.label} <span class="count">${c.count}</span></li>
`)}</ul>
`;

export const groups = (list: readonly Group[]): Html =>
  list.length
    ? html`${list.map((g) => html`<section class="group">
${g.heading ? html`<h2>${g.url ? html`<a href="${g.url}">${g.heading}</a>` : g.heading}</h2>
` : ''}<ul class="cards">
${g.items.map((item) => card(item.card, item.note))}</ul>
</section>
`)}`
    : html`<p class="empty">Chưa có bài viết nào.</p>
`;

/** Numbered links to the pages of a long list (nothing when it has one page). */
export const pager = (p: Pager): Html =>
  p.pages > 1
    ? html`<nav class="pager" aria-label="Trang">
<ul>
${p.prev ? html`<li><a href="${p.prev}" rel="prev">‹ Trang trước</a></li>
` : ''}${p.links.map((l) =>
        'gap' in l
          ? html`<li class="gap" aria-hidden="true">…</li>
`
          : l.current
            ? html`<li><a href="${l.url}" aria-current="page" aria-label="Trang ${l.number}, trang này">${l.number}</a></li>
`
            : html`<li><a href="${l.url}" aria-label="Trang ${l.number}">${l.number}</a></li>
`,
      )}${p.next ? html`<li><a href="${p.next}" rel="next">Trang sau ›</a></li>
` : ''}</ul>
</nav>
`
    : html``;

/** Where the page sits: links up to the home page, then its own name. */
export const crumbs = (links: readonly { label: string; url: string }[], here: string): Html => html`<nav class="crumbs" aria-label="Vị trí">
<ol>
${links.map((l) => html`<li><a href="${l.url}">${l.label}</a></li>`)}<li aria-current="page">${here}</li>
</ol>
</nav>
`;
