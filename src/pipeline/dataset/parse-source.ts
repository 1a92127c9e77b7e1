/**
 * The slow, deterministic stage of the build for one source: page furniture, the geoparser and
 * the years of each mention found. Its result depends only on the source's body, its
 * publication date, this code and the gazetteer, so the build caches it (README "Incremental
 * builds", parse-cache.ts); the reader's corrections are applied after it (annotate.ts).
 */
import type { PartialDate } from '../../shared/types.ts';
import { findFurniture } from '../furniture/index.ts';
import type { FoundMention, Geoparser } from '../geoparse/types.ts';
import { sentenceIndex } from '../text/sentences.ts';
import { type Dating, datingInSentence } from '../years/index.ts';

export interface ParsedSource {
  /** The geoparser's mentions outside page furniture, in text order. */
  found: FoundMention[];
  /** Mentions set aside because they lie in page furniture. */
  dropped: number;
  /** The dating of each placed mention found, by its start offset in the body. */
  dating: ReadonlyMap<number, Dating>;
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

export function parseSource(
  body: string,
  published: PartialDate | null,
  geoparser: Geoparser,
): ParsedSource {
  const { kept, dropped } = mentionsOutsideFurniture(body, geoparser);
  const datingOf = mentionDating(body, published);
  const dating = new Map<number, Dating>();
  // Only placed mentions are dated; one a correction places is dated then (annotate.ts).
  for (const m of kept) if (m.place) dating.set(m.start, datingOf(m.start));
  return { found: kept, dropped, dating };
}
