/**
 * Function words and fragments: GeoNames has villages called "Of", "In", "Be" and "Al"; a
 * capitalised function word or a one- or two-letter word is never read as one, nor is a
 * compass word that modifies the next name.
 */
import { boundedMemo } from '../../../shared/bounded-memo.ts';
import { COMPASS_WORDS, PLACE_MODIFIERS } from '../lexicon/directions.ts';
import { DOCUMENT_WORDS } from '../lexicon/documents.ts';
import { FACILITY_NAMES, STOP_WORDS } from '../lexicon/words.ts';
import type { SpanFilter } from './types.ts';

/** A name as the facility list writes it: no accents, lower case, words apart by one space. */
function plainName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\d ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Names recur (within a text and across texts), so each is checked once; bounded, only saves work. */
const isFacility = boundedMemo((text: string) => FACILITY_NAMES.has(plainName(text)));

export const functionWordFilter: SpanFilter = (span, ctx) => {
  // Buildings named like places ("White House", "Pentagon"): the guideline maps no facility.
  if (isFacility(span.text)) return { reject: 'facility' };
  // Rule-built phrases ("Wash." after "OLYMPIA,") are not stray fragments.
  if (span.ti !== span.tj || span.source === 'phrase') return null;
  const t = ctx.tokens[span.ti]!;
  if (STOP_WORDS.has(t.lower) && !t.upper && !t.dotted) return { reject: 'function word' };
  if (t.text.length <= 2 && !t.upper && !t.dotted) return { reject: 'too short' };
  if (DOCUMENT_WORDS.has(t.lower)) return { reject: 'document word' };
  // "the West", "the North": vague areas.
  if (COMPASS_WORDS.has(t.lower)) return { reject: 'compass word' };
  // "Eastern Afghanistan", "Northern Alliance": a compass word before a capitalised word
  // modifies it (GeoNames has provinces called "Eastern" and "Northern").
  const next = ctx.tokens[span.tj + 1];
  if (PLACE_MODIFIERS.has(t.lower) && next !== undefined && next.gap === 'space' && next.cap) {
    return { reject: 'modifier' };
  }
  return null;
};
