// The province shapes, projected once per build by d3-geo into SVG path strings: the 63 provinces
// before 1 July 2025, the 34 after (src/geo/*.json, made by scripts/build-geo.ts), and the Hoàng Sa
// and Trường Sa islets in two inset boxes east of the mainland, as Vietnamese maps draw them, so that
// the mainland is not squeezed to make room for islets at 115°E.
//
// Only shapes and positions live here; which province a count belongs to is decided by the records'
// own province codes (the gazetteer), never by these shapes.
import { readFileSync } from 'node:fs';
import { geoMercator, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature, merge, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

export type Era = 2024 | 2025;

type GeoProps = { code: string; name: string; slug: string; from?: string[] };
type IslandProps = { id: string; name: string; code2024: string; code2025: string };
export type GeoProvenance = { attribution: string; dataset: string; upstream: string; license: string; citation: string; accuracy: string };
type GeoFile = Topology<{
  p2024: GeometryCollection<GeoProps>;
  p2025: GeometryCollection<GeoProps>;
  islands: GeometryCollection<IslandProps>;
}> & { format: number; provenance: GeoProvenance };

const GEO_FORMAT = 1;
function load(name: string): GeoFile {
  const file = JSON.parse(readFileSync(new URL(`../../geo/${name}`, import.meta.url), 'utf8')) as GeoFile;
  if (file.format !== GEO_FORMAT) throw new Error(`src/geo/${name} has format ${file.format}, this code reads ${GEO_FORMAT}: run npm run geo`);
  return file;
}

/** One province, projected: its outline and where a number fits on it. */
export type Shape = { code: string; name: string; d: string; cx: number; cy: number; area: number };
/** An inset box with islets of one province (Hoàng Sa: Đà Nẵng; Trường Sa: Khánh Hòa). */
export type Inset = {
  id: string;
  name: string;
  code: { 2024: string; 2025: string };
  x: number; y: number; w: number; h: number;
  /** The islets' outlines, and a dot on each: most are a few hundred metres across, under a pixel. */
  d: string;
  dots: [number, number][];
};
export type MapLayout = {
  width: number;
  height: number;
  shapes: { 2024: Shape[]; 2025: Shape[] };
  insets: Inset[];
  /** All the mainland as one outline, and the borders between provinces of each era. */
  land: string;
  borders: { 2024: string; 2025: string };
};

type Size = { file: string; height: number; pad: number; insetWidth: number; gap: number; digits: number; label: number };
const SIZES = {
  /** The overview page: about 360 px wide, on a phone and beside the other map on a desktop. */
  full: { file: 'provinces.json', height: 520, pad: 6, insetWidth: 96, gap: 12, digits: 1, label: 14 },
  /** A province page's locator map. */
  mini: { file: 'provinces-small.json', height: 240, pad: 3, insetWidth: 40, gap: 6, digits: 0, label: 0 },
} satisfies { [k: string]: Size };
export type MapSize = keyof typeof SIZES;

/** The latitudes each inset box spans beside the mainland (south, north): level with its islets. */
const INSET_SPAN: { [id: string]: [number, number] } = { 'hoang-sa': [15.0, 17.8], 'truong-sa': [8.4, 11.4] };

const files = new Map<string, GeoFile>();
const layouts = new Map<MapSize, MapLayout>();

/** The geometry file's provenance (both files carry the same). */
export function geoProvenance(): GeoProvenance {
  return layoutFile('full').provenance;
}

function layoutFile(size: MapSize): GeoFile {
  const name = SIZES[size].file;
  let f = files.get(name);
  if (!f) files.set(name, (f = load(name)));
  return f;
}

export function mapLayout(size: MapSize): MapLayout {
  const hit = layouts.get(size);
  if (hit) return hit;
  const s = SIZES[size];
  const geo = layoutFile(size);
  const features = <P extends object>(o: GeometryCollection<P>) =>
    (feature(geo as Topology, o as GeometryCollection) as unknown as FeatureCollection<Polygon | MultiPolygon, P>).features;
  const p2024 = features(geo.objects.p2024);
  const p2025 = features(geo.objects.p2025);
  const islands = features(geo.objects.islands);

  // The mainland (with its near islands: Phú Quốc, Côn Đảo, Lý Sơn ...) fills the height. fitExtent
  // centres it in a box far too wide; it is then moved to the left edge. No resampling (precision 0):
  // at this scale Mercator's lines are straight, and resampling only adds points.
  const mainland: FeatureCollection = { type: 'FeatureCollection', features: p2024 };
  const projection = geoMercator().precision(0).fitExtent([[s.pad, s.pad], [10_000, s.height - s.pad]], mainland);
  const [tx, ty] = projection.translate();
  const [[left], [right0]] = geoPath(projection).bounds(mainland);
  projection.translate([tx - left + s.pad, ty]);
  const path = geoPath(projection).digits(s.digits);
  const insetX = Math.ceil(right0 - left + s.pad + s.gap);
  const width = insetX + s.insetWidth + s.pad;

  const shape = (f: Feature<Polygon | MultiPolygon, GeoProps>): Shape => {
    const [cx, cy] = path.centroid(f);
    return { code: f.properties.code, name: f.properties.name, d: path(f) ?? '', cx, cy, area: path.area(f) };
  };

  const insets = islands.map((f): Inset => {
    const [south, north] = INSET_SPAN[f.properties.id] ?? [0, 0];
    const y = Math.round(projection([108, north])![1]);
    const h = Math.min(Math.round(projection([108, south])![1]), s.height - s.pad) - y;
    const inner = geoMercator().precision(0).fitExtent([[insetX + 6, y + 6 + s.label], [insetX + s.insetWidth - 6, y + h - 6]], f as GeoPermissibleObjects);
    const innerPath = geoPath(inner).digits(s.digits);
    const polygons = f.geometry.type === 'MultiPolygon' ? f.geometry.coordinates : [f.geometry.coordinates];
    return {
      id: f.properties.id,
      name: f.properties.name,
      code: { 2024: f.properties.code2024, 2025: f.properties.code2025 },
      x: insetX, y, w: s.insetWidth, h,
      d: innerPath(f) ?? '',
      dots: polygons.map((coordinates) => innerPath.centroid({ type: 'Polygon', coordinates }) as [number, number]),
    };
  });

  const all = geo.objects.p2024.geometries as unknown as Parameters<typeof merge>[1];
  const inner = (o: GeometryCollection) => path(mesh(geo, o, (a, b) => a !== b)) ?? '';
  const layout: MapLayout = {
    width,
    height: s.height,
    shapes: { 2024: p2024.map(shape), 2025: p2025.map(shape) },
    insets,
    land: path(merge(geo, all)) ?? '',
    borders: { 2024: inner(geo.objects.p2024), 2025: inner(geo.objects.p2025) },
  };
  layouts.set(size, layout);
  return layout;
}
