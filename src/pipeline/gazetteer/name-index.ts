/**
 * Turns entries' names into the key → entries index, applying the false-hit filters to alternate
 * names. Pure: the caller supplies the stop words.
 */
import { areaContains } from './geometry.ts';
import type { DraftEntry } from './model.ts';
import { normalizeName, tokenCount } from './normalize.ts';

export interface NameIndex {
  /** Sorted (by UTF-16 code units, as `<` compares), unique keys. */
  keys: string[];
  /** postings[i] = indices into the entry list, for keys[i]. */
  postings: number[][];
  maxNameTokens: number;
}

/** Longest indexed name, in tokens: longer names are never written in running text. */
export const MAX_NAME_TOKENS = 8;

/**
 * Lookup results come in a default order of prominence — countries, continents, regions, cities
 * of 100,000 people or more, admin-1 units, borders, water, sites, other places, districts — and
 * by population within each rank. A city of that size comes before the province named after it
 * ("Kandahar", "Herat", "London"): that is what a bare name in the news usually means. This is a
 * prior for the geoparser, not a resolution.
 */
export const MAJOR_CITY_POPULATION = 100_000;

function rank(e: DraftEntry['entry']): number {
  switch (e.kind) {
    case 'country':
      return 0;
    case 'continent':
      return 1;
    case 'region':
      return 2;
    case 'city':
      return e.population >= MAJOR_CITY_POPULATION ? 3 : 8;
    case 'admin1':
      return 4;
    case 'border':
      return 5;
    case 'water':
      return 6;
    case 'site':
      return 7;
    case 'admin2':
      return 9;
  }
}

function compareEntries(a: DraftEntry, b: DraftEntry): number {
  return rank(a.entry) - rank(b.entry) || b.entry.population - a.entry.population;
}

/** Feature codes of seats of government: their alternates are kept whatever the population. */
const SEATS = new Set(['PPLC', 'PPLA', 'PPLA2', 'PPLA3', 'PPLA4', 'PPLA5', 'PPLG']);
/** Places smaller than this (and not a seat) are indexed under their preferred names only. */
export const MIN_POPULATION_FOR_ALTERNATES = 1000;

/**
 * Alternate names worth indexing. Abbreviations ("Ala.", "Calif.") are dropped, and so are all
 * alternates of minor places: a village's variant and foreign-language names are the main source
 * of false hits ("Taliban" for a Turkish village, "White House" for Casablanca's translation)
 * while news rarely names a village by a variant spelling.
 */
function usableAlternates(d: DraftEntry): string[] {
  const e = d.entry;
  if (
    e.kind === 'city' &&
    e.population < MIN_POPULATION_FOR_ALTERNATES &&
    !SEATS.has(e.featureCode ?? '')
  )
    return [];
  return d.alternates.filter((n) => !n.trimEnd().endsWith('.'));
}

/** How much a preferred name "belongs" to an entry: areas and curated places own their names. */
function weight(d: DraftEntry): number {
  return d.entry.kind === 'city' ? d.entry.population : Number.POSITIVE_INFINITY;
}

interface Owner {
  index: number;
  geometry: DraftEntry['geometry'];
  weight: number;
  kind: DraftEntry['entry']['kind'];
  country: string | null;
}

/** Cities of ≥ 1,000 people take a name from an area's alternates in the same country. */
const AREA_ALTERNATE_MIN_POPULATION = 1000;

function outweighs(owner: Owner, d: DraftEntry, w: number): boolean {
  if (d.entry.kind === 'city') {
    // A province named like its capital is normal (Chittagong division and city): an area
    // takes a minor place's alternate unless the place lies inside it ("New York" is not a name
    // of York, Nebraska), and a country always does.
    if (owner.kind === 'country') return true;
    if (owner.kind !== 'city') {
      const g = owner.geometry;
      const area = g && (g.type === 'Polygon' || g.type === 'MultiPolygon') ? g : null;
      if (owner.country !== d.entry.country) return true;
      // A district known only by its seat's point, in the same country, never takes the name,
      // nor does a province from a major city outside it ("Kiev" stays a name of the city).
      if (area === null || d.entry.population >= MAJOR_CITY_POPULATION) return false;
      return !areaContains(area, d.entry.point);
    }
    return owner.weight > 0 && owner.weight >= w / 10;
  }
  if (owner.weight === Number.POSITIVE_INFINITY) return true;
  return owner.weight >= AREA_ALTERNATE_MIN_POPULATION && owner.country === d.entry.country;
}

/**
 * An alternate name of entry E is dropped when
 * - its key is a common English word or a demonym ("Bath" as a spelling of somewhere else), or
 * - for a place, it is the preferred name of a country, of an area that does not contain it, or of a
 *   place a tenth as populous or more (GeoNames lists "Islamabad" as an old name of Chittagong);
 * - for an area, it is the preferred name of any other
 *   area or of a town of 1,000+ people in the same country (Natural Earth lists "Charikar" for
 *   Parwan province): a secondary name should not outrank the place that bears it today.
 */
export function buildNameIndex(
  entries: readonly DraftEntry[],
  stopKeys: ReadonlySet<string>,
): NameIndex {
  const owners = new Map<string, Owner[]>();
  const keysOf = (names: readonly string[]): Set<string> => {
    const keys = new Set<string>();
    for (const n of names) {
      const k = normalizeName(n);
      // One-letter keys ("Ii" in Japan folds to "i") would match pronouns and initials.
      if (k.length > 1 && tokenCount(k) <= MAX_NAME_TOKENS) keys.add(k);
    }
    return keys;
  };
  const primaryKeys = entries.map((d) => keysOf(d.names));
  primaryKeys.forEach((keys, index) => {
    const d = entries[index] as DraftEntry;
    const w = weight(d);
    for (const k of keys) {
      const list = owners.get(k) ?? [];
      list.push({
        index,
        weight: w,
        kind: d.entry.kind,
        country: d.entry.country,
        geometry: d.geometry,
      });
      owners.set(k, list);
    }
  });
  const byKey = new Map<string, number[]>();
  const post = (k: string, index: number): void => {
    const list = byKey.get(k);
    if (list) list.push(index);
    else byKey.set(k, [index]);
  };
  entries.forEach((d, index) => {
    const primary = primaryKeys[index] as Set<string>;
    for (const k of primary) post(k, index);
    const w = weight(d);
    for (const k of keysOf(usableAlternates(d))) {
      if (primary.has(k) || stopKeys.has(k) || k.length < 3) continue;
      const shadowed = (owners.get(k) ?? []).some((o) => o.index !== index && outweighs(o, d, w));
      if (!shadowed) post(k, index);
    }
  });
  const keys = [...byKey.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const list of byKey.values())
    list.sort((a, b) => compareEntries(entries[a] as DraftEntry, entries[b] as DraftEntry));
  let maxNameTokens = 0;
  for (const k of keys) maxNameTokens = Math.max(maxNameTokens, tokenCount(k));
  return { keys, postings: keys.map((k) => byKey.get(k) as number[]), maxNameTokens };
}
