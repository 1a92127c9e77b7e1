/** A point farther than the tolerance from its declared country (and not explained by a swap). */
import { problemAt, type Rule } from '../curated/document.ts';
import { OUTSIDE_TOLERANCE_KM, placedPoints } from './point-checks.ts';

export const outsideCountry: Rule = {
  name: 'outside-country',
  check: (ctx) =>
    placedPoints(ctx)
      .filter((p) => p.insideKm > OUTSIDE_TOLERANCE_KM && !p.swappedInside)
      .map((p) =>
        problemAt(
          p.file,
          p.node,
          `expected a point inside ${p.country} (within ${OUTSIDE_TOLERANCE_KM} km), found [${p.point.join(', ')}], ${Math.round(p.insideKm)} km outside it`,
        ),
      ),
};
