/**
 * Geometry as the map needs it. Countries, regions and continents are drawn at country scale
 * over a basemap that already has their outlines, so their full Natural Earth 50m detail only
 * costs bytes and parse time in the browser (Canada alone was 270 KB). Countries and regions
 * are simplified to about 5 km (and 0.001°, about 100 m, of precision). Continents are never
 * drawn (only framed and exported), so they keep a rough outline of their larger parts.
 * Provinces, districts, borders and points keep the gazetteer's geometry.
 */
import type { Geometry, Position } from 'geojson';
import { roundGeometry } from '../../shared/geometry/round.ts';
import type { PlaceKind } from '../../shared/types.ts';
import { simplifyArea } from '../gazetteer/geometry.ts';

/** Degrees; about 5 km, a pixel or less at the zooms where a whole country is in view. */
export const WIDE_AREA_TOLERANCE = 0.05;
/** Degrees; about 25 km: continents are framed by the view, never drawn. */
export const CONTINENT_TOLERANCE = 0.25;
/** Degrees; a continent's islands narrower and shorter than this are left out. */
export const CONTINENT_MIN_PART = 1;

const WIDE_KINDS: ReadonlySet<PlaceKind> = new Set(['country', 'region', 'continent']);

export function displayGeometry(kind: PlaceKind, geometry: Geometry): Geometry {
  if (!WIDE_KINDS.has(kind)) return geometry;
  if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') return geometry;
  if (kind !== 'continent') return roundGeometry(simplifyArea(geometry, WIDE_AREA_TOLERANCE), 3);
  const simplified = simplifyArea(geometry, CONTINENT_TOLERANCE);
  return roundGeometry(withoutSmallParts(simplified, CONTINENT_MIN_PART), 2);
}

/** The parts of a multipolygon at least `span` degrees wide or tall; the largest if none is. */
function withoutSmallParts<G extends Geometry>(geometry: G, span: number): G {
  if (geometry.type !== 'MultiPolygon') return geometry;
  const extent = (polygon: Position[][]): number => {
    const ring = polygon[0] ?? [];
    const xs = ring.map((p) => p[0] as number);
    const ys = ring.map((p) => p[1] as number);
    return Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
  };
  const parts = geometry.coordinates;
  const kept = parts.filter((polygon) => extent(polygon) >= span);
  if (kept.length === parts.length) return geometry;
  const largest = [...parts].sort((a, b) => extent(b) - extent(a)).slice(0, 1);
  const coordinates = kept.length > 0 ? kept : largest;
  return (
    coordinates.length === 1
      ? { type: 'Polygon', coordinates: coordinates[0] }
      : { type: 'MultiPolygon', coordinates }
  ) as G;
}
