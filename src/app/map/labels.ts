/**
 * Which places the map names, chosen on every filter change: pure, so that the choice is
 * tested without a browser, and cheap (a selection of the few hundred kept, not a sort of
 * every place), and sent to MapLibre only when it changed (its worker then lays out tiles
 * again).
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { DataIndex } from '../filters.ts';
import { pointRadius } from '../model/encoding.ts';
import { topK } from '../top-k.ts';
import type { KindGroup } from './place-layers.ts';

/** A few hundred labels are all a screen can hold; the rest would only cost worker time. */
export const MAX_LABELS = 400;

/** The places named, first to be placed first, and how far each label sits from its point. */
export interface LabelChoice {
  places: Int32Array;
  /** Radial offset in ems: beside the point's circle, whose radius follows the count. */
  offsets: Float64Array;
}

/**
 * Countries are named by the basemap already, world regions are not drawn; the rest with
 * mentions shown, most mentioned first, points before areas of equal count, then in data order.
 */
export function chooseLabels(
  groups: readonly KindGroup[],
  own: Int32Array,
  max = MAX_LABELS,
): LabelChoice {
  const keys = new Float64Array(own.length);
  for (let i = 0; i < own.length; i++) {
    const g = groups[i];
    if (own[i]! > 0 && g !== 'country' && g !== 'world')
      keys[i] = own[i]! * 2 + (g === 'point' ? 1 : 0);
  }
  const places = topK(keys, max);
  const offsets = new Float64Array(places.length);
  for (let k = 0; k < places.length; k++) {
    const i = places[k]!;
    if (groups[i] === 'point') offsets[k] = pointRadius(own[i]!) / 12 + 0.4;
  }
  return { places, offsets };
}

/** Whether two choices draw the same labels in the same places (then nothing is sent). */
export function sameLabels(a: LabelChoice | null, b: LabelChoice): boolean {
  if (!a || a.places.length !== b.places.length) return false;
  for (let k = 0; k < b.places.length; k++) {
    if (a.places[k] !== b.places[k] || a.offsets[k] !== b.offsets[k]) return false;
  }
  return true;
}

/** The label source's data: the name, the group (which layer), the placing order, the offset. */
export function labelFeatures(
  index: DataIndex,
  groups: readonly KindGroup[],
  choice: LabelChoice,
): FeatureCollection<Point> {
  const features: Feature<Point>[] = Array.from(choice.places, (i, rank) => {
    const p = index.places[i]!.properties;
    return {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: p.point },
      properties: { name: p.name, g: groups[i]!, sort: rank, off: choice.offsets[rank]! },
    };
  });
  return { type: 'FeatureCollection', features };
}
