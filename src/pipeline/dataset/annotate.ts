/**
 * One source through the geoparser: keep mentions outside page furniture, apply the reader's
 * corrections (src/pipeline/corrections/), attach the quote (a window of its sentence), the line
 * in the source file and the years its clause refers to.
 */
import type { MentionProperties, PartialDate, UnresolvedMention } from '../../shared/types.ts';
import { applyCorrections, type PlacedCorrection } from '../corrections/index.ts';
import { findFurniture } from '../furniture/index.ts';
import type { GazetteerEntry } from '../gazetteer/types.ts';
import { type FoundMention, type Geoparser, placeRef } from '../geoparse/types.ts';
import type { Problem } from '../problems.ts';
import type { Source } from '../sources/types.ts';
import { lineIndex, lineOf } from '../text/lines.ts';
import { quoteIndex } from '../text/quote.ts';
import { sentenceIndex } from '../text/sentences.ts';
import { type Dating, datingInSentence } from '../years/index.ts';

export interface ResolvedMention {
  properties: MentionProperties;
  place: GazetteerEntry;
}

export interface AnnotatedSource {
  source: Source;
  mentions: ResolvedMention[];
  unresolved: UnresolvedMention[];
  /** Mentions (resolved or not) dropped because they lie in page furniture. */
  droppedAsFurniture: number;
  /** Corrections that could not be applied (their words are gone, or an unknown place). */
  problems: Problem[];
}

/**
 * Mentions of a text outside its page furniture, and how many were dropped: the shipped
 * configuration, which the build, `extract`, `eval` and `npm run bench` all call.
 * The geoparser is told the furniture ranges, so names there are neither mapped nor sway
 * how the article's other names are resolved (a publisher's "Paris - France" is not evidence
 * that the article is about France), while a bibliography still tells who is a person. The
 * names it set aside there are counted for the build summary.
 */
export function mentionsOutsideFurniture(
  text: string,
  geoparser: Geoparser,
): { kept: FoundMention[]; dropped: number } {
  const furniture = findFurniture(text);
  let dropped = 0;
  const onExcluded = (count: number): void => {
    dropped = count;
  };
  const kept = geoparser.parse(text, { exclude: furniture, onExcluded });
  return { kept, dropped };
}

/**
 * The years of a mention by its offset in `body`, and how they were found: the years stage on
 * the mention's sentence. Used by the build and by the year check of `npm run eval` alike.
 */
export function mentionDating(
  body: string,
  published: PartialDate | null,
): (start: number) => Dating {
  const sentenceOf = sentenceIndex(body);
  // Several mentions often share a sentence: find its years and clauses once.
  const cache = new Map<number, (offset: number) => Dating>();
  return (start) => {
    const sentence = sentenceOf(start);
    let datingOf = cache.get(sentence.start);
    if (!datingOf) {
      datingOf = datingInSentence(sentence.text, published);
      cache.set(sentence.start, datingOf);
    }
    return datingOf(start - sentence.start);
  };
}

export function annotateSource(
  source: Source,
  geoparser: Geoparser,
  corrections: readonly PlacedCorrection[] = [],
): AnnotatedSource {
  const { body, bodyStart } = source;
  const { kept: found, dropped } = mentionsOutsideFurniture(body, geoparser);
  const { mentions: kept, problems } = applyCorrections(found, corrections, body, (id) =>
    geoparser.place(id),
  );
  const lines = lineIndex(source.content);
  const datingOf = mentionDating(body, source.published);
  const quoteOf = quoteIndex(body);
  const publishedYear = source.published?.year ?? null;
  const mentions: ResolvedMention[] = [];
  const unresolved: UnresolvedMention[] = [];
  for (const m of kept) {
    const line = lineOf(lines, bodyStart + m.start);
    const quote = quoteOf(m);
    if (!m.place) {
      unresolved.push({
        sourceId: source.id,
        text: m.text,
        start: m.start,
        end: m.end,
        line,
        quote: quote.text,
        reason: m.reason ?? 'not resolved',
        candidates: m.candidates.map(placeRef),
      });
      continue;
    }
    const { years, yearsFrom } = datingOf(m.start);
    mentions.push({
      place: m.place,
      properties: {
        id: `${source.id}:${m.start}`,
        sourceId: source.id,
        placeId: m.place.id,
        text: m.text,
        start: m.start,
        end: m.end,
        quote: quote.text,
        quoteStart: quote.start,
        ...(quote.cutBefore || quote.cutAfter
          ? { quoteCut: { before: quote.cutBefore, after: quote.cutAfter } }
          : {}),
        line,
        publishedYear,
        years,
        yearsFrom,
        confidence: m.confidence,
        basis: m.basis,
        alternatives: m.alternatives,
        status: m.status ?? 'automatic',
      },
    });
  }
  return { source, mentions, unresolved, droppedAsFurniture: dropped, problems };
}
