/**
 * Candidate spans: longest gazetteer matches over capitalised token sequences.
 *
 * A name starts at a capitalised word (or an "al-"/"el-" prefix glued to one), may contain
 * lower-case connectors ("Bosnia and Herzegovina", "Mazar-e-Sharif", "Democratic Republic of
 * the Congo") and must end on a capitalised word. Words are joined by spaces or hyphens only:
 * a comma, a line break or other punctuation ends the name. The longest sequence that the
 * gazetteer knows wins, and the scan resumes after it, so the pass is linear in the number
 * of tokens (each start tries at most `maxTokens` ends).
 *
 * All-caps words are looked up only in datelines and all-caps headlines; elsewhere an
 * all-caps word is an acronym ("AQIS", "MAK"), and only country-level abbreviations survive
 * (see filters/abbreviation.ts).
 */
import { boundedMemo } from '../../shared/bounded-memo.ts';
import type { Gazetteer, GazetteerEntry } from '../gazetteer/types.ts';
import type { Layout } from './layout.ts';
import { MONTHS_AND_DAYS } from './lexicon/calendar.ts';
import {
  UNKNOWN_PLURAL_TRIGGERS,
  UNKNOWN_TRIGGERS_AFTER,
  UNKNOWN_TRIGGERS_BEFORE,
} from './lexicon/designators.ts';
import { PLACE_MODIFIERS } from './lexicon/directions.ts';
import {
  COMMON_WORDS,
  GROUP_WORDS,
  HYPHEN_PREFIXES,
  NAME_CONNECTORS,
  STOP_WORDS,
} from './lexicon/words.ts';
import { type NameSpan, type Normalize, tokenSpan } from './span.ts';
import type { Token } from './tokenize.ts';

export interface CandidateOptions {
  maxTokens: number;
  /** lookupSurface over this gazetteer and normaliser, memoised (memoisedLookup) or not. */
  lookup?: SurfaceLookup;
}

/** A surface's lookup key and the entries indexed under it. */
export interface SurfaceMatch {
  key: string;
  entries: readonly GazetteerEntry[];
}
export type SurfaceLookup = (surface: string) => SurfaceMatch;

const isJoin = (t: Token): boolean => t.gap === 'space' || t.gap === 'hyphen';

/** Can a name start at token i? */
function canStart(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.num) return false;
  if (t.cap) return true;
  const next = tokens[i + 1];
  // The set last: most lower-case words have no capitalised word hyphened to them.
  return next !== undefined && next.gap === 'hyphen' && next.cap && HYPHEN_PREFIXES.has(t.lower);
}

const LOWER_NAME_HEADS = new Set(['subcontinent', 'peninsula', 'archipelago']);

const ELIDED_NAME_WORD_RE = /^(?:d|l|dell|nell|dall|sull)['’ʼ]\p{Lu}/u;
/** ELIDED_NAME_WORD_RE, the pattern only for words starting with d, l, n or s. */
function elidedNameWord(word: string): boolean {
  const c = word.charCodeAt(0);
  return (c === 100 || c === 108 || c === 110 || c === 115) && ELIDED_NAME_WORD_RE.test(word);
}

/** "Cox's Bazar", "Martha's Vineyard": a possessive inside a name. */
const POSSESSIVE_GAP_RE = /^['’ʼ][sS] $/u;

/** Can token t (after prev) sit inside a name? Returns 'end' if the name may also end there. */
function inside(text: string, prev: Token, t: Token): 'end' | 'mid' | null {
  if (t.num) return null;
  const possessiveJoin =
    prev.possessive && t.gap === 'other' && POSSESSIVE_GAP_RE.test(text.slice(prev.end, t.start));
  if (!isJoin(t) && !possessiveJoin) return null;
  if (t.cap) return 'end';
  // "Côte d'Ivoire", "Cortina d'Ampezzo": an elided article before a capital is a name word.
  if (elidedNameWord(t.text)) return 'end';
  // "the Indian subcontinent", "the Korean peninsula": region names written in lower case.
  if (LOWER_NAME_HEADS.has(t.lower)) return 'end';
  if (NAME_CONNECTORS.has(t.lower)) return 'mid';
  return null;
}

export function lookupSurface(
  gazetteer: Gazetteer,
  normalize: Normalize,
  surface: string,
): SurfaceMatch {
  const key = normalize(surface);
  if (key.length === 0) return { key, entries: [] };
  const entries = gazetteer.lookup(key);
  if (entries.length > 0 || !surface.includes('.')) return { key, entries };
  // "U.S." may be indexed as "us".
  const bare = normalize(surface.replace(/\./g, ''));
  return { key: bare, entries: gazetteer.lookup(bare) };
}

/**
 * lookupSurface with its answers kept, keyed by the surface as written: every capitalised
 * sequence is looked up at each of its possible lengths, and names recur within and across
 * texts, so one map probe replaces normalising and probing the gazetteer's own memo. Bounded;
 * only saves work (memo.test.ts checks it against lookupSurface).
 */
export function memoisedLookup(
  gazetteer: Gazetteer,
  normalize: Normalize,
  limit = 100_000,
): SurfaceLookup {
  return boundedMemo((surface: string) => lookupSurface(gazetteer, normalize, surface), limit);
}

export function findNameSpans(
  text: string,
  tokens: readonly Token[],
  layout: Layout,
  gazetteer: Gazetteer,
  normalize: Normalize,
  opts: CandidateOptions,
): NameSpan[] {
  const spans: NameSpan[] = [];
  const n = tokens.length;
  const lookup = opts.lookup ?? ((surface: string) => lookupSurface(gazetteer, normalize, surface));
  const ends: number[] = [];
  let i = 0;
  while (i < n) {
    if (!canStart(tokens, i)) {
      i++;
      continue;
    }
    // Collect the possible ends of a name starting at i (the first `count` of `ends`: the
    // array is reused, and setting its length each time cost more than the rest of this loop).
    let count = 0;
    ends[count++] = i;
    for (let k = i + 1; k < n && k - i < opts.maxTokens; k++) {
      const r = inside(text, tokens[k - 1]!, tokens[k]!);
      if (r === null) break;
      if (r === 'end') ends[count++] = k;
    }
    let found: NameSpan | null = null;
    for (let e = count - 1; e >= 0; e--) {
      const j = ends[e]!;
      if (j === i && !tokens[i]!.cap) continue; // a bare "al" is no name
      const first = tokens[i]!;
      const last = tokens[j]!;
      // One word is its token's own text (the same string each time: hashed once for the memos).
      const surface = i === j ? first.text : text.slice(first.start, last.end);
      const { key, entries } = lookup(surface);
      if (entries.length === 0) continue;
      found = {
        ti: i,
        tj: j,
        start: first.start,
        end: last.end,
        text: surface,
        key,
        entries,
        source: layout.dateline[i] === true ? 'dateline' : 'name',
      };
      break;
    }
    if (found !== null) {
      spans.push(found);
      i = found.tj + 1;
    } else {
      i++;
    }
  }
  return spans;
}

/** Words the rules below start from: every other token is passed over with one look-up. */
const UNKNOWN_TRIGGERS = new Set([
  ...UNKNOWN_TRIGGERS_AFTER,
  ...UNKNOWN_PLURAL_TRIGGERS,
  ...UNKNOWN_TRIGGERS_BEFORE,
]);

/**
 * Names the gazetteer does not know but the text marks as places: "Jaji District",
 * "the village of Spina Shaga". Emitted with no entries, so they come out unresolved.
 */
export function findUnknownSpans(
  text: string,
  tokens: readonly Token[],
  covered: (ti: number) => boolean,
  normalize: Normalize,
  demonyms: ReadonlyMap<string, readonly string[]> = new Map(),
): NameSpan[] {
  const spans: NameSpan[] = [];
  const n = tokens.length;
  // A name the gazetteer lacks: capitalised, and not a word, a date, a people or a modifier
  // ("15 Afghan provinces", "the Tribal districts", "Northern provinces").
  const nameWord = (k: number): boolean => {
    const t = tokens[k];
    return (
      t?.cap === true &&
      !t.num &&
      !t.upper &&
      !STOP_WORDS.has(t.lower) &&
      !MONTHS_AND_DAYS.has(t.lower) &&
      !COMMON_WORDS.has(t.lower) &&
      !PLACE_MODIFIERS.has(t.lower) &&
      !GROUP_WORDS.has(t.lower) &&
      !demonyms.has(normalize(t.text)) &&
      !covered(k)
    );
  };
  for (let d = 1; d < n; d++) {
    const des = tokens[d]!;
    if (!UNKNOWN_TRIGGERS.has(des.lower)) continue;
    // "X District" / "X province": up to three capitalised words before the designator.
    // "Tani and Spera districts", "Garmsir and Nad Ali districts": a plural designator names
    // every item of the list before it (known items are skipped, the walk goes on).
    const plural = UNKNOWN_PLURAL_TRIGGERS.has(des.lower);
    // "the Philippine province of Cagayan": the word before is an adjective, the name follows.
    const adjectival =
      tokens[d + 1]?.lower === 'of' &&
      !des.cap &&
      d >= 2 &&
      ['the', 'a', 'an', 'its', 'their'].includes(tokens[d - 2]!.lower);
    if ((UNKNOWN_TRIGGERS_AFTER.has(des.lower) || plural) && des.gap === 'space' && !adjectival) {
      let e = d - 1;
      for (let item = 0; item < (plural ? 6 : 1) && e >= 0; item++) {
        if (!nameWord(e) && !covered(e)) break;
        let s = e;
        while (
          s - 1 >= 0 &&
          e - s < 2 &&
          tokens[s]!.gap === 'space' &&
          (nameWord(s - 1) || covered(s - 1)) &&
          covered(s - 1) === covered(e)
        )
          s--;
        if (!covered(e)) {
          spans.push(tokenSpan(text, tokens, s, e, [], 'unknown', normalize));
        }
        // Step back over ", " or " and " to the previous item.
        const sep = tokens[s]!;
        const prev = tokens[s - 1];
        if (sep.gap === 'comma') e = s - 1;
        else if (
          prev !== undefined &&
          (prev.lower === 'and' || prev.lower === 'or') &&
          sep.gap === 'space'
        ) {
          e = s - 2;
          if (prev.gap === 'comma' || prev.gap === 'space') continue;
        } else break;
      }
    }
    // "the city of X" / "the village of X".
    if (UNKNOWN_TRIGGERS_BEFORE.has(des.lower) && !des.cap && tokens[d + 1]?.lower === 'of') {
      const s = d + 2;
      if (nameWord(s) && tokens[s]!.gap === 'space') {
        let e = s;
        while (e + 1 < n && e - s < 2 && nameWord(e + 1) && isJoin(tokens[e + 1]!)) e++;
        spans.push(tokenSpan(text, tokens, s, e, [], 'unknown', normalize));
      }
    }
  }
  return spans;
}
