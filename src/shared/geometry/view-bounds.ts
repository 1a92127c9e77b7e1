/**
 * Bounds of geometries and of the sources' area, for fitting the map's view. Pure, no
 * MapLibre: the build writes the first view with it (data/view.json), the app falls back on it.
 */
import type { Geometry } from 'geojson';
import type { PlaceFeature } from '../types.ts';
import { bboxOrNull } from './bbox.ts';

/** [[west, south], [east, north]] in degrees. */
export type LonLatBounds = [[number, number], [number, number]];

/** [[west, south], [east, north]] of any geometry, or null when it has no coordinates. */
export function boundsOf(g: Geometry): LonLatBounds | null {
  const box = bboxOrNull(g);
  return box
    ? [
        [box[0], box[1]],
        [box[2], box[3]],
      ]
    : null;
}

/**
 * The sources' area, where most of the mentions are. World-scale places (continents, wide
 * regions and countries) are left out; the 45°-square window with the most mentions is
 * found on a 15° grid, and the view is the 2nd–98th percentile (weighted by mentions) of the
 * places in it — so a few stray far-away places do not zoom the map out to the world.
 */
export function citedBounds(places: readonly PlaceFeature[]): LonLatBounds | null {
  const pts: { lon: number; lat: number; w: number }[] = [];
  for (const p of places) {
    const w = p.properties.mentionCount;
    if (w === 0 || p.properties.kind === 'continent') continue;
    const b = boundsOf(p.geometry);
    if (b && (b[1][0] - b[0][0] > 25 || b[1][1] - b[0][1] > 25)) continue;
    if (b && p.geometry.type !== 'Point') {
      // An area counts with its corners, so a cited province is in view whole.
      for (const lon of [b[0][0], b[1][0]]) {
        for (const lat of [b[0][1], b[1][1]]) pts.push({ lon, lat, w: w / 4 });
      }
    } else pts.push({ lon: p.properties.point[0], lat: p.properties.point[1], w });
  }
  if (pts.length === 0) return null;
  const CELL = 15;
  const cells = new Map<string, number>();
  const cellOf = (lon: number, lat: number): [number, number] => [
    Math.floor(lon / CELL),
    Math.floor(lat / CELL),
  ];
  for (const p of pts) {
    const [cx, cy] = cellOf(p.lon, p.lat);
    cells.set(`${cx},${cy}`, (cells.get(`${cx},${cy}`) ?? 0) + p.w);
  }
  let best = { x: 0, y: 0, w: -1 };
  for (const key of cells.keys()) {
    const [x, y] = key.split(',').map(Number) as [number, number];
    let w = 0;
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) w += cells.get(`${x + dx},${y + dy}`) ?? 0;
    }
    if (w > best.w) best = { x, y, w };
  }
  const kept = pts.filter((p) => {
    const [x, y] = cellOf(p.lon, p.lat);
    return Math.abs(x - best.x) <= 1 && Math.abs(y - best.y) <= 1;
  });
  const range = (key: 'lon' | 'lat'): [number, number] => {
    const sorted = [...kept].sort((a, b) => a[key] - b[key]);
    const total = sorted.reduce((t, p) => t + p.w, 0);
    let acc = 0;
    let lo = sorted[0]![key];
    let hi = sorted[sorted.length - 1]![key];
    let loSet = false;
    for (const p of sorted) {
      acc += p.w;
      if (!loSet && acc >= total * 0.02) {
        lo = p[key];
        loSet = true;
      }
      if (acc >= total * 0.98) {
        hi = p[key];
        break;
      }
    }
    return [lo, hi];
  };
  const [w, e] = range('lon');
  const [s, n] = range('lat');
  // At least a degree across, so a single cited town is not shown at street level.
  return [
    [Math.min(w, e - 1), Math.min(s, n - 1)],
    [Math.max(e, w + 1), Math.max(n, s + 1)],
  ];
}
