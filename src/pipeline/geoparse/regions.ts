/**
 * Region phrases that are not capitalised names: borders between two countries written as a
 * compound ("the Afghanistan–Pakistan border", "the Afghan-Pakistani border", "the Af-Pak
 * border region") and lower-case region phrases ("the tribal areas").
 *
 * Border regions written out in words ("the bordering regions of Afghanistan and Pakistan",
 * "the Iranian and Afghan border") are found by border-regions.ts.
 *
 * A border phrase becomes one mention of `border:XX-YY` (codes sorted) when the gazetteer has
 * that entry; otherwise nothing is emitted here and the two country names are found as usual.
 */
import type { Gazetteer, GazetteerEntry } from '../gazetteer/types.ts';
import { type NameSpan, type Normalize, tokenSpan } from './span.ts';
import type { Token } from './tokenize.ts';

const BORDER_WORDS = new Set(['border', 'borders', 'frontier', 'borderlands', 'borderland']);
/** Clipped forms used in compounds ("Af-Pak", "Pak-Afghan", "Indo-Pakistani"). */
const CLIPPED: ReadonlyMap<string, string> = new Map([
  ['af', 'AF'],
  ['pak', 'PK'],
  ['indo', 'IN'],
  ['sino', 'CN'],
  ['russo', 'RU'],
  ['franco', 'FR'],
  ['anglo', 'GB'],
  ['turco', 'TR'],
  ['irano', 'IR'],
  ['afpak', 'AF-PK'],
]);
const DASH_GAP_RE = /^\s*[-‐‑–—/]\s*$/u;

/** Lower-case phrases whose head names a region the gazetteer may know ("tribal areas"). */
const LOWER_REGION_PHRASES: readonly (readonly string[])[] = [
  ['tribal', 'areas'],
  ['tribal', 'area'],
  ['tribal', 'belt'],
  ['tribal', 'regions'],
  ['tribal', 'region'],
  ['tribal', 'districts'],
  ['tribal', 'agencies'],
];
/** Their first words: most tokens begin no phrase, and are passed over at once. */
const REGION_PHRASE_HEADS = new Set(LOWER_REGION_PHRASES.map((p) => p[0]));
/** Words a phrase below starts from: every other token is passed over with one look-up. */
const TRIGGERS = new Set([...BORDER_WORDS, ...REGION_PHRASE_HEADS]);

export function countryCode(
  word: string,
  gazetteer: Gazetteer,
  normalize: Normalize,
): string | null {
  const key = normalize(word);
  const clipped = CLIPPED.get(key);
  if (clipped !== undefined) return clipped;
  const dem = gazetteer.demonyms.get(key);
  if (dem !== undefined && dem.length === 1) return dem[0] ?? null;
  const country = gazetteer.lookup(key).find((e) => e.kind === 'country');
  return country?.country ?? null;
}

export function borderId(a: string, b: string): string {
  return `border:${[a, b].sort().join('-')}`;
}

export function findRegionPhrases(
  text: string,
  tokens: readonly Token[],
  gazetteer: Gazetteer,
  normalize: Normalize,
): NameSpan[] {
  const spans: NameSpan[] = [];
  const n = tokens.length;
  const code = (k: number): string | null => {
    const t = tokens[k];
    if (t === undefined || t.num) return null;
    return countryCode(t.text, gazetteer, normalize);
  };
  const border = (a: string | null, b: string | null): GazetteerEntry | undefined => {
    if (a === null || b === null || a === b || a.length !== 2 || b.length !== 2) return undefined;
    return gazetteer.get(borderId(a, b));
  };
  for (let k = 0; k < n; k++) {
    const t = tokens[k]!;
    if (!TRIGGERS.has(t.lower)) continue;
    // "X-Y border", "AfPak border".
    if (BORDER_WORDS.has(t.lower) && t.gap === 'space' && k >= 1) {
      // "border region": the generic word stays outside the span.
      const e = k;
      const y = tokens[k - 1]!;
      let entry: GazetteerEntry | undefined;
      let s = -1;
      const whole = code(k - 1);
      if (whole !== null && whole.length === 5) {
        entry = gazetteer.get(`border:${whole}`);
        s = k - 1;
      } else if (k >= 2 && DASH_GAP_RE.test(text.slice(y.gapStart, y.start))) {
        entry = border(code(k - 2), code(k - 1));
        s = k - 2;
      }
      if (entry !== undefined && s >= 0) {
        spans.push(tokenSpan(text, tokens, s, e, [entry], 'phrase', normalize));
        continue;
      }
    }
    // Lower-case region phrases.
    if (t.cap || !REGION_PHRASE_HEADS.has(t.lower)) continue;
    for (const phrase of LOWER_REGION_PHRASES) {
      if (t.lower !== phrase[0] || t.cap) continue;
      let ok = true;
      for (let q = 1; q < phrase.length; q++) {
        const u = tokens[k + q];
        if (u === undefined || u.lower !== phrase[q] || u.gap !== 'space') ok = false;
      }
      if (!ok) continue;
      const e = k + phrase.length - 1;
      const surface = text.slice(t.start, tokens[e]!.end);
      let key = normalize(surface);
      let entries = gazetteer.lookup(key);
      // "the tribal area": the gazetteer may know only the plural.
      if (entries.length === 0 && !key.endsWith('s')) {
        const plural = gazetteer.lookup(`${key}s`);
        if (plural.length > 0) {
          key = `${key}s`;
          entries = plural;
        }
      }
      if (entries.length > 0) {
        spans.push({
          ti: k,
          tj: e,
          start: t.start,
          end: tokens[e]!.end,
          text: surface,
          key,
          entries,
          source: 'phrase',
        });
      }
      break;
    }
  }
  return spans;
}
