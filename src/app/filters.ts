/**
 * The filtering core, pure and browser-free. Mentions are indexed once into typed arrays
 * (place, source and year columns, read from mention-index.json), so that a filter change is a
 * few linear passes over integers — 100,000 mentions in well under a frame. Quotes are not
 * here: they are fetched when shown (model/quotes.ts).
 */
import { encodeMentions } from '../shared/mention-index.ts';
import type { MentionFeature, PlaceFeature, SourceMeta } from '../shared/types.ts';
import { parseMentionIndex } from './parse-data.ts';
import { topK } from './top-k.ts';

export type YearMode = 'published' | 'referenced';

export interface Filter {
  /** Source indices that are shown; null means every source. */
  sources: ReadonlySet<number> | null;
  /** Inclusive year range; null ends are open. */
  from: number | null;
  to: number | null;
  mode: YearMode;
}

/**
 * What mention-index.json gives, one entry per mention, mentions ordered source by source and
 * in text order within each (so sorting mention indices sorts by text position in a source).
 */
export interface MentionColumns {
  /** Index of the mention's place and source in the parsed lists. */
  place: Int32Array;
  source: Int32Array;
  /** Position in its source's list of mentions as written: where its quotes file has it. */
  ordinal: Int32Array;
  /** Publication year of its source, or NO_YEAR. */
  published: Int32Array;
  /** Years referred to, flattened: mention i has refYears[refStart[i] .. refStart[i+1]). */
  refStart: Int32Array;
  refYears: Int32Array;
  /** The geoparser's confidence, 0–1. */
  confidence: Float64Array;
  /** Index into MENTION_STATUSES. */
  status: Uint8Array;
  /** Mentions per quotes file. */
  quotesPerFile: number;
}

export interface DataIndex {
  places: readonly PlaceFeature[];
  sources: readonly SourceMeta[];
  mentionCount: number;
  placeIndex: ReadonlyMap<string, number>;
  sourceIndex: ReadonlyMap<string, number>;
  /** Per mention: index of its place and of its source. */
  mentionPlace: Int32Array;
  mentionSource: Int32Array;
  /** Per mention: position in its source's list as written (model/quotes.ts finds it with it). */
  mentionOrdinal: Int32Array;
  /** Per mention: publication year, or NO_YEAR. */
  mentionPublished: Int32Array;
  mentionConfidence: Float64Array;
  /** Per mention: index into MENTION_STATUSES. */
  mentionStatus: Uint8Array;
  quotesPerFile: number;
  /** Years referred to, flattened: mention i has refYears[refStart[i] .. refStart[i+1]). */
  refStart: Int32Array;
  refYears: Int32Array;
  /** Ancestors of each place that exist in the data, flattened like refYears. */
  ancestorStart: Int32Array;
  ancestors: Int32Array;
  /** Descendants of each place, flattened: the inverse of ancestors. */
  descendantStart: Int32Array;
  descendants: Int32Array;
  /** Mentions of each place, flattened, in data order. */
  placeMentionStart: Int32Array;
  placeMentions: Int32Array;
  /** Each place's position in name order, so sorting by name needs no string compares. */
  nameOrder: Int32Array;
  /** Every year found in either mode (for checking URLs); null when there is none. */
  yearExtent: YearExtent | null;
  /** Years found in each mode, for that mode's range control and histogram. */
  modeExtent: Record<YearMode, YearExtent | null>;
}

export interface YearExtent {
  min: number;
  max: number;
}

export const NO_YEAR = -1_000_000;

/**
 * The index from mention features, through the same file the app reads (encoded, then parsed):
 * for tests and benchmarks. Mentions whose place or source is unknown are left out.
 */
export function buildIndex(
  places: readonly PlaceFeature[],
  sources: readonly SourceMeta[],
  mentions: readonly MentionFeature[],
  quotesPerFile?: number,
): DataIndex {
  const { index: file } = encodeMentions(
    places,
    sources,
    mentions.map((m) => m.properties),
    quotesPerFile,
  );
  const at = Int32Array.from(places, (_, i) => i);
  return indexData(places, sources, parseMentionIndex(file, at, sources).columns);
}

/** Builds the index from the parsed places, sources and mention columns. */
export function indexData(
  places: readonly PlaceFeature[],
  sources: readonly SourceMeta[],
  columns: MentionColumns,
): DataIndex {
  const placeIndex = new Map<string, number>();
  for (const [i, p] of places.entries()) placeIndex.set(p.properties.id, i);
  const sourceIndex = new Map<string, number>();
  for (const [i, s] of sources.entries()) sourceIndex.set(s.id, i);
  const n = columns.place.length;
  const { refStart, refYears } = columns;
  const pub = { min: Number.POSITIVE_INFINITY, max: Number.NEGATIVE_INFINITY };
  const ref = { min: Number.POSITIVE_INFINITY, max: Number.NEGATIVE_INFINITY };
  const see = (e: YearExtent, y: number) => {
    if (y < e.min) e.min = y;
    if (y > e.max) e.max = y;
  };
  for (let i = 0; i < n; i++) {
    const y = columns.published[i]!;
    if (y !== NO_YEAR) see(pub, y);
  }
  for (const y of refYears) see(ref, y);

  const [ancestorStart, ancestors] = flatten(
    places.map((p) =>
      p.properties.parents
        .map((id) => placeIndex.get(id))
        .filter((x): x is number => x !== undefined),
    ),
  );
  const descendantLists: number[][] = places.map(() => []);
  for (let p = 0; p < places.length; p++) {
    for (let k = ancestorStart[p]!; k < ancestorStart[p + 1]!; k++) {
      descendantLists[ancestors[k]!]!.push(p);
    }
  }
  const [descendantStart, descendants] = flatten(descendantLists);
  const perPlace: number[][] = places.map(() => []);
  for (let i = 0; i < n; i++) perPlace[columns.place[i]!]!.push(i);
  const [placeMentionStart, placeMentions] = flatten(perPlace);

  const collator = new Intl.Collator('en', { sensitivity: 'base' });
  const byName = places
    .map((_, i) => i)
    .sort((a, b) => collator.compare(places[a]!.properties.name, places[b]!.properties.name));
  const nameOrder = new Int32Array(places.length);
  byName.forEach((p, rank) => {
    nameOrder[p] = rank;
  });

  return {
    places,
    sources,
    mentionCount: n,
    nameOrder,
    placeIndex,
    sourceIndex,
    mentionPlace: columns.place,
    mentionSource: columns.source,
    mentionOrdinal: columns.ordinal,
    mentionPublished: columns.published,
    mentionConfidence: columns.confidence,
    mentionStatus: columns.status,
    quotesPerFile: columns.quotesPerFile,
    refStart,
    refYears,
    ancestorStart,
    ancestors,
    descendantStart,
    descendants,
    placeMentionStart,
    placeMentions,
    yearExtent: union(pub, ref),
    modeExtent: {
      published: pub.min <= pub.max ? pub : null,
      referenced: ref.min <= ref.max ? ref : null,
    },
  };
}

function union(a: YearExtent, b: YearExtent): YearExtent | null {
  const min = Math.min(a.min, b.min);
  const max = Math.max(a.max, b.max);
  return min <= max ? { min, max } : null;
}

function flatten(lists: readonly (readonly number[])[]): [Int32Array, Int32Array] {
  const start = new Int32Array(lists.length + 1);
  let total = 0;
  lists.forEach((l, i) => {
    start[i] = total;
    total += l.length;
  });
  start[lists.length] = total;
  const flat = new Int32Array(total);
  for (const [i, l] of lists.entries()) flat.set(l, start[i]!);
  return [start, flat];
}

/** Per source index: 1 when shown. A typed-array lookup beats Set.has in the hot loop. */
function sourceTable(index: DataIndex, sources: ReadonlySet<number> | null): Uint8Array {
  const table = new Uint8Array(index.sources.length);
  if (sources === null) table.fill(1);
  else for (const s of sources) if (s >= 0 && s < table.length) table[s] = 1;
  return table;
}

/**
 * 1 for each mention the filter shows, 0 otherwise. One tight loop per year mode. With a year
 * range set, a mention with no year in the chosen mode cannot be placed in it and is left out.
 */
export function visibleMask(index: DataIndex, filter: Filter): Uint8Array {
  const n = index.mentionCount;
  const mask = new Uint8Array(n);
  const shown = sourceTable(index, filter.sources);
  const src = index.mentionSource;
  if (filter.from === null && filter.to === null) {
    for (let i = 0; i < n; i++) mask[i] = shown[src[i]!]!;
    return mask;
  }
  const from = filter.from ?? Number.NEGATIVE_INFINITY;
  const to = filter.to ?? Number.POSITIVE_INFINITY;
  if (filter.mode === 'published') {
    const pub = index.mentionPublished;
    for (let i = 0; i < n; i++) {
      const y = pub[i]!;
      mask[i] = shown[src[i]!]! === 1 && y !== NO_YEAR && y >= from && y <= to ? 1 : 0;
    }
    return mask;
  }
  const start = index.refStart;
  const years = index.refYears;
  for (let i = 0; i < n; i++) {
    if (shown[src[i]!] === 0) continue;
    for (let k = start[i]!; k < start[i + 1]!; k++) {
      const y = years[k]!;
      if (y >= from && y <= to) {
        mask[i] = 1;
        break;
      }
    }
  }
  return mask;
}

export interface PlaceCounts {
  /** Visible mentions of each place itself. */
  own: Int32Array;
  /** Own plus those of every place inside it (rolled up through parents). */
  total: Int32Array;
  /** Largest `total` by kind group, for the colour scales. */
  maxTotal: number;
  visible: number;
}

export function countPlaces(index: DataIndex, mask: Uint8Array): PlaceCounts {
  const np = index.places.length;
  const own = new Int32Array(np);
  const total = new Int32Array(np);
  let visible = 0;
  for (let i = 0; i < mask.length; i++) {
    if (mask[i] === 0) continue;
    visible++;
    const p = index.mentionPlace[i]!;
    own[p]!++;
  }
  for (let p = 0; p < np; p++) {
    const c = own[p]!;
    if (c === 0) continue;
    total[p]! += c;
    for (let k = index.ancestorStart[p]!; k < index.ancestorStart[p + 1]!; k++) {
      total[index.ancestors[k]!]! += c;
    }
  }
  let maxTotal = 0;
  for (let p = 0; p < np; p++) if (total[p]! > maxTotal) maxTotal = total[p]!;
  return { own, total, maxTotal, visible };
}

/**
 * Mentions per source under the year part of the filter (the source list shows these). The
 * sources ticked are not read, so that ticking one does not count again.
 */
export function countBySource(index: DataIndex, years: Omit<Filter, 'sources'>): Int32Array {
  const counts = new Int32Array(index.sources.length);
  // The year part of the mask, with every source shown: one typed-array pass.
  const shown = visibleMask(index, { ...years, sources: null });
  const src = index.mentionSource;
  for (let i = 0; i < shown.length; i++) if (shown[i] === 1) counts[src[i]!]!++;
  return counts;
}

export interface YearHistogram {
  min: number;
  /** counts[k] is the number of mentions for year min + k. */
  counts: Int32Array;
  /** Mentions with no year in this mode (they are only shown while the range is open). */
  undated: number;
}

/** Each source's mentions per year in one mode: row s is source s, as a YearHistogram's counts. */
interface SourceYears {
  min: number;
  years: number;
  counts: Int32Array;
  undated: Int32Array;
}

const sourceYearCache = new WeakMap<DataIndex, Partial<Record<YearMode, SourceYears>>>();

/** Counted once per data set and mode (one pass over the mentions), then summed per change. */
function sourceYears(index: DataIndex, mode: YearMode, extent: YearExtent): SourceYears {
  const cached = sourceYearCache.get(index) ?? {};
  sourceYearCache.set(index, cached);
  const known = cached[mode];
  if (known) return known;
  const years = extent.max - extent.min + 1;
  const counts = new Int32Array(index.sources.length * years);
  const undated = new Int32Array(index.sources.length);
  for (let i = 0; i < index.mentionCount; i++) {
    const row = index.mentionSource[i]! * years - extent.min;
    if (mode === 'published') {
      const y = index.mentionPublished[i]!;
      if (y === NO_YEAR) undated[index.mentionSource[i]!]!++;
      else counts[row + y]!++;
    } else {
      const a = index.refStart[i]!;
      const b = index.refStart[i + 1]!;
      if (a === b) undated[index.mentionSource[i]!]!++;
      for (let k = a; k < b; k++) counts[row + index.refYears[k]!]!++;
    }
  }
  const table = { min: extent.min, years, counts, undated };
  cached[mode] = table;
  return table;
}

/**
 * Mentions per year under the source part of the filter, in the chosen mode. The year range
 * itself is not applied, so the histogram shows what the range control can reach. In
 * "referenced" mode a sentence naming two years counts once in each.
 */
export function yearHistogram(
  index: DataIndex,
  filter: Pick<Filter, 'sources' | 'mode'>,
): YearHistogram | null {
  const extent = index.modeExtent[filter.mode];
  if (!extent) return null;
  const table = sourceYears(index, filter.mode, extent);
  const counts = new Int32Array(table.years);
  let undated = 0;
  for (let s = 0; s < index.sources.length; s++) {
    if (filter.sources !== null && !filter.sources.has(s)) continue;
    undated += table.undated[s]!;
    const row = s * table.years;
    for (let y = 0; y < table.years; y++) counts[y]! += table.counts[row + y]!;
  }
  return { min: extent.min, counts, undated };
}

/** Folds case and diacritics so that "kabul" finds "Kābul" and "peshawar" finds "Peshāwar". */
export function foldName(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Places named by at least one visible mention, most named first, ties by name; narrowed by a
 * search query matched at word starts of the folded name. Counted as the map shows them (a
 * place's own mentions), so the list, the header and the map agree. The places' indices, in
 * that order (an array of numbers: no object per place on every filter change).
 */
export function rankPlaces(index: DataIndex, counts: PlaceCounts, query: string): Int32Array {
  const q = foldName(query);
  const np = index.places.length;
  // Keyed by name rank, so that topK's ties (lower index first) fall in name order.
  const byNameRank = new Float64Array(np);
  for (let p = 0; p < np; p++) {
    const own = counts.own[p]!;
    if (own === 0) continue;
    if (q) {
      const name = foldName(index.places[p]!.properties.name);
      if (!(name.startsWith(q) || name.includes(` ${q}`))) continue;
    }
    byNameRank[index.nameOrder[p]!] = own;
  }
  const ranks = topK(byNameRank, np);
  const placeAt = new Int32Array(np);
  for (let p = 0; p < np; p++) placeAt[index.nameOrder[p]!] = p;
  for (let k = 0; k < ranks.length; k++) ranks[k] = placeAt[ranks[k]!]!;
  return ranks;
}

export interface PlaceMentions {
  /** Visible mentions of the place itself. */
  own: number[];
  /** Visible mentions of places inside it, with those places' indices. */
  inside: number[];
  /** Places inside it that have visible mentions, most mentioned first. */
  insidePlaces: { index: number; count: number }[];
}

/** Visible mentions of a place and of the places inside it, in data order. */
export function mentionsOfPlace(index: DataIndex, mask: Uint8Array, place: number): PlaceMentions {
  const own: number[] = [];
  for (let k = index.placeMentionStart[place]!; k < index.placeMentionStart[place + 1]!; k++) {
    const i = index.placeMentions[k]!;
    if (mask[i] === 1) own.push(i);
  }
  const inside: number[] = [];
  const insidePlaces: { index: number; count: number }[] = [];
  for (let d = index.descendantStart[place]!; d < index.descendantStart[place + 1]!; d++) {
    const child = index.descendants[d]!;
    let count = 0;
    for (let k = index.placeMentionStart[child]!; k < index.placeMentionStart[child + 1]!; k++) {
      const i = index.placeMentions[k]!;
      if (mask[i] === 1) {
        inside.push(i);
        count++;
      }
    }
    if (count > 0) insidePlaces.push({ index: child, count });
  }
  inside.sort((a, b) => a - b);
  insidePlaces.sort((a, b) => b.count - a.count);
  return { own, inside, insidePlaces };
}

/**
 * Groups mention indices by source, sources in their data order, mentions in text order (the
 * index's order within a source).
 */
export function groupBySource(
  index: DataIndex,
  mentionIndices: readonly number[],
): { source: number; mentions: number[] }[] {
  const groups = new Map<number, number[]>();
  for (const i of mentionIndices) {
    const s = index.mentionSource[i]!;
    const g = groups.get(s);
    if (g) g.push(i);
    else groups.set(s, [i]);
  }
  return [...groups.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([source, mentions]) => ({ source, mentions: mentions.sort((a, b) => a - b) }));
}

/** Indices of visible mentions, for export. */
export function visibleMentions(mask: Uint8Array): number[] {
  const out: number[] = [];
  for (let i = 0; i < mask.length; i++) if (mask[i] === 1) out.push(i);
  return out;
}

/** A source's mentions, in text order (they are contiguous in the index). */
export function mentionsOfSource(index: DataIndex, source: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < index.mentionCount; i++) if (index.mentionSource[i] === source) out.push(i);
  return out;
}
