/**
 * places.geojson: one Feature per place mentioned, plus its ancestors (admin1, country) so
 * the map can draw the province a city lies in even when only the city is named.
 */
import type { PlaceCollection, PlaceFeature } from '../../shared/types.ts';
import type { GazetteerEntry } from '../gazetteer/types.ts';
import type { Geoparser } from '../geoparse/types.ts';
import type { AnnotatedSource } from './annotate.ts';
import { cutAtAntimeridian, wrapLon } from './antimeridian.ts';
import { displayGeometry } from './simplify.ts';

interface Tally {
  entry: GazetteerEntry;
  mentionCount: number;
  sources: Set<string>;
}

export function buildPlaces(
  annotated: readonly AnnotatedSource[],
  geoparser: Geoparser,
): PlaceCollection {
  const tallies = new Map<string, Tally>();
  const tally = (entry: GazetteerEntry): Tally => {
    let t = tallies.get(entry.id);
    if (!t) {
      t = { entry, mentionCount: 0, sources: new Set() };
      tallies.set(entry.id, t);
    }
    return t;
  };
  for (const a of annotated) {
    for (const m of a.mentions) {
      const t = tally(m.place);
      t.mentionCount++;
      t.sources.add(a.source.id);
    }
  }
  // Ancestors carry zero counts of their own (counts are of the place itself, see types.ts).
  for (const id of [...tallies.keys()]) {
    for (const parentId of tallies.get(id)?.entry.parents ?? []) {
      if (tallies.has(parentId)) continue;
      const parent = geoparser.place(parentId);
      if (parent) tally(parent);
    }
  }
  const features: PlaceFeature[] = [...tallies.values()]
    .sort((a, b) => a.entry.id.localeCompare(b.entry.id))
    .map(({ entry, mentionCount, sources }) => ({
      type: 'Feature',
      id: entry.id,
      geometry: cutAtAntimeridian(displayGeometry(entry.kind, geoparser.geometry(entry.id))),
      properties: {
        id: entry.id,
        name: entry.name,
        kind: entry.kind,
        country: entry.country,
        parents: [...entry.parents],
        point: [wrapLon(entry.point[0]), entry.point[1]],
        provenance: entry.provenance,
        mentionCount,
        sourceCount: sources.size,
      },
    }));
  return { type: 'FeatureCollection', features };
}
