/**
 * Lon/lat order sanity: a place's point lies within (1° around) the bounding box of its
 * country's polygon, when that country is in the output. Swapped coordinates land far
 * away (Kabul at [34.5, 69.2] is in the Indian Ocean), so they fail this.
 */
import { bboxOrNull } from '../../../shared/geometry/bbox.ts';
import { placeSubject } from './subjects.ts';
import type { OutputCheck, OutputIssue } from './types.ts';

const MARGIN = 1;

export const lonlatOrder: OutputCheck = {
  name: 'lonlat-order',
  check(dataset) {
    const boxes = new Map<string, [number, number, number, number]>();
    for (const f of dataset.places.features) {
      if (f.properties.kind !== 'country' || !f.properties.country) continue;
      const b = bboxOrNull(f.geometry);
      if (b) boxes.set(f.properties.country, b);
    }
    const issues: OutputIssue[] = [];
    const subject = placeSubject(dataset);
    dataset.places.features.forEach((f, i) => {
      const { country, point, id, name } = f.properties;
      const b = country ? boxes.get(country) : undefined;
      if (!b) return;
      const [lon, lat] = point;
      const inside =
        lon >= b[0] - MARGIN &&
        lon <= b[2] + MARGIN &&
        lat >= b[1] - MARGIN &&
        lat <= b[3] + MARGIN;
      if (!inside) {
        issues.push({
          file: 'places.geojson',
          path: `features[${i}].properties.point`,
          message: `${subject({ id, name })}: expected it inside its country ${country} (lon ${b[0].toFixed(1)}…${b[2].toFixed(1)}, lat ${b[1].toFixed(1)}…${b[3].toFixed(1)}), found [${lon}, ${lat}] (lon/lat swapped?)`,
        });
      }
    });
    return issues;
  },
};
