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

// Plain loops: the filters ask these of every span's readings several times (about 240,000
// calls per 10 MB), where a call of some() with a callback costs more than the test.
export function anyStrong(entries: readonly GazetteerEntry[], minPopulation?: number): boolean {
  for (let i = 0; i < entries.length; i++) if (isStrong(entries[i]!, minPopulation)) return true;
  return false;
}
export function anyCountryLevel(entries: readonly GazetteerEntry[]): boolean {
  for (let i = 0; i < entries.length; i++) if (isCountryLevel(entries[i]!)) return true;
  return false;
}

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
