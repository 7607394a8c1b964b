// extractEach runs each rule over many articles in turn: the records must be exactly those of extract,
// one article at a time, and an article whose extraction throws must not take the others with it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateArticle } from '../../bench/corpus.ts';
import { extract, extractEach } from '../../src/extract/index.ts';
import { isUnreadable, sourceFromBytes, type Source } from '../../src/ingest/index.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const sourcesIn = (dir: string): Source[] =>
  readdirSync(join(ROOT, dir)).filter((f) => f.endsWith('.txt')).sort().flatMap((f) => {
    const s = sourceFromBytes(`${dir}/${f}`, readFileSync(join(ROOT, dir, f)));
    return isUnreadable(s) ? [] : [s];
  });

describe('extractEach', () => {
  it('gives each article the record extract gives it, whatever the articles around it', () => {
    const synthetic = Array.from({ length: 40 }, (_, i) => {
      const a = generateArticle(i);
      return sourceFromBytes(a.file, new TextEncoder().encode(a.text)) as Source;
    });
    const sources = [...sourcesIn('content'), ...sourcesIn('tests/fixtures/dev'), ...sourcesIn('tests/fixtures/test'), ...sourcesIn('tests/fixtures/probe'), ...sourcesIn('tests/fixtures/probe2'), ...sourcesIn('tests/fixtures/probe3'), ...sourcesIn('tests/fixtures/probe4'), ...sourcesIn('tests/fixtures/probe5'), ...sourcesIn('tests/fixtures/probe6'), ...sourcesIn('tests/fixtures/probe7'), ...sourcesIn('tests/fixtures/probe8'), ...sourcesIn('tests/fixtures/probe9'), ...sourcesIn('tests/fixtures/probe10'), ...sourcesIn('tests/fixtures/probe11'), ...sourcesIn('tests/fixtures/probe12'), ...sourcesIn('tests/fixtures/probe13'), ...sourcesIn('tests/fixtures/probe15'), ...sourcesIn('tests/fixtures/probe16'), ...sourcesIn('tests/fixtures/probe17'), ...sourcesIn('tests/fixtures/probe18'), ...sourcesIn('tests/fixtures/probe19'), ...sourcesIn('tests/fixtures/probe20'), ...sourcesIn('tests/fixtures/probe21'), ...sourcesIn('tests/fixtures/probe22'), ...synthetic];
    const one = sources.map((s) => JSON.stringify(extract(s)));
    expect(extractEach(sources).map((r) => JSON.stringify(r))).toEqual(one);
    expect(extractEach([...sources].reverse()).map((r) => JSON.stringify(r))).toEqual([...one].reverse());
  });

  it('an article whose extraction throws gets the error in its place, and the others their records', () => {
    const [a, b] = sourcesIn('content');
    const broken = { ...a!, get path(): string { throw new Error('no path'); } };
    const results = extractEach([a!, broken, b!]);
    expect(results[1]).toEqual({ failed: new Error('no path') });
    expect(results[0]).toEqual(extract(a!));
    expect(results[2]).toEqual(extract(b!));
    expect(() => extract(broken)).toThrow('no path');
  });
});
