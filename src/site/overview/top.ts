// The most frequent chairs and localities, each linked to its page: a chair to the person's page,
// a locality (which has no page of its own) to its province's page, which lists it.
import { attrs, esc, num } from './html.ts';
import type { NamedTally } from './counts.ts';

export const TOP = 10;

/** The first `n` of a list sorted by count (ties in Vietnamese order, so the cut is stable). */
export const topOf = (list: readonly NamedTally[], n = TOP): NamedTally[] => list.slice(0, n);

export function topList(list: readonly NamedTally[], empty: string): string {
  if (!list.length) return `<p class="empty">${esc(empty)}</p>`;
  return `<ol class="top">${list
    .map((t) => {
      const name = t.url ? `<a href="${esc(t.url)}">${esc(t.label)}</a>` : esc(t.label);
      const extra = t.extra ? ` <span class="where">${esc(t.extra)}</span>` : '';
      return `<li>${name}${extra} <span${attrs({ class: 'count' })}>${num(t.count)}</span></li>`;
    })
    .join('')}</ol>`;
}
