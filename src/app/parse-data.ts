/**
 * The boundary where the app takes in the generated data: everything fetched is `unknown`
 * until checked here. Malformed records are dropped (and counted) rather than trusted, and
 * a file that is not what it should be at all throws a DataError with a readable message.
 */
import type { Geometry, Point } from 'geojson';
import { MENTION_STATUSES } from '../shared/corrections.ts';
import {
  type LonLat,
  type MentionFeature,
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

export interface Parsed<T> {
  items: T[];
  /** Records dropped because they were malformed. */
  dropped: number;
}

export function parsePlaces(json: unknown): Parsed<PlaceFeature> {
  const items: PlaceFeature[] = [];
  let dropped = 0;
  for (const f of features(json, 'places.geojson')) {
    const place = parsePlace(f);
    if (place) items.push(place);
    else dropped++;
  }
  return { items, dropped };
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
  if (!isRec(f) || !isRec(f.properties) || !isRec(f.geometry)) return null;
  const p = f.properties;
  const coords = f.geometry.type === 'Point' ? lonLat(f.geometry.coordinates) : null;
  const sourceId = str(p.sourceId);
  const placeId = str(p.placeId);
  const text = str(p.text) ?? '';
  const quote = str(p.quote) ?? '';
  const start = int(p.start);
  const end = int(p.end);
  const quoteStart = int(p.quoteStart);
  if (!coords || !sourceId || !placeId || start === null || end === null || end < start) {
    return null;
  }
  const years = Array.isArray(p.years)
    ? p.years.filter((y): y is number => Number.isInteger(y)).sort((a, b) => a - b)
    : [];
  const geometry: Point = { type: 'Point', coordinates: coords };
  return {
    type: 'Feature',
    geometry,
    properties: {
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
    },
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
