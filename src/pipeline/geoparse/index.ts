/**
 * The geoparser: finds place names in English text and resolves them against the gazetteer.
 *
 * Pipeline (each step a small pure module):
 *   tokenize → layout (sentence starts, headlines) → candidates (longest gazetteer matches
 *   over capitalised sequences) + regions (borders, lower-case region phrases) + unknown
 *   designated names → filters (calendar, function words, demonyms, acronyms, hyphenated
 *   group names, common words, persons, organisations) → discourse (a person once is a
 *   person throughout) → cues (designators, containers, lists, prepositions) → evidence
 *   (countries and provinces the text is about) → resolve → harmonise → mentions.
 *
 * Page furniture (bylines, credit lines, citations, footers) is not the geoparser's concern:
 * the pipeline blanks it out before parsing (src/pipeline/furniture, dataset/annotate.ts).
 *
 * Every step is linear in the length of the text (bounded look-ahead and look-behind), and
 * parse() never throws: a failure in a step on a pathological input yields no mentions
 * rather than an exception, logged once to stderr (rethrown when CITEMAP_DEBUG is set).
 */

import { boundedMemo } from '../../shared/bounded-memo.ts';
import { normalizeName } from '../gazetteer/normalize.ts';
import type { Gazetteer } from '../gazetteer/types.ts';
import { overlapsAny, type TextRange } from '../text/ranges.ts';
import { findBorderRegionPhrases } from './border-regions.ts';
import {
  findNameSpans,
  findUnknownSpans,
  memoisedLookup,
  type SurfaceLookup,
} from './candidates.ts';
import { alternativesTo, confidenceOf } from './confidence.ts';
import { computeCues, isLocative } from './cues.ts';
import { dropKnownPersons, harmonise } from './discourse.ts';
import { gatherEvidence } from './evidence.ts';
import { demonymKind } from './filters/demonym.ts';
import { applyFilters } from './filters/index.ts';
import { computeLayout } from './layout.ts';
import { findRegionAbbreviations } from './region-abbreviations.ts';
import { findRegionPhrases } from './regions.ts';
import { resolveSpans } from './resolve.ts';
import type { NameSpan, Normalize } from './span.ts';
import { adjustBoundaries } from './spans-adjust.ts';
import { type Token, tokenize } from './tokenize.ts';
import { type FoundMention, type Geoparser, placeRef } from './types.ts';

export type { FoundMention, Geoparser } from './types.ts';

export interface GeoparserOptions {
  /** Lookup-key normaliser; must be the gazetteer's own (the default). */
  normalize?: Normalize;
  /** Candidates kept on an unresolved mention. */
  maxCandidates?: number;
}

/**
 * Normalising a surface is the hot spot (every candidate span length is looked up); names
 * repeat within and across texts, so the keys are memoised. The memo is bounded and only
 * saves work: it cannot change a result.
 */
export function createGeoparser(gazetteer: Gazetteer, options: GeoparserOptions = {}): Geoparser {
  const normalize: Normalize = boundedMemo(options.normalize ?? normalizeName);
  const lookup = memoisedLookup(gazetteer, normalize);
  const maxCandidates = options.maxCandidates ?? 5;
  // Names are counted in gazetteer tokens; our tokens also split at hyphens ("Mazar-e-Sharif").
  const maxTokens = Math.min(16, Math.max(4, gazetteer.maxNameTokens * 2));
  return {
    parse(text, parseOptions = {}): FoundMention[] {
      if (typeof text !== 'string' || text.length === 0) return [];
      const exclude = parseOptions.exclude ?? [];
      try {
        const found = parseText(text, gazetteer, normalize, {
          maxTokens,
          maxCandidates,
          exclude,
          lookup,
        });
        parseOptions.onExcluded?.(found.excluded);
        return found.mentions;
      } catch (err) {
        return onParseFailure(err);
      }
    },
    geometry: (placeId) => gazetteer.geometry(placeId),
    place: (placeId) => gazetteer.get(placeId),
    isDemonym: (surface) =>
      demonymKind(surface.toLowerCase(), normalize(surface), gazetteer.demonyms) !== null,
  };
}

/** Set CITEMAP_DEBUG (to anything but "" or "0") to make a failing parse throw. */
function debugEnabled(): boolean {
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process
    ?.env;
  const v = env?.CITEMAP_DEBUG;
  return v !== undefined && v !== '' && v !== '0';
}

let failureReported = false;

/**
 * A step threw (a bug, since every step is meant to be total): the text yields no mentions
 * rather than crashing the extractor, but the failure is not silent. The first one is logged
 * to stderr (once per process, so hostile input cannot flood the log); with CITEMAP_DEBUG set
 * it is rethrown so that tests and development runs see it.
 */
export function onParseFailure(err: unknown): FoundMention[] {
  if (debugEnabled()) throw err;
  if (!failureReported) {
    failureReported = true;
    const detail = err instanceof Error ? (err.stack ?? err.message) : String(err);
    console.error(
      `citemap geoparser: a parse step failed; the text yields no mentions (set CITEMAP_DEBUG=1 to rethrow; later failures are not logged)\n${detail}`,
    );
  }
  return [];
}

/** Phrase spans win over the name spans they overlap; then unknown names fill gaps. */
function mergeSpans(primary: readonly NameSpan[], secondary: readonly NameSpan[]): NameSpan[] {
  const out: NameSpan[] = [];
  // In text order; at one start, phrases first, longest first (a stable sort keeps the rest in
  // their order); then the two lists merged (names are in text order already).
  const second = secondary.slice().sort((a, b) => a.start - b.start || b.end - a.end);
  let lastEnd = -1;
  let i = 0;
  let j = 0;
  while (i < second.length || j < primary.length) {
    const s =
      j >= primary.length || (i < second.length && second[i]!.start <= primary[j]!.start)
        ? second[i++]!
        : primary[j++]!;
    if (s.start < lastEnd) continue;
    out.push(s);
    lastEnd = s.end;
  }
  return out;
}

const APPOSITION_HEADS = new Set(['capital', 'city', 'town', 'village', 'port']);

/**
 * Does the text place this occurrence without a preposition: a container right after it
 * ("Paris, Texas", "Jackson, Mississippi") or an apposition to a place noun ("the state
 * capital, Jackson")? Such an occurrence is the place even if the name is a person's elsewhere.
 */
function placedByNeighbours(
  text: string,
  tokens: readonly Token[],
  keptAt: ReadonlyMap<number, NameSpan>,
  keptEndingAt: ReadonlySet<number>,
  s: NameSpan,
): boolean {
  const prev = tokens[s.ti - 1];
  if (
    prev !== undefined &&
    APPOSITION_HEADS.has(prev.lower) &&
    /^\s*,\s*$/u.test(text.slice(prev.end, tokens[s.ti]!.start))
  ) {
    return true;
  }
  const next = tokens[s.tj + 1];
  if (next !== undefined && /^\s*,\s*$/u.test(text.slice(s.end, next.start))) {
    const holder = keptAt.get(s.tj + 1);
    if (holder?.entries.some((e) => e.kind === 'country' || e.kind === 'admin1') === true) {
      return true;
    }
  }
  // The container itself: "COLUMBUS, Ohio", "Surrey, B.C." name a province or country right
  // after a place and a comma.
  const before = tokens[s.ti - 1];
  return (
    before !== undefined &&
    keptEndingAt.has(s.ti - 1) &&
    /^\s*,\s*$/u.test(text.slice(before.end, s.start)) &&
    s.entries.some((e) => e.kind === 'country' || e.kind === 'admin1')
  );
}

function parseText(
  text: string,
  gazetteer: Gazetteer,
  normalize: Normalize,
  opts: {
    maxTokens: number;
    maxCandidates: number;
    exclude: readonly TextRange[];
    lookup: SurfaceLookup;
  },
): { mentions: FoundMention[]; excluded: number } {
  const { maxTokens, maxCandidates, exclude, lookup } = opts;
  const tokens = tokenize(text);
  const layout = computeLayout(text, tokens);
  const names = adjustBoundaries(
    text,
    tokens,
    findNameSpans(text, tokens, layout, gazetteer, normalize, { maxTokens, lookup }),
    gazetteer,
    normalize,
  );
  const phrases = [
    ...findBorderRegionPhrases(text, tokens, gazetteer, normalize),
    ...findRegionPhrases(text, tokens, gazetteer, normalize),
    ...findRegionAbbreviations(text, tokens, gazetteer, normalize),
  ];
  const found = mergeSpans(names, phrases);

  const covered = new Int32Array(tokens.length).fill(-1);
  found.forEach((s, i) => {
    for (let k = s.ti; k <= s.tj; k++) covered[k] = i;
  });
  const inPlace = (k: number): boolean => (covered[k] ?? -1) >= 0;
  // Read found[] only at a span's index: found[-1] is no element, and the engine looks such a
  // key up as a property, far slower (most tokens are in no span).
  const spanAt = (k: number): NameSpan | undefined => {
    const i = covered[k] ?? -1;
    return i >= 0 ? found[i] : undefined;
  };

  const { kept, personKeys, givenNameCountryKeys, rejected } = applyFilters(found, {
    text,
    tokens,
    layout,
    gazetteer,
    normalize,
    inPlace,
    spanAt,
  });
  const unknown = findUnknownSpans(text, tokens, inPlace, normalize, gazetteer.demonyms);
  const keptAt = new Map<number, NameSpan>();
  const keptEndingAt = new Set<number>();
  for (const s of kept) {
    keptAt.set(s.ti, s);
    keptEndingAt.add(s.tj);
  }
  // "from Georgia's hard work": the preposition governs the possessed noun, not the name.
  const possessive = (s: NameSpan): boolean => /^['’]s\b/u.test(text.slice(s.end, s.end + 3));
  const located = (s: NameSpan): boolean =>
    s.source === 'dateline' ||
    (isLocative(tokens, s.ti) && !possessive(s)) ||
    placedByNeighbours(text, tokens, keptAt, keptEndingAt, s);
  // A headline names people by surname ("Senate confirms Jordan as envoy"): a name the text
  // gives a title elsewhere ("Mr Jordan") is the person there, even a country's name, unless
  // the headline puts it at a location.
  const titled = new Set(
    rejected.filter((r) => r.reason.startsWith('title before')).map((r) => r.span.key),
  );
  const firstBreak = text.indexOf('\n');
  const headlineEnd = firstBreak < 0 ? 0 : firstBreak;
  const candidates = mergeSpans(
    dropKnownPersons(kept, personKeys, located, givenNameCountryKeys),
    unknown,
  ).filter((s) => !(s.end <= headlineEnd && titled.has(s.key) && !located(s)));
  const spans =
    exclude.length === 0
      ? candidates
      : candidates.filter((s) => !overlapsAny(exclude, s.start, s.end));

  const cues = computeCues(text, tokens, spans, gazetteer.demonyms, normalize);
  const evidence = gatherEvidence(spans, normalize);
  const res = resolveSpans(spans, cues, evidence, normalize, text, (id) =>
    gazetteer.largestCityPopulation(id),
  );
  harmonise(spans, cues, res, (i) => spans[i]!.end <= headlineEnd);

  const mentions: FoundMention[] = [];
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i]!;
    const r = res[i]!;
    if (r.drop) continue;
    const alternatives = r.place === null ? [] : alternativesTo(r.place, r.ranked);
    mentions.push({
      start: s.start,
      end: s.end,
      text: s.text,
      place: r.place,
      candidates: r.place === null ? r.ranked.slice(0, maxCandidates) : [],
      reason: r.place === null ? r.reason : null,
      confidence: confidenceOf(r, alternatives),
      basis: r.basis,
      alternatives: alternatives.map(placeRef),
    });
  }
  return { mentions, excluded: candidates.length - spans.length };
}
