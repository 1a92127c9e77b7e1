/** Where an area's one label goes: a point inside its largest part. */
import {
  booleanPointInPolygon,
  centerOfMass,
  pointOnFeature,
  area as sphericalArea,
  polygon as turfPolygon,
} from '@turf/turf';
import type { Position } from 'geojson';
import type { LonLat } from '../types.ts';
import { bboxOf } from './bbox.ts';
import {
  type Area,
  largestPolygon,
  polygonContains,
  polygonsOf,
  segmentDistanceSq,
} from './polygons.ts';
import { round } from './round.ts';

/** Signed distance from a point to the polygon outline: positive inside. */
function signedDistance(x: number, y: number, polygon: Position[][]): number {
  let min = Infinity;
  for (const ring of polygon) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      min = Math.min(min, segmentDistanceSq(x, y, ring[i] as Position, ring[j] as Position));
    }
  }
  const d = Math.sqrt(min);
  return polygonContains(polygon, [x, y]) ? d : -d;
}

interface Cell {
  x: number;
  y: number;
  h: number;
  d: number;
  max: number;
}

function cell(x: number, y: number, h: number, polygon: Position[][]): Cell {
  const d = signedDistance(x, y, polygon);
  return { x, y, h, d, max: d + h * Math.SQRT2 };
}

/**
 * Pole of inaccessibility of the largest part (Mapbox's polylabel algorithm, simplified): the
 * point inside the area farthest from its outline, where a label reads best. Unlike a centroid it
 * is always inside, even for crescent-shaped or archipelago countries.
 */
export function labelPoint(area: Area, precision = 0.01): LonLat {
  const polygon = largestPolygon(area);
  const outer = polygon[0];
  if (!outer || outer.length === 0) return [0, 0];
  const [minX, minY, maxX, maxY] = bboxOf({ type: 'Polygon', coordinates: polygon });
  const size = Math.min(maxX - minX, maxY - minY);
  if (size === 0) return [minX, minY];
  const queue: Cell[] = [];
  const h0 = size / 2;
  for (let x = minX; x < maxX; x += size) {
    for (let y = minY; y < maxY; y += size) queue.push(cell(x + h0, y + h0, h0, polygon));
  }
  let best = cell((minX + maxX) / 2, (minY + maxY) / 2, 0, polygon);
  let iterations = 0;
  while (queue.length > 0 && iterations++ < 20_000) {
    // A plain array scanned for its maximum: queues stay small at this precision.
    let bestIndex = 0;
    for (let i = 1; i < queue.length; i++)
      if ((queue[i] as Cell).max > (queue[bestIndex] as Cell).max) bestIndex = i;
    const c = queue[bestIndex] as Cell;
    queue[bestIndex] = queue[queue.length - 1] as Cell;
    queue.pop();
    if (c.d > best.d) best = c;
    if (c.max - best.d <= precision) continue;
    const h = c.h / 2;
    queue.push(cell(c.x - h, c.y - h, h, polygon), cell(c.x + h, c.y - h, h, polygon));
    queue.push(cell(c.x - h, c.y + h, h, polygon), cell(c.x + h, c.y + h, h, polygon));
  }
  // Unwrapped rings (see unwrapAntimeridianEastward) can put the best cell past 180°.
  const x = best.x > 180 ? best.x - 360 : best.x;
  return [round(x), round(best.y)];
}

/**
 * The centre of mass of the largest part by spherical area (a point on it where the centre
 * falls outside), rounded to `digits`, and the area's whole size in m² for ranking labels.
 * Cheaper than labelPoint, for the basemap's many small units.
 */
export function centreOfLargestPart(
  g: Area,
  digits: number,
): { point: [number, number]; area: number } {
  const parts = polygonsOf(g);
  let best = turfPolygon(parts[0] as Position[][]);
  let bestArea = 0;
  let total = 0;
  for (const rings of parts) {
    const poly = turfPolygon(rings);
    const a = sphericalArea(poly);
    total += a;
    if (a > bestArea) {
      bestArea = a;
      best = poly;
    }
  }
  let point = centerOfMass(best).geometry.coordinates;
  if (!booleanPointInPolygon(point, best)) point = pointOnFeature(best).geometry.coordinates;
  return {
    point: [round(point[0] as number, digits), round(point[1] as number, digits)],
    area: total,
  };
}
