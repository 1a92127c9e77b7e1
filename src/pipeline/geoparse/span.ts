import type { GazetteerEntry } from '../gazetteer/types.ts';
import type { TextRange } from '../text/ranges.ts';
import type { Token } from './tokenize.ts';

/** How a span was found. */
export type SpanSource = 'name' | 'dateline' | 'phrase' | 'unknown';

/** A stretch of text that may name a place, with the gazetteer entries its name matches. */
export interface NameSpan extends TextRange {
  /** First and last token index (inclusive). */
  ti: number;
  tj: number;
  text: string;
  /** Normalised lookup key. */
  key: string;
  entries: readonly GazetteerEntry[];
  source: SpanSource;
}

export type Normalize = (surface: string) => string;

/** The span covering tokens s…e (inclusive), its text as it stands and its lookup key. */
export function tokenSpan(
  text: string,
  tokens: readonly Token[],
  s: number,
  e: number,
  entries: readonly GazetteerEntry[],
  source: SpanSource,
  normalize: Normalize,
): NameSpan {
  const start = tokens[s]!.start;
  const end = tokens[e]!.end;
  const surface = text.slice(start, end);
  return { ti: s, tj: e, start, end, text: surface, key: normalize(surface), entries, source };
}

/**
 * The span with its fields in the one order every span is built in: a span changed by
 * spreading (`{ ...s, tj }`) has another hidden class, and each function that reads spans is
 * compiled again for it. Change a span as `spanOf({ ...s, tj })`.
 */
export function spanOf(f: NameSpan): NameSpan {
  return withEntries(f, f.entries);
}

/** The span with other readings (in the one order, without a spread: filters narrow often). */
export function withEntries(f: NameSpan, entries: readonly GazetteerEntry[]): NameSpan {
  return {
    ti: f.ti,
    tj: f.tj,
    start: f.start,
    end: f.end,
    text: f.text,
    key: f.key,
    entries,
    source: f.source,
  };
}
