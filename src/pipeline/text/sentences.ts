/**
 * Sentence boundaries for quoting: good enough that the quote under a map mark reads as the
 * sentence that names the place. One left-to-right pass (linear time); the look-behind for
 * abbreviations is bounded by the length of a word.
 *
 * Not Intl.Segmenter: on the unit tests' cases it splits after "Dr.", "Gen.", initials and
 * wrapped lines (14 of 19 right), and its time grows with the square of the text (480 KB took
 * 71 s against 0.13 s here), as every segment it yields carries a copy of the input.
 *
 * A sentence ends
 * - at a paragraph break (a blank line) — always;
 * - at a single line break unless the next line starts in lower case (a wrapped line):
 *   headings and list items have no final punctuation;
 * - after . ! ? … (plus closing quotes/brackets) followed by white space and a sentence start
 *   (upper case, digit, opening quote or bracket), unless the word before the dot is an
 *   abbreviation ("Dr.", "Gen.", "Jan."), a single-letter initial ("J. Smith"), or an
 *   initialism such as "U.S." followed by anything but a common sentence opener.
 */
import { ABBREVIATIONS } from './abbreviations.ts';
import type { TextRange } from './ranges.ts';

export interface Sentence extends TextRange {
  text: string;
}

const CLOSERS = new Set(['"', "'", '\u201d', '\u2019', ')', ']', '\u00bb']);
const OPENERS = new Set(['"', "'", '\u201c', '\u2018', '(', '[', '\u00ab', '\u2014', '-']);
/** Words that open a sentence after an initialism: "… in the U.S. The …". */
const SENTENCE_OPENERS = new Set([
  'the',
  'a',
  'an',
  'it',
  'he',
  'she',
  'they',
  'we',
  'i',
  'this',
  'that',
  'these',
  'those',
  'but',
  'and',
  'in',
  'on',
  'at',
  'as',
  'there',
  'his',
  'her',
  'their',
  'its',
  'however',
  'after',
  'before',
  'since',
  'when',
  'while',
  'if',
  'so',
  'yet',
  'our',
  'some',
  'many',
  'most',
]);

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 0xa0 || c === 0x2009 || c === 0x202f;
}

function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

function isLower(ch: string): boolean {
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

function isDigit(ch: string): boolean {
  return ch >= '0' && ch <= '9';
}

function isLetter(ch: string): boolean {
  return ch.toLowerCase() !== ch.toUpperCase();
}

/** The word (letters and inner dots) that ends just before `dot`. */
function wordBefore(text: string, dot: number, floor: number): string {
  let i = dot;
  // 24 characters is longer than any abbreviation or initialism we care about.
  const limit = Math.max(floor, dot - 24);
  while (i > limit) {
    const ch = text[i - 1] ?? '';
    if (isLetter(ch) || ch === '.') i--;
    else break;
  }
  return text.slice(i, dot);
}

function wordAt(text: string, from: number, to: number): string {
  let i = from;
  while (i < to && isLetter(text[i] ?? '')) i++;
  return text.slice(from, i);
}

/** Does the full stop at `dot` not end a sentence, given the next sentence would start at `next`? */
function isNonFinalDot(
  text: string,
  dot: number,
  next: number,
  floor: number,
  to: number,
): boolean {
  const word = wordBefore(text, dot, floor);
  if (word === '') return false;
  const bare = word.replace(/\./g, '');
  if (!word.includes('.') && ABBREVIATIONS.has(word.toLowerCase())) return true;
  // "J. Smith": a single capital letter is an initial.
  if (word.length === 1 && isUpper(word)) return true;
  // "U.S.", "U.N.", "e.g.", "i.e.": letters separated by dots.
  if (word.includes('.') && /^(?:[A-Za-z]\.)+[A-Za-z]$/.test(word)) {
    if (bare.toLowerCase() === 'eg' || bare.toLowerCase() === 'ie') return true;
    const following = wordAt(text, next, to).toLowerCase();
    return !SENTENCE_OPENERS.has(following);
  }
  return false;
}

/** Is `i` (just after a line break) the start of a wrapped continuation line? */
function continuesLine(text: string, i: number, to: number): boolean {
  let j = i;
  while (j < to && isSpace(text.charCodeAt(j))) j++;
  return j < to && isLower(text[j] ?? '');
}

function pushTrimmed(text: string, out: TextRange[], start: number, end: number): void {
  let s = start;
  let e = end;
  while (s < e && (isSpace(text.charCodeAt(s)) || text.charCodeAt(s) === 10)) s++;
  while (e > s && (isSpace(text.charCodeAt(e - 1)) || text.charCodeAt(e - 1) === 10)) e--;
  if (e > s) out.push({ start: s, end: e });
}

/** Sentence spans of text[from, to), trimmed of surrounding white space, in order. */
export function sentenceRanges(text: string, from = 0, to = text.length): TextRange[] {
  const out: TextRange[] = [];
  let start = from;
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      // Line break: a boundary unless the next line is a lower-case continuation.
      if (!continuesLine(text, i + 1, to)) {
        pushTrimmed(text, out, start, i);
        start = i + 1;
      }
      i++;
      continue;
    }
    const ch = text[i] ?? '';
    if (ch === '.' || ch === '!' || ch === '?' || ch === '\u2026') {
      // Take the whole run of terminal punctuation and closing quotes/brackets.
      let end = i + 1;
      while (end < to) {
        const n = text[end] ?? '';
        if (n === '.' || n === '!' || n === '?' || n === '\u2026' || CLOSERS.has(n)) end++;
        else break;
      }
      let next = end;
      while (next < to && isSpace(text.charCodeAt(next))) next++;
      const hasSpace = next > end;
      const nextCh = text[next] ?? '';
      const atLineEnd = next >= to || text.charCodeAt(next) === 10;
      const startsSentence =
        isUpper(nextCh) || isDigit(nextCh) || OPENERS.has(nextCh) || !isLetter(nextCh);
      // One terminal mark (closing quotes/brackets may follow): "Gen." or "(ret.)", not "...".
      let marks = 0;
      for (let k = i; k < end; k++) if (!CLOSERS.has(text[k] ?? '')) marks++;
      const single = marks === 1;
      if (
        (atLineEnd || (hasSpace && startsSentence && !isLower(nextCh))) &&
        !(single && ch === '.' && isNonFinalDot(text, i, next, from, to))
      ) {
        pushTrimmed(text, out, start, end);
        start = end;
      }
      i = end;
      continue;
    }
    i++;
  }
  pushTrimmed(text, out, start, to);
  return out;
}

/** The paragraph (text between blank lines) around an offset: sentences never cross one. */
function paragraphAround(text: string, offset: number): TextRange {
  let start = offset;
  while (start > 0) {
    const nl = text.lastIndexOf('\n', start - 1);
    if (nl === -1) {
      start = 0;
      break;
    }
    const prev = text.lastIndexOf('\n', nl - 1);
    if (text.slice(prev + 1, nl).trim() === '') {
      start = nl + 1;
      break;
    }
    start = nl;
  }
  let end = offset;
  for (;;) {
    const nl = text.indexOf('\n', end);
    if (nl === -1) {
      end = text.length;
      break;
    }
    const after = text.indexOf('\n', nl + 1);
    const line = text.slice(nl + 1, after === -1 ? text.length : after);
    if (line.trim() === '') {
      end = nl;
      break;
    }
    end = nl + 1;
  }
  return { start, end };
}

/**
 * The sentence containing `offset`. Only the enclosing paragraph is scanned, so calling it
 * for every mention of a long text stays cheap. Falls back to the paragraph itself.
 */
export function sentenceAt(text: string, offset: number): Sentence {
  const para = paragraphAround(text, offset);
  const spans = sentenceRanges(text, para.start, para.end);
  let best = spans[0];
  for (const span of spans) {
    if (span.start <= offset) best = span;
    if (span.start <= offset && offset < span.end) break;
  }
  const chosen = best ?? para;
  return { start: chosen.start, end: chosen.end, text: text.slice(chosen.start, chosen.end) };
}

/** All sentences of a text, split once, for many lookups (binary search per offset). */
export function sentenceIndex(text: string): (offset: number) => Sentence {
  const spans = sentenceRanges(text);
  return (offset: number): Sentence => {
    const span = rangeAt(spans, offset);
    return { start: span.start, end: span.end, text: text.slice(span.start, span.end) };
  };
}

/** The last of the ordered spans starting at or before `offset` (binary search). */
export function rangeAt(spans: readonly TextRange[], offset: number): TextRange {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((spans[mid]?.start ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return spans[lo] ?? { start: offset, end: offset };
}
