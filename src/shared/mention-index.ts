/**
 * The map's first-frame data about mentions (public/data/mention-index.json) and where each
 * mention's quote is fetched from later (public/data/quotes/<source>.<k>.json). Written by the
 * pipeline (src/pipeline/dataset/app-files.ts) and read by the app (src/app/parse-data.ts):
 * one encoder here, so the two sides cannot drift apart. README "Data formats".
 *
 * Mentions are ordered source by source (in sources.json's order), each source's in text
 * order; every column below follows that order, so a mention is its position.
 */
import type { MENTION_STATUSES } from './corrections.ts';
import type { MentionProperties, PlaceFeature, SourceMeta } from './types.ts';

/** Mentions per quotes file: a long book's quotes come in pieces, not one huge file. */
export const QUOTES_PER_FILE = 1000;

/** public/data/mention-index.json: columns of small integers, one entry per mention. */
export interface MentionIndexFile {
  version: 1;
  /** Source ids in sources.json's order, and how many mentions each has (in that order). */
  sources: string[];
  perSource: number[];
  /** Per mention: its place's position in places.geojson's features. */
  place: number[];
  /** Per mention: how many years it refers to; `years` holds them all, mention after mention. */
  yearCount: number[];
  years: number[];
  /** Per mention: the geoparser's confidence in hundredths (0–100; the pipeline rounds to 0.01). */
  confidence: number[];
  /** Mentions whose status is not 'automatic', as [mention, status] pairs (few, so sparse). */
  status: [number, (typeof MENTION_STATUSES)[number]][];
  /** Mentions per quotes file (QUOTES_PER_FILE when written). */
  quotesPerFile: number;
}

/** public/data/quotes/<source>.<k>.json: the full properties of that source's mentions k·n … */
export interface QuotesFile {
  version: 1;
  source: string;
  /** Position of the first mention in its source's list (k × quotesPerFile). */
  first: number;
  mentions: MentionProperties[];
}

/** Where the quotes of a source's k-th piece are, relative to the data folder. */
export function quotesFile(sourceId: string, k: number): string {
  return `quotes/${sourceId}.${k}.json`;
}

/** Mentions in the order every column follows: source by source, then text order. */
export function mentionOrder<M extends { sourceId: string; start: number }>(
  sources: readonly SourceMeta[],
  mentions: readonly M[],
): M[] {
  const rank = new Map(sources.map((s, i) => [s.id, i]));
  return mentions
    .filter((m) => rank.has(m.sourceId))
    .sort((a, b) => rank.get(a.sourceId)! - rank.get(b.sourceId)! || a.start - b.start);
}

/**
 * The index and the quotes files for a dataset. Mentions of a place or source not listed are
 * left out (the output checks report them before anything is written).
 */
export function encodeMentions(
  places: readonly PlaceFeature[],
  sources: readonly SourceMeta[],
  mentions: readonly MentionProperties[],
  perFile = QUOTES_PER_FILE,
): { index: MentionIndexFile; quotes: Map<string, QuotesFile> } {
  const placeAt = new Map(places.map((p, i) => [p.properties.id, i]));
  const ordered = mentionOrder(
    sources,
    mentions.filter((m) => placeAt.has(m.placeId)),
  );
  const index: MentionIndexFile = {
    version: 1,
    sources: sources.map((s) => s.id),
    perSource: sources.map(() => 0),
    place: [],
    yearCount: [],
    years: [],
    confidence: [],
    status: [],
    quotesPerFile: perFile,
  };
  const bySource = new Map<string, MentionProperties[]>();
  const sourceAt = new Map(sources.map((s, i) => [s.id, i]));
  ordered.forEach((m, i) => {
    index.perSource[sourceAt.get(m.sourceId)!]!++;
    index.place.push(placeAt.get(m.placeId)!);
    index.yearCount.push(m.years.length);
    index.years.push(...m.years);
    index.confidence.push(Math.round(m.confidence * 100));
    if (m.status !== 'automatic') index.status.push([i, m.status]);
    const list = bySource.get(m.sourceId) ?? [];
    list.push(m);
    bySource.set(m.sourceId, list);
  });
  const quotes = new Map<string, QuotesFile>();
  for (const [source, list] of bySource) {
    for (let first = 0; first < list.length; first += perFile) {
      quotes.set(quotesFile(source, first / perFile), {
        version: 1,
        source,
        first,
        mentions: list.slice(first, first + perFile),
      });
    }
  }
  return { index, quotes };
}
