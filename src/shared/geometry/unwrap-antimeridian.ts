/**
 * world-atlas and Natural Earth rings are spherical: a ring crossing the antimeridian jumps from
 * 179.9 to -180 and back, which a map draws as a line across the whole world and which breaks
 * planar point-in-polygon (eastern Russia, Fiji). Unwrapped, its longitudes run on past ±180°.
 */
import type { Geometry, MultiPolygon, Polygon, Position } from 'geojson';

/** The ring with each jump of more than 180° undone, and whether it jumped and where it ended. */
function unwrapRing(ring: Position[]): { ring: Position[]; jumped: boolean; shift: number } {
  let shift = 0;
  let jumped = false;
  const out = ring.map((p, i) => {
    const d = i > 0 ? (p[0] as number) - (ring[i - 1]?.[0] as number) : 0;
    if (d > 180) shift -= 360;
    else if (d < -180) shift += 360;
    if (Math.abs(d) > 180) jumped = true;
    return [(p[0] as number) + shift, p[1] as number];
  });
  return { ring: out, jumped, shift };
}

function mapRings<G extends Geometry>(g: G, fix: (ring: Position[]) => Position[]): G {
  if (g.type === 'Polygon') return { ...g, coordinates: g.coordinates.map(fix) };
  if (g.type === 'MultiPolygon') {
    return { ...g, coordinates: g.coordinates.map((poly) => poly.map(fix)) };
  }
  return g;
}

/**
 * For drawing: rings that jump and come back are unwrapped, which MapLibre draws in the right
 * place; a ring that circles the pole (Antarctica) does not come back and is left as it is.
 */
export function unwrapAntimeridian(g: Polygon | MultiPolygon): Polygon | MultiPolygon;
export function unwrapAntimeridian(g: Geometry): Geometry;
export function unwrapAntimeridian(g: Geometry): Geometry {
  return mapRings(g, (ring) => {
    const { ring: out, jumped, shift } = unwrapRing(ring);
    return jumped && shift === 0 ? out : ring;
  });
}

/**
 * For planar point-in-polygon: every ring that jumps is unwrapped and kept east of -180°, so
 * longitudes run up to about 190° and a western point is tried again shifted by 360°.
 */
export function unwrapAntimeridianEastward<A extends Polygon | MultiPolygon>(area: A): A {
  return mapRings(area, (ring) => {
    const { ring: out, jumped } = unwrapRing(ring);
    if (!jumped) return ring;
    const min = Math.min(...out.map((p) => p[0] as number));
    return min < -180 ? out.map((p) => [(p[0] as number) + 360, p[1] as number]) : out;
  });
}
