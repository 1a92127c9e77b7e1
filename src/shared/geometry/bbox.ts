/** Bounding boxes, as GeoJSON writes them: [west, south, east, north] in degrees. */
import { bbox } from '@turf/turf';
import type { Geometry } from 'geojson';

export type BBox = [minLon: number, minLat: number, maxLon: number, maxLat: number];

/** The box of every position of a geometry ([∞, ∞, -∞, -∞] when it has none). */
export function bboxOf(geometry: Geometry): BBox {
  // recompute: a `bbox` member on the input, if any, is not trusted.
  return bbox(geometry, { recompute: true }) as BBox;
}

/** The box, or null for no geometry or one without positions. */
export function bboxOrNull(geometry: Geometry | null): BBox | null {
  if (!geometry) return null;
  const box = bboxOf(geometry);
  return box[0] <= box[2] ? box : null;
}
