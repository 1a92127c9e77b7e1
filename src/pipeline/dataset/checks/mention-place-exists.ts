/** Every mention points at a place present in places.geojson, and at a listed source. */
import type { OutputCheck, OutputIssue } from './types.ts';

export const mentionPlaceExists: OutputCheck = {
  name: 'mention-place-exists',
  check(dataset) {
    const places = new Set(dataset.places.features.map((f) => f.properties.id));
    const sources = new Set(dataset.sources.sources.map((s) => s.id));
    const issues: OutputIssue[] = [];
    dataset.mentions.features.forEach((f, i) => {
      const { placeId, sourceId } = f.properties;
      if (!places.has(placeId)) {
        issues.push({
          file: 'mentions.geojson',
          path: `features[${i}].properties.placeId`,
          message: `expected a place in places.geojson, found '${placeId}'`,
        });
      }
      if (!sources.has(sourceId)) {
        issues.push({
          file: 'mentions.geojson',
          path: `features[${i}].properties.sourceId`,
          message: `expected a source in sources.json, found '${sourceId}'`,
        });
      }
    });
    return issues;
  },
};
