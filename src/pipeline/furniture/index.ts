/**
 * Page furniture in texts copied from web pages: comment sections, subscription prompts,
 * cookie notices, "Related articles", © lines, breadcrumbs, credit lines, bylines, citations
 * and a publisher's address block. Place names in them say where the publisher, a reporter
 * or a commenter is, or what a cited work is called, not where the article's events happen,
 * so mentions inside these ranges are dropped (and counted in the build summary). This is
 * the one furniture stage: the build, `extract`, `eval` and the benchmark all go through it
 * (see mentionsOutsideFurniture in dataset/annotate.ts).
 *
 * Decisions:
 * - Classification is per line (see line-rules.ts), because web copy puts each widget on
 *   its own line; a long line of prose is never furniture unless it is a cookie notice.
 * - A comment-section heading ("3 Comments", "Leave a Reply", "Join our commenting forum")
 *   marks everything after it, since readers' comments are long prose lines that no
 *   line rule could tell from the article.
 * - An address or contact line takes its neighbours in the same block (no blank line
 *   between) when they are short and not sentences: the organisation name above a street.
 * - After the last line of prose, everything from the first furniture line on is furniture:
 *   footers mix widgets with bare words ("read without limits") no rule would catch alone.
 *   A tail without any furniture (a reference list) is kept, and so are short lines
 *   between the last prose and the first furniture.
 * - Short unpunctuated lines after the last long paragraph close a page (a publisher's
 *   "Dawn Media Group, Haroon House, Karachi"); a line ending like a sentence is kept.
 */
import { lineRanges } from '../text/lines.ts';
import type { TextRange } from '../text/ranges.ts';
import { atMostWords, classifyLine, isProse, type Reason } from './line-rules.ts';

export type { Reason } from './line-rules.ts';

export interface FurnitureRange extends TextRange {
  reason: Reason;
}

interface ClassifiedLine {
  start: number;
  end: number;
  text: string;
  reason: Reason | null;
}

const isContact = (r: Reason | null): boolean => r === 'postal address' || r === 'contact details';

/** Extend address/contact lines to the short non-sentence lines of their block. */
function growContactBlocks(lines: ClassifiedLine[]): void {
  const isBlockMate = (l: ClassifiedLine | undefined): l is ClassifiedLine =>
    l !== undefined &&
    l.text.trim() !== '' &&
    l.reason === null &&
    l.text.trim().length <= 80 &&
    !/[.!?]$/.test(l.text.trim());
  for (let i = 0; i < lines.length; i++) {
    if (!isContact(lines[i]?.reason ?? null)) continue;
    for (let j = i - 1; j >= 0 && isBlockMate(lines[j]); j--)
      (lines[j] as ClassifiedLine).reason = 'postal address';
    for (let j = i + 1; isBlockMate(lines[j]); j++)
      (lines[j] as ClassifiedLine).reason = 'postal address';
  }
}

/** Everything from the first comment-section heading on. */
function markComments(lines: ClassifiedLine[]): void {
  const first = lines.findIndex((l) => l.reason === 'comments section');
  if (first === -1) return;
  for (let i = first; i < lines.length; i++)
    (lines[i] as ClassifiedLine).reason = 'comments section';
}

/** Index of the last line not yet classified whose text passes `test`, or -1. */
function lastUnclassified(
  lines: readonly ClassifiedLine[],
  test: (text: string) => boolean,
): number {
  for (let i = lines.length - 1; i >= 0; i--) {
    const l = lines[i] as ClassifiedLine;
    if (l.reason === null && test(l.text)) return i;
  }
  return -1;
}

/** From the first furniture line after the last prose line to the end of the text. */
function markTrailingBlock(lines: ClassifiedLine[]): void {
  const lastProse = lastUnclassified(lines, isProse);
  const first = lines.findIndex((l, i) => i > lastProse && l.reason !== null);
  if (first === -1) return;
  for (const l of lines.slice(first)) {
    if (l.reason === null && l.text.trim() !== '') l.reason = 'trailing page furniture';
  }
}

/** A paragraph long enough that what follows it is the page's tail, not the article's. */
const isLongParagraph = (line: string): boolean => line.length > 600 || !atMostWords(line, 19);
const SENTENCE_END = /[.!?"”’)]\s*$/u;

/** Short lines that do not end like a sentence, after the last long paragraph. */
function markUnpunctuatedTail(lines: ClassifiedLine[]): void {
  const last = lastUnclassified(lines, isLongParagraph);
  if (last === -1) return;
  for (const l of lines.slice(last + 1)) {
    const t = l.text.trim();
    if (l.reason !== null || t === '' || SENTENCE_END.test(t) || !atMostWords(t, 15)) continue;
    l.reason = 'trailing page furniture';
  }
}

/** Trim white space off a line's span so ranges cover text only. */
function trimmedSpan(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] ?? '')) s++;
  while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
  return [s, e];
}

/** Furniture ranges in `text`, in order, adjacent lines of one reason merged. Linear time. */
export function findFurniture(text: string): FurnitureRange[] {
  // Pushed, not mapped: map()'s arrays differ in kind between optimised and interpreted
  // callers, and the passes below would be compiled again for each.
  const lines: ClassifiedLine[] = [];
  for (const { start, end } of lineRanges(text)) {
    const line = text.slice(start, end);
    lines.push({ start, end, text: line, reason: classifyLine(line) });
  }
  markComments(lines);
  growContactBlocks(lines);
  markTrailingBlock(lines);
  markUnpunctuatedTail(lines);
  const ranges: FurnitureRange[] = [];
  for (const l of lines) {
    if (l.reason === null) continue;
    const [start, end] = trimmedSpan(text, l.start, l.end);
    if (end <= start) continue;
    const last = ranges[ranges.length - 1];
    // Merge with the previous range of the same reason when only white space lies between.
    if (last && last.reason === l.reason && text.slice(last.end, start).trim() === '') {
      last.end = end;
    } else {
      ranges.push({ start, end, reason: l.reason });
    }
  }
  return ranges;
}
