/** Geometry helpers shared by the basemap builder (Node) and the map (browser). */
import type { Geometry } from 'geojson';

/**
 * Rings that jump across the antimeridian (Russia's Chukotka in some sources) would be drawn
 * as lines across the whole world: their longitudes are unwrapped to run on past ±180°,
 * which MapLibre draws in the right place.
 */
export function unwrapAntimeridian(g: Geometry): Geometry {
  const fixRing = (ring: number[][]): number[][] => {
    let shift = 0;
    let jumped = false;
    const out = ring.map((p, i) => {
      const d = i > 0 ? p[0]! - ring[i - 1]![0]! : 0;
      if (d > 180) shift -= 360;
      else if (d < -180) shift += 360;
      if (Math.abs(d) > 180) jumped = true;
      return [p[0]! + shift, p[1]!];
    });
    // A ring that circles the pole (Antarctica) does not come back: leave it as it is.
    return jumped && shift === 0 ? out : ring;
  };
  if (g.type === 'Polygon') return { ...g, coordinates: g.coordinates.map(fixRing) };
  if (g.type === 'MultiPolygon') {
    return { ...g, coordinates: g.coordinates.map((poly) => poly.map(fixRing)) };
  }
  return g;
}
