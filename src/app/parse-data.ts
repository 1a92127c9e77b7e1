/**
 * The boundary where the app takes in the generated data: everything fetched is `unknown`
 * until checked here. Malformed records are dropped (and counted) rather than trusted, and
 * a file that is not what it should be at all throws a DataError with a readable message.
 */
import type { Geometry, Point } from 'geojson';
import { MENTION_STATUSES } from '../shared/corrections.ts';
import {
  type FirstView,
  type LonLat,
  type MentionFeature,
  type MentionProperties,
  type MentionStatus,
  type PartialDate,
  PLACE_KINDS,
  type PlaceFeature,
  type PlaceKind,
  type PlaceRef,
  RESOLUTION_BASES,
  type ResolutionBasis,
  type SourceMeta,
  type UnresolvedMention,
  YEARS_FROM,
  type YearsFrom,
} from '../shared/types.ts';
import { webUrl } from '../shared/web-url.ts';
import { type MentionColumns, NO_YEAR } from './filters.ts';

const STATUSES: ReadonlySet<string> = new Set<string>(MENTION_STATUSES);

export class DataError extends Error {
  override name = 'DataError';
}

const KINDS: ReadonlySet<string> = new Set<PlaceKind>(PLACE_KINDS);
const BASES: ReadonlySet<string> = new Set<string>(RESOLUTION_BASES);
const GEOMETRY_TYPES = new Set([
  'Point',
  'MultiPoint',
  'LineString',
  'MultiLineString',
  'Polygon',
  'MultiPolygon',
  'GeometryCollection',
]);

type Rec = Record<string, unknown>;
const isRec = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const int = (v: unknown): number | null => (Number.isInteger(v) ? (v as number) : null);
const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/**
 * Longest title, author or publisher shown. The build refuses longer ones (500 characters for
 * a title); data from elsewhere is clipped here, as a megabyte title froze the page for minutes.
 */
export const MAX_SHOWN_META = 500;

/** A value clipped to `max` characters (not splitting a surrogate pair), with an ellipsis. */
function clipped(value: string | null, max = MAX_SHOWN_META): string | null {
  if (value === null || value.length <= max) return value;
  const cut = /[\ud800-\udbff]/.test(value[max - 1] ?? '') ? max - 1 : max;
  return `${value.slice(0, cut)}…`;
}

function lonLat(v: unknown): LonLat | null {
  if (!Array.isArray(v) || v.length < 2) return null;
  const [lon, lat] = v;
  if (!finite(lon) || !finite(lat) || Math.abs(lon) > 180 || Math.abs(lat) > 90) return null;
  return [lon, lat];
}

function features(json: unknown, what: string): unknown[] {
  if (!isRec(json) || json.type !== 'FeatureCollection' || !Array.isArray(json.features)) {
    throw new DataError(`${what} is not a GeoJSON FeatureCollection`);
  }
  return json.features;
}

/** data/view.json: its bounds, west ≤ east and south ≤ north, or a DataError naming the fault. */
export function parseFirstView(json: unknown): FirstView['bounds'] {
  const what = 'data/view.json';
  if (!isRec(json) || json.version !== 1) throw new DataError(`${what} is not a version 1 view`);
  if (json.bounds === null) return null;
  const b = json.bounds;
  const sw = Array.isArray(b) && b.length === 2 ? lonLat(b[0]) : null;
  const ne = Array.isArray(b) && b.length === 2 ? lonLat(b[1]) : null;
  if (!sw || !ne || sw[0] > ne[0] || sw[1] > ne[1]) {
    throw new DataError(
      `${what}: expected bounds [[west, south], [east, north]] in degrees, found ${JSON.stringify(b)?.slice(0, 80)}`,
    );
  }
  return [sw, ne];
}

export interface Parsed<T> {
  items: T[];
  /** Records dropped because they were malformed. */
  dropped: number;
}

/** The places, and where each feature of the file went (-1: dropped), for mention-index.json. */
export function parsePlaces(json: unknown): Parsed<PlaceFeature> & { at: Int32Array } {
  const items: PlaceFeature[] = [];
  let dropped = 0;
  const list = features(json, 'places.geojson');
  const at = new Int32Array(list.length).fill(-1);
  list.forEach((f, k) => {
    const place = parsePlace(f);
    if (place) at[k] = items.push(place) - 1;
    else dropped++;
  });
  return { items, dropped, at };
}

function parsePlace(f: unknown): PlaceFeature | null {
  if (!isRec(f) || !isRec(f.properties) || !isRec(f.geometry)) return null;
  const p = f.properties;
  const g = f.geometry;
  const id = str(p.id);
  const name = str(p.name);
  const kind = str(p.kind);
  const point = lonLat(p.point);
  if (!id || !name || !kind || !KINDS.has(kind) || !point) return null;
  if (typeof g.type !== 'string' || !GEOMETRY_TYPES.has(g.type)) return null;
  const parents = Array.isArray(p.parents)
    ? p.parents.filter((x): x is string => typeof x === 'string')
    : [];
  return {
    type: 'Feature',
    geometry: g as unknown as Geometry,
    properties: {
      id,
      name,
      kind: kind as PlaceKind,
      country: str(p.country),
      parents,
      point,
      provenance: str(p.provenance) ?? '',
      mentionCount: int(p.mentionCount) ?? 0,
      sourceCount: int(p.sourceCount) ?? 0,
    },
  };
}

export function parseMentions(json: unknown): Parsed<MentionFeature> {
  const items: MentionFeature[] = [];
  let dropped = 0;
  for (const f of features(json, 'mentions.geojson')) {
    const mention = parseMention(f);
    if (mention) items.push(mention);
    else dropped++;
  }
  return { items, dropped };
}

function parseMention(f: unknown): MentionFeature | null {
  if (!isRec(f) || !isRec(f.geometry)) return null;
  const coords = f.geometry.type === 'Point' ? lonLat(f.geometry.coordinates) : null;
  const properties = parseMentionProperties(f.properties);
  if (!coords || !properties) return null;
  const geometry: Point = { type: 'Point', coordinates: coords };
  return { type: 'Feature', geometry, properties };
}

/** One mention's properties (mentions.geojson, quotes files), or null when unusable. */
function parseMentionProperties(p: unknown): MentionProperties | null {
  if (!isRec(p)) return null;
  const sourceId = str(p.sourceId);
  const placeId = str(p.placeId);
  const text = str(p.text) ?? '';
  const quote = str(p.quote) ?? '';
  const start = int(p.start);
  const end = int(p.end);
  const quoteStart = int(p.quoteStart);
  if (!sourceId || !placeId || start === null || end === null || end < start) return null;
  const years = Array.isArray(p.years)
    ? p.years.filter((y): y is number => Number.isInteger(y)).sort((a, b) => a - b)
    : [];
  return {
    id: str(p.id) ?? `${sourceId}:${start}`,
    sourceId,
    placeId,
    text,
    start,
    end,
    quote,
    quoteStart: quoteStart ?? start,
    ...quoteCut(p.quoteCut),
    line: int(p.line) ?? 0,
    publishedYear: int(p.publishedYear),
    years,
    yearsFrom: yearsFrom(p.yearsFrom, years),
    // Older data has no confidence: it was shown as certain then, so it stays so.
    confidence: finite(p.confidence) ? Math.min(1, Math.max(0, p.confidence)) : 1,
    ...(BASES.has(p.basis as string) ? { basis: p.basis as ResolutionBasis } : {}),
    alternatives: placeRefs(p.alternatives),
    // Older data has no status: everything in it was found by the geoparser.
    status: STATUSES.has(p.status as string) ? (p.status as MentionStatus) : 'automatic',
  };
}

/** Older data has no `yearsFrom`: its years were all found in the text. */
function yearsFrom(v: unknown, years: readonly number[]): YearsFrom {
  if ((YEARS_FROM as readonly unknown[]).includes(v)) return v as YearsFrom;
  return years.length > 0 ? 'clause' : 'none';
}

/** `{before, after}` booleans, or nothing when absent or malformed (a whole sentence). */
function quoteCut(v: unknown): { quoteCut?: { before: boolean; after: boolean } } {
  if (!isRec(v) || typeof v.before !== 'boolean' || typeof v.after !== 'boolean') return {};
  return { quoteCut: { before: v.before, after: v.after } };
}

/** A list of {id, name, kind, country}; malformed entries are left out. */
function placeRefs(v: unknown): PlaceRef[] {
  if (!Array.isArray(v)) return [];
  return v.flatMap((r): PlaceRef[] => {
    if (!isRec(r)) return [];
    const id = str(r.id);
    const name = str(r.name);
    const kind = str(r.kind);
    if (!id || !name || !kind || !KINDS.has(kind)) return [];
    return [{ id, name, kind: kind as PlaceKind, country: str(r.country) }];
  });
}

function partialDate(v: unknown): PartialDate | null {
  if (!isRec(v)) return null;
  const iso = str(v.iso);
  const precision = str(v.precision);
  const year = int(v.year);
  if (!iso || year === null) return null;
  if (precision !== 'year' && precision !== 'month' && precision !== 'day') return null;
  return { iso, precision, year };
}

/** Only web links are followed: a `javascript:` or `data:` URL in a source is dropped. */
export function safeHttpUrl(v: unknown): string | null {
  const s = str(v);
  if (!s) return null;
  return webUrl(s)?.href ?? null;
}

export function parseSources(json: unknown): Parsed<SourceMeta> {
  if (!isRec(json) || !Array.isArray(json.sources)) {
    throw new DataError('sources.json has no list of sources');
  }
  const items: SourceMeta[] = [];
  let dropped = 0;
  const seen = new Set<string>();
  for (const s of json.sources) {
    const id = isRec(s) ? str(s.id) : null;
    if (!isRec(s) || !id || seen.has(id)) {
      dropped++;
      continue;
    }
    seen.add(id);
    items.push({
      id,
      title: clipped(str(s.title)) || id,
      author: clipped(str(s.author)),
      publisher: clipped(str(s.publisher)),
      published: partialDate(s.published),
      url: safeHttpUrl(s.url),
      language: str(s.language) ?? 'und',
      file: str(s.file) ?? '',
      mentionCount: int(s.mentionCount) ?? 0,
    });
  }
  return { items, dropped };
}

/** unresolved.json: names found but not placed. Malformed entries are dropped. */
export function parseUnresolved(json: unknown): Parsed<UnresolvedMention> {
  if (!Array.isArray(json)) throw new DataError('unresolved.json is not a list');
  const items: UnresolvedMention[] = [];
  let dropped = 0;
  for (const u of json) {
    const sourceId = isRec(u) ? str(u.sourceId) : null;
    const text = isRec(u) ? str(u.text) : null;
    if (!isRec(u) || !sourceId || !text) {
      dropped++;
      continue;
    }
    items.push({
      sourceId,
      text,
      start: int(u.start) ?? 0,
      end: int(u.end) ?? 0,
      line: int(u.line) ?? 0,
      quote: str(u.quote) ?? '',
      reason: str(u.reason) ?? '',
      // Candidates are not shown; not carried.
      candidates: [],
    });
  }
  return { items, dropped };
}

/**
 * A column of mention-index.json, checked to be a list of whole numbers (`min` or more when
 * given) of the length given. Plain loops: at 100,000 mentions this runs before the first frame.
 */
function column(
  json: Rec,
  name: string,
  length: number | null,
  what: string,
  min?: { value: number; says: string },
): number[] {
  const v = json[name];
  let whole = Array.isArray(v);
  let atLeast = true;
  if (whole) {
    const list = v as unknown[];
    for (let i = 0; i < list.length && whole; i++) {
      const x = list[i];
      whole = Number.isInteger(x);
      if (min && (x as number) < min.value) atLeast = false;
    }
  }
  if (!whole) {
    throw new DataError(`mention-index.json: expected '${name}' to be a list of whole numbers`);
  }
  const list = v as number[];
  if (length !== null && list.length !== length) {
    throw new DataError(
      `mention-index.json: expected '${name}' to have ${length} entries (${what}), found ${list.length}`,
    );
  }
  if (min && !atLeast)
    throw new DataError(`mention-index.json: expected '${name}' to be ${min.says}`);
  return list;
}

const COUNTS = { value: 0, says: 'counts (0 or more)' };

function sum(list: readonly number[]): number {
  let total = 0;
  for (let i = 0; i < list.length; i++) total += list[i]!;
  return total;
}

/**
 * mention-index.json, checked and turned into the index's columns. `placeAt` maps the file's
 * place positions to the parsed places (-1: dropped); a mention whose place or source was
 * dropped, or whose entries are out of range, is left out and counted.
 */
export function parseMentionIndex(
  json: unknown,
  placeAt: Int32Array,
  sources: readonly SourceMeta[],
): { columns: MentionColumns; dropped: number } {
  if (!isRec(json) || json.version !== 1) {
    throw new DataError('mention-index.json: expected an object with "version": 1');
  }
  const ids = json.sources;
  if (!Array.isArray(ids) || !ids.every((x) => typeof x === 'string')) {
    throw new DataError("mention-index.json: expected 'sources' to be a list of source ids");
  }
  const perSource = column(json, 'perSource', ids.length, 'one per source', COUNTS);
  const n = sum(perSource);
  const place = column(json, 'place', n, 'the sum of perSource');
  const yearCount = column(json, 'yearCount', n, 'one per mention', COUNTS);
  const years = column(json, 'years', sum(yearCount), 'the sum of yearCount');
  const confidence = column(json, 'confidence', n, 'one per mention');
  const perFile = json.quotesPerFile;
  if (!Number.isInteger(perFile) || (perFile as number) < 1) {
    throw new DataError("mention-index.json: expected 'quotesPerFile' to be a whole number ≥ 1");
  }
  // The file's status codes by its mention positions (0: automatic); a later pair wins.
  const statusAt = new Uint8Array(n);
  if (Array.isArray(json.status)) {
    for (const pair of json.status) {
      if (!Array.isArray(pair) || !Number.isInteger(pair[0])) continue;
      const m = pair[0] as number;
      const code = MENTION_STATUSES.indexOf(pair[1] as MentionStatus);
      if (code > 0 && m >= 0 && m < n) statusAt[m] = code;
    }
  }
  const sourceAt = new Map(sources.map((s, i) => [s.id, i]));
  const published = sources.map((s) => s.published?.year ?? NO_YEAR);
  // Written in place, kept mention after kept mention; cut to length at the end.
  const out = {
    place: new Int32Array(n),
    source: new Int32Array(n),
    ordinal: new Int32Array(n),
    published: new Int32Array(n),
    refStart: new Int32Array(n + 1),
    refYears: new Int32Array(years.length),
    confidence: new Float64Array(n),
    status: new Uint8Array(n),
  };
  let kept = 0;
  let dropped = 0;
  // The next mention of the file, the next of its years, and the next kept year.
  let m = 0;
  let y = 0;
  let r = 0;
  for (let s = 0; s < ids.length; s++) {
    const parsed = sourceAt.get(ids[s] as string);
    for (let k = 0; k < perSource[s]!; k++, m++) {
      const count = yearCount[m]!;
      const p = place[m]!;
      if (parsed === undefined || p < 0 || p >= placeAt.length || placeAt[p]! < 0) {
        dropped++;
        y += count;
        continue;
      }
      out.place[kept] = placeAt[p]!;
      out.source[kept] = parsed;
      out.ordinal[kept] = k;
      out.published[kept] = published[parsed]!;
      // Hundredths back to the pipeline's own values (it rounds to 0.01); out of range: clamped.
      out.confidence[kept] = Math.min(100, Math.max(0, confidence[m]!)) / 100;
      out.status[kept] = statusAt[m]!;
      out.refStart[kept] = r;
      // A mention's years, in order (few: an insertion sort).
      for (let j = 0; j < count; j++, y++) {
        const year = years[y]!;
        let at = r + j;
        while (at > r && out.refYears[at - 1]! > year) {
          out.refYears[at] = out.refYears[at - 1]!;
          at--;
        }
        out.refYears[at] = year;
      }
      r += count;
      kept++;
    }
  }
  out.refStart[kept] = r;
  return {
    dropped,
    columns: {
      place: out.place.slice(0, kept),
      source: out.source.slice(0, kept),
      ordinal: out.ordinal.slice(0, kept),
      published: out.published.slice(0, kept),
      refStart: out.refStart.slice(0, kept + 1),
      refYears: out.refYears.slice(0, r),
      confidence: out.confidence.slice(0, kept),
      status: out.status.slice(0, kept),
      quotesPerFile: perFile as number,
    },
  };
}

/**
 * A quotes file (quotes/<source>.<k>.json): the properties of `expected` mentions of that
 * source from position `first` on. Anything else — another source, another count — means the
 * data changed since the page was loaded, and is said so.
 */
export function parseQuotes(
  json: unknown,
  file: string,
  expected: { source: string; first: number; count: number },
): MentionProperties[] {
  if (!isRec(json) || json.version !== 1 || !Array.isArray(json.mentions)) {
    throw new DataError(`${file} is not a quotes file (expected "version": 1 and "mentions")`);
  }
  if (json.source !== expected.source || json.first !== expected.first) {
    throw new DataError(`${file} belongs to other data: the data was rebuilt, reload the page`);
  }
  const mentions = json.mentions.map(parseMentionProperties);
  if (mentions.length < expected.count || mentions.some((m) => m === null)) {
    throw new DataError(
      `${file}: expected ${expected.count} well-formed mentions, found ${mentions.filter((m) => m !== null).length}`,
    );
  }
  return mentions as MentionProperties[];
}
