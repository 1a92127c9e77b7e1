/** RFC 7946 structure, by the project's validator (it does not check ranges: see the others). */
import gjv from 'geojson-validation';
import type { OutputCheck, OutputIssue } from './types.ts';

export const geojsonSpec: OutputCheck = {
  name: 'geojson-spec',
  check(dataset) {
    const issues: OutputIssue[] = [];
    for (const [file, collection] of [
      ['places.geojson', dataset.places],
      ['mentions.geojson', dataset.mentions],
    ] as const) {
      for (const message of gjv.valid(collection, true)) issues.push({ file, path: '$', message });
    }
    return issues;
  },
};
