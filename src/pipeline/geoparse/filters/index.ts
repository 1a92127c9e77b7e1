/**
 * Runs the filters in order. Cheap, certain rules first (dates, function words, demonyms,
 * acronyms, group compounds), then the contextual ones (common words, persons,
 * organisations). Names rejected as persons are collected for the discourse rule.
 */

import { datelineBeforeSentence } from '../layout.ts';
import {
  INSTITUTION_HEADS,
  MEDIA_HEADS,
  PERSON_PARTICLES,
  STATE_HEADS,
  WEAK_PERSON_PARTICLES,
} from '../lexicon/words.ts';
import { type NameSpan, withEntries } from '../span.ts';
import { abbreviationFilter } from './abbreviation.ts';
import { calendarFilter } from './calendar.ts';
import { commonWordFilter } from './common-word.ts';
import { compoundFilter } from './compound.ts';
import { currencyFilter } from './currency.ts';
import { demonymFilter } from './demonym.ts';
import { functionWordFilter } from './function-word.ts';
import { organisationFilter } from './organisation.ts';
import { personFilter } from './person.ts';
import { anyCountryLevel, anyStrong } from './strong.ts';
import type { FilterContext, FilterResult } from './types.ts';

/**
 * Person rejections that read only the next word: not spread to a prominent place's name,
 * since the words after it as often name a body ("the Sindh Irrigation Department", "Paris
 * Junior College", "the Ohio Coalition for …") as a person, and one such use must not erase
 * the place's other mentions.
 */
const WEAK_SPREAD = new Set(['surname after: person', 'given name: person']);

const BODY_HEADS = [INSTITUTION_HEADS, STATE_HEADS, MEDIA_HEADS];

/** Capitalised words from token k on end in the name of a body ("Irrigation Department"). */
function headsABody(ctx: FilterContext, k: number): boolean {
  for (let j = k; j < k + 3; j++) {
    const t = ctx.tokens[j];
    if (t === undefined || !t.cap || t.gap !== 'space') return false;
    if (BODY_HEADS.some((h) => h.has(t.lower))) return true;
  }
  return false;
}

/** A span rejected by the filter of this name, or kept (with its readings as narrowed). */
interface Judged {
  span: NameSpan;
  rejectedBy: { filter: string; reason: string } | null;
}

const narrowed = (span: NameSpan, r: FilterResult): NameSpan =>
  r === null || 'reject' in r ? span : withEntries(span, r.entries);
const rejected = (span: NameSpan, filter: string, reason: string): Judged => ({
  span,
  rejectedBy: { filter, reason },
});

/**
 * The filters in order, each seeing the span as the ones before narrowed it. Written out
 * rather than looped over a list: each call site then calls one filter, which the engine can
 * inline (one call site for nine filters cannot be).
 */
function judge(original: NameSpan, ctx: FilterContext): Judged {
  let span = original;
  let r: FilterResult = calendarFilter(span, ctx);
  if (r !== null && 'reject' in r) return rejected(span, 'calendar', r.reject);
  span = narrowed(span, r);
  r = currencyFilter(span, ctx);
  if (r !== null && 'reject' in r) return rejected(span, 'currency', r.reject);
  span = narrowed(span, r);
  r = functionWordFilter(span, ctx);
  if (r !== null && 'reject' in r) return rejected(span, 'function-word', r.reject);
  span = narrowed(span, r);
  r = demonymFilter(span, ctx);
  if (r !== null && 'reject' in r) return rejected(span, 'demonym', r.reject);
  span = narrowed(span, r);
  r = abbreviationFilter(span, ctx);
  if (r !== null && 'reject' in r) return rejected(span, 'abbreviation', r.reject);
  span = narrowed(span, r);
  r = compoundFilter(span, ctx);
  if (r !== null && 'reject' in r) return rejected(span, 'compound', r.reject);
  span = narrowed(span, r);
  r = commonWordFilter(span, ctx);
  if (r !== null && 'reject' in r) return rejected(span, 'common-word', r.reject);
  span = narrowed(span, r);
  r = personFilter(span, ctx);
  if (r !== null && 'reject' in r) return rejected(span, 'person', r.reject);
  span = narrowed(span, r);
  r = organisationFilter(span, ctx);
  if (r !== null && 'reject' in r) return rejected(span, 'organisation', r.reject);
  return { span: narrowed(span, r), rejectedBy: null };
}

export interface FilterOutcome {
  kept: NameSpan[];
  rejected: { span: NameSpan; filter: string; reason: string }[];
  personKeys: Set<string>;
  /**
   * Country-level names the text uses as a person's given name with a surname ("Georgia
   * Stevens"): a person throughout unless the text also places the name.
   */
  givenNameCountryKeys: Set<string>;
}

export function applyFilters(spans: readonly NameSpan[], ctx: FilterContext): FilterOutcome {
  const kept: NameSpan[] = [];
  const rejected: FilterOutcome['rejected'] = [];
  const personKeys = new Set<string>();
  const givenNameCountryKeys = new Set<string>();
  for (const original of spans) {
    const { span, rejectedBy } = judge(original, ctx);
    if (rejectedBy === null) kept.push(span);
    else {
      rejected.push({ span, filter: rejectedBy.filter, reason: rejectedBy.reason });
      // The particle rule is too weak to spread to other occurrences; so is a capitalised
      // word after a prominent place, which is as often a body named after it ("the Sindh
      // Irrigation Department", "Paris Junior College") as a person.
      // A country named like a given name, before a surname that heads no body ("Georgia
      // Stevens", not "Jordan Valley Authority"), is a person by full name: that spreads.
      const fullName =
        rejectedBy.reason === 'given name: person' &&
        anyCountryLevel(span.entries) &&
        !headsABody(ctx, span.tj + 1);
      if (fullName) givenNameCountryKeys.add(span.key);
      if (
        rejectedBy.filter === 'person' &&
        !rejectedBy.reason.startsWith('name particle') &&
        (fullName || !(WEAK_SPREAD.has(rejectedBy.reason) && anyStrong(span.entries)))
      ) {
        personKeys.add(span.key);
      }
    }
  }
  // A name right before or after a person's name is part of it ("Riccardo Valle" once
  // "Valle" is known to be a surname; "Mohamed Omar").
  const personEdges = new Map<number, NameSpan>();
  const givenNameSpans = new Set<NameSpan>();
  for (const r of rejected) {
    if (r.filter !== 'person') continue;
    if (r.reason.startsWith('given name')) givenNameSpans.add(r.span);
    personEdges.set(r.span.ti, r.span);
    personEdges.set(r.span.tj, r.span);
  }
  const finalKept: NameSpan[] = [];
  for (const span of kept) {
    const after = personEdges.get(span.tj + 1);
    // Also across a name particle: "Lula da Silva", "Osama bin Laden".
    const particle = ctx.tokens[span.ti - 1];
    const acrossParticle =
      particle !== undefined &&
      !particle.cap &&
      (PERSON_PARTICLES.has(particle.lower) || WEAK_PERSON_PARTICLES.has(particle.lower))
        ? personEdges.get(span.ti - 2)
        : undefined;
    const before = personEdges.get(span.ti - 1) ?? acrossParticle;
    const joinedAfter =
      after !== undefined &&
      ctx.tokens[span.tj + 1]?.gap === 'space' &&
      !datelineBeforeSentence(ctx.layout, span);
    const joinedBefore =
      before !== undefined &&
      (ctx.tokens[span.ti]?.gap === 'space' || acrossParticle !== undefined);
    // A country next to a given name is a surname too ("Chad Jordan"), not next to others.
    const byGivenName = joinedBefore && before !== undefined && givenNameSpans.has(before);
    if ((joinedAfter || joinedBefore) && (!anyCountryLevel(span.entries) || byGivenName)) {
      rejected.push({ span, filter: 'person', reason: 'next to a person name' });
      personKeys.add(span.key);
    } else finalKept.push(span);
  }
  return { kept: finalKept, rejected, personKeys, givenNameCountryKeys };
}
