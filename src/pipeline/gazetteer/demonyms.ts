/**
 * Demonyms and adjectives ("Afghan", "Saudi", "Pashtun") → the countries they point to. The
 * recogniser uses them so that "Afghan officials" is not read as a place mention.
 */
import { normalizeName } from './normalize.ts';
import type { CountryRecord } from './packages/countries.ts';

export interface CuratedDemonym {
  name: string;
  countries: string[];
}

export function buildDemonyms(
  countries: readonly CountryRecord[],
  curated: readonly CuratedDemonym[],
): Map<string, string[]> {
  const map = new Map<string, string[]>();
  const add = (name: string, code: string): void => {
    const key = normalizeName(name);
    if (key === '') return;
    const list = map.get(key) ?? [];
    if (!list.includes(code)) list.push(code);
    map.set(key, list);
  };
  for (const c of countries) for (const d of c.demonyms) add(d, c.code);
  for (const d of curated) for (const code of d.countries) add(d.name, code);
  return map;
}
