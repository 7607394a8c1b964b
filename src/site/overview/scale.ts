// Counts → colour classes, shared by the maps and the heat table: class 0 is "no article", classes
// 1..5 darken with the count. The breaks follow the counts' own spread (quantiles of the non-zero
// counts, rounded to round numbers), since a few provinces hold most articles; with five or fewer
// distinct counts each count is its own class. The colours themselves are in the stylesheet
// (.c0 … .c5), so that print and high-contrast modes can change them.
import { scaleQuantile, scaleThreshold } from 'd3-scale';
import { num } from './html.ts';

export const CLASSES = 5;

export type Classes = {
  /** Lower bound of each class but 0 (the first is always 1). */
  lows: number[];
  max: number;
  /** Colour class (0..k) of a count. */
  classOf: (count: number) => number;
  /** One entry per class shown in a legend, "0" first: label "2–5" and its colour class. */
  legend: { cls: number; label: string }[];
};

/** 1, 2, 2.5, 5 times a power of ten at or above n: 37 → 50, 120 → 200. */
function roundUp(n: number): number {
  if (n <= 10) return Math.ceil(n);
  const p = 10 ** Math.floor(Math.log10(n));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * p >= n) return Math.ceil(m * p);
  return n;
}

export function classesFor(counts: Iterable<number>, k = CLASSES): Classes {
  const values = [...counts].filter((c) => c > 0).sort((a, b) => a - b);
  const distinct = [...new Set(values)];
  const max = values.at(-1) ?? 0;
  let lows: number[];
  if (distinct.length <= k) lows = distinct;
  else {
    const q = scaleQuantile<number>().domain(values).range([...Array(k).keys()]).quantiles();
    lows = [1];
    for (const t of q.map((v) => roundUp(v))) if (t > lows.at(-1)! && t <= max) lows.push(t);
  }
  if (!lows.length) lows = [1];
  // Thresholds [lows…]: [lows[i], lows[i+1]) → the i-th colour, spread over 1..k so that the top
  // class is always the darkest (two classes: 3 and 5).
  const colour = (i: number) => Math.round(((i + 1) * k) / lows.length);
  const scale = scaleThreshold<number, number>().domain(lows.slice(1)).range(lows.map((_, i) => colour(i)));
  const legend = [{ cls: 0, label: '0' }];
  lows.forEach((low, i) => {
    const high = i + 1 < lows.length ? lows[i + 1]! - 1 : max;
    legend.push({ cls: colour(i), label: high > low ? `${num(low)}–${num(high)}` : num(low) });
  });
  return { lows, max, classOf: (c) => (c > 0 ? scale(c) : 0), legend };
}
