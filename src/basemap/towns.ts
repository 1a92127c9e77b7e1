/**
 * Town labels for the basemap: GeoNames populated places (cities500) in the countries the
 * sources are about, each with the zoom it appears at (src/shared/basemap.ts) and a rank, so
 * that where labels collide the bigger town keeps its name.
 */
import type { Feature, Point } from 'geojson';
import type { CityRecord } from '../pipeline/gazetteer/packages/cities.ts';
import { townZoom } from '../shared/basemap.ts';

/** Feature codes that are not towns to orient by: parts of a city, abandoned, destroyed, historical. */
const NOT_A_TOWN = new Set(['PPLX', 'PPLQ', 'PPLW', 'PPLH', 'PPLCH']);

export interface TownProps {
  layer: 'town';
  /** The gazetteer id ("geonames:1138958"), so the map can leave out towns the sources name. */
  id: string;
  name: string;
  /** Zoom from which the town is shown. */
  z: number;
  /** Label priority, 0 first: by population. */
  rank: number;
}

const round3 = (x: number): number => Math.round(x * 1000) / 1000;

export function townFeatures(
  cities: readonly CityRecord[],
  countries: ReadonlySet<string>,
): Feature<Point, TownProps>[] {
  return cities
    .filter((c) => countries.has(c.country) && !NOT_A_TOWN.has(c.featureCode ?? ''))
    .sort((a, b) => b.population - a.population || a.geonameId.localeCompare(b.geonameId))
    .map((c, rank) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [round3(c.point[0]), round3(c.point[1])] },
      properties: {
        layer: 'town',
        id: `geonames:${c.geonameId}`,
        name: c.name,
        z: townZoom(c.population),
        rank,
      },
    }));
}
