// One page of a long list: a province's articles, a quarter's, a person's, a meeting type's, the
// unknowns, all articles. A TypeScript template (Eleventy's 11ty.js kind) like the article page:
// a large archive has thousands of these pages. Everything is computed in src/site/model.ts.
import type { ListPage } from '../src/site/model.ts';
import { page } from './chrome.ts';
import { Html, html } from './html.ts';
import { counts, crumbs, groups, pager } from './parts.ts';

/** A province's first page: its locator map and quarterly chart, markup made (and escaped) by src/site/overview. */
const mini = (list: ListPage): Html | '' => (list.mini ? new Html(list.mini) : '');

export function listMain(list: ListPage): Html {
  const p = list.pager;
  return html`<h1>${list.name} <span class="summary">${list.summary}${p.pages > 1 ? `, trang ${p.page}/${p.pages}` : ''}</span></h1>
${list.intro ? html`<p class="intro">${list.intro}</p>
` : ''}${list.facets.some((f) => f.counts.length) ? html`<div class="facets">
${list.facets.filter((f) => f.counts.length).map((f) => html`<section class="facet">
<h2>${f.heading}</h2>
${counts(f.counts, 'inline')}</section>
`)}</div>
` : ''}${mini(list)}
${pager(p)}${groups(list.groups)}${pager(p)}`;
}

type Data = { list: ListPage };

/** Pages of one kind of list: `key` names the array in the site data that lists them. */
export const listTemplate = (key: ListKey) => ({
  data: () => ({
    pagination: { data: `site.${key}`, size: 1, alias: 'list' },
    permalink: (d: Data) => d.list.url,
    eleventyExcludeFromCollections: true,
  }),
  render: ({ list }: Data): string =>
    page({
      title: list.pager.page > 1 ? `${list.name} (trang ${list.pager.page})` : list.name,
      description: `${list.name}: ${list.summary}`,
      kind: list.kind,
      crumbs: crumbs(list.crumbs, list.name),
      main: listMain(list),
    }).text,
});

/** The site data's arrays of list pages (src/site/model.ts), each paginated by one template. */
export type ListKey = 'articleListPages' | 'provincePages' | 'quarterPages' | 'personPages' | 'typePages' | 'unknownPages';

/** Every kind of list page: the virtual template's name and the array of `site` it paginates. */
export const LIST_TEMPLATES: readonly [name: string, key: ListKey][] = [
  ['bai-viet-danh-sach', 'articleListPages'],
  ['tinh', 'provincePages'],
  ['quy', 'quarterPages'],
  ['nguoi', 'personPages'],
  ['loai', 'typePages'],
  ['chua-ro', 'unknownPages'],
];
