/**
 * One source through the geoparser: keep mentions outside page furniture, apply the reader's
 * corrections (src/pipeline/corrections/), attach the quote (a window of its sentence), the line
 * in the source file and the years its clause refers to.
 */
import type { MentionProperties, UnresolvedMention } from '../../shared/types.ts';
import { applyCorrections, type PlacedCorrection } from '../corrections/index.ts';
import type { GazetteerEntry } from '../gazetteer/types.ts';
import { type Geoparser, placeRef } from '../geoparse/types.ts';
import type { Problem } from '../problems.ts';
import type { Source } from '../sources/types.ts';
import { lineIndex, lineOf } from '../text/lines.ts';
import { quoteIndex } from '../text/quote.ts';
import type { Dating } from '../years/index.ts';
import { mentionDating, type ParsedSource, parseSource } from './parse-source.ts';

// Their home is the cached stage; eval, extract and the benchmarks reach them here too.
export { mentionDating, mentionsOutsideFurniture } from './parse-source.ts';

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
 * `parsed` is the slow stage's result for this source (parse-source.ts), which the build may
 * take from its cache; the corrections, quotes and lines are always worked out afresh.
 */
export function annotateSource(
  source: Source,
  geoparser: Geoparser,
  corrections: readonly PlacedCorrection[] = [],
  parsed: ParsedSource = parseSource(source.body, source.published, geoparser),
): AnnotatedSource {
  const { body, bodyStart } = source;
  const { found, dropped } = parsed;
  const { mentions: kept, problems } = applyCorrections(found, corrections, body, (id) =>
    geoparser.place(id),
  );
  const lines = lineIndex(source.content);
  let fresh: ((start: number) => Dating) | undefined;
  const datingOf = (start: number): Dating => {
    const cached = parsed.dating.get(start);
    if (cached) return cached;
    // A mention a correction placed or added: dated here, once the stage's index is built.
    fresh ??= mentionDating(body, source.published);
    return fresh(start);
  };
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
