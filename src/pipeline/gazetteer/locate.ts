/**
 * Placing points in admin-1 units and curated zones: the point-in-polygon fallback for the
 * GeoNames code join, and the check that rejects a join the places themselves contradict.
 */

import { type BBox, bboxOf } from '../../shared/geometry/bbox.ts';
import type { Area } from '../../shared/geometry/polygons.ts';
import type { LonLat } from '../../shared/types.ts';
import type { Zone } from './curated/load.ts';
import { areaContains, bboxContains, distanceToAreaKm } from './geometry.ts';
import type { DraftEntry } from './model.ts';
import type { CityRecord } from './packages/cities.ts';

interface AdminShape {
  id: string;
  country: string | null;
  area: Area;
  box: BBox;
}

function admin1Shapes(drafts: readonly DraftEntry[]): AdminShape[] {
  const shapes: AdminShape[] = [];
  for (const d of drafts) {
    const g = d.geometry;
    if (d.entry.kind !== 'admin1' || !g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon'))
      continue;
    shapes.push({ id: d.entry.id, country: d.entry.country, area: g, box: bboxOf(g) });
  }
  return shapes;
}

/** Finds the admin-1 unit containing a point, within one country (bbox first, then polygon). */
export function admin1Locator(
  drafts: readonly DraftEntry[],
): (country: string, p: LonLat) => string | null {
  const byCountry = new Map<string, AdminShape[]>();
  for (const shape of admin1Shapes(drafts)) {
    if (!shape.country) continue;
    const list = byCountry.get(shape.country);
    if (list) list.push(shape);
    else byCountry.set(shape.country, [shape]);
  }
  return (country, p) =>
    byCountry.get(country)?.find((s) => bboxContains(s.box, p) && areaContains(s.area, p))?.id ??
    null;
}

/** Ids of the curated zones of a country that contain a point. */
export function zonesContaining(
  zones: ReadonlyMap<string, readonly Zone[]>,
  country: string,
  p: LonLat,
): string[] {
  return (zones.get(country) ?? [])
    .filter((z) => bboxContains(z.box, p) && areaContains(z.area, p))
    .map((z) => z.id);
}

/** Share of a code's sampled places that must lie in (or within 15 km of) the joined polygon. */
const JOIN_MIN_INSIDE = 0.8;
const JOIN_TOLERANCE_KM = 15;
const JOIN_SAMPLE = 40;

/** Within about 0.2° of a bounding box: only then is an exact distance worth computing. */
function bboxNear(box: BBox, [x, y]: LonLat): boolean {
  return x >= box[0] - 0.2 && x <= box[2] + 0.2 && y >= box[1] - 0.2 && y <= box[3] + 0.2;
}

/**
 * Checks the GeoNames admin-1 code → polygon join against the places themselves: if most places
 * filed under a code lie outside the polygon it was joined to, the join is wrong (Natural Earth's
 * gn_a1_code is sometimes another coding) and is dropped from `byCode`, so those places fall back
 * to point-in-polygon. Returns the codes dropped.
 */
export function verifyJoins(
  byCode: Map<string, string>,
  cities: readonly CityRecord[],
  drafts: readonly DraftEntry[],
): string[] {
  const shapes = new Map(admin1Shapes(drafts).map((s) => [s.id, s]));
  const samples = new Map<string, LonLat[]>();
  for (const c of cities) {
    if (!c.admin1Code || !byCode.has(c.admin1Code)) continue;
    const list = samples.get(c.admin1Code) ?? [];
    if (list.length < JOIN_SAMPLE) list.push(c.point);
    samples.set(c.admin1Code, list);
  }
  const rejected: string[] = [];
  for (const [code, points] of samples) {
    const shape = shapes.get(byCode.get(code) ?? '');
    if (!shape) continue;
    const inside = points.filter(
      (p) =>
        areaContains(shape.area, p) ||
        (bboxNear(shape.box, p) && distanceToAreaKm(shape.area, p) <= JOIN_TOLERANCE_KM),
    ).length;
    if (inside < JOIN_MIN_INSIDE * points.length) {
      byCode.delete(code);
      rejected.push(code);
    }
  }
  return rejected.sort();
}
