/** Polygons and multipolygons as lists of parts; planar, in lon/lat degrees. */
import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { LonLat } from '../types.ts';

export type Area = Polygon | MultiPolygon;

export function polygonsOf(area: Area): Position[][][] {
  return area.type === 'Polygon' ? [area.coordinates] : area.coordinates;
}

/** Ray casting on one ring; the ring may or may not repeat its first position. */
function inRing(x: number, y: number, ring: Position[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as [number, number];
    const [xj, yj] = ring[j] as [number, number];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

export function polygonContains(polygon: Position[][], [x, y]: LonLat): boolean {
  const [outer, ...holes] = polygon;
  if (!outer || !inRing(x, y, outer)) return false;
  return !holes.some((hole) => inRing(x, y, hole));
}

/** Planar ring area (degrees²), used only to rank a multipolygon's parts. */
export function ringArea(ring: Position[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as [number, number];
    const [xj, yj] = ring[j] as [number, number];
    sum += (xj - xi) * (yj + yi);
  }
  return Math.abs(sum / 2);
}

export function largestPolygon(area: Area): Position[][] {
  let best: Position[][] = [];
  let bestArea = -1;
  for (const polygon of polygonsOf(area)) {
    const a = polygon[0] ? ringArea(polygon[0]) : 0;
    if (a > bestArea) {
      best = polygon;
      bestArea = a;
    }
  }
  return best;
}

/** Squared planar distance from (px, py) to the segment ab, in degrees². */
export function segmentDistanceSq(px: number, py: number, a: Position, b: Position): number {
  let [x, y] = a as [number, number];
  let dx = (b[0] as number) - x;
  let dy = (b[1] as number) - y;
  if (dx !== 0 || dy !== 0) {
    const t = ((px - x) * dx + (py - y) * dy) / (dx * dx + dy * dy);
    if (t > 1) {
      x = b[0] as number;
      y = b[1] as number;
    } else if (t > 0) {
      x += dx * t;
      y += dy * t;
    }
  }
  dx = px - x;
  dy = py - y;
  return dx * dx + dy * dy;
}
