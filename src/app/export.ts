/**
 * Export of what the map shows: the visible mentions as GeoJSON (for GIS) and CSV (for
 * spreadsheets). Both carry the place and source names next to the ids, so a row can be read
 * without the rest of the data; the filters that made the selection are in the file name, and
 * in the GeoJSON itself.
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { MentionProperties } from '../shared/types.ts';
import { type CsvCell, toCsv } from './csv.ts';
import type { DataIndex, YearMode } from './filters.ts';

/** The filters applied when exporting, by id (as in the URL). */
export interface ExportFilters {
  /** Source ids shown, or null for all. */
  sources: string[] | null;
  from: number | null;
  to: number | null;
  yearMode: YearMode;
}

/** What the GeoJSON records of how it was made (an RFC 7946 foreign member). */
export interface ExportInfo {
  filters: ExportFilters;
  /** Whether areas and borders have their real geometry, or one point each. */
  shapes: boolean;
  mentions: number;
}

export type ExportCollection = FeatureCollection<Geometry, ExportProperties> & {
  citemap: ExportInfo;
};

export interface ExportProperties extends MentionProperties {
  placeName: string;
  placeKind: string;
  country: string | null;
  sourceTitle: string;
  publisher: string | null;
  published: string | null;
}

/** A mention's full properties (its quotes file's, fetched before exporting: model/quotes.ts). */
export type MentionDetails = (mention: number) => MentionProperties;

/**
 * The mentions as GeoJSON: each at its place's point, or with `shapes` at the place's real
 * geometry (the polygon of an area, the line of a border), so a GIS can draw what was cited.
 */
export function exportGeoJson(
  index: DataIndex,
  mentionIndices: readonly number[],
  details: MentionDetails,
  filters: ExportFilters,
  shapes = false,
): ExportCollection {
  return {
    type: 'FeatureCollection',
    citemap: { filters, shapes, mentions: mentionIndices.length },
    features: mentionIndices.map((i): Feature<Geometry, ExportProperties> => {
      const placeFeature = index.places[index.mentionPlace[i]!]!;
      const place = placeFeature.properties;
      const source = index.sources[index.mentionSource[i]!]!;
      const properties: ExportProperties = {
        ...details(i),
        placeName: place.name,
        placeKind: place.kind,
        country: place.country,
        sourceTitle: source.title,
        publisher: source.publisher,
        published: source.published?.iso ?? null,
      };
      const geometry: Geometry = shapes
        ? placeFeature.geometry
        : { type: 'Point', coordinates: place.point };
      return { type: 'Feature', geometry, properties };
    }),
  };
}

export const CSV_HEADER = [
  'mention_id',
  'source_id',
  'source_title',
  'publisher',
  'published',
  'place_id',
  'place_name',
  'place_kind',
  'country',
  'text',
  'quote',
  'years',
  'years_from',
  'lon',
  'lat',
  'line',
  'start',
  'end',
  'status',
] as const;

export function exportCsv(
  index: DataIndex,
  mentionIndices: readonly number[],
  details: MentionDetails,
): string {
  const rows: CsvCell[][] = mentionIndices.map((i) => {
    const p = details(i);
    const place = index.places[index.mentionPlace[i]!]!.properties;
    const source = index.sources[index.mentionSource[i]!]!;
    const [lon, lat] = place.point;
    return [
      p.id,
      source.id,
      source.title,
      source.publisher,
      source.published?.iso ?? null,
      place.id,
      place.name,
      place.kind,
      place.country,
      p.text,
      p.quote,
      p.years.join(' '),
      p.yearsFrom,
      lon,
      lat,
      p.line,
      p.start,
      p.end,
      p.status,
    ];
  });
  return toCsv(CSV_HEADER, rows);
}

/** The byte-order mark that tells spreadsheet programs a CSV file is UTF-8 (accents intact). */
export const UTF8_BOM = '\uFEFF';

/** The CSV file's content: the BOM, then the rows. */
export function csvFile(
  index: DataIndex,
  mentionIndices: readonly number[],
  details: MentionDetails,
): string {
  return UTF8_BOM + exportCsv(index, mentionIndices, details);
}

/**
 * A file name that says what was exported: "citemap-mentions_all-sources_all-years.csv",
 * "citemap-mentions_2-of-5-sources_2015-2020-published.geojson".
 */
export function exportFileName(filters: ExportFilters, sourceCount: number, ext: string): string {
  const sources =
    filters.sources === null
      ? 'all-sources'
      : filters.sources.length === 1
        ? filters.sources[0]!
        : `${filters.sources.length}-of-${sourceCount}-sources`;
  const years =
    filters.from === null && filters.to === null
      ? 'all-years'
      : `${filters.from ?? 'start'}-${filters.to ?? 'end'}-${filters.yearMode}`;
  return `citemap-mentions_${sources}_${years}.${ext}`;
}
