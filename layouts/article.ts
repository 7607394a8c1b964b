// The article page, one per record: a TypeScript template (Eleventy's 11ty.js kind), because it is
// drawn 20,000 times in a large archive and a template function costs a fraction of a Nunjucks
// render. Everything it prints is computed in src/site/article.ts; here it is only placed and escaped.
import { articleView, type ArticlePage, type ArticleView, type Fact } from '../src/site/article.ts';
import { searchFields } from '../src/site/search.ts';
import { page } from './chrome.ts';
import { crumbs } from './parts.ts';
import { html, type Html } from './html.ts';

const fact = (f: Fact): Html => {
  const value = f.url ? html`<a href="${f.url}">${f.value}</a>` : html`${f.value}`;
  return html`<div${f.unknown ? html` class="unknown" data-pagefind-ignore` : ''}>
<dt data-pagefind-ignore>${f.label}</dt>
<dd>${f.datetime ? html`<time datetime="${f.datetime}">${value}</time>` : value}${f.extra}${f.note ? html` <span class="note" data-pagefind-ignore>(${f.note})</span>` : ''}</dd>
</div>
`;
};

/** Pagefind indexes the <article> only (src/site/search.ts); its filters and metadata sit hidden in it. */
const searchData = (a: ArticleView): { sort: Html | string; hidden: Html } => {
  const s = searchFields(a);
  return {
    sort: s.sort ? html` data-pagefind-sort="date:${s.sort}"` : '',
    hidden: html`<div hidden data-pagefind-ignore>
${s.filters.map((f) => html`<span data-pagefind-filter="${f.key}">${f.value}</span>
`)}<span data-pagefind-meta="date">${s.date}</span>
<span data-pagefind-meta="province">${s.province}</span>
${s.fold ? html`<span data-pagefind-meta="fold">${s.fold}</span>
` : ''}</div>
`,
  };
};

// Tasks and notes quote the body, which is indexed: indexed twice they would only cost memory and
// skew ranking, so Pagefind ignores them.
export function articleMain(a: ArticleView): Html {
  const search = searchData(a);
  return html`<article class="record" data-pagefind-body${search.sort}>
<h1${a.untitled ? html` class="untitled"` : ''} data-pagefind-meta="title">${a.title}</h1>
${search.hidden}<dl class="facts">
${a.facts.map(fact)}</dl>
<section class="tasks" data-pagefind-ignore>
<h2 data-pagefind-ignore>Nhiệm vụ đề ra</h2>
${a.tasksNote ? html`<p class="note">${a.tasksNote}</p>
` : ''}${a.tasks.length
    ? html`<ol>
${a.tasks.map((t) => html`<li>${t}</li>
`)}</ol>
`
    : html`<p class="unknown">Chưa rút ra được nhiệm vụ nào từ bài.</p>
`}</section>
<section class="body">
<h2 data-pagefind-ignore>Nội dung bài</h2>
${a.body.length ? a.body.map((p) => html`<p>${p}</p>
`) : html`<p class="unknown">Bài không còn nội dung sau khi bỏ phần trang web.</p>
`}${a.captions.length ? html`<h3 data-pagefind-ignore>Chú thích ảnh</h3>
<ul class="captions">
${a.captions.map((c) => html`<li>${c}</li>
`)}</ul>
` : ''}${a.byline ? html`<p class="byline">${a.byline}</p>
` : ''}</section>
<section class="source" data-pagefind-ignore>
<h2>Nguồn và ghi chú</h2>
<p>Tệp nguồn: <code>${a.sourceFile}</code></p>
${a.corrected.length ? html`<p>Người lưu trữ đã hiệu chỉnh: ${a.corrected.join(', ')}.</p>
` : ''}${a.messages.length ? html`<ul class="messages">
${a.messages.map((m) => html`<li><span class="severity">${m.label}</span> <code>${m.id}</code>: ${m.reason}</li>
`)}</ul>
` : ''}</section>
</article>
${a.prev || a.next ? html`<nav class="neighbours" aria-label="Bài cùng tỉnh">
<ul>
${a.prev ? html`<li class="prev"><span>Bài trước cùng tỉnh</span> <a href="${a.prev.url}" rel="prev">${a.prev.label}</a></li>
` : ''}${a.next ? html`<li class="next"><span>Bài sau cùng tỉnh</span> <a href="${a.next.url}" rel="next">${a.next.label}</a></li>
` : ''}</ul>
</nav>
` : ''}`;
}

type Data = { article: ArticlePage };

/** Registered by src/site/plugin.ts as a virtual 11ty.js template paginating `site.articles`. */
export const articleTemplate = {
  data: () => ({
    pagination: { data: 'site.articles', size: 1, alias: 'article' },
    permalink: (data: Data) => data.article.card.url,
    // Kept out of collections: at 20,000 articles collections cost more than the pages.
    eleventyExcludeFromCollections: true,
  }),
  render: ({ article }: Data): string => {
    const a = articleView(article);
    return page({
      title: a.title,
      description: `${a.card.date} · ${a.card.province ?? 'chưa rõ tỉnh'} · ${a.card.type}`,
      kind: 'article',
      crumbs: crumbs(a.crumbs, a.title),
      main: articleMain(a),
    }).text;
  },
};
