/**
 * Resolution: choose, for each recognised span, the gazetteer entry its name refers to.
 *
 * Score of an entry = prior (kind, capital, population; see prominence.ts)
 *   + preferred-name match (an alternate name such as "Islamabad" for Chittagong, or an
 *     airport code, counts less than the place's own name)
 *   + document evidence (share of the text's unambiguous places in the entry's country;
 *     its province named; near a confidently placed mention)
 *   + local cues ("X province" → province; "the city of X" → city; "X, Pakistan" /
 *     "X [in Pakistan]" → entries inside Pakistan; a name that says it is water, "Red Sea",
 *     → the water body; "the X" as a whole noun phrase, "in the Pacific", → not a town;
 *     "the Indian city of X" → entries in India).
 *
 * Uncertainty: when the best entry is a small place (below ~30,000 people, or unknown) and
 * nothing in the text points to its country or region, the name is not guessed: if the text
 * puts it at a location ("in X", "X district") it is reported unresolved with candidates;
 * otherwise it is dropped as a probable non-place (a surname, a word).
 *
 * Province or city: a bare name shared by a province and its capital ("Kandahar", "Ghazni",
 * "Khost") is read as the city when the city is the province's capital or has 50,000 people
 * or more, since events are reported at the city; "X province", a list of provinces, or a
 * province-designated sibling in a list selects the province. That holds where the city is
 * the province's largest, lies within 161 km of its point, or has a million people: "Quebec"
 * alone is the province, whose city is Montreal.
 *
 * Metonymy ("Islamabad dispatched its foreign minister", "Washington said"): kept as a
 * mention of the place. The map answers "where do sources say things happen", and a capital
 * standing for its government stands at its place.
 */

import { distanceKm, EARTH_RADIUS_KM, withinKm } from '../../shared/geometry/distance.ts';
import type { LonLat, ResolutionBasis } from '../../shared/types.ts';
import type { GazetteerEntry } from '../gazetteer/types.ts';
import type { Cues } from './cues.ts';
import type { DocEvidence } from './evidence.ts';
import { isCountryLevel, isStrong } from './filters/strong.ts';
import { COMMON_WORDS } from './lexicon/words.ts';
import { matchesOwnName, prominence, surfacePrior } from './prominence.ts';
import type { NameSpan, Normalize } from './span.ts';

export interface Resolution {
  place: GazetteerEntry | null;
  /** Best first. */
  ranked: readonly GazetteerEntry[];
  /** Score of each ranked entry, by id: what confidence.ts weighs the choice against. */
  scoreOf(id: string): number | undefined;
  /**
   * Why the place was chosen: the text's evidence outscored the rivals; a country, ocean or
   * province was preferred to a namesake the text does not place; or nothing decided and the
   * likeliest reading is a guess (a near tie, or only small places of that name).
   */
  basis: ResolutionBasis;
  reason: string | null;
  /** Not a place mention after all. */
  drop: boolean;
  score: number;
}

/**
 * A resolution, its fields always in this order: one hidden class for every resolution, so
 * the code reading them is not compiled again for each way one was made (a spread,
 * `{ ...r, place }`, makes another).
 */
export function resolution(
  place: GazetteerEntry | null,
  ranked: readonly GazetteerEntry[],
  scoreOf: (id: string) => number | undefined,
  basis: ResolutionBasis,
  reason: string | null,
  drop: boolean,
  score: number,
): Resolution {
  return { place, ranked, scoreOf, basis, reason, drop, score };
}

/** The resolution with another place chosen among its readings. */
export const withPlace = (r: Resolution, place: GazetteerEntry): Resolution =>
  resolution(place, r.ranked, r.scoreOf, r.basis, r.reason, r.drop, r.score);

const MAX_ENTRIES = 400;
/** Two readings this close put the mark in the same place (the accuracy radius of the field). */
const SAME_MARK_KM = 161;
const ANCHOR_KM = 300;
const REGIONAL_KM = 2000;

function contains(outer: GazetteerEntry, inner: GazetteerEntry): boolean {
  if (outer.id === inner.id) return false;
  if (outer.kind === 'country') return inner.country === outer.country && inner.kind !== 'country';
  if (outer.kind === 'admin1') return inner.admin1 === outer.id || inner.parents.includes(outer.id);
  return inner.parents.includes(outer.id);
}

function designationBonus(e: GazetteerEntry, cues: Cues): number {
  switch (cues.designation) {
    case 'admin1':
      return e.kind === 'admin1' ? 1.5 : e.kind === 'admin2' ? 0.5 : 0;
    case 'admin2':
      return e.kind === 'admin2' ? 1 : e.kind === 'city' ? 0.5 : 0;
    case 'city':
      return e.kind === 'city' ? 1 : e.kind === 'admin1' ? -0.3 : 0;
    case 'country':
      return e.kind === 'country' ? 1 : 0;
    case 'water':
      return e.kind === 'water' ? 1 : 0;
    default:
      return 0;
  }
}

interface Scored {
  entry: GazetteerEntry;
  score: number;
  /** Prior for this surface (kind, size, own or alternate name). */
  prior: number;
  /** Size and kind alone, discounted for an alternate name (no bonus for the own name). */
  weight: number;
  /** The text points at this entry's surroundings: its province, a nearby place, a
   * designator or container that fits. */
  local: boolean;
  /** Of those, the explicit ones: its province named, a designator, container or demonym
   * that fits (not mere nearness to another place of the text). */
  explicit: boolean;
  /** Share of the text's unambiguous places that lie in this entry's country. */
  share: number;
}

/** One entry's running score, and whether the text points at its surroundings (see Scored). */
interface Tally {
  score: number;
  local: boolean;
  explicit: boolean;
}

/**
 * Share of the text's unambiguous places that lie in the entry's country, leaving this name's
 * own vote out: "Paris" must not prove France by itself.
 */
function countryShare(
  e: GazetteerEntry,
  self: { country: string; weight: number } | undefined,
  ev: DocEvidence,
): number {
  if (e.country === null || ev.total === 0) return 0;
  const selfWeight = self !== undefined ? self.weight : 0;
  const c = (ev.countryCount.get(e.country) ?? 0) - (self?.country === e.country ? selfWeight : 0);
  const total = ev.total - selfWeight;
  return c > 0 && total > 0 ? c / total : 0;
}

/** Degrees of latitude that ANCHOR_KM spans, widened a little so rounding never narrows it. */
const ANCHOR_LAT_DEGREES = (ANCHOR_KM / ((Math.PI / 180) * EARTH_RADIUS_KM)) * 1.001;

/**
 * Is an anchor of another name within ANCHOR_KM of the point? The anchors are sorted by
 * latitude (evidence.ts): only those in the latitude band around the point can be, so a
 * binary search skips the rest (every candidate of every span asks this).
 */
export function nearAnAnchor(anchors: DocEvidence['anchors'], point: LonLat, key: string): boolean {
  const minLat = point[1] - ANCHOR_LAT_DEGREES;
  let lo = 0;
  let hi = anchors.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (anchors[mid]!.point[1] < minLat) lo = mid + 1;
    else hi = mid;
  }
  const maxLat = point[1] + ANCHOR_LAT_DEGREES;
  for (let i = lo; i < anchors.length; i++) {
    const a = anchors[i]!;
    if (a.point[1] > maxLat) break;
    if (a.key !== key && withinKm(a.point, point, ANCHOR_KM)) return true;
  }
  return false;
}

/** What the text says around the name: its province, a nearby town, designator, container. */
function addLocalEvidence(
  t: Tally,
  e: GazetteerEntry,
  span: NameSpan,
  cues: Cues,
  ev: DocEvidence,
  container: {
    entries: readonly GazetteerEntry[] | null;
    explicit: boolean;
    fits: boolean;
    near: Near | null;
  },
): void {
  if (ev.admin1.has(e.id) || (e.admin1 !== null && ev.admin1.has(e.admin1))) {
    t.score += 0.4;
    t.local = true;
    t.explicit = true;
  }
  // Near a confidently placed town: for points only (a province's centroid says little).
  if (e.kind === 'city' || e.kind === 'site' || e.kind === 'admin2' || e.kind === 'water') {
    if (nearAnAnchor(ev.anchors, e.point, span.key)) {
      t.score += 0.3;
      t.local = true;
    }
  }
  const d = designationBonus(e, cues);
  if (d > 0) {
    t.local = true;
    t.explicit = true;
  }
  t.score += d;
  // The name says it is water ("Red Sea", "Gulf of Aden"): the sea, not the province or
  // town named after it, unless a designator says otherwise ("Red Sea state").
  if (
    cues.waterName &&
    e.kind === 'water' &&
    (cues.designation === null || cues.designation === 'water')
  ) {
    t.score += 3;
    t.local = true;
    t.explicit = true;
  }
  // "the Indian city of Hyderabad": a place in that country.
  if (cues.demonymCountries !== null && e.country !== null) {
    if (cues.demonymCountries.includes(e.country)) {
      t.score += 1.5;
      t.local = true;
      t.explicit = true;
    }
  }
  // "in the Pacific": a town takes no article unless its name has one ("The Hague").
  if (cues.articleNoun && e.kind === 'city' && !/^the\s/iu.test(e.name)) t.score -= 1;
  if (container.entries !== null && (container.explicit || container.fits)) {
    if (container.entries.some((o) => contains(o, e))) {
      t.score += 1.5;
      t.local = true;
      t.explicit = true;
    }
  }
  // "Edmonton, south of Cairns": the reading that lies there, as surely as a container.
  if (container.near !== null && withinKm(container.near.point, e.point, container.near.km)) {
    t.score += 1.5;
    t.local = true;
    t.explicit = true;
  }
}

/** Where the text says a place lies ("X, south of Y"): Y's point, and how far X may be. */
interface Near {
  point: LonLat;
  km: number;
}

/** Within a regional radius of one of the text's confidently placed places. */
function nearTheText(e: GazetteerEntry, ev: DocEvidence): boolean {
  return ev.focus.some((p) => withinKm(p, e.point, REGIONAL_KM));
}

/**
 * Near the text's places (within a regional radius): a region or province in the same part of
 * the world beats a homonym on another continent ("the Gulf" near Saudi Arabia, not Gulf
 * Province of Papua New Guinea).
 */
function addRegional(t: Tally, e: GazetteerEntry, ev: DocEvidence, share: number): void {
  const regional = t.local || share > 0 || nearTheText(e, ev);
  // Countries, world regions and national capitals are named from anywhere: no penalty.
  // Seas and oceans shared by several countries too ("the Pacific", "the Black Sea").
  const global =
    isCountryLevel(e) ||
    e.kind === 'border' ||
    e.featureCode === 'PPLC' ||
    (e.kind === 'water' && e.country === null);
  if (regional) t.score += 0.2;
  else if (ev.total >= 3 && !global) t.score -= 0.3;
}

export function scoreEntries(
  span: NameSpan,
  cues: Cues,
  ev: DocEvidence,
  normalize: Normalize,
  containerEntries: readonly GazetteerEntry[] | null,
  explicitContainer: boolean,
  near: Near | null = null,
): Scored[] {
  const entries =
    span.entries.length > MAX_ENTRIES ? span.entries.slice(0, MAX_ENTRIES) : span.entries;
  const priors = entries.map((e) => surfacePrior(e, span.key, normalize));
  let bestPrior = 0;
  for (const p of priors) bestPrior = Math.max(bestPrior, p);
  const out: Scored[] = [];
  const selfVote = ev.votes.get(span.key);
  // One tally and one container record, reset for each reading (no objects per reading).
  const t: Tally = { score: 0, local: false, explicit: false };
  const container = { entries: containerEntries, explicit: explicitContainer, fits: false, near };
  for (let idx = 0; idx < entries.length; idx++) {
    const e = entries[idx]!;
    const prior = priors[idx]!;
    t.score = prior;
    t.local = false;
    t.explicit = false;
    // The text's countries lift their places, but a hamlet cannot outweigh a country or a
    // city on that alone (a "Russia" in Ohio in a text mostly about the US): the lift is
    // scaled by the entry's size (not by its name: variant spellings such as "Bamian" are
    // alternate names).
    const own = matchesOwnName(e, span.key, normalize);
    const weight = own ? prominence(e) : prior;
    const share = countryShare(e, selfVote, ev);
    if (share > 0) t.score += (0.3 + 1.2 * share) * Math.min(1, prominence(e) / 0.5);
    container.fits = prior >= bestPrior - 0.5;
    addLocalEvidence(t, e, span, cues, ev, container);
    addRegional(t, e, ev, share);
    const { score, local, explicit } = t;
    out.push({ entry: e, score, prior, weight, local, explicit, share });
  }
  if (out.length > 1) {
    out.sort((a, b) => b.score - a.score || b.entry.population - a.entry.population);
  }
  return out;
}

/**
 * Is the chosen reading too weak to stand without support? A small place (or a place matched
 * by an alternate name) needs the text to point at its surroundings, or the text to be largely
 * about its country; a province named like a common word ("Unity", "Gulf") needs some support.
 */
function unsupported(s: Scored, span: NameSpan, ev: DocEvidence): boolean {
  if (s.local || isCountryLevel(s.entry) || s.entry.kind === 'border') return false;
  if (s.entry.kind === 'admin1') {
    return s.share === 0 && span.ti === span.tj && COMMON_WORDS.has(span.text.toLowerCase());
  }
  if (s.weight >= 0.4) return false;
  return s.share < 0.2 && (s.entry.country === null || s.entry.country !== ev.topCountry);
}

/** Same-name province and city: pick per the rule in the header comment. */
function provinceOrCity(
  best: Scored,
  ranked: readonly Scored[],
  cues: Cues,
  listOfAdmin1: boolean,
  ownName: (e: GazetteerEntry) => boolean,
  largestCityPopulation: (admin1Id: string) => number,
  longList = false,
): Scored {
  const e = best.entry;
  // A bare name shared with a national capital is the capital unless the text backs the other
  // reading clearly ("Santiago" in a text about Brazil is still Chile's capital; "Paris, Texas"
  // has its container; "Victoria, the capital of British Columbia" wins on evidence).
  if (e.kind !== 'admin1' && e.featureCode !== 'PPLC' && !best.local && !isCountryLevel(e)) {
    const capital = ranked.find(
      (s) => s.entry.featureCode === 'PPLC' && s.prior >= 1 && s.score >= best.score - 0.3,
    );
    if (capital !== undefined) return capital;
  }
  if (e.kind === 'admin1') {
    if (cues.designation === 'admin1' || listOfAdmin1) return best;
    // A national capital named like a province elsewhere: "Washington" is the capital.
    const capital = ranked.find(
      (s) => s.entry.featureCode === 'PPLC' && s.prior >= 1 && s.score >= best.score - 0.6,
    );
    if (capital !== undefined) return capital;
    // Only where the choice hardly moves the mark, or for the province's largest city or one of
    // a million or more: a bare "Quebec" is the province (Montreal is its city, and Québec
    // City is 580 km from its middle); "Kandahar" and "Agadez" are the cities.
    const city = ranked.find(
      (s) =>
        s.entry.kind === 'city' &&
        (ownName(s.entry) || s.entry.population >= 1_000_000) &&
        (s.entry.admin1 === e.id || s.entry.parents.includes(e.id)) &&
        (s.entry.featureCode === 'PPLA' ||
          s.entry.featureCode === 'PPLC' ||
          s.entry.population >= 50_000) &&
        (s.entry.population >= 1_000_000 ||
          s.entry.featureCode === 'PPLC' ||
          s.entry.population >= largestCityPopulation(e.id) ||
          distanceKm(s.entry.point, e.point) <= SAME_MARK_KM),
    );
    return city ?? best;
  }
  if (e.kind === 'city' && (cues.designation === 'admin1' || listOfAdmin1)) {
    const prov = ranked.find(
      (s) =>
        s.entry.kind === 'admin1' && (e.admin1 === s.entry.id || e.parents.includes(s.entry.id)),
    );
    // "British Columbia, Alberta, Manitoba, Ontario and New Brunswick": in a list of three or
    // more provinces, a name that can be a province is one, wherever its namesake towns are
    // ("GLASGOW, Ky." is a town and its state, not a list).
    const anyProvince = longList
      ? ranked.find((s) => s.entry.kind === 'admin1' && ownName(s.entry))
      : undefined;
    return prov ?? anyProvince ?? best;
  }
  return best;
}

/** Countries, continents, world regions and oceans: named from anywhere in the world. */
const isGlobal = (e: GazetteerEntry): boolean =>
  isCountryLevel(e) || (e.kind === 'water' && e.country === null);

/**
 * Big places over their namesakes (class and importance before document share):
 * - a country's own name is the country, not a province or town of the same name inside it
 *   ("Mexico" is not the State of Mexico), unless a designator says so ("Mexico state");
 * - a country, continent, ocean or province is not beaten by a town, district or site of
 *   the same name that the text does not place: a share of the text's places in the town's
 *   country is no evidence ("China" in a list with Japan, "the Pacific" in a US story).
 */
function preferProminent(
  chosen: Scored,
  ranked: readonly Scored[],
  cue: Cues,
  ownName: (e: GazetteerEntry) => boolean,
): Scored {
  const e = chosen.entry;
  if (isGlobal(e)) return chosen;
  if (cue.designation !== null && cue.designation !== 'country') return chosen;
  const country = ranked.find(
    (s) => s.entry.kind === 'country' && s.entry.country === e.country && ownName(s.entry),
  );
  if (country !== undefined) return country;
  // A country's own name beats a town elsewhere that only lies near the text's places
  // ("following Mexico and the United States" in a story about US towns): the town needs an
  // explicit cue (its state named, a container, a designator).
  const anyCountry = ranked.find((s) => s.entry.kind === 'country' && ownName(s.entry));
  if (anyCountry !== undefined && e.kind !== 'admin1' && !chosen.explicit) return anyCountry;
  const minor =
    (e.kind === 'city' && e.featureCode !== 'PPLC' && e.population < 100_000) ||
    e.kind === 'admin2' ||
    e.kind === 'site';
  if (!minor || chosen.local) return chosen;
  const big = ranked.find(
    (s) =>
      (isGlobal(s.entry) && (ownName(s.entry) || s.entry.kind !== 'country')) ||
      // Provinces only in a country the text is about: small countries have many
      // parishes named like towns elsewhere.
      (s.entry.kind === 'admin1' && ownName(s.entry) && s.share > 0),
  );
  return big ?? chosen;
}

/** Per list of names: its size, and how many of its items read first as a province. */
interface ListCounts {
  size: Map<number, number>;
  stats: Map<number, { admin1: number; others: number }>;
}

/** One pass over the cues, so the whole is linear. */
function countLists(cues: readonly Cues[], firstPass: readonly (Scored[] | null)[]): ListCounts {
  const stats = new Map<number, { admin1: number; others: number }>();
  const size = new Map<number, number>();
  for (const c of cues) if (c.list >= 0) size.set(c.list, (size.get(c.list) ?? 0) + 1);
  cues.forEach((c, j) => {
    if (c.list < 0) return;
    const t = firstPass[j]?.[0]?.entry;
    if (t === undefined) return;
    const st = stats.get(c.list) ?? { admin1: 0, others: 0 };
    st.others++;
    if (t.kind === 'admin1') st.admin1++;
    stats.set(c.list, st);
  });
  return { size, stats };
}

/** The span's readings scored again with its container ("X, Pakistan", "X [in Y]"), if any. */
function rescoredInContainer(
  i: number,
  spans: readonly NameSpan[],
  cues: readonly Cues[],
  firstPass: readonly (Scored[] | null)[],
  lists: ListCounts,
  ev: DocEvidence,
  normalize: Normalize,
  text: string,
): Scored[] {
  const span = spans[i]!;
  const cue = cues[i]!;
  const ranked = firstPass[i]!;
  const c = cue.container;
  if (c < 0) return ranked;
  // A country does not lie inside another country: "China, Japan" and "Russia, Romania"
  // are lists, not a place and its container ("Lebanon, Pennsylvania" still is one).
  const ownCountry = ranked.some(
    (s) => isCountryLevel(s.entry) && matchesOwnName(s.entry, span.key, normalize),
  );
  const holder: GazetteerEntry[] = [];
  for (const { entry: e } of firstPass[c] ?? []) {
    if (e.kind === 'admin1' || (e.kind === 'country' && !ownCountry)) holder.push(e);
  }
  if (holder.length === 0) return ranked;
  const gap = text.slice(span.end, spans[c]!.start);
  // "X in Y", "X (Y)", "X, <country>" are explicit; "X, <province>" may be a list
  // ("Ghor, Helmand"), so it only picks among readings of similar weight.
  const countryHolder = firstPass[c]?.[0]?.entry.kind === 'country';
  // "Paris, Texas" (a town, then a province that closes the series) is explicit too.
  const ownTop = firstPass[i]?.[0]?.entry.kind;
  const closesPair =
    firstPass[c]?.[0]?.entry.kind === 'admin1' &&
    ownTop !== 'admin1' &&
    ownTop !== 'country' &&
    (cues[c]!.list < 0 || lists.size.get(cues[c]!.list) === 2);
  const explicit = countryHolder || closesPair || /in|\(/u.test(gap);
  return scoreEntries(span, cue, ev, normalize, holder, explicit);
}

/**
 * The span's readings scored again beside the place the text puts it near ("Edmonton, south
 * of Cairns"): null when that place is unknown or a whole country or region (too coarse).
 */
function rescoredNear(
  span: NameSpan,
  cue: Cues,
  reference: readonly Scored[] | null | undefined,
  ev: DocEvidence,
  normalize: Normalize,
): Scored[] | null {
  const ref = reference?.[0]?.entry;
  if (ref === undefined || isGlobal(ref) || ref.kind === 'admin1' || ref.kind === 'border') {
    return null;
  }
  return scoreEntries(span, cue, ev, normalize, null, false, { point: ref.point, km: cue.nearKm });
}

/** List context: siblings read as provinces make a shared province/city name a province. */
function inListOfProvinces(
  cue: Cues,
  self: GazetteerEntry | undefined,
  lists: ListCounts,
): boolean {
  if (cue.list < 0) return false;
  const stats = lists.stats.get(cue.list) ?? { admin1: 0, others: 0 };
  const others = stats.others - (self !== undefined ? 1 : 0);
  const admin1 = stats.admin1 - (self?.kind === 'admin1' ? 1 : 0);
  return others > 0 && admin1 * 2 > others;
}

/**
 * Outside the country most of the text's places are in, and far from all of them: for a text
 * that is about somewhere (two or more places pinned down).
 */
function farFromTheText(e: GazetteerEntry, ev: DocEvidence): boolean {
  if (ev.topCountry === null || ev.total < 2 || e.country === ev.topCountry) return false;
  return !nearTheText(e, ev);
}

/** Whether the chosen reading stands: as evidence, as the prominent one, as a guess, or not. */
function verdict(
  chosen: Scored,
  ranked: readonly Scored[],
  promoted: boolean,
  span: NameSpan,
  cue: Cues,
  ev: DocEvidence,
  normalize: Normalize,
): Resolution {
  const entries: GazetteerEntry[] = [];
  for (const s of ranked) entries.push(s.entry);
  // Looked up for the chosen place and its best alternative only (confidence.ts).
  const scoreOf = (id: string): number | undefined => ranked.find((s) => s.entry.id === id)?.score;
  const result = (
    place: GazetteerEntry | null,
    basis: Resolution['basis'],
    reason: string | null,
    drop = false,
  ): Resolution => resolution(place, entries, scoreOf, basis, reason, drop, chosen.score);
  // "the Indonesian island of Java": the text names the country, and no place of that
  // name is there (the gazetteer knows only a village in Georgia): not that village.
  if (
    cue.demonymCountries !== null &&
    chosen.entry.country !== null &&
    !cue.demonymCountries.includes(chosen.entry.country) &&
    !isGlobal(chosen.entry)
  ) {
    return result(
      null,
      'guess',
      `the text places "${span.text}" in ${cue.demonymCountries.join(', ')}, where no place of that name is known`,
    );
  }
  if (unsupported(chosen, span, ev)) {
    // A name known only as some town's alternate name ("Taliban", "Nobel") is no place
    // mention at all, even after "in".
    const ownName = ranked.some((s) => matchesOwnName(s.entry, span.key, normalize));
    const located = ownName && (cue.locative || cue.designation !== null || span.source !== 'name');
    // "at Heathrow" in a story about England, where the only Heathrow known is a town in
    // Florida: the text means a place the gazetteer lacks. Said so, with the candidates,
    // rather than a mark on another continent.
    if (located && farFromTheText(chosen.entry, ev)) {
      return result(
        null,
        'guess',
        `no place named "${span.text}" is known where this text is about; only small places elsewhere`,
      );
    }
    // Put at a location ("in Decatur"): the likeliest reading, marked as a guess with its
    // alternatives, rather than nothing. Otherwise a probable non-place (a surname, a word).
    return located
      ? result(chosen.entry, 'guess', null)
      : result(
          null,
          'guess',
          `only small places are named "${span.text}", none where this text is about`,
          true,
        );
  }
  // "the Save and Runde rivers": the text says water, the gazetteer has only towns of that
  // name, none in a country the text is about: the river is somewhere else.
  if (
    (cue.designation === 'water' || cue.waterName) &&
    chosen.entry.kind !== 'water' &&
    !chosen.local &&
    chosen.share === 0
  ) {
    return result(
      null,
      'guess',
      `no body of water named "${span.text}" is known, and no place of that name is where this text is about`,
    );
  }
  // Two unrelated readings nearly tied, far apart, neither backed by the text: do not guess.
  const second = ranked.find((s) => s !== chosen && s.entry.id !== chosen.entry.id);
  if (
    second !== undefined &&
    !promoted &&
    !chosen.local &&
    chosen.share === 0 &&
    chosen.score - second.score < 0.05 &&
    distanceKm(chosen.entry.point, second.entry.point) > 161 &&
    // Provinces are strong, but a name several countries give a province ("Northern
    // Province" in Sierra Leone, Zambia, Rwanda) is no better a guess than a village's.
    (!isStrong(chosen.entry) || (chosen.entry.kind === 'admin1' && second.entry.kind === 'admin1'))
  ) {
    // A near tie between far-apart readings: the likelier one, as a guess.
    return result(chosen.entry, 'guess', null);
  }
  return result(chosen.entry, promoted ? 'prominence' : 'evidence', null);
}

const noScore = (): undefined => undefined;
const NO_READINGS: readonly GazetteerEntry[] = [];

const DESIGNATIONS: readonly (Cues['designation'] | undefined)[] = [
  null,
  'admin1',
  'admin2',
  'city',
  'country',
  'area',
  'water',
];

/**
 * What scoreEntries reads of a span's cues when there is no container, as a number (with the
 * span's key and readings, the memo's other two keys): a name that recurs with the same
 * readings and cues scores the same, so it is scored once per text. -1: not memoised (a
 * demonym before the name, "the Indian city of X", is rare).
 */
function firstPassCode(_span: NameSpan, cue: Cues): number {
  if (cue.demonymCountries !== null) return -1;
  const designation = DESIGNATIONS.indexOf(cue.designation);
  if (designation < 0) return -1;
  return designation * 4 + (cue.waterName ? 2 : 0) + (cue.articleNoun ? 1 : 0);
}

/** Each span's readings scored without container context (null for a name not in the gazetteer). */
export function firstPassScores(
  spans: readonly NameSpan[],
  cues: readonly Cues[],
  ev: DocEvidence,
  normalize: Normalize,
  memoCode: (span: NameSpan, cue: Cues) => number = firstPassCode,
): (Scored[] | null)[] {
  // Readings → name key → cue code (numbers and strings already hashed: no key is built).
  const memo = new Map<readonly GazetteerEntry[], Map<string, Map<number, Scored[]>>>();
  // Pushed, not mapped (see computeCues).
  const out: (Scored[] | null)[] = [];
  for (let i = 0; i < spans.length; i++) out.push(firstPassOf(spans[i]!, cues[i]!));
  return out;

  function firstPassOf(s: NameSpan, cue: Cues): Scored[] | null {
    if (s.entries.length === 0) return null;
    const code = memoCode(s, cue);
    if (code < 0) return scoreEntries(s, cue, ev, normalize, null, false);
    let byKey = memo.get(s.entries);
    if (byKey === undefined) {
      byKey = new Map();
      memo.set(s.entries, byKey);
    }
    let byCode = byKey.get(s.key);
    if (byCode === undefined) {
      byCode = new Map();
      byKey.set(s.key, byCode);
    }
    let scored = byCode.get(code);
    if (scored === undefined) {
      scored = scoreEntries(s, cue, ev, normalize, null, false);
      byCode.set(code, scored);
    }
    return scored;
  }
}

export function resolveSpans(
  spans: readonly NameSpan[],
  cues: readonly Cues[],
  ev: DocEvidence,
  normalize: Normalize,
  text: string,
  largestCityPopulation: (admin1Id: string) => number,
): Resolution[] {
  // Containers first (they are later in the text): resolve without container context.
  const firstPass = firstPassScores(spans, cues, ev, normalize);
  const lists = countLists(cues, firstPass);
  // Pushed, not mapped (see computeCues).
  const out: Resolution[] = [];
  for (let i = 0; i < spans.length; i++) out.push(resolveOne(spans[i]!, i));
  return out;

  function resolveOne(span: NameSpan, i: number): Resolution {
    if (span.entries.length === 0) {
      return resolution(null, NO_READINGS, noScore, 'guess', 'not in the gazetteer', false, 0);
    }
    const cue = cues[i]!;
    const ownName = (e: GazetteerEntry): boolean => matchesOwnName(e, span.key, normalize);
    // "X, south of Y" places X beside Y; otherwise its container, if any.
    const ranked =
      (cue.near >= 0 ? rescoredNear(span, cue, firstPass[cue.near], ev, normalize) : null) ??
      rescoredInContainer(i, spans, cues, firstPass, lists, ev, normalize, text);
    const listOfAdmin1 = inListOfProvinces(cue, firstPass[i]?.[0]?.entry, lists);
    const byKind = provinceOrCity(
      ranked[0]!,
      ranked,
      cue,
      listOfAdmin1,
      ownName,
      largestCityPopulation,
      listOfAdmin1 && (lists.size.get(cue.list) ?? 0) >= 3,
    );
    const chosen = preferProminent(byKind, ranked, cue, ownName);
    return verdict(chosen, ranked, chosen !== byKind, span, cue, ev, normalize);
  }
}
