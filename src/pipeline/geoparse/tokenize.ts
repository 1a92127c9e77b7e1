/**
 * Splits text into word tokens with exact UTF-16 offsets.
 *
 * A word is a run of letters (with combining marks) plus internal apostrophes ("d'Ivoire").
 * Hyphens split words, but the gap records them, so "Mazar-e-Sharif" can be rebuilt as a name
 * while "Afghanistan-Pakistan" still yields both countries. Digits are separate tokens, so
 * footnote markers glued to words ("Laden[1]", "(MAK)4", "region3") do not hide the word.
 * A trailing possessive "'s" is left out of the token. Dotted initialisms ("U.S.", "U.A.E.")
 * are one token.
 */

export type Gap = 'start' | 'none' | 'space' | 'hyphen' | 'comma' | 'newline' | 'other';

export interface Token {
  start: number;
  end: number;
  text: string;
  /** Lower-case text. */
  lower: string;
  /** First letter is upper-case. */
  cap: boolean;
  /** Two or more letters, all upper-case ("KABUL", "US"). */
  upper: boolean;
  /** Digits only. */
  num: boolean;
  /** Dotted initialism ("U.S."). */
  dotted: boolean;
  /** A possessive "'s" followed and was left out ("Cox" in "Cox's Bazar"). */
  possessive: boolean;
  /** What separates this token from the previous one. */
  gap: Gap;
  /** Offset where the gap before this token starts (the previous token's end, or 0). */
  gapStart: number;
}

/**
 * What a token is, as one pattern: dotted initialism | word with internal apostrophes | digit
 * run. tokenize() scans by hand for speed (it is the geoparser's hottest loop); tokenize.test
 * checks that it finds exactly this pattern's matches.
 */
export const TOKEN_RE = /(?:\p{Lu}\.){2,}|[\p{L}\p{M}]+(?:['’ʼ][\p{L}\p{M}]+)*|\p{N}+/gu;
const HYPHENS = new Set(['-', '‐', '‑']);
const HSPACE_RE = /^[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+$/u;

function classifyGap(gap: string, first: boolean): Gap {
  if (first) return 'start';
  if (gap.length === 0) return 'none';
  if (gap === ' ') return 'space'; // by far the most common gap: no regex for it
  if (gap.length === 1 && HYPHENS.has(gap)) return 'hyphen';
  if (HSPACE_RE.test(gap)) return 'space';
  if (gap.includes('\n') || gap.includes('\r') || gap.includes('\u2028')) return 'newline';
  if (/^[ \t\u00a0]*,[ \t\u00a0]*$/u.test(gap)) return 'comma';
  return 'other';
}

const UPPER_RE = /\p{Lu}/u;
const LOWER_RE = /\p{Ll}/u;

/**
 * Abbreviated first words of place names ("St. Louis", "Mt. Kenya", "Ft. Worth"): the dot
 * belongs to the word when a capitalised word follows, so that the name reads as one.
 */
const NAME_PREFIX_ABBREVIATIONS = new Set(['St', 'Ste', 'Mt', 'Ft']);
const AFTER_PREFIX_RE = /^\.[ \u00a0]\p{Lu}/u;

const LETTER_OR_MARK_RE = /^[\p{L}\p{M}]$/u;
const UPPER_LETTER_RE = /^\p{Lu}$/u;
const NUMBER_RE = /^\p{N}$/u;
const DIGITS_RE = /^\p{N}+$/u;
/** Ends in an apostrophe and s ("Pakistan's"), read by code unit: every word asks. */
const endsPossessive = (raw: string): boolean => {
  const s = raw.charCodeAt(raw.length - 1);
  return (s === 115 || s === 83) && isApostrophe(raw.charCodeAt(raw.length - 2));
};

/** Any lower-case letter: ASCII by code, the rest by its Unicode property. */
function hasLower(letters: string): boolean {
  for (let k = 0; k < letters.length; k++) {
    const c = letters.charCodeAt(k);
    if (c >= 128) return LOWER_RE.test(letters);
    if (c >= 97 && c <= 122) return true;
  }
  return false;
}

/** raw.toLowerCase(), without making a new string for a word in lower-case ASCII already. */
function lowerCase(raw: string): string {
  for (let k = 0; k < raw.length; k++) {
    const c = raw.charCodeAt(k);
    if (c >= 128 || (c >= 65 && c <= 90)) return raw.toLowerCase();
  }
  return raw;
}

/** Character classes, ASCII by code, anything else by its Unicode property. */
const OTHER = 0;
const UPPER = 1;
const LETTER = 2;
const NUMBER = 3;
type Kind = typeof OTHER | typeof UPPER | typeof LETTER | typeof NUMBER;

/** The class of one code point, by its Unicode properties. */
function kindOfCodePoint(codePoint: number): Kind {
  const char = String.fromCodePoint(codePoint);
  if (UPPER_LETTER_RE.test(char)) return UPPER;
  if (LETTER_OR_MARK_RE.test(char)) return LETTER;
  return NUMBER_RE.test(char) ? NUMBER : OTHER;
}

/**
 * kindOfCodePoint of each code unit outside the surrogates, plus one (0: not asked yet), so
 * that the patterns run once per character per thread: curly quotes, dashes and accented
 * letters recur in every text.
 */
const BMP_KINDS = new Uint8Array(0x10000);

function kindAt(text: string, i: number): Kind {
  const c = text.charCodeAt(i);
  if (c < 128) {
    if (c >= 97 && c <= 122) return LETTER;
    if (c >= 65 && c <= 90) return UPPER;
    return c >= 48 && c <= 57 ? NUMBER : OTHER;
  }
  if (c >= 0xd800 && c <= 0xdfff) return kindOfCodePoint(text.codePointAt(i) as number);
  const known = BMP_KINDS[c] as number;
  if (known !== 0) return (known - 1) as Kind;
  const kind = kindOfCodePoint(c);
  BMP_KINDS[c] = kind + 1;
  return kind;
}

/** UTF-16 length of the character at i (2 for a surrogate pair). */
function sizeAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return 1;
  const next = text.charCodeAt(i + 1);
  return next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
}

const isApostrophe = (c: number): boolean => c === 39 || c === 0x2019 || c === 0x2bc;

/** End of the run of characters of the given kinds starting at i. */
function runEnd(text: string, i: number, letters: boolean): number {
  let k = i;
  // ASCII letters, the usual run, read by code.
  if (letters) {
    while (k < text.length && ((text.charCodeAt(k) | 32) - 97) >>> 0 < 26) k++;
  }
  while (k < text.length) {
    const kind = kindAt(text, k);
    if (letters ? kind !== UPPER && kind !== LETTER : kind !== NUMBER) break;
    k += sizeAt(text, k);
  }
  return k;
}

/** End of the token starting at i (a letter, mark or number), as TOKEN_RE would match it. */
function tokenEnd(text: string, i: number, kind: Kind): number {
  if (kind === NUMBER) return runEnd(text, i, false);
  if (kind === UPPER) {
    // Dotted initialism: two or more upper-case letters each followed by a dot.
    let k = i;
    let pairs = 0;
    while (k < text.length && kindAt(text, k) === UPPER) {
      const after = k + sizeAt(text, k);
      if (text.charCodeAt(after) !== 46) break;
      k = after + 1;
      pairs++;
    }
    if (pairs >= 2) return k;
  }
  let end = runEnd(text, i, true);
  // Internal apostrophes: "d'Ivoire".
  while (isApostrophe(text.charCodeAt(end)) && end + 1 < text.length) {
    const next = kindAt(text, end + 1);
    if (next !== UPPER && next !== LETTER) break;
    end = runEnd(text, end + 1, true);
  }
  return end;
}

/** Where TOKEN_RE matches in text, as [start, end, start, end, …], found without the pattern. */
export function tokenBoundaries(text: string): number[] {
  const out: number[] = [];
  let i = 0;
  while (i < text.length) {
    const kind = kindAt(text, i);
    if (kind === OTHER) {
      i += sizeAt(text, i);
      continue;
    }
    const end = tokenEnd(text, i, kind);
    out.push(i, end);
    i = end;
  }
  return out;
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let prevEnd = 0;
  const bounds = tokenBoundaries(text);
  for (let b = 0; b < bounds.length; b += 2) {
    const start = bounds[b] as number;
    let raw = text.slice(start, bounds[b + 1]);
    if (
      raw.length <= 3 && // the longest prefix: most words skip the set
      NAME_PREFIX_ABBREVIATIONS.has(raw) &&
      AFTER_PREFIX_RE.test(text.slice(start + raw.length, start + raw.length + 3))
    ) {
      raw += '.';
    }
    const dotted = raw.charCodeAt(raw.length - 1) === 46; // a final "."
    const num =
      !dotted && raw.charCodeAt(0) >= 48 && raw.charCodeAt(0) <= 57 && DIGITS_RE.test(raw);
    // Possessive: "Pakistan's" → "Pakistan".
    const possessive = !dotted && raw.length > 3 && endsPossessive(raw);
    if (possessive) raw = raw.slice(0, -2);
    const end = start + raw.length;
    const letters = dotted ? raw.replace(/\./g, '') : raw;
    const c0 = raw.charCodeAt(0);
    const cap = c0 < 128 ? c0 >= 65 && c0 <= 90 : UPPER_RE.test(raw[0] as string);
    const upper = letters.length >= 2 && cap && !hasLower(letters);
    // One space, the usual gap, read by code; gaps are disjoint, so slicing each other one
    // keeps the whole pass linear.
    const gap =
      tokens.length > 0 && start - prevEnd === 1 && text.charCodeAt(prevEnd) === 32
        ? 'space'
        : classifyGap(text.slice(prevEnd, start), tokens.length === 0);
    tokens.push({
      start,
      end,
      text: raw,
      lower: lowerCase(raw),
      cap,
      upper,
      num,
      dotted,
      possessive,
      gap,
      gapStart: prevEnd,
    });
    prevEnd = end;
  }
  return tokens;
}
