/**
 * The quote under a mention: its sentence, cut to a bounded window around the mention.
 * A whole sentence per mention made output grow as mentions × sentence length (a one-line
 * list of 100,000 names is one "sentence"); a window keeps it linear in the text.
 *
 * The quote always contains its mention, even when a sentence break falls inside the name
 * ("Sault Ste. Marie" read as two sentences): the sentences of both ends are joined.
 * Where the window cuts a sentence, it cuts after a clause mark (, ; : —) when one is in
 * reach, else at a word boundary; the quote is always an exact slice of the text.
 */
import type { TextRange } from './ranges.ts';
import { rangeAt, sentenceRanges } from './sentences.ts';

/** Characters kept on each side of the mention, at most. */
export const QUOTE_CONTEXT = 160;

const CLAUSE_MARKS = new Set([',', ';', ':', '\u2014', '\u2013']);
const DASHES = new Set(['\u2014', '\u2013']);
/** A clause cut nearer the mention than this would lose the context the reader needs. */
const MIN_CLAUSE_CONTEXT = 60;

function isBlank(ch: string): boolean {
  return ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '\u00a0';
}

/**
 * A clause mark ends a clause when a blank follows it; a dash only when blanks stand on both
 * sides ("Kabul – the capital"), not inside a compound ("Afghanistan–Pakistan").
 */
function endsClause(text: string, i: number): boolean {
  const ch = text[i] ?? '';
  if (!CLAUSE_MARKS.has(ch) || !isBlank(text[i + 1] ?? '')) return false;
  return !DASHES.has(ch) || isBlank(text[i - 1] ?? '');
}

/**
 * Where a quote may begin at or after `from` (and before `limit`, the mention's start): after
 * the first clause mark that leaves enough context before the mention, else at a word.
 */
function cutBefore(text: string, from: number, limit: number): number {
  let wordStart = -1;
  for (let i = from; i < limit; i++) {
    if (endsClause(text, i) && limit - (i + 1) >= MIN_CLAUSE_CONTEXT) return i + 1;
    if (wordStart === -1 && isBlank(text[i] ?? '')) wordStart = i + 1;
  }
  return wordStart === -1 ? from : wordStart;
}

/**
 * Where a quote may end at or before `to` (and after `limit`, the mention's end): after the
 * last clause mark that leaves enough context after the mention, else at a word.
 */
function cutAfter(text: string, to: number, limit: number): number {
  let wordEnd = -1;
  for (let i = to - 1; i >= limit; i--) {
    if (endsClause(text, i) && i - limit >= MIN_CLAUSE_CONTEXT) return i + 1;
    if (wordEnd === -1 && isBlank(text[i] ?? '')) wordEnd = i;
  }
  return wordEnd === -1 ? to : wordEnd;
}

/** Trim white space at both ends of a span of the text. */
function trimmed(text: string, start: number, end: number): TextRange {
  let s = start;
  let e = end;
  while (s < e && isBlank(text[s] ?? '')) s++;
  while (e > s && isBlank(text[e - 1] ?? '')) e--;
  return { start: s, end: e };
}

/** The quote span for `mention` given the sentences that hold its first and last character. */
export function quoteSpan(
  text: string,
  first: TextRange,
  last: TextRange,
  mention: TextRange,
): TextRange & { cutBefore: boolean; cutAfter: boolean } {
  const sentence = {
    start: Math.min(first.start, mention.start),
    end: Math.max(last.end, mention.end),
  };
  const windowStart = Math.max(sentence.start, mention.start - QUOTE_CONTEXT);
  const windowEnd = Math.min(sentence.end, mention.end + QUOTE_CONTEXT);
  const start =
    windowStart > sentence.start ? cutBefore(text, windowStart, mention.start) : windowStart;
  const end = windowEnd < sentence.end ? cutAfter(text, windowEnd, mention.end) : windowEnd;
  const span = trimmed(text, start, end);
  // Never trim into the mention itself.
  return {
    start: Math.min(span.start, mention.start),
    end: Math.max(span.end, mention.end),
    cutBefore: windowStart > sentence.start,
    cutAfter: windowEnd < sentence.end,
  };
}

export interface Quote extends TextRange {
  text: string;
  /** The sentence goes on before or after the quote (the window cut it). */
  cutBefore: boolean;
  cutAfter: boolean;
}

/** All sentences of a text split once; then the quote of any mention by binary search. */
export function quoteIndex(text: string): (mention: TextRange) => Quote {
  const spans = sentenceRanges(text);
  return (mention: TextRange): Quote => {
    const span = quoteSpan(
      text,
      rangeAt(spans, mention.start),
      rangeAt(spans, Math.max(mention.start, mention.end - 1)),
      mention,
    );
    // Field by field, in the spread's order (a spread is many times slower here).
    return {
      start: span.start,
      end: span.end,
      cutBefore: span.cutBefore,
      cutAfter: span.cutAfter,
      text: text.slice(span.start, span.end),
    };
  };
}
