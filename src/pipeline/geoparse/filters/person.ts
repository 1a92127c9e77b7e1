/**
 * Person names that are also place names: "Peter Bergen", "Riccardo Valle", "Mullah Omar",
 * "Osama bin Laden", "Ayman al-Zawahiri", "Valle said".
 *
 * Signals, each enough alone:
 * - a title or honorific right before ("President", "Mr", "General", "Mullah");
 * - a name particle right before ("bin", "ibn", "al-") that follows a capitalised word;
 * - a capitalised word right before that is neither a place, a common word, a modifier
 *   ("Northern") nor a demonym: a given name (countries and regions are exempt: "X Afghanistan"
 *   is rarely a person);
 * - a capitalised unknown word right after (a surname: "Jordan Henderson"), unless the span is
 *   a country or the word is a designator ("Helmand Province");
 * - a verb of saying right after ("Valle said"), unless the place is prominent (metonymy:
 *   "Kabul said" is kept, see resolve.ts).
 */

import { datelineBeforeSentence } from '../layout.ts';
import { MONTHS_AND_DAYS } from '../lexicon/calendar.ts';
import { DESIGNATORS } from '../lexicon/designators.ts';
import { PLACE_MODIFIERS } from '../lexicon/directions.ts';
import { DOCUMENT_HEADS } from '../lexicon/documents.ts';
import {
  COMMON_WORDS,
  GIVEN_NAMES,
  GROUP_HEADS,
  INSTITUTION_HEADS,
  KINSHIP_WORDS,
  MEDIA_HEADS,
  PERSON_PARTICLES,
  SPEECH_VERBS,
  STATE_HEADS,
  STOP_WORDS,
  TITLES,
  WEAK_PERSON_PARTICLES,
} from '../lexicon/words.ts';
import { matchesOwnName } from '../prominence.ts';
import type { NameSpan } from '../span.ts';
import type { Token } from '../tokenize.ts';
import { anyCountryLevel, anyStrong, isMinorSpan } from './strong.ts';
import type { FilterContext, FilterResult, SpanFilter } from './types.ts';

function isHead(lower: string): boolean {
  return (
    INSTITUTION_HEADS.has(lower) ||
    MEDIA_HEADS.has(lower) ||
    DOCUMENT_HEADS.has(lower) ||
    STATE_HEADS.has(lower) ||
    GROUP_HEADS.has(lower)
  );
}

/** A capitalised word that can only be part of a person's name here. */
export function isNameWord(ctx: FilterContext, k: number): boolean {
  const t: Token | undefined = ctx.tokens[k];
  if (t === undefined || !t.cap || t.num || t.upper || t.dotted) return false;
  // A neighbouring candidate counts as a place only if it is a prominent one: in
  // "Arun Anand" or "Peter Bergen" the given name is itself a minor GeoNames match.
  const other = ctx.spanAt(k);
  if (other !== undefined && !isMinorSpan(other.entries, other.key, ctx.normalize)) return false;
  const l = t.lower;
  if (GIVEN_NAMES.has(l)) return true;
  if (STOP_WORDS.has(l) || COMMON_WORDS.has(l) || MONTHS_AND_DAYS.has(l)) return false;
  if (PLACE_MODIFIERS.has(l) || TITLES.has(l) || DESIGNATORS.has(l) || isHead(l)) return false;
  if (ctx.gazetteer.demonyms.has(ctx.normalize(t.text))) return false;
  return true;
}

/** Spaces, or a bracketed insertion: "Mullah [Mohammad] Omar". */
const NAME_GAP_RE = /^(?:\s+|\s*[\])]\s*|\s*[[(]\s*)$/u;

/** Prepositions that make the name after them a place, even before "said". */
const GOVERNING = new Set(
  'of in from at for near outside around across throughout inside within'.split(' '),
);

/**
 * "Hotels in Gulmarg and Pahalgam reported", "from Spokane and the Yakima Valley say": the
 * last item of a list after "in" or "from" is a place.
 */
function governedListItem(ctx: FilterContext, ti: number, prevLower: string): boolean {
  let k = ti - 1;
  if (prevLower === 'the') k--;
  const conj = ctx.tokens[k]?.lower;
  if (conj !== 'and' && conj !== 'or') return false;
  const item = ctx.spanAt(k - 1);
  if (item === undefined) return false;
  return GOVERNING.has(ctx.tokens[item.ti - 1]?.lower ?? '');
}

/** The first token of the span is joined to the word before it as a name's words are. */
function joinedBefore(ctx: FilterContext, first: Token): boolean {
  return (
    first.gap === 'space' ||
    first.gap === 'hyphen' ||
    (first.gap === 'other' && NAME_GAP_RE.test(ctx.text.slice(first.gapStart, first.start)))
  );
}

/** Given names: before the span, as the span, or the span before a surname. */
function givenNameRules(span: NameSpan, ctx: FilterContext): FilterResult {
  const { tokens } = ctx;
  const first = tokens[span.ti]!;
  const prev = tokens[span.ti - 1];
  // "George Washington": a given name right before.
  if (
    prev !== undefined &&
    first.gap === 'space' &&
    prev.cap &&
    GIVEN_NAMES.has(prev.lower) &&
    !anyCountryLevel(span.entries)
  ) {
    const other = ctx.spanAt(span.ti - 1);
    if (other === undefined || !anyCountryLevel(other.entries))
      return { reject: 'given name before: person' };
  }
  // "Peter" alone, known only as Saint Petersburg's nickname: a given name.
  if (
    span.ti === span.tj &&
    GIVEN_NAMES.has(first.lower) &&
    isMinorSpan(span.entries, span.key, ctx.normalize)
  ) {
    const own = span.entries.some((e) => matchesOwnName(e, span.key, ctx.normalize));
    if (!own) return { reject: 'given name' };
  }
  // "Chad Jordan", "Dallas Jordan": a given name right before another capitalised name
  // (two place names side by side, with no comma, do not make a place).
  const nextSpan = ctx.spanAt(span.tj + 1);
  if (
    span.ti === span.tj &&
    GIVEN_NAMES.has(first.lower) &&
    nextSpan !== undefined &&
    tokens[span.tj + 1]?.gap === 'space' &&
    nextSpan.ti === nextSpan.tj
  ) {
    return { reject: 'given name: person' };
  }
  // "Georgia Dunn", "Jordan Henderson": the span is a given name and a surname follows.
  const after = tokens[span.tj + 1];
  if (
    span.ti === span.tj &&
    GIVEN_NAMES.has(first.lower) &&
    after !== undefined &&
    after.gap === 'space' &&
    isNameWord(ctx, span.tj + 1)
  ) {
    return { reject: 'given name: person' };
  }
  return null;
}

/** Words before the span that make it a person's name: titles, particles, initials. */
function wordsBefore(span: NameSpan, ctx: FilterContext): FilterResult {
  const { tokens } = ctx;
  const first = tokens[span.ti]!;
  const prev = tokens[span.ti - 1];
  if (prev !== undefined && joinedBefore(ctx, first)) {
    const gapText = ctx.text.slice(first.gapStart, first.start);
    // "Mr Jordan", "Gen. Kandahar": a title, optionally with its full stop.
    if (TITLES.has(prev.lower) && prev.cap) return { reject: 'title before: person' };
    if (PERSON_PARTICLES.has(prev.lower) && !prev.cap) {
      const before = tokens[span.ti - 2];
      if (before?.cap && (prev.gap === 'space' || prev.gap === 'hyphen')) {
        return { reject: 'name particle: person' };
      }
    }
    if (
      WEAK_PERSON_PARTICLES.has(prev.lower) &&
      !prev.cap &&
      prev.gap === 'space' &&
      isNameWord(ctx, span.ti - 2)
    ) {
      return { reject: 'name particle: person' };
    }
    // "George W. Bush": an initial before the name.
    const initial = tokens[span.ti - 1];
    if (
      initial !== undefined &&
      initial.text.length === 1 &&
      initial.cap &&
      /^\.\s$/u.test(gapText) &&
      !anyCountryLevel(span.entries)
    ) {
      return { reject: 'initial before: person' };
    }
    if (
      NAME_GAP_RE.test(gapText) &&
      isNameWord(ctx, span.ti - 1) &&
      !anyCountryLevel(span.entries)
    ) {
      return { reject: 'given name before: person' };
    }
  } else if (prev !== undefined && /^\.\s+$/u.test(ctx.text.slice(first.gapStart, first.start))) {
    if (TITLES.has(prev.lower) && prev.cap) return { reject: 'title before: person' };
    if (prev.text.length === 1 && prev.cap && !anyCountryLevel(span.entries)) {
      return { reject: 'initial before: person' };
    }
  }
  return null;
}

/** A minor place right after another name is that name's surname. */
function surnameAfterName(span: NameSpan, ctx: FilterContext): FilterResult {
  const first = ctx.tokens[span.ti]!;
  // "Paris Hilton", "Georgia Dunn": a minor match right after another name is a surname.
  const before = ctx.spanAt(span.ti - 1);
  if (
    before !== undefined &&
    joinedBefore(ctx, first) &&
    first.gap === 'space' &&
    isMinorSpan(span.entries, span.key, ctx.normalize) &&
    !anyCountryLevel(span.entries) &&
    !anyCountryLevel(before.entries)
  ) {
    return { reject: 'surname after a name: person' };
  }
  return null;
}

/** Words after the span that make it a person's name: initials, surnames, verbs of saying. */
function wordsAfter(span: NameSpan, ctx: FilterContext): FilterResult {
  const { tokens } = ctx;
  const prev = tokens[span.ti - 1];
  const next = tokens[span.tj + 1];
  if (next !== undefined && next.gap === 'space') {
    // "Bergen P, and Tiedemann K": a surname and an initial, as bibliographies cite authors.
    if (
      next.text.length === 1 &&
      next.cap &&
      /^[,.]/u.test(ctx.text.slice(next.end, next.end + 1)) &&
      !anyCountryLevel(span.entries)
    ) {
      return { reject: 'initial after: person' };
    }
    if (isNameWord(ctx, span.tj + 1) && !anyCountryLevel(span.entries)) {
      return { reject: 'surname after: person' };
    }
    // "Valle said" (but "the mayor of Reading said": the speaker is the mayor).
    const governed =
      prev !== undefined &&
      (GOVERNING.has(prev.lower) || governedListItem(ctx, span.ti, prev.lower));
    if (SPEECH_VERBS.has(next.lower) && !governed && !anyStrong(span.entries, 500_000)) {
      return { reject: 'speaker: person' };
    }
  }
  return null;
}

/** A name in apposition to a kin word, or an operation's name. */
function appositionRules(span: NameSpan, ctx: FilterContext): FilterResult {
  const { tokens } = ctx;
  // "his wife, Dora", "her twin sister, Jessi": a name in apposition to a kin word.
  const kin = tokens[span.ti - 1];
  if (
    kin !== undefined &&
    !kin.cap &&
    KINSHIP_WORDS.has(kin.lower) &&
    tokens[span.ti]!.gap === 'comma' &&
    span.ti === span.tj &&
    !anyCountryLevel(span.entries)
  ) {
    return { reject: 'kin before: person' };
  }
  // "Operation Falcon": the name of an operation.
  if (kin?.lower === 'operation' && kin.cap && tokens[span.ti]!.gap === 'space') {
    return { reject: 'name of an operation' };
  }
  return null;
}

export const personFilter: SpanFilter = (span, ctx) => {
  if (span.source !== 'name' && span.source !== 'dateline') return null;
  if (datelineBeforeSentence(ctx.layout, span)) return null;
  return (
    givenNameRules(span, ctx) ??
    wordsBefore(span, ctx) ??
    surnameAfterName(span, ctx) ??
    wordsAfter(span, ctx) ??
    appositionRules(span, ctx)
  );
};
