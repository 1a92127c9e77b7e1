/**
 * Land borders between countries, taken from the same Natural Earth 10m admin-1 polygons as
 * the provinces: an edge that two units of different countries share is on the border. The
 * data is topological (a shared edge has the same vertices on both sides), so the line lies
 * on the provinces' own edges instead of a coarser country outline beside them. Used for the
 * border entries of the gazetteer (borders.ts) and the basemap's border lines alike.
 */
import type { Feature, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import { simplifyLine } from '../geometry.ts';

export interface BorderInput {
  /** The unit's country (any code that tells countries apart, e.g. Natural Earth adm0_a3). */
  country: string;
  geometry: Polygon | MultiPolygon;
}

const pointKey = (p: Position): string => `${p[0]},${p[1]}`;

/** One MultiLineString per pair of neighbouring countries, keyed "A|B" (sorted). */
export function countryBorders(
  units: readonly BorderInput[],
  tolerance: (countries: readonly string[]) => number,
): Feature<MultiLineString, { pair: string }>[] {
  // Each undirected edge, with the countries whose units have it.
  const edges = new Map<string, { a: Position; b: Position; countries: Set<string> }>();
  for (const unit of units) {
    const polygons =
      unit.geometry.type === 'Polygon' ? [unit.geometry.coordinates] : unit.geometry.coordinates;
    for (const ring of polygons.flat()) {
      for (let i = 1; i < ring.length; i++) {
        const a = ring[i - 1]!;
        const b = ring[i]!;
        const [ka, kb] = [pointKey(a), pointKey(b)];
        if (ka === kb) continue;
        const key = ka < kb ? `${ka}|${kb}` : `${kb}|${ka}`;
        const edge = edges.get(key) ?? { a, b, countries: new Set<string>() };
        edge.countries.add(unit.country);
        edges.set(key, edge);
      }
    }
  }
  const byPair = new Map<string, [Position, Position][]>();
  for (const { a, b, countries } of edges.values()) {
    if (countries.size !== 2) continue;
    const pair = [...countries].sort().join('|');
    byPair.set(pair, [...(byPair.get(pair) ?? []), [a, b]]);
  }
  const out: Feature<MultiLineString, { pair: string }>[] = [];
  for (const [pair, segments] of [...byPair].sort(([a], [b]) => a.localeCompare(b))) {
    const lines = chain(segments)
      .map((line) => simplifyLine(line, tolerance(pair.split('|'))))
      .filter((line) => line.length >= 2);
    if (lines.length > 0) {
      out.push({
        type: 'Feature',
        geometry: { type: 'MultiLineString', coordinates: lines },
        properties: { pair },
      });
    }
  }
  return out;
}

/** Joins segments into the fewest lines: from the ends (vertices not of degree 2) first, then loops. */
export function chain(segments: readonly [Position, Position][]): Position[][] {
  const at = new Map<string, number[]>();
  segments.forEach(([a, b], i) => {
    for (const p of [a, b]) at.set(pointKey(p), [...(at.get(pointKey(p)) ?? []), i]);
  });
  const used = new Uint8Array(segments.length);
  const walk = (start: Position): Position[] => {
    const line = [start];
    let here = start;
    for (;;) {
      const next = (at.get(pointKey(here)) ?? []).find((i) => used[i] === 0);
      if (next === undefined) return line;
      used[next] = 1;
      const [a, b] = segments[next]!;
      here = pointKey(a) === pointKey(here) ? b : a;
      line.push(here);
    }
  };
  const lines: Position[][] = [];
  for (const [key, list] of at) {
    if (list.length === 2) continue;
    const start = segments[list[0]!]!.find((p) => pointKey(p) === key)!;
    while ((at.get(key) ?? []).some((i) => used[i] === 0)) lines.push(walk(start));
  }
  segments.forEach(([a], i) => {
    if (used[i] === 0) lines.push(walk(a));
  });
  return lines.filter((l) => l.length >= 2);
}

/**
 * The land border of each pair of countries as the provinces draw it, keyed "AF-PK" (ISO
 * alpha-2, sorted), for the units whose country has an ISO code.
 */
export function admin1BorderLines(
  features: readonly Feature<Polygon | MultiPolygon, { adm0_a3?: string; iso_a2?: string }>[],
  tolerance: number,
): Map<string, MultiLineString> {
  const iso = new Map<string, string>();
  const units: BorderInput[] = [];
  for (const f of features) {
    const a3 = f.properties.adm0_a3;
    const a2 = f.properties.iso_a2?.toUpperCase() ?? '';
    if (!a3 || !f.geometry) continue;
    if (/^[A-Z]{2}$/.test(a2)) iso.set(a3, a2);
    units.push({ country: a3, geometry: f.geometry });
  }
  const lines = new Map<string, MultiLineString>();
  for (const border of countryBorders(units, () => tolerance)) {
    const [a, b] = border.properties.pair.split('|').map((a3) => iso.get(a3));
    if (a && b && a !== b) lines.set([a, b].sort().join('-'), border.geometry);
  }
  return lines;
}
