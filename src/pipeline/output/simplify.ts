/**
 * Geometry as the map needs it. Countries, regions and continents are drawn at country scale
 * over a basemap that already has their outlines, so their full Natural Earth 50m detail only
 * costs bytes and parse time in the browser (Canada alone was 270 KB). They are simplified to
 * about 5 km (and 0.001°, about 100 m, of precision); provinces, districts, borders and points keep the gazetteer's geometry.
 */
import type { Geometry } from 'geojson';
import type { PlaceKind } from '../../shared/types.ts';
import { roundGeometry, simplifyArea } from '../gazetteer/geometry.ts';

/** Degrees; about 5 km, a pixel or less at the zooms where a whole country is in view. */
export const WIDE_AREA_TOLERANCE = 0.05;

const WIDE_KINDS: ReadonlySet<PlaceKind> = new Set(['country', 'region', 'continent']);

export function displayGeometry(kind: PlaceKind, geometry: Geometry): Geometry {
  if (!WIDE_KINDS.has(kind)) return geometry;
  if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') return geometry;
  return roundGeometry(simplifyArea(geometry, WIDE_AREA_TOLERANCE), 3);
}
