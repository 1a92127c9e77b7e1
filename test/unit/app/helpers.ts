import type { DataIndex } from '../../../src/app/filters.ts';
import { mentionOrder } from '../../../src/shared/mention-index.ts';
import type {
  MentionFeature,
  MentionProperties,
  PlaceFeature,
  PlaceKind,
  SourceMeta,
} from '../../../src/shared/types.ts';

export function place(
  id: string,
  kind: PlaceKind,
  parents: string[] = [],
  name = id,
): PlaceFeature {
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [66, 33] },
    properties: {
      id,
      name,
      kind,
      country: 'AF',
      parents,
      point: [66, 33],
      provenance: 'test',
      mentionCount: 0,
      sourceCount: 0,
    },
  };
}

export function source(id: string, year: number | null = 2020): SourceMeta {
  return {
    id,
    title: `Title ${id}`,
    author: null,
    publisher: 'Pub',
    published: year === null ? null : { iso: String(year), precision: 'year', year },
    url: null,
    language: 'en',
    file: `data/sources/${id}.md`,
    mentionCount: 0,
  };
}

let offset = 0;
export function mention(
  sourceId: string,
  placeId: string,
  publishedYear: number | null,
  years: number[] = [],
): MentionFeature {
  offset += 20;
  const start = offset;
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [66, 33] },
    properties: {
      id: `${sourceId}:${start}`,
      sourceId,
      placeId,
      text: 'Name',
      start,
      end: start + 4,
      quote: 'In Name.',
      quoteStart: start - 3,
      line: 1,
      publishedYear,
      years,
      yearsFrom: years.length > 0 ? 'clause' : 'none',
      confidence: 1,
      alternatives: [],
      status: 'automatic',
    },
  };
}

/**
 * Mention i's full properties for an index built from these features (the index orders them
 * as the quotes files do: source by source, then text order) — what model/quotes.ts fetches.
 */
export function detailsOf(
  index: DataIndex,
  mentions: readonly MentionFeature[],
): (i: number) => MentionProperties {
  const ordered = mentionOrder(
    index.sources,
    mentions.map((m) => m.properties).filter((m) => index.placeIndex.has(m.placeId)),
  );
  return (i) => ordered[i]!;
}
