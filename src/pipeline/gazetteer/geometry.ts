/**
 * Geometry the index needs beyond the shared kit (src/shared/geometry/): point in area with
 * unwrapped rings, simplification, dissolving, area sizes and distances to outlines. Pure
 * functions over GeoJSON geometries in lon/lat degrees.
 */
import { union } from '@turf/turf';
import type { Position } from 'geojson';
import type { BBox } from '../../shared/geometry/bbox.ts';
import { distanceKm } from '../../shared/geometry/distance.ts';
import {
  type Area,
  polygonContains,
  polygonsOf,
  ringArea,
  segmentDistanceSq,
} from '../../shared/geometry/polygons.ts';
import { roundGeometry } from '../../shared/geometry/round.ts';
import type { LonLat } from '../../shared/types.ts';

/**
 * Point in area. Rings that cross the antimeridian are stored unwrapped (longitudes past 180,
 * see unwrapAntimeridianEastward), so a western-hemisphere point is also tried shifted by 360°.
 */
export function areaContains(area: Area, point: LonLat): boolean {
  const [x, y] = point;
  const hit = (p: LonLat): boolean =>
    polygonsOf(area).some((polygon) => polygonContains(polygon, p));
  return hit(point) || (x < 0 && hit([x + 360, y]));
}

export function bboxContains(box: BBox, [x, y]: LonLat): boolean {
  if (y < box[1] || y > box[3]) return false;
  return (x >= box[0] && x <= box[2]) || (x < 0 && x + 360 >= box[0] && x + 360 <= box[2]);
}

/** Approximate area in km² (planar rings scaled by the cosine of each ring's mean latitude). */
export function areaKm2(area: Area): number {
  let km2 = 0;
  for (const polygon of polygonsOf(area)) {
    polygon.forEach((ring, i) => {
      let lat = 0;
      for (const p of ring) lat += p[1] as number;
      lat /= Math.max(1, ring.length);
      const a = ringArea(ring) * 111.32 * 111.32 * Math.cos((lat * Math.PI) / 180);
      km2 += i === 0 ? a : -a;
    });
  }
  return Math.max(0, km2);
}

/** Squared distance from p to segment ab, in degrees². */
function segDistSq(p: Position, a: Position, b: Position): number {
  return segmentDistanceSq(p[0] as number, p[1] as number, a, b);
}

/** Douglas–Peucker on an open or closed line; keeps the end points. */
export function simplifyLine(line: Position[], tolerance: number): Position[] {
  if (line.length <= 2) return line;
  const keep = new Uint8Array(line.length);
  keep[0] = 1;
  keep[line.length - 1] = 1;
  const stack: [number, number][] = [[0, line.length - 1]];
  const tol2 = tolerance * tolerance;
  while (stack.length > 0) {
    const [first, last] = stack.pop() as [number, number];
    let maxD = -1;
    let index = -1;
    for (let i = first + 1; i < last; i++) {
      const d = segDistSq(line[i] as Position, line[first] as Position, line[last] as Position);
      if (d > maxD) {
        maxD = d;
        index = i;
      }
    }
    if (index >= 0 && maxD > tol2) {
      keep[index] = 1;
      stack.push([first, index], [index, last]);
    }
  }
  return line.filter((_, i) => keep[i] === 1);
}

/**
 * Simplifies an area for output, keeping it valid: rings that collapse below 4 positions are
 * dropped (a polygon whose outer ring collapses goes with it), and if every polygon would vanish
 * the original is kept. Written here rather than with turf's simplify, which throws on the
 * degenerate slivers some Natural Earth units contain.
 */
export function simplifyArea(area: Area, tolerance: number): Area {
  const polygons: Position[][][] = [];
  for (const polygon of polygonsOf(area)) {
    const [outer, ...holes] = polygon.map((ring) => simplifyLine(ring, tolerance));
    if (!outer || outer.length < 4) continue;
    polygons.push([outer, ...holes.filter((h) => h.length >= 4)]);
  }
  if (polygons.length === 0) return roundGeometry(area);
  return roundGeometry(
    polygons.length === 1
      ? { type: 'Polygon', coordinates: polygons[0] as Position[][] }
      : { type: 'MultiPolygon', coordinates: polygons },
  );
}

export function mergeAreas(areas: readonly Area[]): Area {
  const polygons = areas.flatMap(polygonsOf);
  return polygons.length === 1
    ? { type: 'Polygon', coordinates: polygons[0] as Position[][] }
    : { type: 'MultiPolygon', coordinates: polygons };
}

/**
 * Union of areas, so that parts sharing an edge (Somalia and Somaliland, Khyber Pakhtunkhwa and
 * the former tribal areas, the members of a region) become one valid outline without inner
 * borders. Falls back to a plain multipolygon if the clipper fails on a degenerate input.
 */
export function dissolveAreas(areas: readonly Area[]): Area {
  if (areas.length === 1) return areas[0] as Area;
  try {
    const merged = union({
      type: 'FeatureCollection',
      features: areas.map((geometry) => ({ type: 'Feature', properties: {}, geometry })),
    });
    const g = merged?.geometry;
    if (g && (g.type === 'Polygon' || g.type === 'MultiPolygon')) return g;
  } catch {
    // Fall through: the plain multipolygon renders the same, inner borders aside.
  }
  return mergeAreas(areas);
}

/** The point of an area's outline nearest to `point`, with the polygon it belongs to. */
export function nearestOutlinePoint(
  area: Area,
  point: LonLat,
): { point: LonLat; polygon: Position[][]; km: number } | null {
  let best: { point: LonLat; polygon: Position[][]; km: number } | null = null;
  const [px, py] = point;
  for (const polygon of polygonsOf(area)) {
    for (const ring of polygon) {
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const a = ring[i] as Position;
        const b = ring[j] as Position;
        // Nearest point on the segment in degree space; fine for the tolerance checks it serves.
        let [x, y] = a as [number, number];
        const dx = (b[0] as number) - x;
        const dy = (b[1] as number) - y;
        if (dx !== 0 || dy !== 0) {
          const t = Math.max(0, Math.min(1, ((px - x) * dx + (py - y) * dy) / (dx * dx + dy * dy)));
          x += dx * t;
          y += dy * t;
        }
        const km = distanceKm(point, [x, y]);
        if (best === null || km < best.km) best = { point: [x, y], polygon, km };
      }
    }
  }
  return best;
}

/** Distance in km from a point to the nearest edge of an area (0 when inside). */
export function distanceToAreaKm(area: Area, point: LonLat): number {
  if (areaContains(area, point)) return 0;
  return nearestOutlinePoint(area, point)?.km ?? Infinity;
}
