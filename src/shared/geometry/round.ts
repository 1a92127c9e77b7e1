/** Rounding coordinates: smaller files, no visible change (5 decimals ≈ 1 m, 3 ≈ 100 m). */
import type { Geometry, MultiPolygon, Polygon, Position } from 'geojson';

export function round(n: number, digits = 5): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

/** Rounds every coordinate of a geometry. */
export function roundGeometry<G extends Geometry>(geometry: G, digits = 5): G {
  const r = (p: Position): Position => [
    round(p[0] as number, digits),
    round(p[1] as number, digits),
  ];
  switch (geometry.type) {
    case 'Point':
      return { ...geometry, coordinates: r(geometry.coordinates) };
    case 'MultiPoint':
    case 'LineString':
      return { ...geometry, coordinates: geometry.coordinates.map(r) };
    case 'MultiLineString':
    case 'Polygon':
      return { ...geometry, coordinates: geometry.coordinates.map((l) => l.map(r)) };
    case 'MultiPolygon':
      return {
        ...geometry,
        coordinates: geometry.coordinates.map((poly) => poly.map((l) => l.map(r))),
      };
    default:
      return geometry;
  }
}

/** Rounds a ring or line and drops the positions that rounding makes repeat. */
export function roundRing(ring: Position[], digits: number): Position[] {
  const out: Position[] = [];
  for (const [x, y] of ring) {
    const p = [round(x ?? 0, digits), round(y ?? 0, digits)];
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  return out;
}

/**
 * The polygons of a geometry rounded coarsely, without what rounding collapses (repeated
 * positions, rings under four positions, polygons left without rings); null if nothing is left.
 */
export function roundArea(g: Geometry, digits: number): Polygon | MultiPolygon | null {
  const polys =
    g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
  const rounded = polys
    .map((rings) => rings.map((r) => roundRing(r, digits)).filter((r) => r.length >= 4))
    .filter((rings) => rings.length > 0);
  if (rounded.length === 0) return null;
  return rounded.length === 1
    ? { type: 'Polygon', coordinates: rounded[0] as Position[][] }
    : { type: 'MultiPolygon', coordinates: rounded };
}
