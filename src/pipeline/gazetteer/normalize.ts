/**
 * The lookup key: one function normalises both the names we index and the surface text the
 * geoparser looks up, so the two always agree. Keys are space-separated lower-case ASCII-ish
 * tokens; they are not meant for display.
 *
 * Beyond case, diacritics and punctuation, the key folds the spelling variation that comes from
 * romanising Persian, Pashto and Arabic names in different systems (BGN/PCGN "Khowst", "Qandahar",
 * "Mazar-e Sharif" against the press's "Khost", "Kandahar", "Mazar-i-Sharif"). Each fold is a
 * rule, not a list of names, and is kept narrow enough that commonly confused places
 * (Iran/Iraq, Niger/Nigeria, Paktia/Paktika, Austria/Australia, Mali/Malé, Oman/Uman) stay apart:
 * see test/unit/gazetteer/normalize.test.ts for both sides.
 */
import { boundedMemo } from '../../shared/bounded-memo.ts';

/** Letters that NFKD does not decompose into a base letter plus marks. */
export const SPECIAL_LETTERS: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  ħ: 'h',
  ı: 'i',
  ł: 'l',
  þ: 'th',
  ŧ: 't',
  ŋ: 'n',
};

/** Apostrophe-like marks (ASCII, typographic, ayn/hamza transliterations): dropped inside words. */
const APOSTROPHES = /['‘’‚‛′`´ʹʻʼʽʾʿˈ]/g;
/** A possessive 's goes before apostrophes are dropped: "America's" is America, not "Americas". */
const POSSESSIVE = /(\p{L})['’]s(?!\p{L})/gu;
/** Dots vanish so that "U.S." and "US", "St." and "St" agree. */
const DOTS = /\./g;
/** Everything else that is not a letter or digit separates tokens (hyphens, dashes, slashes, commas …). */
const SEPARATORS = /[^\p{L}\p{N}]+/gu;
const MARKS = /\p{M}+/gu;
const CONSONANT = 'bcdfghjklmnpqrstvxz';

function foldLetters(s: string): string {
  let out = '';
  for (const ch of s) out += SPECIAL_LETTERS[ch] ?? ch;
  return out;
}

/**
 * Folds one token. Order matters: later rules see the output of earlier ones.
 * - q → k: Qandahar/Kandahar, Qunduz/Kunduz, Iraq/Irak.
 * - doubled consonants collapse: Shariff/Sharif, Nassiriya/Nasiriya (doubled vowels stay, so
 *   "good" does not become "god").
 * - final "h" after a vowel is dropped: Jeddah/Jedda, Nasiriyah/Nasiriya.
 * - "iya" → "ia": Paktiya/Paktia, Bamiyan/Bamian.
 * - "ow" before a consonant other than n → "o" (BGN's spelling of the diphthong): Khowst/Khost,
 *   Ghowr/Ghor, Lowgar/Logar. Not before n, so Newtown and Newton stay apart.
 * - in tokens of four letters or more, i → e and u → o when not the first letter and followed by
 *   a consonant: Hilmand/Helmand,
 *   Nimruz/Nimroz, Sar-e Pul/Sar-e Pol, Hirat/Herat. The first letter is kept (Oman is not Uman)
 *   and so is a word-final vowel (Mali is not Malé). Folding towards e/o keeps the common English
 *   spellings (Peshawar, Helmand, Nimroz, Khost) unchanged as keys.
 */
export function foldToken(token: string): string {
  // Folding can create new matches (i → e next to an e makes a double): repeat to a fixed point,
  // so that normalizeName is idempotent.
  let t = token;
  for (let i = 0; i < 4; i++) {
    const next = foldOnce(t);
    if (next === t) break;
    t = next;
  }
  return t;
}

function foldOnce(token: string): string {
  let t = token.replace(/q/g, 'k');
  t = t.replace(/([bcdfghjklmnpqrstvwxyz])\1+/g, '$1');
  if (t.length > 2) t = t.replace(/([aeiou])h$/, '$1');
  t = t.replace(/iya/g, 'ia');
  t = t.replace(/ow(?=[bcdfghjklmpqrstvxz])/g, 'o');
  if (t.length < 4) return t;
  let out = t.charAt(0);
  for (let i = 1; i < t.length; i++) {
    const ch = t.charAt(i);
    const next = t.charAt(i + 1);
    const closed = next !== '' && CONSONANT.includes(next);
    if (closed && ch === 'i') out += 'e';
    else if (closed && ch === 'u') out += 'o';
    else out += ch;
  }
  return out;
}

/** Ezafe and similar connectives written as separate tokens: "Mazar-e Sharif", "Mazar-i-Sharif". */
const EZAFE = new Set(['e', 'i', 'ye', 'yi']);

/**
 * First words of place names that are as often abbreviated: "Saint Louis", "St. Louis" and
 * "St Louis" share one key. Only as the first of several words ("Fort" alone stays a fort).
 */
const NAME_PREFIXES: Readonly<Record<string, string>> = {
  saint: 'st',
  sainte: 'ste',
  mount: 'mt',
  fort: 'ft',
};

/**
 * The lookup key for a place name or a span of surface text. Every name indexed and every
 * surface the geoparser meets for the first time passes here, so the common cases are short
 * cuts to the same key (normalize.test.ts checks them against the plain composition): ASCII
 * text skips decomposition, marks and special letters; text without an apostrophe skips the
 * possessive rule; words, which recur across names, are folded once each.
 */
export function normalizeName(s: string): string {
  const lower = isAscii(s)
    ? s.toLowerCase()
    : foldLetters(s.normalize('NFKD').replace(MARKS, '').toLowerCase());
  const unpossessed =
    lower.includes("'") || lower.includes('’') ? lower.replace(POSSESSIVE, '$1') : lower;
  const plain = unpossessed.replace(APOSTROPHES, '').replace(DOTS, '');
  const tokens = plain.split(SEPARATORS).filter((t) => t !== '');
  if (tokens.length > 1 && tokens[0] === 'the') tokens.shift();
  if (tokens.length > 1) tokens[0] = NAME_PREFIXES[tokens[0] as string] ?? (tokens[0] as string);
  return tokens.map((t, i) => (i > 0 && EZAFE.has(t) ? 'i' : foldedWord(t))).join(' ');
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 128) return false;
  return true;
}

/** foldToken, remembered (bounded; only saves work). */
const foldedWord = boundedMemo(foldToken);

/** Number of tokens in a key ("" has none). */
export function tokenCount(key: string): number {
  if (key === '') return 0;
  let n = 1;
  for (let i = 0; i < key.length; i++) if (key.charCodeAt(i) === 32) n++;
  return n;
}
