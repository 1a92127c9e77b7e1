/**
 * A point outside its declared country whose swap ([lat, lon] read as [lon, lat]) falls inside:
 * the commonest coordinate mistake, GeoJSON being lon/lat and most sources lat/lon.
 */
import { problemAt, type Rule } from '../curated/document.ts';
import { OUTSIDE_TOLERANCE_KM, placedPoints } from './point-checks.ts';

export const swappedLatLon: Rule = {
  name: 'swapped-latlon',
  check: (ctx) =>
    placedPoints(ctx)
      .filter((p) => p.insideKm > OUTSIDE_TOLERANCE_KM && p.swappedInside)
      .map((p) =>
        problemAt(
          p.file,
          p.node,
          `expected [lon, lat] inside ${p.country}, found [${p.point.join(', ')}], which is outside; [${p.point[1]}, ${p.point[0]}] is inside: looks like lat/lon swapped`,
        ),
      ),
};
