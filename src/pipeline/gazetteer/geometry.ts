/**
 * Small geometry helpers for building the index: label points, simplification, bounding boxes,
 * point-in-polygon. Pure functions over GeoJSON geometries in lon/lat degrees.
 */
import { union } from '@turf/turf';
import type { Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import type { LonLat } from '../../shared/types.ts';

export type Area = Polygon | MultiPolygon;
export type BBox = [minLon: number, minLat: number, maxLon: number, maxLat: number];

export function polygonsOf(area: Area): Position[][][] {
  return area.type === 'Polygon' ? [area.coordinates] : area.coordinates;
}

export function bboxOf(geometry: Geometry): BBox {
  const box: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  const visit = (p: Position): void => {
    const [x, y] = p as [number, number];
    if (x < box[0]) box[0] = x;
    if (y < box[1]) box[1] = y;
    if (x > box[2]) box[2] = x;
    if (y > box[3]) box[3] = y;
  };
  forEachPosition(geometry, visit);
  return box;
}

function forEachPosition(geometry: Geometry, visit: (p: Position) => void): void {
  switch (geometry.type) {
    case 'Point':
      visit(geometry.coordinates);
      return;
    case 'MultiPoint':
    case 'LineString':
      for (const p of geometry.coordinates) visit(p);
      return;
    case 'MultiLineString':
    case 'Polygon':
      for (const line of geometry.coordinates) for (const p of line) visit(p);
      return;
    case 'MultiPolygon':
      for (const poly of geometry.coordinates)
        for (const ring of poly) for (const p of ring) visit(p);
      return;
    case 'GeometryCollection':
      for (const g of geometry.geometries) forEachPosition(g, visit);
      return;
  }
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

/**
 * Point in area. Rings that cross the antimeridian are stored unwrapped (longitudes past 180,
 * see unwrapAntimeridian), so a western-hemisphere point is also tried shifted by 360°.
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

/**
 * world-atlas and Natural Earth rings are spherical: a ring crossing the antimeridian jumps from
 * 179.9 to -180 and back, which breaks planar point-in-polygon (eastern Russia, Fiji). Such rings
 * are made continuous by shifting the far side by 360°, giving longitudes up to about 190°.
 */
export function unwrapAntimeridian<A extends Area>(area: A): A {
  const unwrapRing = (ring: Position[]): Position[] => {
    let jumps = false;
    for (let i = 1; i < ring.length; i++)
      if (Math.abs((ring[i]?.[0] as number) - (ring[i - 1]?.[0] as number)) > 180) jumps = true;
    if (!jumps) return ring;
    let offset = 0;
    let previous = ring[0]?.[0] as number;
    const out = ring.map((p) => {
      const x = p[0] as number;
      if (x - previous > 180) offset -= 360;
      else if (x - previous < -180) offset += 360;
      previous = x;
      return [x + offset, p[1] as number];
    });
    const min = Math.min(...out.map((p) => p[0] as number));
    return min < -180 ? out.map((p) => [(p[0] as number) + 360, p[1] as number]) : out;
  };
  const polygons = polygonsOf(area).map((polygon) => polygon.map(unwrapRing));
  return (
    area.type === 'Polygon'
      ? { ...area, coordinates: polygons[0] ?? [] }
      : { ...area, coordinates: polygons }
  ) as A;
}

/** Planar ring area (degrees²), used only to rank a multipolygon's parts. */
function ringArea(ring: Position[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as [number, number];
    const [xj, yj] = ring[j] as [number, number];
    sum += (xj - xi) * (yj + yi);
  }
  return Math.abs(sum / 2);
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

function segmentDistanceSq(px: number, py: number, a: Position, b: Position): number {
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
  // Unwrapped rings (see unwrapAntimeridian) can put the best cell past 180°.
  const x = best.x > 180 ? best.x - 360 : best.x;
  return [round(x), round(best.y)];
}

export function round(n: number, digits = 5): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

/** Rounds every coordinate (5 decimals ≈ 1 m): smaller cache and output, no visible change. */
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

/** Great-circle distance in kilometres. */
export function distanceKm([lon1, lat1]: LonLat, [lon2, lat2]: LonLat): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const a =
    Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** Distance in km from a point to the nearest edge of an area (0 when inside). */
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

export function distanceToAreaKm(area: Area, point: LonLat): number {
  if (areaContains(area, point)) return 0;
  return nearestOutlinePoint(area, point)?.km ?? Infinity;
}
