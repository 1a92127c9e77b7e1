/**
 * Export of what the map shows: the visible mentions as GeoJSON (for GIS) and CSV (for
 * spreadsheets). Both carry the place and source names next to the ids, so a row can be read
 * without the rest of the data.
 */
import { type CsvCell, toCsv } from './csv.ts';
import type { DataIndex } from './filters.ts';
import type { MentionCollection, MentionProperties } from './types.ts';

export interface ExportProperties extends MentionProperties {
  placeName: string;
  placeKind: string;
  country: string | null;
  sourceTitle: string;
  publisher: string | null;
  published: string | null;
}

export function exportGeoJson(
  index: DataIndex,
  mentionIndices: readonly number[],
): MentionCollection {
  return {
    type: 'FeatureCollection',
    features: mentionIndices.map((i) => {
      const m = index.mentions[i]!;
      const place = index.places[index.mentionPlace[i]!]!.properties;
      const source = index.sources[index.mentionSource[i]!]!;
      const properties: ExportProperties = {
        ...m.properties,
        placeName: place.name,
        placeKind: place.kind,
        country: place.country,
        sourceTitle: source.title,
        publisher: source.publisher,
        published: source.published?.iso ?? null,
      };
      return { type: 'Feature', geometry: m.geometry, properties };
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
  'lon',
  'lat',
  'line',
  'start',
  'end',
] as const;

export function exportCsv(index: DataIndex, mentionIndices: readonly number[]): string {
  const rows: CsvCell[][] = mentionIndices.map((i) => {
    const m = index.mentions[i]!;
    const p = m.properties;
    const place = index.places[index.mentionPlace[i]!]!.properties;
    const source = index.sources[index.mentionSource[i]!]!;
    const [lon, lat] = m.geometry.coordinates;
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
      lon,
      lat,
      p.line,
      p.start,
      p.end,
    ];
  });
  return toCsv(CSV_HEADER, rows);
}
