/** Places of GeoNames' cities1000 list that the cities500 dump lacks, on made-up rows. */
import { describe, expect, it } from 'vitest';
import type { CityRecord } from '../../../src/pipeline/gazetteer/packages/cities.ts';
import {
  type Cities1000Row,
  missingFromCities500,
} from '../../../src/pipeline/gazetteer/packages/cities1000.ts';

const known = (name: string, country: string, point: [number, number]): CityRecord => ({
  list: 'cities500',
  geonameId: name,
  name,
  preferred: [name],
  alternates: [],
  point,
  featureCode: 'PPL',
  country,
  admin1Code: null,
  admin2Code: null,
  population: 5000,
});

const row = (name: string, country: string, lat: number, lng: number): Cities1000Row => ({
  name,
  lat: String(lat),
  lng: String(lng),
  country,
  admin1: '01',
  admin2: '4808008',
});

const CITIES500 = [
  known('Innisfail', 'AU', [146.03, -17.52]),
  known('Ras al-Khaimah', 'AE', [55.94, 25.79]),
];

describe('missingFromCities500', () => {
  it('adds a town the older dump lacks, with population unknown (0)', () => {
    const [town, ...rest] = missingFromCities500(
      [row('Innisfail', 'CA', 52.02688, -113.95071)],
      CITIES500,
    );
    expect(rest).toEqual([]);
    expect(town).toEqual({
      list: 'cities1000',
      geonameId: 'CA:52.02688,-113.95071',
      name: 'Innisfail',
      preferred: ['Innisfail'],
      alternates: [],
      point: [-113.95071, 52.02688],
      featureCode: null,
      country: 'CA',
      admin1Code: 'CA.01',
      admin2Code: 'CA.01.4808008',
      population: 0,
    });
  });

  it('leaves out a row within 5 km of a known place of its country (another spelling)', () => {
    expect(missingFromCities500([row('Ras Al Khaimah', 'AE', 25.8, 55.96)], CITIES500)).toEqual([]);
  });

  it('keeps a row near a known place of another country', () => {
    expect(missingFromCities500([row('Border Town', 'OM', 25.8, 55.96)], CITIES500)).toHaveLength(
      1,
    );
  });

  it('makes one record of a place listed twice at one point, the second name an alternate', () => {
    const out = missingFromCities500(
      [
        row('Santa Rosa', 'HN', 14.18333, -88.81667),
        row('Santa Rosa de Copán', 'HN', 14.18333, -88.81667),
      ],
      CITIES500,
    );
    expect(out.map((c) => [c.name, c.alternates])).toEqual([
      ['Santa Rosa', ['Santa Rosa de Copán']],
    ]);
  });

  it('skips rows without a usable point or name', () => {
    expect(
      missingFromCities500(
        [{ ...row('X', 'CA', 0, 0), lat: 'n/a' }, row('', 'CA', 1, 1)],
        CITIES500,
      ),
    ).toEqual([]);
  });
});
