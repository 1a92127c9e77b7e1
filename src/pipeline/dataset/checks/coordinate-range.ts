/**
 * Every position is two finite numbers, lon in [-180, 180] and lat in [-90, 90]. One issue
 * per feature (the first bad position, with a count of the rest): a polygon drawn across
 * the antimeridian would otherwise print thousands of lines.
 */
import type { Feature, FeatureCollection, Position } from 'geojson';
import { forEachPosition } from './positions.ts';
import type { OutputCheck, OutputIssue } from './types.ts';

/** What is wrong with a position, or null when nothing is. */
export function positionProblem(p: Position): string | null {
  const [lon, lat] = p;
  if (p.length < 2 || !Number.isFinite(lon) || !Number.isFinite(lat)) {
    return `expected [lon, lat] finite numbers, found ${JSON.stringify(p)}`;
  }
  if ((lon as number) < -180 || (lon as number) > 180)
    return `expected lon in [-180, 180], found ${lon}`;
  if ((lat as number) < -90 || (lat as number) > 90)
    return `expected lat in [-90, 90], found ${lat}`;
  return null;
}

function checkCollection(file: string, collection: FeatureCollection): OutputIssue[] {
  const issues: OutputIssue[] = [];
  collection.features.forEach((f: Feature, i) => {
    let first: OutputIssue | null = null;
    let more = 0;
    forEachPosition(f.geometry, `features[${i}].geometry`, (p, path) => {
      const message = positionProblem(p);
      if (message === null) return;
      if (first) more++;
      else first = { file, path, message };
    });
    if (first) {
      const issue: OutputIssue = first;
      const id = f.id === undefined ? '' : ` (${f.id})`;
      const rest = more > 0 ? `; ${more} more position(s) of this feature are out of range` : '';
      issues.push({ ...issue, message: `${issue.message}${id}${rest}` });
    }
  });
  return issues;
}

export const coordinateRange: OutputCheck = {
  name: 'coordinate-range',
  check: (d) => [
    ...checkCollection('places.geojson', d.places),
    ...checkCollection('mentions.geojson', d.mentions),
    ...d.places.features.flatMap((f, i) => {
      const message = positionProblem(f.properties.point);
      return message === null
        ? []
        : [{ file: 'places.geojson', path: `features[${i}].properties.point`, message }];
    }),
  ],
};
