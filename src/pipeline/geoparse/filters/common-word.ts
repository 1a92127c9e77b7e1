/**
 * Common English words that are also GeoNames names ("Police", "Reading", "Nice", "Mobile",
 * "Split"). At the start of a sentence or in a Title Case line, the capital letter says
 * nothing, so such a word is read as a place only if a country or province has that name.
 * Mid-sentence, the capital letter is evidence, but a common word still needs a prominent
 * place behind it (a capital or a city of 50,000 or more) to be read as one. Several common
 * words that together name a country, border, sea or region ("Black Sea", "Line of Control")
 * are that name.
 */
import { COMMON_NAME_FEATURES } from '../lexicon/features.ts';
import { COMMON_WORDS } from '../lexicon/words.ts';
import { matchesOwnName } from '../prominence.ts';
import { anyCountryLevel, anyStrong } from './strong.ts';
import type { SpanFilter } from './types.ts';

// Not borders: "Green Line" (Israel) is also a tram line.
const ALIAS_KINDS = new Set(['country', 'water', 'region', 'continent']);

export const commonWordFilter: SpanFilter = (span, ctx) => {
  if (span.source !== 'name') return null;
  const { tokens, layout } = ctx;
  // Every word of the span is a common word ("Long Island" is kept only if prominent).
  for (let k = span.ti; k <= span.tj; k++) {
    const t = tokens[k]!;
    if (!t.cap) continue; // connectors
    // "US", "U.S.": an abbreviation is not the word "us" (filters/abbreviation.ts handles it).
    if (t.upper || t.dotted) return null;
    // Plurals of common words count too ("Tours", "Juntas").
    if (
      !COMMON_WORDS.has(t.lower) &&
      !(t.lower.endsWith('s') && COMMON_WORDS.has(t.lower.slice(0, -1)))
    ) {
      return null;
    }
  }
  // Common words that together name a country, sea or region, by its name or a curated
  // alias ("Black Sea", "East Sea", "Great Lakes"), or that end in
  // a feature word the gazetteer has as such ("Rocky Mountains"; not a town called "North Sea").
  if (span.tj > span.ti) {
    if (span.entries.some((e) => ALIAS_KINDS.has(e.kind))) return null;
    if (
      COMMON_NAME_FEATURES.has(tokens[span.tj]!.lower) &&
      span.entries.some((e) => e.kind === 'site' && matchesOwnName(e, span.key, ctx.normalize))
    ) {
      return null;
    }
  }
  // A common word read through an alternate name only ("States" for the United States,
  // "Terror" for Tirur) is the word.
  if (!span.entries.some((e) => matchesOwnName(e, span.key, ctx.normalize))) {
    return { reject: 'common word (alternate name only)' };
  }
  const positional = layout.sentenceStart[span.ti] === true || layout.titleLine[span.ti] === true;
  if (positional) {
    const kept = span.entries.filter(
      (e) =>
        e.kind === 'country' ||
        e.kind === 'continent' ||
        e.kind === 'admin1' ||
        e.kind === 'region',
    );
    if (kept.length === 0) return { reject: 'common word at sentence start' };
    return kept.length === span.entries.length ? null : { entries: kept };
  }
  // Mid-sentence, a capitalised common word next to other capitalised words is part of a
  // name ("UK Maritime Trade Operations", "Doctors Without Borders", "National Unity").
  const prev = tokens[span.ti - 1];
  const next = tokens[span.tj + 1];
  // (Never a negative index: the engine looks one up as a property name, far slower.)
  const prev2 = span.ti >= 2 ? tokens[span.ti - 2] : undefined;
  const capBefore =
    prev !== undefined &&
    tokens[span.ti]!.gap === 'space' &&
    ((prev.cap && !prev.num) ||
      // "War on Terror", "Doctors Without Borders"
      (['of', 'on', 'the', 'and', 'for', 'without'].includes(prev.lower) &&
        prev2 !== undefined &&
        prev.gap === 'space' &&
        prev2.cap));
  const capAfter = next !== undefined && next.gap === 'space' && next.cap && !next.num;
  if ((capBefore || capAfter) && !anyCountryLevel(span.entries)) {
    return { reject: 'common word inside a name' };
  }
  return anyStrong(span.entries, 50_000) ? null : { reject: 'common word' };
};
