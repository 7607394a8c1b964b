// The project's copy of the province boundaries (src/geo/, made by scripts/build-geo.ts): what it
// holds, checked against the gazetteer and ../shared/data/geo/PROVENANCE.md, and that the script
// gives the committed files byte for byte.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { geoArea } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { DEFAULT_GEO_DIR, LEVELS, build } from '../../scripts/build-geo.ts';
import { PROVINCES_2024, PROVINCES_2025, provinceToday } from '../../src/gazetteer/index.ts';
import { ROOT } from './build-helpers.ts';

type Props = { code: string; name: string; slug: string; from?: string[] };
const read = (name: string) => JSON.parse(readFileSync(join(ROOT, 'src/geo', name), 'utf8')) as Topology & { format: number; provenance: { attribution: string } };
const props = (t: Topology, key: string) => (t.objects[key] as GeometryCollection<Props>).geometries.map((g) => g.properties as Props);

describe.each(Object.keys(LEVELS))('src/geo/%s', (name) => {
  const t = read(name);

  it('holds the 63 and the 34 provinces with the gazetteer codes, names and slugs', () => {
    expect(props(t, 'p2024').map((p) => [p.code, p.name, p.slug])).toEqual(PROVINCES_2024.map((p) => [p.code, p.name, p.slug]));
    expect(props(t, 'p2025').map((p) => [p.code, p.name, p.slug])).toEqual(PROVINCES_2025.map((p) => [p.code, p.name, p.slug]));
  });

  it('makes each of the 34 from the 63 the gazetteer merged into it', () => {
    for (const p of props(t, 'p2025')) {
      expect(p.from!.every((code) => provinceToday(code)?.code === p.code), p.name).toBe(true);
    }
    expect(props(t, 'p2025').flatMap((p) => p.from!).sort()).toEqual(PROVINCES_2024.map((p) => p.code).sort());
  });

  it('keeps the Hoàng Sa (6) and Trường Sa (7) islets, under Đà Nẵng and Khánh Hòa (PROVENANCE.md, "Islands")', () => {
    type Island = { id: string; code2024: string; code2025: string };
    const islands = (t.objects.islands as GeometryCollection<Island>).geometries;
    expect(islands.map((g) => { const p = g.properties as Island; return [p.id, p.code2024, p.code2025, (g as unknown as { arcs: unknown[] }).arcs.length]; })).toEqual([
      ['hoang-sa', '48', '48', 6],
      ['truong-sa', '56', '56', 7],
    ]);
  });

  it('has no province wound inside out (each covers far less than a hemisphere) and none empty', () => {
    for (const key of ['p2024', 'p2025']) {
      for (const f of (feature(t, t.objects[key] as GeometryCollection) as unknown as { features: Parameters<typeof geoArea>[0][] }).features) {
        const a = geoArea(f);
        expect(a > 0 && a < 0.01).toBe(true);
      }
    }
  });

  it('stays small and carries the attribution', () => {
    expect(readFileSync(join(ROOT, 'src/geo', name)).length).toBeLessThan(60_000);
    expect(t.provenance.attribution).toContain('geoBoundaries');
  });
});

describe.skipIf(!existsSync(join(DEFAULT_GEO_DIR, 'PROVENANCE.md')))('scripts/build-geo.ts', () => {
  it.each(Object.entries(LEVELS))('rebuilds %s byte for byte from ../shared/data/geo', (name, level) => {
    expect(build(DEFAULT_GEO_DIR, level).json).toBe(readFileSync(join(ROOT, 'src/geo', name), 'utf8'));
  });
});
