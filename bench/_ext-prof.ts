import { readFileSync } from 'node:fs';
import { generateArticle } from './corpus.ts';
import { sourceFromBytes, isUnreadable, type Source } from '../src/ingest/index.ts';
import { RULES } from '../src/extract/rules.ts';
import { initialState, type State } from '../src/extract/state.ts';
import { extractEach } from '../src/extract/index.ts';
const N = Number(process.argv[2] ?? 4000);
const enc = new TextEncoder();
const arts = Array.from({ length: N }, (_, i) => generateArticle(i));
const bytes = arts.map((a) => enc.encode(a.text));
for (let pass = 0; pass < 3; pass++) {
  const t: Record<string, number> = {};
  let t0 = performance.now();
  const sources = bytes.map((b, i) => sourceFromBytes(arts[i]!.file, b)) as Source[];
  t.ingest = performance.now() - t0;
  t0 = performance.now();
  const states = sources.map((s) => initialState(s));
  t.initial = performance.now() - t0;
  for (const [name, rule] of RULES) {
    t0 = performance.now();
    for (const s of states) rule(s);
    t[name] = performance.now() - t0;
  }
  t0 = performance.now();
  extractEach(sources);
  t.wholeExtractEach = performance.now() - t0;
  console.log(pass, Object.entries(t).map(([k, v]) => `${k}=${(v / N * 1000).toFixed(0)}µs`).join(' '));
}
