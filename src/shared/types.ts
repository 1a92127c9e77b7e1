/**
 * The one types module shared by the pipeline (Node) and the app (browser).
 * Everything the pipeline writes under public/data/ has its shape here, so the two sides
 * cannot drift apart. Outside data is parsed at the boundary (see src/app/parse-data.ts).
 */
import type { Feature, FeatureCollection, Geometry, Point } from 'geojson';
import type { MentionStatus } from './corrections.ts';

export type { MentionStatus } from './corrections.ts';

/** Lon/lat, in that order (RFC 7946). */
export type LonLat = [lon: number, lat: number];

export type DatePrecision = 'year' | 'month' | 'day';

/** A date known only to some precision: `iso` is YYYY, YYYY-MM or YYYY-MM-DD. */
export interface PartialDate {
  iso: string;
  precision: DatePrecision;
  year: number;
}

/** One source's metadata, as written in its front matter (see README "Sources"). */
export interface SourceMeta {
  /** Stable id: lower-case letters, digits and hyphens. Also the file name of its text. */
  id: string;
  title: string;
  author: string | null;
  publisher: string | null;
  published: PartialDate | null;
  url: string | null;
  /** BCP 47 language tag, e.g. "en". */
  language: string;
  /** Path of the source file relative to the sources folder (its file name). */
  file: string;
  /** Number of resolved place mentions in this source. */
  mentionCount: number;
}

/**
 * What sort of place a gazetteer entry is. Areas (country, admin1, admin2, region) carry
 * polygons; city and site are points; border is a line or zone along a shared boundary.
 */
export const PLACE_KINDS = [
  'continent',
  'region',
  'country',
  'admin1',
  'admin2',
  'city',
  'site',
  'border',
  'water',
] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

export interface PlaceProperties {
  /** Stable id, e.g. "country:AF", "admin1:AF-KAN", "geonames:1138958", "curated:tora-bora". */
  id: string;
  name: string;
  kind: PlaceKind;
  /** ISO 3166-1 alpha-2 of the place, or null for a multi-country region or border. */
  country: string | null;
  /** Ids of the places that contain this one, nearest first (e.g. its admin1, then its country). */
  parents: string[];
  /** Representative point: a label point inside the area, or the point itself. */
  point: LonLat;
  /** Where the geometry and name come from (e.g. "GeoNames", "Natural Earth", "curated: …"). */
  provenance: string;
  /** Resolved mentions of this place itself, across all sources. */
  mentionCount: number;
  /** Number of distinct sources that mention it. */
  sourceCount: number;
}
export type PlaceFeature = Feature<Geometry, PlaceProperties>;

/**
 * data/view.json: the view that frames the cited places (src/shared/geometry/view-bounds.ts),
 * written by the build so the map can start drawing before the places and mentions arrive.
 * `bounds` is [[west, south], [east, north]] in degrees, or null when nothing is cited.
 */
export interface FirstView {
  version: 1;
  bounds: [[number, number], [number, number]] | null;
}

/** A gazetteer entry named without its geometry: an alternative the geoparser considered. */
export interface PlaceRef {
  id: string;
  name: string;
  kind: PlaceKind;
  country: string | null;
}

/**
 * What a resolution rests on (src/pipeline/geoparse/confidence.ts): the text's own evidence
 * (places it names nearby, a container, a designator), the prominence of the place (a country
 * or ocean preferred to a namesake the text does not place), or a guess (a near tie, or only
 * small places of that name).
 */
export const RESOLUTION_BASES = ['evidence', 'prominence', 'guess'] as const;
export type ResolutionBasis = (typeof RESOLUTION_BASES)[number];

/** Below this confidence a mention is shown as uncertain (map, legend, popup, panel). */
export const UNCERTAIN_BELOW = 0.5;
export type PlaceCollection = FeatureCollection<Geometry, PlaceProperties>;

/**
 * How a mention's years were found: named in its own clause (or the main clause around it),
 * the source's publication year for a claim in the present or recent tense that names none
 * ("dated by publication"), or none at all.
 */
export const YEARS_FROM = ['clause', 'publication', 'none'] as const;
export type YearsFrom = (typeof YEARS_FROM)[number];

export interface MentionProperties {
  /** `${sourceId}:${start}` */
  id: string;
  sourceId: string;
  placeId: string;
  /** The surface text as it stands in the source, e.g. "Khowst". */
  text: string;
  /** UTF-16 offsets into the source's body text: body.slice(start, end) === text. */
  start: number;
  end: number;
  /** The sentence that names the place. */
  quote: string;
  /** Offset of the quote in the body text, so the name sits at start - quoteStart in the quote. */
  quoteStart: number;
  /** Which ends of its sentence the quote leaves out (absent: the whole sentence). */
  quoteCut?: { before: boolean; after: boolean };
  /** 1-based line of the mention in the source file (front matter included). */
  line: number;
  /** Year of the source's publication date, or null when the source has none. */
  publishedYear: number | null;
  /**
   * Years the mention's clause refers to ("in 1994", "July 2001", "last year"), ascending,
   * unique; for a present-tense claim without a year, the publication year (see `yearsFrom`).
   */
  years: number[];
  /** How `years` were found (README "Years"). */
  yearsFrom: YearsFrom;
  /** How sure the geoparser is that `placeId` is the place meant, 0–1. */
  confidence: number;
  /** What the choice of `placeId` rests on (absent in data built before it was recorded). */
  basis?: ResolutionBasis;
  /** The next most likely places for this name, best first (at most 3; empty when unambiguous). */
  alternatives: PlaceRef[];
  /**
   * How the mention came to be: found by the geoparser (`automatic`), checked by a reader
   * (`reviewed`), given another place by a reader (`corrected`) or added by one (`added`).
   * See data/corrections/ and README "Review and correct".
   */
  status: MentionStatus;
}
export type MentionFeature = Feature<Point, MentionProperties>;
export type MentionCollection = FeatureCollection<Point, MentionProperties>;

/** public/data/sources.json */
export interface SourcesFile {
  version: 1;
  sources: SourceMeta[];
}

/** A name found in a source that could not be resolved with confidence (public/data/unresolved.json). */
export interface UnresolvedMention {
  sourceId: string;
  text: string;
  start: number;
  end: number;
  line: number;
  quote: string;
  reason: string;
  candidates: PlaceRef[];
}

/** Properties of one Feature printed by `npm run extract` (one per place mention). */
export interface ExtractProperties {
  /** UTF-16 offsets into the file's whole content as read: content.slice(start, end) === text. */
  start: number;
  end: number;
  text: string;
  placeId: string | null;
  name: string | null;
  kind: PlaceKind | null;
  /** ISO 3166-1 alpha-2, or null for a multi-country region (or when unresolved). */
  country: string | null;
  quote: string;
  /** 0–1; 0 when unresolved. */
  confidence: number;
  /** Other places the name may be, best first (at most 3). */
  alternatives: PlaceRef[];
}

/** Where the app finds the generated data, relative to the page. */
export const DATA_PATHS = {
  places: 'data/places.geojson',
  /** The map's first view, framing the cited places: read before any other data (FirstView). */
  view: 'data/view.json',
  /** Every mention with all its properties: the analysis file; the map does not read it. */
  mentions: 'data/mentions.geojson',
  /** What the map's first frame needs of each mention (src/shared/mention-index.ts). */
  mentionIndex: 'data/mention-index.json',
  /** Quotes and all other properties of mentions, fetched when a popup, panel or reader opens. */
  quotesDir: 'data/quotes',
  sources: 'data/sources.json',
  unresolved: 'data/unresolved.json',
  /** Source body texts for the reader: `${textsDir}/${id}.txt`. */
  textsDir: 'data/texts',
  basemap: 'data/basemap.json',
  /** The basemap's smaller towns, fetched when the view comes close (src/shared/basemap.ts). */
  basemapTowns: 'data/basemap-towns.json',
  /** The corrections and added places the build applied (src/shared/corrections.ts). */
  corrections: 'data/corrections.json',
  /** Gazetteer names for searching when correcting, fetched only then (model/place-search.ts). */
  search: 'data/search.tsv',
} as const;
