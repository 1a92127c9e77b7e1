/**
 * Place words inside the names of organisations, institutions, media and documents:
 * "University of Trieste", "Islamic Movement of Uzbekistan", "Voice of America",
 * "Bank of England", "Kabul University", "Doha Agreement", "New York Times", "India TV",
 * "Al Qaeda in the Indian Subcontinent", "Tehrik-i-Taliban Pakistan".
 *
 * Decision: such a place word is not a mention (the text does not say something happens
 * there). Exception: an abbreviated country before an organisation ("US Defence
 * Department", "U.S. National Counterterrorism Centre") is a modifier and stays a mention;
 * a lower-case head ("Kabul airport", "US troops") never makes a name.
 */

import { datelineBeforeSentence } from '../layout.ts';
import { DESIGNATORS } from '../lexicon/designators.ts';
import { DOCUMENT_HEADS, LOWER_CASE_DOCUMENT_HEADS } from '../lexicon/documents.ts';
import {
  DISEASE_HEADS,
  GROUP_HEADS,
  HYPHEN_PREFIXES,
  INSTITUTION_HEADS,
  MEDIA_HEADS,
  ORGANISATION_NOUNS,
  STATE_HEADS,
  WORSHIP_HEADS,
} from '../lexicon/words.ts';
import { anyCountryLevel, isCountryLevel } from './strong.ts';
import type { FilterContext, SpanFilter } from './types.ts';

const PHRASE_CONNECTORS = new Set(['of', 'the', 'for', 'de', 'du', 'des', 'la', 'al']);

const isCapWord = (ctx: FilterContext, k: number): boolean => {
  const t = ctx.tokens[k];
  return t?.cap === true && !t.num;
};
const joined = (ctx: FilterContext, k: number): boolean => {
  const g = ctx.tokens[k]?.gap;
  return g === 'space' || g === 'hyphen';
};

/** Connectors inside a name: "Bank of England", "Centre for Afghan Studies", "Al Qaeda in the ...". */
const isConnector = (ctx: FilterContext, k: number): boolean => {
  const t = ctx.tokens[k];
  if (t === undefined || t.cap) return false;
  if (PHRASE_CONNECTORS.has(t.lower)) return true;
  if (t.lower !== 'in') return false;
  // "in" joins a group's name to its area: "Al Qaeda in the Indian Subcontinent",
  // "Islamic State in Iraq", "Assistance Mission in Somalia".
  const prev = ctx.tokens[k - 1];
  return (
    ctx.tokens[k + 1]?.lower === 'the' || (prev?.cap === true && IN_NAME_HEADS.has(prev.lower))
  );
};
/** Names that continue with "in <area>" ("Al Qaeda in Iraq", "Islamic State in Syria"). */
const IN_NAME_HEADS = new Set(['qaeda', 'qaida', 'state', 'mission']);
/** Weaker connectors, trusted only before institution and document heads ("Agreement for Bringing Peace to Afghanistan"). */
const WEAK_CONNECTORS = new Set(['to', 'for', 'and', 'on', 'with', 'against']);

interface Before {
  word: string;
  /** Reached across a weak connector. */
  weak: boolean;
}

/** Capitalised words of the phrase before the span, reaching across "of", "for", "in the". */
function wordsBefore(ctx: FilterContext, ti: number): Before[] {
  const out: Before[] = [];
  let k = ti - 1;
  let weak = false;
  while (k >= 0 && joined(ctx, k + 1) && ti - k < 12) {
    const t = ctx.tokens[k]!;
    // A country or province before it makes a list ("the United States and Canada"), not a
    // name (a town's name may be an organisation's word: "University" is a town too).
    // A compound joined by a hyphen ("Centre-Nord") is one name, not a list.
    const before = ctx.spanAt(k);
    if (
      before !== undefined &&
      ctx.tokens[k + 1]?.gap !== 'hyphen' &&
      before.entries.some((e) => isCountryLevel(e) || e.kind === 'admin1')
    ) {
      break;
    }
    if (t.cap && !t.num) {
      out.push({ word: t.lower, weak });
      // A sentence-initial word closes the phrase.
      if (ctx.layout.sentenceStart[k] === true) break;
    } else if (isConnector(ctx, k)) {
      if (!isCapWord(ctx, k - 1) && !isConnector(ctx, k - 1)) break;
    } else if (WEAK_CONNECTORS.has(t.lower) && isCapWord(ctx, k - 1)) {
      weak = true;
    } else break;
    k--;
  }
  return out;
}

/**
 * Capitalised words right after the span ("Kabul University", "Doha Agreement", "Karachi
 * Water and Sewerage Corporation"), across "and", "of", "&" when a capitalised word follows.
 */
function wordsAfter(ctx: FilterContext, tj: number, acrossPossessive = false): string[] {
  const out: string[] = [];
  let k = tj + 1;
  while (
    k < ctx.tokens.length &&
    (joined(ctx, k) || (acrossPossessive && k === tj + 1 && possessiveGap(ctx, tj))) &&
    k - tj <= 6
  ) {
    const t = ctx.tokens[k]!;
    if (isCapWord(ctx, k)) out.push(t.lower);
    else if (!(AFTER_CONNECTORS.has(t.lower) && isCapWord(ctx, k + 1) && joined(ctx, k + 1))) break;
    k++;
  }
  return out;
}

const AFTER_CONNECTORS = new Set(['and', 'of', 'for']);

/** "St. Michael's Hospital": a possessive between token tj and the next. */
function possessiveGap(ctx: FilterContext, tj: number): boolean {
  return (
    ctx.tokens[tj]?.possessive === true &&
    POSSESSIVE_GAP_RE.test(ctx.text.slice(ctx.tokens[tj]!.end, ctx.tokens[tj + 1]?.start))
  );
}

const POSSESSIVE_GAP_RE = /^['’ʼ]s?[ \u00a0]$/u;
/** First words of a saint's name: "St. Michael", "St Edmund", "Saint Mark". */
const SAINT_WORDS = new Set(['st', 'st.', 'saint', 'ste', 'ste.', 'sainte']);

/**
 * "St. Michael's Hospital", "St Edmund's Catholic Primary School", "St. Mark's Coptic
 * Cathedral": an institution named after a saint, not the town named after the same saint.
 * (A place's possessive, "Kabul's Indira Gandhi Hospital", says where the institution is,
 * and stays a mention.)
 */
function namedAfterSaint(span: Parameters<SpanFilter>[0], ctx: FilterContext): boolean {
  const first = ctx.tokens[span.ti]?.lower ?? '';
  const before = ctx.tokens[span.ti - 1];
  const saint =
    SAINT_WORDS.has(first) || (before !== undefined && SAINT_WORDS.has(before.lower) && before.cap);
  if (!saint || ctx.tokens[span.tj]?.possessive !== true) return false;
  return wordsAfter(ctx, span.tj, true).some(
    (w) => INSTITUTION_HEADS.has(w) || WORSHIP_HEADS.has(w),
  );
}

/**
 * "Al-Qaeda's media arm, as-Sahab,", "the group's broadcaster, Al Jazeera,": a name in
 * apposition to an organisation noun is the organisation's name. (After a place noun, "the
 * capital, Kabul", or a designator, "the tribal agency, Bajaur", it is a place.)
 */
function namesTheOrganisationBefore(span: Parameters<SpanFilter>[0], ctx: FilterContext): boolean {
  // An Arabic article joined to the name ("as-Sahab") belongs to it.
  const article = HYPHEN_PREFIXES.has(ctx.tokens[span.ti - 1]?.lower ?? '');
  const first = article && ctx.tokens[span.ti]?.gap === 'hyphen' ? span.ti - 1 : span.ti;
  const noun = ctx.tokens[first - 1];
  if (noun === undefined || noun.cap || ctx.tokens[first]?.gap !== 'comma') return false;
  // Closed by a comma or full stop: an apposition, not the subject of the next clause.
  if (!/^[,.]/u.test(ctx.text.slice(span.end, span.end + 1))) return false;
  if (DESIGNATORS.has(noun.lower)) return false;
  return (
    ORGANISATION_NOUNS.has(noun.lower) ||
    INSTITUTION_HEADS.has(noun.lower) ||
    MEDIA_HEADS.has(noun.lower)
  );
}

/** Every word of tokens ti…tj in capitals or dotted ("US", "U.S."). */
function abbreviated(ctx: FilterContext, ti: number, tj: number): boolean {
  for (let k = ti; k <= tj; k++) {
    const t = ctx.tokens[k]!;
    if (!t.upper && !t.dotted) return false;
  }
  return true;
}

export const organisationFilter: SpanFilter = (span, ctx) => {
  if (span.source !== 'name' && span.source !== 'dateline') return null;
  if (datelineBeforeSentence(ctx.layout, span)) return null;
  // "US Defence Department", "U.S. National Counterterrorism Centre": an abbreviated
  // country before an organisation is a modifier; a full name ("Pakistan Meteorological
  // Department", "Sindh Irrigation Department") is part of the organisation's name.
  if (namedAfterSaint(span, ctx)) return { reject: 'an institution named after a saint' };
  if (namesTheOrganisationBefore(span, ctx)) return { reject: 'names the organisation before it' };
  const after = wordsAfter(ctx, span.tj);
  const abbreviatedCountry =
    after.length > 0 && anyCountryLevel(span.entries) && abbreviated(ctx, span.ti, span.tj);
  for (let i = 0; i < after.length; i++) {
    const w = after[i]!;
    const head = INSTITUTION_HEADS.has(w) || MEDIA_HEADS.has(w) || DOCUMENT_HEADS.has(w);
    if (head && i === 0) return { reject: `part of a name (${w})` };
    if ((head || STATE_HEADS.has(w)) && !abbreviatedCountry)
      return { reject: `part of a name (${w})` };
  }
  // "Detroit Red Wings", "Toronto Maple Leafs", "Kabul Serena Hotel": a town followed by two
  // or more capitalised words that are not places is the start of a name.
  if (
    !anyCountryLevel(span.entries) &&
    span.entries.every((e) => e.kind !== 'admin1') &&
    after.length >= 2
  ) {
    const k1 = span.tj + 1;
    const k2 = span.tj + 2;
    const designated = DESIGNATORS.has(ctx.tokens[k1]?.lower ?? '');
    if (!designated && !ctx.inPlace(k1) && !ctx.inPlace(k2) && ctx.tokens[k2]?.cap === true) {
      return { reject: 'start of a name' };
    }
  }
  const next = ctx.tokens[span.tj + 1];
  // "the Reston ebolavirus", "Lassa fever": a disease named after a place, not the place.
  if (next !== undefined && next.gap === 'space' && !next.cap && DISEASE_HEADS.has(next.lower)) {
    return { reject: `names a disease (${next.lower})` };
  }
  if (next !== undefined && next.gap === 'space' && LOWER_CASE_DOCUMENT_HEADS.has(next.lower)) {
    return { reject: `part of a name (${next.lower})` };
  }
  const before = wordsBefore(ctx, span.ti);
  for (const { word: w, weak } of before) {
    const strongHead = !weak && (GROUP_HEADS.has(w) || STATE_HEADS.has(w));
    if (INSTITUTION_HEADS.has(w) || MEDIA_HEADS.has(w) || DOCUMENT_HEADS.has(w) || strongHead) {
      return { reject: `part of a name (${w})` };
    }
  }
  if (before.length === 0) return null;
  // "Islamic State of ...", "Al Qaeda in the ...": named groups whose head word is generic.
  // The strong words in text order, joined by spaces (a loop: no arrays made per span).
  let phrase = '';
  for (let k = before.length - 1; k >= 0; k--) {
    const b = before[k]!;
    if (!b.weak) phrase = phrase === '' ? b.word : `${phrase} ${b.word}`;
  }
  if (/\bislamic state\b/.test(phrase) || /\bqa[e']?i?da\b/.test(phrase)) {
    return { reject: 'part of a group name' };
  }
  return null;
};
