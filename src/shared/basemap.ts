/** Countries whose provinces the basemap draws: the sources' focus and its neighbourhood. */
export const PROVINCE_COUNTRIES: readonly string[] = [
  'AF',
  'PK',
  'IR',
  'TJ',
  'UZ',
  'TM',
  'KG',
  'IN',
  'IQ',
  'SY',
];

/**
 * Town labels of the basemap (GeoNames populated places that no source names): the bigger the
 * town, the further out it is shown. Shared by the basemap builder, which gives each town its
 * zoom, and the map, which loads the smaller towns only once the view comes close.
 */

/** Smallest population for each zoom a town appears at, biggest first. */
export const TOWN_TIERS: readonly { zoom: number; population: number }[] = [
  { zoom: 4, population: 1_000_000 },
  { zoom: 5, population: 300_000 },
  { zoom: 6, population: 100_000 },
  { zoom: 7, population: 25_000 },
  { zoom: 8, population: 0 },
];

/** Towns shown from this zoom on are in a file of their own, fetched when the view nears it. */
export const TOWN_DETAIL_ZOOM = 6;

/** The zoom a town of this population appears at. */
export function townZoom(population: number): number {
  for (const tier of TOWN_TIERS) if (population >= tier.population) return tier.zoom;
  return TOWN_TIERS[TOWN_TIERS.length - 1]!.zoom;
}
