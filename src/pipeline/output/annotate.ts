/**
 * One source through the geoparser: keep mentions outside page furniture, attach the quote
 * (a window of its sentence), the line in the source file and the years the sentence refers to.
 */
import type { MentionProperties, UnresolvedMention } from '../../shared/types.ts';
import { type BoilerplateRange, findBoilerplate, inBoilerplate } from '../boilerplate/index.ts';
import type { GazetteerEntry } from '../gazetteer/types.ts';
import { type FoundMention, type Geoparser, placeRef } from '../geoparse/types.ts';
import type { Source } from '../sources/types.ts';
import { lineIndex, lineOf } from '../text/lines.ts';
import { quoteIndex } from '../text/quote.ts';
import { sentenceIndex } from '../text/sentences.ts';
import { yearsIn } from '../years/index.ts';

export interface ResolvedMention {
  properties: MentionProperties;
  place: GazetteerEntry;
}

export interface AnnotatedSource {
  source: Source;
  mentions: ResolvedMention[];
  unresolved: UnresolvedMention[];
  /** Mentions (resolved or not) dropped because they lie in page furniture. */
  droppedAsBoilerplate: number;
}

/** The text with its furniture ranges blanked (spaces; line breaks kept), offsets unchanged. */
export function maskRanges(text: string, ranges: readonly BoilerplateRange[]): string {
  if (ranges.length === 0) return text;
  const parts: string[] = [];
  let at = 0;
  for (const r of ranges) {
    parts.push(text.slice(at, r.start));
    // Blank line by line so "\n" and "\r" stay where they were.
    const blanked = text
      .slice(r.start, r.end)
      .split('\n')
      .map((line) =>
        line.endsWith('\r') ? `${' '.repeat(line.length - 1)}\r` : ' '.repeat(line.length),
      );
    parts.push(blanked.join('\n'));
    at = r.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/**
 * Mentions of a text outside its page furniture, and how many were dropped.
 * The geoparser sees the text with the furniture blanked out, so names there can neither be
 * mapped nor sway how the article's other names are resolved (a publisher's "Paris - France"
 * is not evidence that the article is about France); the furniture alone is then parsed to
 * count what was dropped, for the build summary.
 */
export function mentionsOutsideBoilerplate(
  text: string,
  geoparser: Geoparser,
): { kept: FoundMention[]; dropped: number } {
  const furniture = findBoilerplate(text);
  const found = geoparser.parse(maskRanges(text, furniture));
  // Offsets are the same in both texts; take the surface text from the real one.
  const kept = found
    .filter((m) => !inBoilerplate(furniture, m.start, m.end))
    .map((m) => ({ ...m, text: text.slice(m.start, m.end) }));
  const furnitureText = furniture.map((r) => text.slice(r.start, r.end)).join('\n\n');
  const dropped = furnitureText === '' ? 0 : geoparser.parse(furnitureText).length;
  return { kept, dropped };
}

export function annotateSource(source: Source, geoparser: Geoparser): AnnotatedSource {
  const { body, bodyStart } = source;
  const { kept, dropped } = mentionsOutsideBoilerplate(body, geoparser);
  const lines = lineIndex(source.content);
  const sentenceOf = sentenceIndex(body);
  const quoteOf = quoteIndex(body);
  const publishedYear = source.published?.year ?? null;
  const yearCache = new Map<number, number[]>();
  const mentions: ResolvedMention[] = [];
  const unresolved: UnresolvedMention[] = [];
  for (const m of kept) {
    const sentence = sentenceOf(m.start);
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
    // Several mentions often share a sentence: compute its years once.
    let years = yearCache.get(sentence.start);
    if (!years) {
      years = yearsIn(sentence.text, source.published);
      yearCache.set(sentence.start, years);
    }
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
        line,
        publishedYear,
        years,
        confidence: m.confidence,
        alternatives: m.alternatives,
      },
    });
  }
  return { source, mentions, unresolved, droppedAsBoilerplate: dropped };
}
