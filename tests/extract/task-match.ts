// How tests compare task lists: the same directive when their words overlap enough (token F1 ≥ 0.5),
// matched one to one. Mirrors the project's scorer so that tests and scores agree.
import { searchFold } from '../../src/text/fold.ts';

const tokens = (s: string) => searchFold(s).replace(/[^\p{L}\p{N}\s]/gu, ' ').split(/\s+/).filter(Boolean);

export function tokenF1(a: string, b: string): number {
  const ta = tokens(a), tb = tokens(b);
  if (!ta.length || !tb.length) return 0;
  const bag = new Map<string, number>();
  for (const t of tb) bag.set(t, (bag.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of ta) if ((bag.get(t) ?? 0) > 0) { common++; bag.set(t, bag.get(t)! - 1); }
  if (!common) return 0;
  const p = common / ta.length, r = common / tb.length;
  return (2 * p * r) / (p + r);
}

export function matchTasks(predicted: readonly string[], gold: readonly string[]): number {
  const used = new Set<number>();
  let matched = 0;
  for (const g of gold) {
    let best = -1, bestScore = 0.5;
    predicted.forEach((p, i) => {
      if (used.has(i)) return;
      const s = tokenF1(p, g);
      if (s >= bestScore) { best = i; bestScore = s; }
    });
    if (best >= 0) { used.add(best); matched++; }
  }
  return matched;
}
