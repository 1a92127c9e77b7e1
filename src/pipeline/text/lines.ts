/**
 * Line bookkeeping for texts that may be megabytes long: the line starts are computed once
 * (linear), then each offset → line/column lookup is a binary search, so annotating many
 * mentions never rescans the text (problems.ts's positionAt is linear per call).
 */
import type { TextPosition } from '../problems.ts';
import type { TextRange } from './ranges.ts';

export interface LineIndex {
  /** 0-based UTF-16 offset of the first character of each line; starts[0] === 0. */
  readonly starts: readonly number[];
  readonly length: number;
}

export function lineIndex(text: string): LineIndex {
  const starts = [0];
  let i = text.indexOf('\n');
  while (i !== -1) {
    starts.push(i + 1);
    i = text.indexOf('\n', i + 1);
  }
  return { starts, length: text.length };
}

/** 1-based line of an offset. */
export function lineOf(index: LineIndex, offset: number): number {
  const { starts } = index;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/** Same result as problems.ts positionAt, in O(log lines). */
export function positionIn(index: LineIndex, offset: number): TextPosition {
  const clamped = Math.max(0, Math.min(offset, index.length));
  const line = lineOf(index, clamped);
  const start = index.starts[line - 1] ?? 0;
  return { line, column: clamped - start + 1, offset: clamped };
}

/**
 * Every line of the text: from its first character to just past its last, without the "\n"
 * and a "\r" before it ("\r\n" endings are accepted).
 */
export function lineRanges(text: string): TextRange[] {
  const spans: TextRange[] = [];
  let start = 0;
  while (start <= text.length) {
    let nl = text.indexOf('\n', start);
    if (nl === -1) nl = text.length;
    const end = nl > start && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
    spans.push({ start, end });
    start = nl + 1;
  }
  return spans;
}
