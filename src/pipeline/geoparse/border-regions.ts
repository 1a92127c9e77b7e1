/**
 * Lower-case phrases that name the region along the border of two countries without writing
 * it as a compound: "the bordering regions of Afghanistan and Pakistan", "border areas between
 * Syria and Turkey", "the Afghan and Pakistani border". The reader is told about the border
 * region, not about either country as a whole, so the phrase is one mention of
 * `border:XX-YY` — the same place the compound "Afghanistan–Pakistan border" names (see
 * regions.ts). Only two neighbours whose border the gazetteer knows make such a phrase;
 * anything else is left to the name finder, which then finds the two countries.
 */
import type { Gazetteer, GazetteerEntry } from '../gazetteer/types.ts';
import { borderId, countryCode } from './regions.ts';
import { type NameSpan, type Normalize, tokenSpan } from './span.ts';
import type { Token } from './tokenize.ts';

/** "border(ing) regions of …": the first word … */
const LEADS = new Set(['border', 'bordering', 'borderland', 'borderlands', 'frontier']);
/** … then an area noun … */
const AREA_NOUNS = new Set([
  'region',
  'regions',
  'area',
  'areas',
  'zone',
  'zones',
  'belt',
  'districts',
  'provinces',
  'lands',
]);
/** … then "of" or "between". */
const LINKS = new Set(['of', 'between']);
/** "the Afghan and Pakistani border" ends on one of these. */
const BORDER_WORDS = new Set(['border', 'borders', 'frontier', 'borderlands']);
const AND = new Set(['and', '&']);
/** Longest country name tried, in tokens ("Democratic Republic of the Congo" is five). */
const MAX_NAME_TOKENS = 5;
/** Words a phrase below starts from: every other token is passed over with one look-up. */
const TRIGGERS = new Set([...LEADS, ...BORDER_WORDS]);

interface CountryAt {
  code: string;
  /** Token range of the name, inclusive. */
  from: number;
  to: number;
}

export function findBorderRegionPhrases(
  text: string,
  tokens: readonly Token[],
  gazetteer: Gazetteer,
  normalize: Normalize,
): NameSpan[] {
  const single = (k: number): string | null => {
    const t = tokens[k];
    if (t === undefined || t.num || !t.cap) return null;
    const code = countryCode(t.text, gazetteer, normalize);
    return code !== null && code.length === 2 ? code : null;
  };
  const multi = (from: number, to: number): string | null => {
    if (from < 0 || to >= tokens.length || from > to) return null;
    if (from === to) return single(from);
    if (!tokens[from]?.cap || !tokens[to]?.cap) return null;
    const surface = text.slice(tokens[from]!.start, tokens[to]!.end);
    const country = gazetteer.lookup(normalize(surface)).find((e) => e.kind === 'country');
    return country?.country ?? null;
  };
  /** A country name starting at token k (longest first). */
  const forwardFrom = (k: number): CountryAt | null => {
    for (let len = MAX_NAME_TOKENS; len >= 1; len--) {
      const code = multi(k, k + len - 1);
      if (code !== null) return { code, from: k, to: k + len - 1 };
    }
    return null;
  };
  /** A country name ending at token k (longest first). */
  const backwardTo = (k: number): CountryAt | null => {
    for (let len = MAX_NAME_TOKENS; len >= 1; len--) {
      const code = multi(k - len + 1, k);
      if (code !== null) return { code, from: k - len + 1, to: k };
    }
    return null;
  };
  const border = (a: CountryAt, b: CountryAt): GazetteerEntry | undefined =>
    a.code === b.code ? undefined : gazetteer.get(borderId(a.code, b.code));
  const span = (from: number, to: number, entry: GazetteerEntry): NameSpan =>
    tokenSpan(text, tokens, from, to, [entry], 'phrase', normalize);
  const inSentence = (k: number): boolean => {
    const gap = tokens[k]?.gap;
    return gap === 'space' || gap === 'comma';
  };

  const spans: NameSpan[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (!TRIGGERS.has(t.lower)) continue;
    // "bordering regions of X and Y", "border areas between X and Y".
    if (LEADS.has(t.lower) && !t.upper) {
      const noun = tokens[k + 1];
      const link = tokens[k + 2];
      if (
        noun !== undefined &&
        link !== undefined &&
        AREA_NOUNS.has(noun.lower) &&
        LINKS.has(link.lower) &&
        inSentence(k + 1) &&
        inSentence(k + 2)
      ) {
        const a = forwardFrom(k + 3);
        const and = a ? tokens[a.to + 1] : undefined;
        const b = a && and && AND.has(and.lower) ? forwardFrom(a.to + 2) : null;
        const entry = a && b ? border(a, b) : undefined;
        if (b && entry) {
          spans.push(span(k, b.to, entry));
          k = b.to;
          continue;
        }
      }
    }
    // "the Afghan and Pakistani border", "the Syria and Turkey border".
    if (BORDER_WORDS.has(t.lower) && !t.cap && k >= 3 && inSentence(k)) {
      const b = backwardTo(k - 1);
      const and = b ? tokens[b.from - 1] : undefined;
      const a = b && and && AND.has(and.lower) ? backwardTo(b.from - 2) : null;
      const entry = a && b ? border(a, b) : undefined;
      if (a && entry) {
        // Replace any shorter phrase already found inside this one.
        while (spans.length > 0 && (spans.at(-1)?.start ?? -1) >= tokens[a.from]!.start)
          spans.pop();
        spans.push(span(a.from, k, entry));
      }
    }
  }
  return spans;
}
