/** Longitude must lie in [-180, 180] and latitude in [-90, 90]. */
import { pointAt, pointNodes, problemAt, type Rule } from '../curated/document.ts';

export const coordinateRange: Rule = {
  name: 'coordinate-range',
  check: ({ files }) =>
    files.flatMap((file) =>
      pointNodes(file).flatMap((entry) => {
        const p = pointAt(entry);
        if (!p) return [];
        const problems = [];
        if (p.lon < -180 || p.lon > 180)
          problems.push(
            problemAt(file, p.lonNode, `expected a longitude in [-180, 180], found ${p.lon}`),
          );
        if (p.lat < -90 || p.lat > 90)
          problems.push(
            problemAt(file, p.latNode, `expected a latitude in [-90, 90], found ${p.lat}`),
          );
        return problems;
      }),
    ),
};
