/**
 * NameSpan boundaries as a reader (and the evaluation guideline) draws them:
 * - no leading article: "the Gulf" → "Gulf", unless the place's own name has it ("The Hague");
 * - generic designators outside: "Kurram District" → "Kurram", "Paktia Province" → "Paktia",
 *   when the shorter name is known too.
 */
import type { Gazetteer } from '../gazetteer/types.ts';
import { lookupSurface } from './candidates.ts';
import { TRAILING_DESIGNATORS } from './lexicon/designators.ts';
import { DIRECTION_WORDS } from './lexicon/directions.ts';
import {
  FAR_FEATURES,
  FEATURES_AFTER_NAME,
  FEATURES_BEFORE_NAME,
  FEATURES_BEFORE_OF,
} from './lexicon/features.ts';
import { type NameSpan, type Normalize, spanOf } from './span.ts';
import type { Token } from './tokenize.ts';

/**
 * "Afghanistan and Pakistan" may be a region in the gazetteer, but a text that writes it names
 * two countries: split a conjunction whose sides are both countries.
 */
function splitConjunction(
  text: string,
  tokens: readonly Token[],
  span: NameSpan,
  gazetteer: Gazetteer,
  normalize: Normalize,
): NameSpan[] | null {
  if (span.entries.some((e) => e.kind === 'country')) return null;
  for (let k = span.ti + 1; k < span.tj; k++) {
    if (tokens[k]!.lower !== 'and') continue;
    const left = lookupSurface(gazetteer, normalize, text.slice(span.start, tokens[k - 1]!.end));
    const right = lookupSurface(gazetteer, normalize, text.slice(tokens[k + 1]!.start, span.end));
    const isCountry = (es: readonly { kind: string }[]): boolean =>
      es.some((e) => e.kind === 'country');
    if (!isCountry(left.entries) || !isCountry(right.entries)) continue;
    const mk = (ti: number, tj: number, r: typeof left): NameSpan =>
      spanOf({
        ...span,
        ti,
        tj,
        start: tokens[ti]!.start,
        end: tokens[tj]!.end,
        text: text.slice(tokens[ti]!.start, tokens[tj]!.end),
        key: r.key,
        entries: r.entries,
      });
    return [mk(span.ti, k - 1, left), mk(k + 1, span.tj, right)];
  }
  return null;
}

export function adjustBoundaries(
  text: string,
  tokens: readonly Token[],
  spans: readonly NameSpan[],
  gazetteer: Gazetteer,
  normalize: Normalize,
): NameSpan[] {
  const out: NameSpan[] = [];
  for (const span of spans) {
    const split =
      span.tj - span.ti >= 2 ? splitConjunction(text, tokens, span, gazetteer, normalize) : null;
    if (split !== null) out.push(...split);
    else out.push(adjustOne(text, tokens, span, gazetteer, normalize));
  }
  // A feature head may have grown over the next name ("Gulf of Aden" over "Aden"): the
  // whole name wins, and spans stay disjoint and in text order.
  const disjoint: NameSpan[] = [];
  let lastEnd = -1;
  for (const s of out) {
    if (s.start < lastEnd) continue;
    disjoint.push(s);
    lastEnd = s.end;
  }
  return disjoint;
}

function adjustOne(
  text: string,
  tokens: readonly Token[],
  span: NameSpan,
  gazetteer: Gazetteer,
  normalize: Normalize,
): NameSpan {
  let s = span;
  const first = tokens[s.ti]!;
  if (first.lower === 'the' && s.tj > s.ti && !s.entries.some((e) => /^the\s/i.test(e.name))) {
    const ti = s.ti + 1;
    const start = tokens[ti]!.start;
    s = spanOf({ ...s, ti, start, text: text.slice(start, s.end) });
  }
  const last = tokens[s.tj]!;
  // ... unless the whole is the preferred name of a curated place ("Kurdistan Region", not
  // "Kurdistan"; generated names such as "Okinawa Prefecture" still lose the designator), or
  // what is left would be a bare compass word ("Eastern Province", "Northern Region").
  if (
    s.tj > s.ti &&
    TRAILING_DESIGNATORS.has(last.lower) &&
    !(s.tj - 1 === s.ti && DIRECTION_WORDS.has(tokens[s.ti]!.lower)) &&
    !s.entries.some((e) => e.id.startsWith('curated:') && normalize(e.name) === s.key)
  ) {
    const tj = s.tj - 1;
    const end = tokens[tj]!.end;
    const surface = text.slice(s.start, end);
    const { key, entries } = lookupSurface(gazetteer, normalize, surface);
    if (entries.length > 0) s = spanOf({ ...s, tj, end, text: surface, key, entries });
  }
  // "Helmand River", "Manchar Lake": the feature is named after the place; the span takes
  // the feature word and keeps the place's readings (the feature lies at or near it).
  const next = tokens[s.tj + 1];
  if (
    next !== undefined &&
    next.gap === 'space' &&
    next.cap &&
    FEATURES_AFTER_NAME.has(next.lower)
  ) {
    const tj = s.tj + 1;
    // A feature is not the country it is named after ("Niger River"); a sea, strait or
    // coast may lie far from the town it is named after ("Sulu Sea"): leave it unresolved.
    const entries = FAR_FEATURES.has(next.lower)
      ? []
      : s.entries.filter((e) => e.kind !== 'country');
    s = spanOf({ ...s, tj, end: next.end, text: text.slice(s.start, next.end), entries });
  }
  return withArabicArticle(text, tokens, withFeatureHead(text, tokens, s), gazetteer, normalize);
}

/** Arabic generic words that open a place name: spring, gate, cape, monastery, bridge, hill… */
const ARABIC_HEADS = new Set([
  'ain',
  'ayn',
  'bab',
  'beit',
  'bayt',
  'bir',
  'deir',
  'dayr',
  'jisr',
  'jabal',
  'jebel',
  'kafr',
  'khan',
  'mina',
  'qasr',
  'ras',
  'tell',
  'tal',
  'wadi',
  'umm',
  'sidi',
  'souq',
  'marsa',
]);
const ARABIC_ARTICLES = new Set([
  'al',
  'el',
  'ad',
  'adh',
  'ar',
  'as',
  'ash',
  'at',
  'an',
  'az',
  'ed',
  'es',
  'ez',
]);

/**
 * "Ain al-Asad", "Bab al-Tabbaneh", "Jisr al-Shughur": a generic Arabic word, then an article
 * hyphenated to a capitalised word, is one name. The span covers it all, with the readings of
 * the whole name (often none), so the first word is not taken for a place of its own (the
 * French department of Ain, a village called Bab).
 */
function withArabicArticle(
  text: string,
  tokens: readonly Token[],
  s: NameSpan,
  gazetteer: Gazetteer,
  normalize: Normalize,
): NameSpan {
  if (s.ti !== s.tj || !ARABIC_HEADS.has(tokens[s.ti]!.lower)) return s;
  const art = tokens[s.tj + 1];
  const word = tokens[s.tj + 2];
  if (
    art === undefined ||
    word === undefined ||
    art.gap !== 'space' ||
    !ARABIC_ARTICLES.has(art.lower) ||
    word.gap !== 'hyphen' ||
    !word.cap
  ) {
    return s;
  }
  const surface = text.slice(s.start, word.end);
  const { key, entries } = lookupSurface(gazetteer, normalize, surface);
  return spanOf({ ...s, tj: s.tj + 2, end: word.end, text: surface, key, entries });
}

/**
 * A feature named with a place ("Lake Chad", "Gulf of Aden") that the gazetteer does not know
 * as a whole: the span covers the whole name, so it is not taken for the place itself (the
 * country Chad, the city of Aden). A lake or mountain keeps the place's readings other than
 * countries (it lies at or near them); a sea, gulf or strait is left unresolved.
 */
function withFeatureHead(text: string, tokens: readonly Token[], s: NameSpan): NameSpan {
  const prev = tokens[s.ti - 1];
  const first = tokens[s.ti]!;
  if (prev?.cap === true && first.gap === 'space' && FEATURES_BEFORE_NAME.has(prev.lower)) {
    const entries = s.entries.filter((e) => e.kind !== 'country');
    return spanOf({
      ...s,
      ti: s.ti - 1,
      start: prev.start,
      text: text.slice(prev.start, s.end),
      entries,
    });
  }
  // "Bay" + "of" + one to three capitalised words.
  if (
    s.ti === s.tj &&
    first.cap &&
    FEATURES_BEFORE_OF.has(first.lower) &&
    tokens[s.tj + 1]?.lower === 'of'
  ) {
    let e = s.tj + 2;
    if (tokens[e] === undefined || !tokens[e]!.cap || tokens[e]!.gap !== 'space') return s;
    while (
      e + 1 < tokens.length &&
      e - s.tj < 4 &&
      tokens[e + 1]!.cap &&
      (tokens[e + 1]!.gap === 'space' || tokens[e + 1]!.gap === 'hyphen')
    )
      e++;
    const end = tokens[e]!.end;
    return spanOf({ ...s, tj: e, end, text: text.slice(s.start, end), entries: [] });
  }
  return s;
}
