/** Polygon rings are closed (first position = last) and have at least 4 positions. */
import { forEachRing } from './positions.ts';
import type { OutputCheck, OutputIssue } from './types.ts';

export const closedRings: OutputCheck = {
  name: 'closed-rings',
  check(dataset) {
    const issues: OutputIssue[] = [];
    dataset.places.features.forEach((f, i) => {
      forEachRing(f.geometry, `features[${i}].geometry`, (ring, path) => {
        const first = ring[0];
        const last = ring[ring.length - 1];
        if (ring.length < 4) {
          issues.push({
            file: 'places.geojson',
            path,
            message: `expected a ring of at least 4 positions, found ${ring.length}`,
          });
        } else if (!first || !last || first[0] !== last[0] || first[1] !== last[1]) {
          issues.push({
            file: 'places.geojson',
            path,
            message: `expected a closed ring, found first ${JSON.stringify(first)} and last ${JSON.stringify(last)}`,
          });
        }
      });
    });
    return issues;
  },
};
