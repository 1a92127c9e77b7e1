import type { GazetteerEntry } from '../gazetteer/types.ts';

/** How a span was found. */
export type SpanSource = 'name' | 'dateline' | 'phrase' | 'unknown';

/** A stretch of text that may name a place, with the gazetteer entries its name matches. */
export interface Span {
  /** First and last token index (inclusive). */
  ti: number;
  tj: number;
  start: number;
  end: number;
  text: string;
  /** Normalised lookup key. */
  key: string;
  entries: readonly GazetteerEntry[];
  source: SpanSource;
}

export type Normalize = (surface: string) => string;
