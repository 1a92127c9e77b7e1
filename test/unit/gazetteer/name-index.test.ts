/** The false-hit filters on alternate names, on a handful of made-up entries. */
import type { Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { DraftEntry } from '../../../src/pipeline/gazetteer/model.ts';
import { buildNameIndex } from '../../../src/pipeline/gazetteer/name-index.ts';
import { normalizeName } from '../../../src/pipeline/gazetteer/normalize.ts';
import type { PlaceKind } from '../../../src/shared/types.ts';

function draft(
  id: string,
  kind: PlaceKind,
  country: string,
  point: [number, number],
  names: string[],
  alternates: string[] = [],
  population = 0,
  geometry: Geometry | null = null,
  featureCode: string | null = null,
): DraftEntry {
  return {
    entry: {
      id,
      name: names[0] ?? id,
      kind,
      country,
      admin1: null,
      parents: [],
      point,
      population,
      featureCode,
      provenance: 'test',
    },
    names,
    alternates,
    geometry,
  };
}

const square = (x: number, y: number, size: number): Geometry => ({
  type: 'Polygon',
  coordinates: [
    [
      [x, y],
      [x + size, y],
      [x + size, y + size],
      [x, y + size],
      [x, y],
    ],
  ],
});

const ENTRIES: DraftEntry[] = [
  draft('country:PK', 'country', 'PK', [70, 30], ['Pakistan']),
  draft('city:islamabad', 'city', 'PK', [73, 33.7], ['Islamabad'], [], 600_000),
  // GeoNames lists "Islamabad" as an old name of Chittagong.
  draft(
    'city:chittagong',
    'city',
    'BD',
    [91.8, 22.3],
    ['Chattogram'],
    ['Chittagong', 'Islamabad'],
    3_900_000,
  ),
  draft('admin1:chittagong', 'admin1', 'BD', [92, 22.5], ['Chattogram'], [], 0, square(91, 21, 3)),
  // A village with a common English word and a code among its alternates.
  draft('city:village', 'city', 'TR', [40, 38], ['Bozkoy'], ['Taliban', 'Bath'], 900),
  draft('city:town', 'city', 'GB', [-2.36, 51.38], ['Bathwick'], ['Bath', 'Ala.'], 5_000),
  draft('admin1:parwan', 'admin1', 'AF', [69, 35], ['Parwan'], ['Charikar'], 0, square(68, 34, 2)),
  draft('city:charikar', 'city', 'AF', [69.17, 35.01], ['Charikar'], [], 53_000),
  draft('admin1:new-york', 'admin1', 'US', [-75, 43], ['New York'], [], 0, square(-80, 40, 8)),
  draft('city:york-ne', 'city', 'US', [-97.6, 40.87], ['York'], ['New York'], 7_800),
  draft('admin1:kyiv-oblast', 'admin1', 'UA', [30, 50.5], ['Kiev'], [], 0, square(29, 49.5, 0.3)),
  draft('city:kyiv', 'city', 'UA', [30.52, 50.45], ['Kyiv'], ['Kiev'], 2_800_000),
  draft('city:a', 'city', 'NO', [10, 60], ['Å'], [], 2_000),
  // A provincial seat with no population, known by its province's name; a village of unknown
  // population elsewhere bears that name (cities1000 gives no population).
  draft('city:halba', 'city', 'LB', [36.08, 34.54], ['Halba'], ['Akkar'], 0, null, 'PPLA'),
  draft('city:aqar', 'city', 'LY', [14.16, 27.54], ['Aqar'], [], 0),
];

const index = buildNameIndex(ENTRIES, new Set(['bath', 'of'].map(normalizeName)));
const lookup = (name: string): string[] => {
  const i = index.keys.indexOf(normalizeName(name));
  return i < 0 ? [] : (index.postings[i] ?? []).map((n) => ENTRIES[n]?.entry.id ?? '');
};

describe('buildNameIndex', () => {
  it('keeps keys sorted as `<` compares them', () => {
    expect([...index.keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))).toEqual(index.keys);
  });

  it('drops an old name that another, comparable place bears today', () => {
    expect(lookup('Islamabad')).toEqual(['city:islamabad']);
    expect(lookup('Chittagong')).toEqual(['city:chittagong']);
  });

  it('lets a city keep the name of the province it lies in', () => {
    expect(lookup('Chattogram')).toEqual(['city:chittagong', 'admin1:chittagong']);
  });

  it('drops alternates of minor places and common words', () => {
    expect(lookup('Taliban')).toEqual([]);
    expect(lookup('Bath')).toEqual([]);
  });

  it('drops abbreviations and one-letter keys', () => {
    expect(lookup('Ala.')).toEqual([]);
    expect(lookup('A')).toEqual([]);
  });

  it("drops a province's alternate that is a town's name in the same country", () => {
    expect(lookup('Charikar')).toEqual(['city:charikar']);
  });

  it("drops a minor place's alternate held by an area that does not contain it", () => {
    expect(lookup('New York')).toEqual(['admin1:new-york']);
  });

  it('lets no place of unknown population hide another place’s alternate', () => {
    expect(lookup('Akkar')).toEqual(['city:halba', 'city:aqar']);
  });

  it("keeps a major city's alternate even where a province bears it", () => {
    expect(lookup('Kiev')).toEqual(['city:kyiv', 'admin1:kyiv-oblast']);
  });
});
