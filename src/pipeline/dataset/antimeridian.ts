/**
 * RFC 7946 §3.1.9: a geometry crossing the antimeridian is cut in two, and every longitude
 * lies in [-180, 180]. Some package geometries (Natural Earth via world-atlas: Russia's
 * Chukotka, Fiji) instead run on past 180° to stay contiguous; the output checks would
 * refuse them and MapLibre would draw them wrapped. So the build cuts such geometries here:
 * each part beyond ±180° is clipped off and shifted by ∓360°. Geometries already in range
 * are returned as they are (the same object).
 */
import { bboxClip } from '@turf/turf';
import type { Geometry, LineString, Polygon, Position } from 'geojson';

type Box = [number, number, number, number];

/** The three 360°-wide windows a longitude can fall in, and the shift that brings each home. */
const WINDOWS: readonly [Box, number][] = [
  [[-180, -90, 180, 90], 0],
  [[180, -90, 540, 90], -360],
  [[-540, -90, -180, 90], 360],
];

export function wrapLon(lon: number): number {
  if (lon >= -180 && lon <= 180) return lon;
  return ((((lon + 180) % 360) + 360) % 360) - 180;
}

type Coordinates = Position | Coordinates[];

function inRange(coords: Coordinates): boolean {
  const first = coords[0];
  if (typeof first === 'number' || first === undefined) {
    const lon = first ?? 0;
    return lon >= -180 && lon <= 180;
  }
  return (coords as Coordinates[]).every(inRange);
}

function shift(positions: Position[], by: number): Position[] {
  return by === 0
    ? positions
    : positions.map(([lon = 0, lat = 0, ...rest]) => [lon + by, lat, ...rest]);
}

function cutPolygon(rings: Position[][]): Position[][][] {
  const parts: Position[][][] = [];
  for (const [box, by] of WINDOWS) {
    const clipped = bboxClip<Polygon>({ type: 'Polygon', coordinates: rings }, box).geometry;
    if (clipped.type !== 'Polygon') continue;
    const kept = clipped.coordinates.filter((r) => r.length >= 4);
    // A polygon needs its outer ring: holes alone (outer clipped away) mean nothing here.
    if (kept.length > 0 && (clipped.coordinates[0]?.length ?? 0) >= 4) {
      parts.push(kept.map((r) => shift(r, by)));
    }
  }
  return parts;
}

function cutLine(line: Position[]): Position[][] {
  const parts: Position[][] = [];
  for (const [box, by] of WINDOWS) {
    const clipped = bboxClip<LineString>({ type: 'LineString', coordinates: line }, box).geometry;
    const lines =
      clipped.type === 'LineString'
        ? [clipped.coordinates]
        : clipped.type === 'MultiLineString'
          ? clipped.coordinates
          : [];
    for (const l of lines) if (l.length >= 2) parts.push(shift(l, by));
  }
  return parts;
}

export function cutAtAntimeridian(geometry: Geometry): Geometry {
  if (geometry.type === 'GeometryCollection') {
    return { ...geometry, geometries: geometry.geometries.map(cutAtAntimeridian) };
  }
  if (inRange(geometry.coordinates)) return geometry;
  switch (geometry.type) {
    case 'Point':
      return {
        ...geometry,
        coordinates: [wrapLon(geometry.coordinates[0] ?? 0), ...geometry.coordinates.slice(1)],
      };
    case 'MultiPoint':
      return {
        ...geometry,
        coordinates: geometry.coordinates.map(([lon = 0, ...rest]) => [wrapLon(lon), ...rest]),
      };
    case 'Polygon':
    case 'MultiPolygon': {
      const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
      const parts = polygons.flatMap((p) => (inRange(p) ? [p] : cutPolygon(p)));
      return parts.length === 1 && geometry.type === 'Polygon'
        ? { type: 'Polygon', coordinates: parts[0] as Position[][] }
        : { type: 'MultiPolygon', coordinates: parts };
    }
    case 'LineString':
    case 'MultiLineString': {
      const lines = geometry.type === 'LineString' ? [geometry.coordinates] : geometry.coordinates;
      const parts = lines.flatMap((l) => (inRange(l) ? [l] : cutLine(l)));
      return parts.length === 1 && geometry.type === 'LineString'
        ? { type: 'LineString', coordinates: parts[0] as Position[] }
        : { type: 'MultiLineString', coordinates: parts };
    }
  }
}
