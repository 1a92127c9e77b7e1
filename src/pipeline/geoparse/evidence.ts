/**
 * Document evidence: which countries and provinces the text is about, and where its
 * unambiguous places lie. Built from the spans whose best reading is both prominent and
 * unambiguous (a country, a province, a capital or big city that no other prominent place
 * shares the name of), so that a homonym cannot vote for itself.
 */
import type { LonLat } from '../../shared/types.ts';
import type { GazetteerEntry } from '../gazetteer/types.ts';
import { isStrong } from './filters/strong.ts';
import { surfacePrior } from './prominence.ts';
import type { NameSpan } from './span.ts';

const MAX_ANCHORS = 64;

export interface DocEvidence {
  /** Mentions per country code (from countries, provinces and cities in that country). */
  countryCount: ReadonlyMap<string, number>;
  total: number;
  /** Admin1 ids named or containing a named place. */
  admin1: ReadonlySet<string>;
  /**
   * Points of confidently placed cities, provinces and sites (not countries: too coarse),
   * sorted by latitude so that a search for the ones near a point can skip the rest.
   */
  anchors: readonly { point: LonLat; key: string }[];
  /** Representative points of everything confidently placed, countries included (bounded). */
  focus: readonly LonLat[];
  /** The country most of the text's places are in, if any. */
  topCountry: string | null;
  /** What each name contributed to countryCount, so that a name is not its own evidence. */
  votes: ReadonlyMap<string, { country: string; weight: number }>;
}

/** Best entry by prior alone, and whether it is unambiguous. */
export function priorChoice(
  span: NameSpan,
  normalize: (s: string) => string,
): { entry: GazetteerEntry | null; confident: boolean } {
  let best: GazetteerEntry | null = null;
  let bestScore = -1;
  const priors = span.entries.map((e) => surfacePrior(e, span.key, normalize));
  for (let i = 0; i < priors.length; i++) {
    const s = priors[i]!;
    if (s > bestScore) {
      bestScore = s;
      best = span.entries[i]!;
    }
  }
  if (best === null || !isStrong(best) || bestScore < 0.6) return { entry: best, confident: false };
  const b = best;
  // Unambiguous: no other reading comes close, other than the same place's province or
  // capital ("Kandahar" the province and the city agree on where the text is).
  const related = (e: GazetteerEntry): boolean =>
    e.country === b.country &&
    e.country !== null &&
    (e.admin1 === b.id ||
      b.admin1 === e.id ||
      e.parents.includes(b.id) ||
      b.parents.includes(e.id));
  const rival = span.entries.some(
    (e, i) => e !== b && priors[i]! >= bestScore - 0.3 && !related(e),
  );
  return { entry: b, confident: !rival };
}

export function gatherEvidence(
  spans: readonly NameSpan[],
  normalize: (s: string) => string,
): DocEvidence {
  const countryCount = new Map<string, number>();
  const admin1 = new Set<string>();
  const anchors: { point: LonLat; key: string }[] = [];
  const anchorIds = new Set<string>();
  const focus: LonLat[] = [];
  const focusIds = new Set<string>();
  // Occurrences per name: a name repeated n times weighs 1 + log2(n), so that the text's main
  // country stands out without one repeated name ("Paris" six times) outvoting ten others.
  const occurrences = new Map<string, { entry: GazetteerEntry; n: number }>();
  // A name recurs with the same key and readings: its choice is worked out once per text.
  const choices = new Map<readonly GazetteerEntry[], Map<string, ReturnType<typeof priorChoice>>>();
  for (const span of spans) {
    let byKey = choices.get(span.entries);
    if (byKey === undefined) {
      byKey = new Map();
      choices.set(span.entries, byKey);
    }
    let choice = byKey.get(span.key);
    if (choice === undefined) {
      choice = priorChoice(span, normalize);
      byKey.set(span.key, choice);
    }
    const { entry, confident } = choice;
    if (entry === null || !confident) continue;
    const o = occurrences.get(span.key);
    if (o === undefined) occurrences.set(span.key, { entry, n: 1 });
    else o.n++;
  }
  const votes = new Map<string, { country: string; weight: number }>();
  let total = 0;
  for (const [key, { entry, n }] of occurrences) {
    const w = 1 + Math.log2(n);
    if (entry.country !== null) {
      countryCount.set(entry.country, (countryCount.get(entry.country) ?? 0) + w);
      votes.set(key, { country: entry.country, weight: w });
      total += w;
    } else if (entry.kind === 'border') {
      // border:AF-PK votes half for each side.
      const m = /^border:([A-Z]{2})-([A-Z]{2})$/.exec(entry.id);
      if (m !== null) {
        for (const c of [m[1]!, m[2]!]) countryCount.set(c, (countryCount.get(c) ?? 0) + w / 2);
        total += w;
      }
    }
  }
  for (const span of spans) {
    const entry = occurrences.get(span.key)?.entry;
    if (entry === undefined) continue;
    if (focus.length < MAX_ANCHORS && !focusIds.has(entry.id)) {
      focusIds.add(entry.id);
      focus.push(entry.point);
    }
    if (entry.kind === 'admin1') admin1.add(entry.id);
    else if (entry.admin1 !== null) admin1.add(entry.admin1);
    // Distinct places only, and a bounded number: resolution compares every candidate with
    // every anchor, which must stay linear in the length of the text.
    if (
      entry.kind !== 'country' &&
      entry.kind !== 'continent' &&
      entry.kind !== 'region' &&
      anchors.length < MAX_ANCHORS &&
      !anchorIds.has(entry.id)
    ) {
      anchorIds.add(entry.id);
      anchors.push({ point: entry.point, key: span.key });
    }
  }
  anchors.sort((a, b) => a.point[1] - b.point[1]);
  let topCountry: string | null = null;
  let topCount = 0;
  for (const [c, n] of countryCount) {
    if (n > topCount) {
      topCount = n;
      topCountry = c;
    }
  }
  return { countryCount, total, admin1, anchors, focus, topCountry, votes };
}
