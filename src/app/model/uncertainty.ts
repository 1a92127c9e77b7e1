/**
 * Which readings the geoparser was unsure of. A mention below UNCERTAIN_BELOW is uncertain; a
 * place is drawn as uncertain only when every mention of it shown under the filters is, so a
 * single doubtful reading does not cast doubt on a place the other sources name plainly.
 */

import { type PlaceRef, UNCERTAIN_BELOW } from '../../shared/types.ts';
import type { DataIndex } from '../filters.ts';

/** The rule, on a confidence alone (the index's column: no object per mention in the loop). */
const uncertainConfidence = (confidence: number): boolean => confidence < UNCERTAIN_BELOW;

export function isUncertain(m: { confidence: number }): boolean {
  return uncertainConfidence(m.confidence);
}

const uncertainCache = new WeakMap<DataIndex, Int32Array>();

/** The uncertain mentions, found once per data set: usually few, so a change reads only them. */
function uncertainMentions(index: DataIndex): Int32Array {
  let list = uncertainCache.get(index);
  if (!list) {
    const found: number[] = [];
    for (let i = 0; i < index.mentionCount; i++) {
      if (uncertainConfidence(index.mentionConfidence[i]!)) found.push(i);
    }
    list = Int32Array.from(found);
    uncertainCache.set(index, list);
  }
  return list;
}

/**
 * Per place: 1 when it has shown mentions of its own and all of them are uncertain. `own` is
 * each place's shown mentions (countPlaces' own, under the same mask).
 */
export function uncertainPlaces(index: DataIndex, mask: Uint8Array, own: Int32Array): Uint8Array {
  const doubtful = new Int32Array(index.places.length);
  for (const i of uncertainMentions(index)) if (mask[i] === 1) doubtful[index.mentionPlace[i]!]!++;
  const out = new Uint8Array(index.places.length);
  for (let p = 0; p < out.length; p++) out[p] = own[p]! > 0 && doubtful[p] === own[p] ? 1 : 0;
  return out;
}

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });

/** "Khost (Pakistan)": a place named with its country, for telling homonyms apart. */
export function placeWithCountry(ref: Pick<PlaceRef, 'name' | 'country'>): string {
  if (!ref.country) return ref.name;
  let country: string | undefined;
  try {
    country = regionNames.of(ref.country);
  } catch {
    country = ref.country;
  }
  return `${ref.name} (${country ?? ref.country})`;
}

/** What the popup and panel say of an uncertain mention; null for a certain one. */
export function uncertaintyNote(m: {
  confidence: number;
  alternatives: PlaceRef[];
}): string | null {
  if (!isUncertain(m)) return null;
  if (m.alternatives.length === 0) return 'uncertain: the place meant may be another';
  return `uncertain: could also be ${m.alternatives.map(placeWithCountry).join(', ')}`;
}
