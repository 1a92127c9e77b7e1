/** Place ids and mention ids are unique, and each feature's id equals its properties.id. */
import type { OutputCheck, OutputIssue } from './types.ts';

function duplicates(
  file: string,
  ids: readonly (string | number | undefined)[],
  own: readonly string[],
): OutputIssue[] {
  const seen = new Map<string, number>();
  const issues: OutputIssue[] = [];
  own.forEach((id, i) => {
    const first = seen.get(id);
    if (first !== undefined) {
      issues.push({
        file,
        path: `features[${i}].properties.id`,
        message: `expected a unique id, found '${id}' again (first at features[${first}])`,
      });
    } else seen.set(id, i);
    if (ids[i] !== id) {
      issues.push({
        file,
        path: `features[${i}].id`,
        message: `expected '${id}' (its properties.id), found ${JSON.stringify(ids[i])}`,
      });
    }
  });
  return issues;
}

export const uniqueIds: OutputCheck = {
  name: 'unique-ids',
  check: (d) => [
    ...duplicates(
      'places.geojson',
      d.places.features.map((f) => f.id),
      d.places.features.map((f) => f.properties.id),
    ),
    ...duplicates(
      'mentions.geojson',
      d.mentions.features.map((f) => f.id),
      d.mentions.features.map((f) => f.properties.id),
    ),
  ],
};
