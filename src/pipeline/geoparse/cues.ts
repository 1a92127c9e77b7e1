/**
 * Local context around each span, read from the words next to it:
 * - designation: what sort of place the text says it is ("Kandahar province", "the city of
 *   Kandahar", "Ghor, Helmand and Faryab provinces" — a plural designator after a list applies
 *   to every item of the list);
 * - locative: a preposition puts the name at a location ("in southern Afghanistan");
 * - container: the next span names what contains this one ("Doha, Qatar", "Kurram District
 *   [in Pakistan]", "Paris, Texas", "Kochi, in Kerala", "Jaji District [both in Paktia Province]");
 * - near: the next span is where the text says this one lies ("Edmonton, south of Cairns",
 *   "Yarrabah, near Cairns", "Tarnak, 40 km west of Kandahar"), with how far that may be;
 * - list: index of the list (comma / "and" series of names) the span belongs to.
 */
import {
  BEFORE_DESIGNATORS,
  DEMONYM_HEADS,
  DESIGNATORS,
  type Designation,
  OFFICE_TITLES,
  PLURAL_DESIGNATORS,
} from './lexicon/designators.ts';
import { COMPASS_POINTS, LOCATIVE_MODIFIERS } from './lexicon/directions.ts';
import { WATER_OPENERS, WATER_WORDS } from './lexicon/features.ts';
import {
  LOCATIVE_OF_HEADS,
  LOCATIVE_PREPOSITIONS,
  NON_LOCATIVE_TO_HEADS,
} from './lexicon/words.ts';
import type { NameSpan } from './span.ts';
import type { Token } from './tokenize.ts';

export interface Cues {
  designation: Designation | null;
  locative: boolean;
  /** Index (in the span array) of the span that contains this one, or -1. */
  container: number;
  /** Index of the span the text places this one near or beside ("X, south of Y"), or -1. */
  near: number;
  /** How far from that span this one may lie, in km (a stated distance, with a margin). */
  nearKm: number;
  /** Id shared by the spans of one list, or -1. */
  list: number;
  /** The name itself says it is water ("Red Sea", "Gulf of Aden", "Lake Chad"). */
  waterName: boolean;
  /** "the X" as a whole noun phrase ("allies in the Pacific."): a sea, region or range, not a
   * town (towns take no article unless it is part of their name, "The Hague"). */
  articleNoun: boolean;
  /** "the Indian city of X", "the Syrian town of X": the countries the demonym names. */
  demonymCountries: readonly string[] | null;
}

/** "the Indian city of Hyderabad", "the Ukrainian town of Bakhmut" → ['IN'], ['UA']. */
export function demonymBefore(
  tokens: readonly Token[],
  ti: number,
  demonyms: ReadonlyMap<string, readonly string[]>,
  normalize: (s: string) => string,
): readonly string[] | null {
  if (tokens[ti - 1]?.lower !== 'of' || !DEMONYM_HEADS.has(tokens[ti - 2]?.lower ?? '')) {
    return null;
  }
  // Allow one modifier: "the Indian port city of", "the northern Syrian city of".
  for (const k of [ti - 3, ti - 4]) {
    const t = tokens[k];
    if (t === undefined || !t.cap) continue;
    const codes = demonyms.get(normalize(t.text));
    if (codes !== undefined && codes.length > 0) return codes;
  }
  return null;
}

/** Words that may follow "the X" when X is the whole noun phrase. */
const AFTER_NOUN_PHRASE = new Set(
  `and or but in on at to of for from with as by into since where which that who is was
  are were has had have will would said says remains became`.split(/\s+/u),
);

/** "the X" ending a noun phrase: not "the Paris agreement" or "the Kabul government". */
export function isArticleNoun(tokens: readonly Token[], s: NameSpan): boolean {
  const before = tokens[s.ti - 1];
  if (before === undefined || before.lower !== 'the' || tokens[s.ti]!.gap !== 'space') return false;
  const next = tokens[s.tj + 1];
  return next === undefined || next.gap !== 'space' || AFTER_NOUN_PHRASE.has(next.lower);
}

/** A multi-word name whose own head word is a water feature. */
export function isWaterName(tokens: readonly Token[], s: NameSpan): boolean {
  if (s.tj <= s.ti) return false;
  const last = tokens[s.tj]!;
  const first = tokens[s.ti]!;
  return (last.cap && WATER_WORDS.has(last.lower)) || (first.cap && WATER_OPENERS.has(first.lower));
}

const CONTAINER_GAP_RE = /^\s*(?:,|\(|\[\s*(?:both\s+|all\s+)?in|,?\s*in|\(\s*in)\s*$/u;
/** Between "X" and "Y" in "X, south of Y", "X (30 miles north-east of Y)", "X near Y". */
const RELATIVE_GAP_RE = new RegExp(
  String.raw`^\s*[,(]?\s*(?:(?:just|about|some|around|roughly|approximately)\s+)?` +
    String.raw`(?:(\d+(?:[.,]\d+)?)\s*(km|kilometres|kilometers|miles)\s+)?` +
    String.raw`(?:(?:due\s+)?(?:${[...COMPASS_POINTS].join('|')})\s+of|near|outside(?:\s+of)?|close\s+to|next\s+to)\s*$`,
  'iu',
);
/** Without a stated distance, "near" and "south of" put a place within a few hours' drive. */
const NEAR_DEFAULT_KM = 200;
const MILE_KM = 1.609;

/** "south of", "40 km west of", "near" between two spans: how far apart they may be, or null. */
export function relativeDistanceKm(gap: string): number | null {
  const m = RELATIVE_GAP_RE.exec(gap);
  if (m === null) return null;
  if (m[1] === undefined) return NEAR_DEFAULT_KM;
  const n = Number(m[1].replace(',', '.'));
  const km = /^mi/iu.test(m[2]!) ? n * MILE_KM : n;
  // Stated distances are rough, and measured by road: a generous margin.
  return Math.max(NEAR_DEFAULT_KM, km * 1.5);
}

const LIST_GAP_RE = /^\s*(?:,|,?\s*and|,?\s*or|&)\s*$/u;

/** Designators that, after "the X", describe rather than name: "the Oregon city" is a city in Oregon. */
const ADJECTIVAL = new Set([
  'city',
  'town',
  'village',
  'capital',
  'country',
  'port',
  'area',
  'areas',
]);
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'their']);

function designationAt(tokens: readonly Token[], k: number, ti: number): Designation | null {
  const t = tokens[k];
  if (t === undefined || t.gap !== 'space') return null;
  if (ADJECTIVAL.has(t.lower) && !t.cap && DETERMINERS.has(tokens[ti - 1]?.lower ?? ''))
    return null;
  return DESIGNATORS.get(t.lower) ?? OFFICE_TITLES.get(t.lower) ?? null;
}

function designationBefore(tokens: readonly Token[], ti: number): Designation | null {
  // "the city of X", "the province of X"
  const of = tokens[ti - 1];
  const head = tokens[ti - 2];
  if (of?.lower === 'of' && head !== undefined && BEFORE_DESIGNATORS.has(head.lower)) {
    return DESIGNATORS.get(head.lower) ?? null;
  }
  return null;
}

export function isLocative(tokens: readonly Token[], ti: number): boolean {
  let k = ti - 1;
  let hops = 0;
  while (k >= 0 && hops < 3) {
    const t = tokens[k]!;
    if (t.cap && k !== ti - 1) return false;
    if (t.lower === 'to') return !NON_LOCATIVE_TO_HEADS.has(tokens[k - 1]?.lower ?? '');
    if (LOCATIVE_PREPOSITIONS.has(t.lower)) return true;
    if (t.lower === 'of') return LOCATIVE_OF_HEADS.has(tokens[k - 1]?.lower ?? '');
    if (!LOCATIVE_MODIFIERS.has(t.lower)) return false;
    k--;
    hops++;
  }
  return false;
}

export function computeCues(
  text: string,
  tokens: readonly Token[],
  spans: readonly NameSpan[],
  demonyms: ReadonlyMap<string, readonly string[]> = new Map(),
  normalize: (s: string) => string = (s) => s.toLowerCase(),
): Cues[] {
  // Pushed, not mapped: an array made by map() is of another kind in optimised callers than
  // in the interpreter, and each function reading it would be compiled again for it.
  const cues: Cues[] = [];
  for (const s of spans) {
    cues.push({
      designation: designationAt(tokens, s.tj + 1, s.ti) ?? designationBefore(tokens, s.ti),
      locative: isLocative(tokens, s.ti),
      container: -1,
      near: -1,
      nearKm: 0,
      list: -1,
      waterName: isWaterName(tokens, s),
      articleNoun: isArticleNoun(tokens, s),
      demonymCountries: demonyms.size > 0 ? demonymBefore(tokens, s.ti, demonyms, normalize) : null,
    });
  }
  let listId = 0;
  for (let i = 0; i + 1 < spans.length; i++) {
    const a = spans[i]!;
    const b = spans[i + 1]!;
    if (b.start - a.end <= 48) {
      const km = relativeDistanceKm(text.slice(a.end, b.start));
      if (km !== null) {
        cues[i]!.near = i + 1;
        cues[i]!.nearKm = km;
        continue;
      }
    }
    const gap = b.start - a.end <= 24 ? text.slice(a.end, b.start) : '';
    if (gap === '') continue;
    if (LIST_GAP_RE.test(gap)) {
      const prev = cues[i]!.list;
      const id = prev >= 0 ? prev : listId++;
      cues[i]!.list = id;
      cues[i + 1]!.list = id;
    }
    if (CONTAINER_GAP_RE.test(gap)) {
      cues[i]!.container = i + 1;
      // "[both in Paktia Province]" contains the two names before it.
      if (/both/u.test(gap) && i >= 1) cues[i - 1]!.container = i + 1;
    }
  }
  // A plural designator after the last item applies to the whole list.
  for (let i = spans.length - 1; i >= 0; i--) {
    const s = spans[i]!;
    const next = tokens[s.tj + 1];
    if (next === undefined || next.gap !== 'space' || !PLURAL_DESIGNATORS.has(next.lower)) continue;
    const d = DESIGNATORS.get(next.lower) ?? null;
    const list = cues[i]!.list;
    for (let j = i; j >= 0 && (j === i || (list >= 0 && cues[j]!.list === list)); j--) {
      cues[j]!.designation = d;
      if (j !== i) cues[j]!.container = -1;
    }
  }
  return cues;
}
