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

// Dotted initialism | word with internal apostrophes | digit run.
const TOKEN_RE = /(?:\p{Lu}\.){2,}|[\p{L}\p{M}]+(?:['’ʼ][\p{L}\p{M}]+)*|\p{N}+/gu;
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

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let prevEnd = 0;
  for (const m of text.matchAll(TOKEN_RE)) {
    const start = m.index;
    let raw = m[0];
    if (
      NAME_PREFIX_ABBREVIATIONS.has(raw) &&
      AFTER_PREFIX_RE.test(text.slice(start + raw.length, start + raw.length + 3))
    ) {
      raw += '.';
    }
    const dotted = raw.endsWith('.');
    const num =
      !dotted && raw.charCodeAt(0) >= 48 && raw.charCodeAt(0) <= 57 && /^\p{N}+$/u.test(raw);
    // Possessive: "Pakistan's" → "Pakistan".
    const possessive = !dotted && raw.length > 3 && /['’ʼ][sS]$/u.test(raw);
    if (possessive) raw = raw.slice(0, -2);
    const end = start + raw.length;
    const first = raw[0] ?? '';
    const letters = dotted ? raw.replace(/\./g, '') : raw;
    const cap = UPPER_RE.test(first);
    const upper = letters.length >= 2 && cap && !LOWER_RE.test(letters);
    // Gaps are disjoint, so slicing each one keeps the whole pass linear.
    const gapText = text.slice(prevEnd, start);
    tokens.push({
      start,
      end,
      text: raw,
      lower: raw.toLowerCase(),
      cap,
      upper,
      num,
      dotted,
      possessive,
      gap: classifyGap(gapText, tokens.length === 0),
      gapStart: prevEnd,
    });
    prevEnd = end;
  }
  return tokens;
}
