/**
 * "Strong" entries: places prominent enough that a bare capitalised mention of the name is
 * almost always the place (countries, provinces, capitals, big cities).
 */
import type { GazetteerEntry } from '../../gazetteer/types.ts';

export function isStrong(e: GazetteerEntry, minPopulation = 100_000): boolean {
  switch (e.kind) {
    case 'country':
    case 'continent':
    case 'region':
    case 'border':
    case 'admin1':
      return true;
    default:
      return e.featureCode === 'PPLC' || e.population >= minPopulation;
  }
}

export function isCountryLevel(e: GazetteerEntry): boolean {
  return e.kind === 'country' || e.kind === 'continent' || e.kind === 'region';
}

export const anyStrong = (entries: readonly GazetteerEntry[], minPopulation?: number): boolean =>
  entries.some((e) => isStrong(e, minPopulation));
export const anyCountryLevel = (entries: readonly GazetteerEntry[]): boolean =>
  entries.some(isCountryLevel);

/**
 * A span whose every reading is minor: no prominent place, or prominent ones only through an
 * alternate name ("Peter" for Saint Petersburg, "White House" for Casablanca).
 */
export function isMinorSpan(
  entries: readonly GazetteerEntry[],
  key: string,
  normalize: (s: string) => string,
): boolean {
  return !entries.some(
    (e) => isStrong(e) && (isCountryLevel(e) || e.kind === 'admin1' || normalize(e.name) === key),
  );
}
