/**
 * `npm run extract`: the place mentions of one file as a GeoJSON FeatureCollection.
 * Offsets are into the file's whole content as read (front matter included, BOM removed),
 * so content.slice(start, end) === text; unresolved mentions have a null geometry.
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { ExtractProperties } from '../../shared/types.ts';
import type { Geoparser } from '../geoparse/types.ts';
import { parseFrontMatter } from '../sources/frontmatter.ts';
import { quoteIndex } from '../text/quote.ts';
import { mentionsOutsideFurniture } from './annotate.ts';
import { wrapLon } from './antimeridian.ts';

export type ExtractFeature = Feature<Point | null, ExtractProperties>;
export type ExtractCollection = FeatureCollection<Point | null, ExtractProperties>;

export interface ExtractResult {
  collection: ExtractCollection;
  droppedAsFurniture: number;
}

/**
 * A file with front matter is geoparsed from its body only (metadata is not text about
 * places); a closed block is required, otherwise the whole content is the text.
 */
export function extractMentions(content: string, geoparser: Geoparser): ExtractResult {
  const fm = parseFrontMatter(content);
  const bodyStart = fm.present && fm.closed ? fm.bodyStart : 0;
  const body = content.slice(bodyStart);
  const { kept, dropped } = mentionsOutsideFurniture(body, geoparser);
  const quoteOf = quoteIndex(body);
  const features: ExtractFeature[] = kept.map((m) => {
    const place = m.place;
    return {
      type: 'Feature',
      geometry: place
        ? { type: 'Point', coordinates: [wrapLon(place.point[0]), place.point[1]] }
        : null,
      properties: {
        start: bodyStart + m.start,
        end: bodyStart + m.end,
        text: m.text,
        placeId: place?.id ?? null,
        name: place?.name ?? null,
        kind: place?.kind ?? null,
        country: place?.country ?? null,
        quote: quoteOf(m).text,
        confidence: m.confidence,
        alternatives: m.alternatives,
      },
    };
  });
  return { collection: { type: 'FeatureCollection', features }, droppedAsFurniture: dropped };
}
