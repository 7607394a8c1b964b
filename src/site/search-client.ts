// The search page's script (/tim-kiem/), bundled for the browser into /assets/search.js at build time
// (src/site/search.ts). It runs Pagefind's JS API over every shard of the index (a Pagefind index of
// a few thousand pages each, searched as one), shows facets with counts, and keeps the query and the
// chosen filters in the URL (?q=...&tinh=...), so a search is a link. Text is put in the page as
// text nodes, never as HTML; no inline script or style, no eval (Pagefind's WebAssembly needs
// `script-src 'self' 'wasm-unsafe-eval'` under a Content Security Policy).
//
// The query goes to Pagefind as typed: Pagefind strips marks itself and ranks a query typed with the
// article's own accents first; a query without đ finds words with đ through the folded words each
// article gives as metadata (src/site/search.ts). searchFold, the same normaliser, finds the words to
// show and highlight in the excerpts.
import { matchForm, searchFold } from '../text/fold.ts';
import { SEARCH_BUNDLE_DIR, SEARCH_FILTERS, SEARCH_SHARDS_FILE, type SearchFilterKey, type ShardsManifest } from './search-filters.ts';

type Counts = { [value: string]: number };
type FilterCounts = { [filter: string]: Counts };
type ResultData = { url: string; content: string; meta: { [key: string]: string | undefined } };
type Result = { score: number; data: () => Promise<ResultData> };
type SearchResponse = { results: Result[]; filters: FilterCounts; totalFilters: FilterCounts };
type SortDirection = 'asc' | 'desc';
type SearchOptions = { filters?: { [key: string]: { any: string[] } }; sort?: { date: SortDirection } };
type Pagefind = {
  options: (options: { [key: string]: unknown }) => Promise<void>;
  init: () => Promise<void>;
  mergeIndex: (path: string, options: { [key: string]: unknown }) => Promise<void>;
  search: (term: string | null, options?: SearchOptions) => Promise<SearchResponse | null>;
  filters: () => Promise<FilterCounts>;
};

const PAGE_SIZE = 10;
/** How many of Pagefind's best results are read and re-ordered by phrase (see rerank). */
const RERANK = 30;
const FACET_SHOWN = 8;
const EXCERPT_WORDS = 28;
const KEYS = Object.keys(SEARCH_FILTERS) as SearchFilterKey[];
const SORTS = { '': null, moi: 'desc', cu: 'asc' } as const;
type SortKey = keyof typeof SORTS;

type State = { q: string; filters: Map<SearchFilterKey, string[]>; sort: SortKey };

const $ = <T extends Element>(root: ParentNode, selector: string): T => {
  const el = root.querySelector<T>(selector);
  if (!el) throw new Error(`search page: no ${selector}`);
  return el;
};

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: { [k: string]: string } = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  node.append(...children);
  return node;
}

export function stateFromUrl(search: string): State {
  const params = new URLSearchParams(search);
  const filters = new Map<SearchFilterKey, string[]>();
  for (const key of KEYS) {
    const values = params.getAll(key).filter(Boolean);
    if (values.length) filters.set(key, values);
  }
  const sort = params.get('sx') ?? '';
  return { q: (params.get('q') ?? '').normalize('NFC').trim(), filters, sort: sort in SORTS ? (sort as SortKey) : '' };
}

export function urlFromState(state: State): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const [key, values] of state.filters) for (const v of values) params.append(key, v);
  if (state.sort) params.set('sx', state.sort);
  const s = params.toString();
  return s ? `?${s}` : '';
}

// ---- Excerpts: the passages of the page's text where the query's words are, found by folding ----

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

type Hit = { start: number; end: number; score: number };

/** Where the query's words are in a text: each word whose folded form starts with a folded term. */
export function findHits(text: string, query: string): Hit[] {
  const typed = query.normalize('NFC').toLowerCase().split(/\s+/).filter(Boolean);
  const terms = searchFold(query).split(' ').filter(Boolean);
  if (!terms.length) return [];
  const hits: Hit[] = [];
  for (const m of text.matchAll(WORD)) {
    const folded = searchFold(m[0]);
    let score = 0;
    for (const term of terms) {
      if (folded === term) score = Math.max(score, 2);
      else if (folded.startsWith(term)) score = Math.max(score, 1);
    }
    if (!score) continue;
    // The reader's own accents count: "hoà" ranks a passage with "hoà" above one with "hòa".
    if (typed.includes(m[0].normalize('NFC').toLowerCase())) score += 1;
    hits.push({ start: m.index, end: m.index + m[0].length, score });
  }
  return hits;
}

/** Up to `count` passages of about EXCERPT_WORDS words around the best groups of hits, in text order. */
export function excerpts(text: string, query: string, count = 2): Passage[] {
  const hits = findHits(text, query);
  const words = [...text.matchAll(WORD)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  if (!words.length) return [];
  if (!hits.length) return [passage(text, words, 0, [])];
  // The score of a window of words starting at each hit; the best windows that do not overlap.
  const wordAt = (offset: number) => words.findIndex((w) => w.start === offset);
  const windows = hits.map((h) => {
    const first = Math.max(0, wordAt(h.start) - 4);
    const lastEnd = words[Math.min(words.length - 1, first + EXCERPT_WORDS - 1)]!.end;
    const inside = hits.filter((x) => x.start >= words[first]!.start && x.end <= lastEnd);
    return { first, lastEnd, score: inside.reduce((s, x) => s + x.score, 0) + new Set(inside.map((x) => searchFold(text.slice(x.start, x.end)))).size };
  });
  windows.sort((a, b) => b.score - a.score || a.first - b.first);
  const chosen: typeof windows = [];
  for (const w of windows) {
    if (chosen.length >= count) break;
    if (chosen.some((c) => w.first < c.first + EXCERPT_WORDS && c.first < w.first + EXCERPT_WORDS)) continue;
    chosen.push(w);
  }
  chosen.sort((a, b) => a.first - b.first);
  return chosen.map((w) => passage(text, words, w.first, hits));
}

type Passage = { text: string; marks: [number, number][] };

function passage(text: string, words: { start: number; end: number }[], first: number, hits: Hit[]): Passage {
  const last = Math.min(words.length - 1, first + EXCERPT_WORDS - 1);
  const start = words[first]!.start;
  const end = words[last]!.end;
  const lead = first > 0 ? '… ' : '';
  const marks = hits
    .filter((h) => h.start >= start && h.end <= end)
    .map((h): [number, number] => [h.start - start + lead.length, h.end - start + lead.length]);
  return { text: lead + text.slice(start, end) + (last < words.length - 1 ? ' …' : ''), marks };
}

function excerptNode(p: Passage): HTMLElement {
  const node = el('p', { class: 'excerpt' });
  let at = 0;
  for (const [a, b] of p.marks) {
    node.append(p.text.slice(at, a), el('mark', {}, p.text.slice(a, b)));
    at = b;
  }
  node.append(p.text.slice(at));
  return node;
}

// ---- Phrases: Pagefind scores words one by one; a reader who types "Vị Thanh" means the two together ----

/** The words of a text in one form, space-separated; a phrase does not run across punctuation. */
const words = (text: string, form: (s: string) => string) =>
  ` ${text
    .split(/[.,;:!?()[\]«»"“”…\n]+/)
    .map((part) => [...part.matchAll(WORD)].map((m) => form(m[0])).join(' '))
    .join(' | ')} `;

/**
 * How well a page holds the query as a phrase: 4 with the reader's own accents (tone placement
 * aside), 2 folded, 0 not as a phrase; +1 when the title holds it folded.
 */
export function phraseScore(query: string, title: string, content: string): number {
  const exact = words(query, matchForm);
  const folded = words(query, searchFold);
  if (folded.trim().split(' ').length < 2 && exact === folded) return 0;
  const score = words(content, matchForm).includes(exact) ? 4 : words(content, searchFold).includes(folded) ? 2 : 0;
  return score + (words(title, searchFold).includes(folded) ? 1 : 0);
}

type Loaded = { data: ResultData; score: number };

/** Pagefind's first results in order of phraseScore, ties in Pagefind's order. */
export function rerank(query: string, loaded: ResultData[]): ResultData[] {
  return loaded
    .map((data, i): Loaded & { i: number } => ({ data, i, score: phraseScore(query, data.meta.title ?? '', data.content) }))
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .map((x) => x.data);
}

// ---- Shards: the build writes the index in shards (src/site/search.ts); the page searches them all ----
//
// Pagefind merges indexes itself (mergeIndex: one WebAssembly module, results by score, filter counts
// added up), and its scores compare across shards, each being a sample of the whole archive. It cannot
// merge results sorted by date: it scores each with its place in its own shard's date order. So each
// shard's pages carry a filter naming the shard, a date-sorted search is run once per shard, and
// mergeByDate orders the results.

/** The filter Pagefind adds to every page of a shard (mergeFilter): its number. */
const SHARD_FILTER = 'manh';

/** Several shards' filter counts as one: shards hold different pages, so counts add up. */
export function sumCounts(all: readonly FilterCounts[]): FilterCounts {
  const sum: FilterCounts = {};
  for (const counts of all) {
    for (const [key, values] of Object.entries(counts)) {
      const into = (sum[key] ??= {});
      for (const [value, n] of Object.entries(values)) into[value] = (into[value] ?? 0) + n;
    }
  }
  return sum;
}

/**
 * Each shard's date-sorted response (shard k at index k) as one. Pagefind scores a result with its
 * place p in its shard's date order (negated for 'asc'); the build deals the pages out in date order
 * (planShards), so place p of shard k of n is the archive's date place p·n + k, which orders all
 * shards' results exactly.
 */
export function mergeByDate(responses: readonly SearchResponse[], sort: SortDirection): SearchResponse {
  const n = responses.length;
  const placed = responses.flatMap((r, k) => r.results.map((result) => ({ result, place: Math.abs(result.score) * n + k })));
  placed.sort((a, b) => (sort === 'asc' ? a.place - b.place : b.place - a.place));
  return {
    results: placed.map((x) => x.result),
    filters: sumCounts(responses.map((r) => r.filters)),
    totalFilters: sumCounts(responses.map((r) => r.totalFilters)),
  };
}

type Index = {
  search: (term: string | null, options: SearchOptions) => Promise<SearchResponse | null>;
  filters: () => Promise<FilterCounts>;
};

/** Every shard of the site's index, searched as one. */
async function openIndex(siteRoot: URL): Promise<Index> {
  const bundle = new URL(`${SEARCH_BUNDLE_DIR}/`, siteRoot);
  const manifest = await fetch(new URL(SEARCH_SHARDS_FILE, bundle), { cache: 'no-cache' });
  if (!manifest.ok) throw new Error(`search index: ${manifest.status}`);
  const { shards } = (await manifest.json()) as ShardsManifest;
  if (!shards) return { search: async () => ({ results: [], filters: {}, totalFilters: {} }), filters: async () => ({}) };
  const shard = (k: number) => new URL(`${k}/`, bundle);
  const options = (k: number) => ({ baseUrl: siteRoot.pathname, excerptLength: EXCERPT_WORDS, mergeFilter: { [SHARD_FILTER]: String(k) } });
  const pagefind = (await import(new URL('pagefind.js', shard(0)).href)) as Pagefind;
  await pagefind.options(options(0));
  await pagefind.init();
  await Promise.all(Array.from({ length: shards - 1 }, (_, k) => pagefind.mergeIndex(shard(k + 1).pathname, options(k + 1))));
  const inShard = (k: number, o: SearchOptions): SearchOptions => ({ ...o, filters: { ...o.filters, [SHARD_FILTER]: { any: [String(k)] } } });
  return {
    search: async (term, o) => {
      const sort = o.sort?.date;
      if (!sort || shards === 1) return pagefind.search(term, o);
      const responses = await Promise.all(Array.from({ length: shards }, (_, k) => pagefind.search(term, inShard(k, o))));
      return responses.every((r) => r) ? mergeByDate(responses as SearchResponse[], sort) : null;
    },
    filters: () => pagefind.filters(),
  };
}

// ---- The page ----

async function main(): Promise<void> {
  const root = document.getElementById('tim-kiem');
  if (!root) return;
  const form = $<HTMLFormElement>(root, 'form');
  const input = $<HTMLInputElement>(form, 'input[name="q"]');
  const sortSelect = $<HTMLSelectElement>(form, 'select[name="sx"]');
  const status = $<HTMLElement>(root, '.search-status');
  const facetsBox = $<HTMLElement>(root, '.search-facets');
  const list = $<HTMLOListElement>(root, 'ol.search-results');
  const more = $<HTMLButtonElement>(root, 'button.search-more');
  root.classList.add('ready');

  // The bundle sits at the site's root, as this script does at <root>/assets/: the same page works
  // under PATH_PREFIX and on any static server.
  const siteRoot = new URL('../', import.meta.url);
  let pagefind: Index;
  try {
    pagefind = await openIndex(siteRoot);
  } catch {
    status.textContent = 'Chưa có chỉ mục tìm kiếm: trang web cần được dựng bằng «npm run build».';
    return;
  }
  const totals = await pagefind.filters();

  let state = stateFromUrl(location.search);
  let run = 0;
  let pending: (() => Promise<ResultData>)[] = [];

  const showState = () => {
    input.value = state.q;
    sortSelect.value = state.sort;
  };

  function renderFacets(counts: FilterCounts) {
    const open = new Set([...facetsBox.querySelectorAll('fieldset.expanded')].map((f) => f.getAttribute('data-key')));
    facetsBox.replaceChildren();
    for (const key of KEYS) {
      const chosen = state.filters.get(key) ?? [];
      const all = { ...Object.fromEntries(Object.keys(totals[key] ?? {}).map((v) => [v, 0])), ...(counts[key] ?? {}) };
      const values = Object.entries(all)
        .filter(([v, n]) => n > 0 || chosen.includes(v))
        .sort(([a, x], [b, y]) => (key === 'nam' || key === 'quy' ? b.localeCompare(a, 'vi', { numeric: true }) : y - x || a.localeCompare(b, 'vi')));
      if (!values.length) continue;
      const fieldset = el('fieldset', { class: 'facet', 'data-key': key }, el('legend', {}, SEARCH_FILTERS[key]));
      const ul = el('ul');
      values.forEach(([value, n], i) => {
        const id = `loc-${key}-${i}`;
        const box = el('input', { type: 'checkbox', id, name: key, value });
        box.checked = chosen.includes(value);
        const li = el('li', {}, box, ' ', el('label', { for: id }, value, ' ', el('span', { class: 'count' }, String(n))));
        if (i >= FACET_SHOWN && !box.checked) li.classList.add('extra');
        ul.append(li);
      });
      fieldset.append(ul);
      const extra = values.length - FACET_SHOWN;
      if (extra > 0) {
        const toggle = el('button', { type: 'button', class: 'facet-more', 'aria-expanded': 'false' }, `Xem thêm ${extra}`);
        toggle.addEventListener('click', () => {
          const expanded = fieldset.classList.toggle('expanded');
          toggle.setAttribute('aria-expanded', String(expanded));
          toggle.textContent = expanded ? 'Thu gọn' : `Xem thêm ${extra}`;
        });
        if (open.has(key)) {
          fieldset.classList.add('expanded');
          toggle.setAttribute('aria-expanded', 'true');
          toggle.textContent = 'Thu gọn';
        }
        fieldset.append(toggle);
      }
      facetsBox.append(fieldset);
    }
  }

  async function showMore(mine: number) {
    const batch = pending.splice(0, PAGE_SIZE);
    const datas = await Promise.all(batch.map((load) => load()));
    if (mine !== run) return;
    for (const d of datas) {
      const title = d.meta.title ?? d.url;
      const info = [d.meta.date, d.meta.province].filter(Boolean).join(' · ');
      // Only title, date and province of the metadata are shown: the folded words never are.
      const item = el('li', { class: 'card' }, el('a', { class: 'title', href: d.url }, title), el('span', { class: 'meta' }, info));
      if (state.q) for (const p of excerpts(d.content, state.q)) item.append(excerptNode(p));
      list.append(item);
    }
    more.hidden = pending.length === 0;
  }

  async function search() {
    const mine = ++run;
    const filters = Object.fromEntries([...state.filters].map(([k, v]) => [k, { any: v }]));
    const sortBy = SORTS[state.sort];
    if (!state.q && !state.filters.size) {
      list.replaceChildren();
      more.hidden = true;
      status.textContent = 'Gõ từ cần tìm (có dấu hay không dấu đều được), hoặc chọn một mục bên dưới.';
      renderFacets(totals);
      return;
    }
    status.textContent = 'Đang tìm…';
    const response = await pagefind.search(state.q || null, { filters, ...(sortBy ? { sort: { date: sortBy } } : {}) });
    if (mine !== run || !response) return;
    pending = response.results.map((r) => r.data);
    if (state.q && !sortBy) {
      // Pagefind caches what it loaded: the first page shown below costs nothing more.
      const first = rerank(state.q, await Promise.all(pending.slice(0, RERANK).map((load) => load())));
      if (mine !== run) return;
      pending.splice(0, first.length, ...first.map((d) => () => Promise.resolve(d)));
    }
    list.replaceChildren();
    renderFacets(response.filters);
    await showMore(mine);
    if (mine !== run) return;
    // Said last, once the results are on the page: the status is what a screen reader announces.
    const n = response.results.length;
    const what = state.q ? ` cho «${state.q}»` : '';
    status.textContent = n ? `Tìm thấy ${n.toLocaleString('vi')} bài${what}.` : `Không tìm thấy kết quả nào${what}.`;
  }

  const go = (push: boolean) => {
    const url = `${location.pathname}${urlFromState(state)}`;
    if (push) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
    void search();
  };

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    state = { ...state, q: input.value.normalize('NFC').trim() };
    go(true);
  });
  let typing: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(() => {
      state = { ...state, q: input.value.normalize('NFC').trim() };
      go(false);
    }, 300);
  });
  sortSelect.addEventListener('change', () => {
    state = { ...state, sort: sortSelect.value in SORTS ? (sortSelect.value as SortKey) : '' };
    go(false);
  });
  facetsBox.addEventListener('change', (e) => {
    const box = e.target;
    if (!(box instanceof HTMLInputElement) || !KEYS.includes(box.name as SearchFilterKey)) return;
    const key = box.name as SearchFilterKey;
    const values = new Set(state.filters.get(key) ?? []);
    if (box.checked) values.add(box.value);
    else values.delete(box.value);
    const filters = new Map(state.filters);
    if (values.size) filters.set(key, [...values]);
    else filters.delete(key);
    state = { ...state, filters };
    go(true);
  });
  more.addEventListener('click', () => void showMore(run));
  window.addEventListener('popstate', () => {
    state = stateFromUrl(location.search);
    showState();
    void search();
  });

  showState();
  await search();
}

if (typeof document !== 'undefined') void main();
