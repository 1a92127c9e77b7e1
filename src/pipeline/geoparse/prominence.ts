/**
 * Prior of a gazetteer entry before any document evidence: how likely a bare mention of its
 * name means this entry. Countries first, then continents and regions, provinces, capitals,
 * then cities by population. Tiny or unpopulated places score low so that, without evidence,
 * they never beat a known place (and are reported as uncertain instead).
 */
import type { GazetteerEntry } from '../gazetteer/types.ts';

export function prominence(e: GazetteerEntry): number {
  switch (e.kind) {
    case 'country':
      return 1;
    case 'continent':
      return 0.9;
    case 'region':
    case 'border':
      return 0.85;
    case 'admin1':
      return 0.75;
    case 'water':
      return 0.6;
    case 'admin2':
      return 0.5;
    case 'site':
      return e.provenance.toLowerCase().startsWith('curated') ? 0.6 : 0.35;
    case 'city':
      return cityProminence(e);
  }
}

function cityProminence(e: GazetteerEntry): number {
  // National capitals are what news means by a bare capital's name ("Washington said").
  if (e.featureCode === 'PPLC') return 0.95;
  const p = e.population;
  let base: number;
  if (p >= 5_000_000) base = 0.75;
  else if (p >= 1_000_000) base = 0.7;
  else if (p >= 300_000) base = 0.6;
  else if (p >= 100_000) base = 0.5;
  else if (p >= 30_000) base = 0.4;
  else if (p >= 10_000) base = 0.3;
  else if (p >= 1_000) base = 0.2;
  else base = 0.1;
  if (e.featureCode !== null && isProvinceSeat(e.featureCode))
    base += e.featureCode === 'PPLA' ? 0.1 : 0.05;
  return base;
}

/** PPLA, PPLA2 … PPLA5 (/^PPLA\d?$/, read by code: every city candidate asks). */
function isProvinceSeat(code: string): boolean {
  if (code.length === 4) return code === 'PPLA';
  if (code.length !== 5 || !code.startsWith('PPLA')) return false;
  const d = code.charCodeAt(4);
  return d >= 48 && d <= 57;
}

const nameKeys = new WeakMap<GazetteerEntry, string>();

/** Does the span's key match the entry's own (preferred) name, rather than an alternate? */
export function matchesOwnName(
  e: GazetteerEntry,
  key: string,
  normalize: (s: string) => string,
): boolean {
  let k = nameKeys.get(e);
  if (k === undefined) {
    k = normalize(e.name);
    nameKeys.set(e, k);
  }
  return k === key;
}

/**
 * Prior for this surface: an alternate name counts less than the place's own name, much less
 * for a town (GeoNames lists old, foreign and colloquial names: "Africa" for Mahdia, "White
 * House" for Casablanca, "Peter" for Saint Petersburg, airport codes).
 */
export function surfacePrior(
  e: GazetteerEntry,
  key: string,
  normalize: (s: string) => string,
): number {
  const p = prominence(e);
  if (matchesOwnName(e, key, normalize)) return p + 0.3;
  // English exonyms of capitals and big cities are alternates in GeoNames ("Panama City"
  // for Panamá): a milder discount there.
  if (e.kind === 'city' && (e.featureCode === 'PPLC' || e.population >= 1_000_000)) return p * 0.8;
  if (e.kind === 'city' || e.kind === 'site' || e.kind === 'admin2') return p * 0.4;
  if (e.kind === 'admin1') return p * 0.8;
  return p;
}
