/** mentions.geojson: one Point per resolved mention, at its place's representative point. */
import type { MentionCollection, MentionFeature } from '../../shared/types.ts';
import type { AnnotatedSource } from './annotate.ts';
import { wrapLon } from './antimeridian.ts';

export function buildMentions(annotated: readonly AnnotatedSource[]): MentionCollection {
  const features: MentionFeature[] = annotated.flatMap((a) =>
    a.mentions.map(({ place, properties }) => ({
      type: 'Feature',
      id: properties.id,
      geometry: { type: 'Point', coordinates: [wrapLon(place.point[0]), place.point[1]] },
      properties,
    })),
  );
  return { type: 'FeatureCollection', features };
}
