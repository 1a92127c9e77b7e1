/** Shared by the swapped-lat/lon and outside-country rules: where a point sits relative to its country. */

import type { Area } from '../../../shared/geometry/polygons.ts';
import type { LonLat } from '../../../shared/types.ts';
import {
  type CuratedFile,
  pointAt,
  pointNodes,
  type RuleContext,
  stringAt,
} from '../curated/document.ts';
import type { JsonNode } from '../curated/json.ts';
import { areaContains, distanceToAreaKm } from '../geometry.ts';

/** Points this close to their country's 50m outline count as inside (coarse coasts, border sites). */
export const OUTSIDE_TOLERANCE_KM = 25;

export interface PlacedPoint {
  file: CuratedFile;
  node: JsonNode;
  country: string;
  area: Area;
  point: LonLat;
  insideKm: number;
  swappedInside: boolean;
}

export function placedPoints(ctx: RuleContext): PlacedPoint[] {
  const out: PlacedPoint[] = [];
  for (const file of ctx.files) {
    for (const entry of pointNodes(file)) {
      const p = pointAt(entry);
      const country = stringAt(entry, 'country')?.value;
      if (!p || !country) continue;
      if (Math.abs(p.lon) > 180 || Math.abs(p.lat) > 90) continue;
      const area = ctx.countryArea(country);
      if (!area) continue;
      const point: LonLat = [p.lon, p.lat];
      const swapped: LonLat = [p.lat, p.lon];
      out.push({
        file,
        node: p.node,
        country,
        area,
        point,
        insideKm: distanceToAreaKm(area, point),
        swappedInside: Math.abs(p.lon) <= 90 && areaContains(area, swapped),
      });
    }
  }
  return out;
}
