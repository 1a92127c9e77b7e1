/**
 * How sure a resolution is, and what else the name could be.
 *
 * The alternatives are the other readings the geoparser scored that are really somewhere
 * else: a province and its capital, or a country and a town inside it, are not rivals (either
 * puts the mark in the right place), so a reading within 161 km of the chosen one, or
 * containing it, or inside it, is left out.
 *
 * Confidence, 0–1, from the basis of the choice and the score margin over the best rival:
 * - evidence: a logistic of the margin (0 → 0.5, +0.5 → 0.88, +1 → 0.98); 0.95 without rivals;
 * - prominence (a country or ocean preferred to a namesake the text does not place): 0.75;
 * - guess (a near tie, or only small places of that name): at most 0.35.
 * Below UNCERTAIN_BELOW (src/shared/types.ts) the map shows the mention as uncertain. The
 * README reports how accuracy on the real-news corpora varies with it.
 */

import { withinKm } from '../../shared/geometry/distance.ts';
import type { GazetteerEntry } from '../gazetteer/types.ts';
import type { Resolution } from './resolve.ts';

const SAME_PLACE_KM = 161;
const MAX_ALTERNATIVES = 3;

const inside = (inner: GazetteerEntry, outer: GazetteerEntry): boolean =>
  inner.parents.includes(outer.id) ||
  inner.admin1 === outer.id ||
  (outer.kind === 'country' && inner.country === outer.country && inner.kind !== 'country');

/** Readings that would put the mark somewhere else, best first. */
export function alternativesTo(
  place: GazetteerEntry,
  ranked: readonly GazetteerEntry[],
  limit = MAX_ALTERNATIVES,
): GazetteerEntry[] {
  const out: GazetteerEntry[] = [];
  if (ranked.length < 2) return out;
  for (const e of ranked) {
    if (out.length >= limit) break;
    if (e.id === place.id || out.some((o) => o.id === e.id)) continue;
    if (withinKm(e.point, place.point, SAME_PLACE_KM)) continue;
    if (inside(e, place) || inside(place, e)) continue;
    out.push(e);
  }
  return out;
}

const logistic = (x: number): number => 1 / (1 + Math.exp(-4 * x));
const round2 = (x: number): number => Math.round(x * 100) / 100;

export function confidenceOf(r: Resolution, alternatives: readonly GazetteerEntry[]): number {
  if (r.place === null) return 0;
  const own = r.scoreOf(r.place.id) ?? r.score;
  const rival = alternatives[0];
  const margin = rival === undefined ? null : own - (r.scoreOf(rival.id) ?? 0);
  switch (r.basis) {
    case 'guess':
      return round2(margin === null ? 0.35 : Math.min(0.35, logistic(margin)));
    case 'prominence':
      return 0.75;
    case 'evidence':
      return round2(margin === null ? 0.95 : Math.min(0.99, Math.max(0.05, logistic(margin))));
  }
}
