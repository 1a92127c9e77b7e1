import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chooseLabels, sameLabels } from '../../../src/app/map/labels.ts';
import type { KindGroup } from '../../../src/app/map/place-layers.ts';
import { pointRadius } from '../../../src/app/model/encoding.ts';

const GROUPS: KindGroup[] = ['country', 'area', 'border', 'point', 'world'];

/** The choice written plainly: every candidate sorted by its key, the first `max` kept. */
function bySort(groups: readonly KindGroup[], own: readonly number[], max: number) {
  const key = (i: number) => own[i]! * 2 + (groups[i] === 'point' ? 1 : 0);
  const places = own
    .map((_, i) => i)
    .filter((i) => own[i]! > 0 && groups[i] !== 'country' && groups[i] !== 'world')
    .sort((a, b) => key(b) - key(a))
    .slice(0, max);
  const offsets = places.map((i) => (groups[i] === 'point' ? pointRadius(own[i]!) / 12 + 0.4 : 0));
  return { places, offsets };
}

describe('map labels', () => {
  it('names the most mentioned places, points first among equals, not countries nor world regions', () => {
    const groups: KindGroup[] = ['country', 'area', 'point', 'world', 'border', 'point'];
    const choice = chooseLabels(groups, Int32Array.from([90, 4, 4, 80, 0, 9]), 2);
    expect([...choice.places]).toEqual([5, 2]);
    expect(choice.offsets[0]).toBeCloseTo(pointRadius(9) / 12 + 0.4);
  });

  it('chooses what sorting every candidate would, for any counts', () => {
    const place = fc.record({
      g: fc.constantFrom(...GROUPS),
      own: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 40 })),
    });
    fc.assert(
      fc.property(
        fc.array(place, { maxLength: 200 }),
        fc.integer({ min: 0, max: 60 }),
        (ps, max) => {
          const groups = ps.map((p) => p.g);
          const own = ps.map((p) => p.own);
          const choice = chooseLabels(groups, Int32Array.from(own), max);
          expect({ places: [...choice.places], offsets: [...choice.offsets] }).toEqual(
            bySort(groups, own, max),
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it('sees a change of the places named, of their order or of a circle beside a label', () => {
    const groups: KindGroup[] = ['point', 'point', 'area'];
    const before = chooseLabels(groups, Int32Array.from([5, 3, 1]));
    expect(sameLabels(null, before)).toBe(false);
    expect(sameLabels(before, chooseLabels(groups, Int32Array.from([5, 3, 1])))).toBe(true);
    // The same order, the area's count changed: nothing it draws moves.
    expect(sameLabels(before, chooseLabels(groups, Int32Array.from([5, 3, 2])))).toBe(true);
    expect(sameLabels(before, chooseLabels(groups, Int32Array.from([3, 5, 1])))).toBe(false);
    expect(sameLabels(before, chooseLabels(groups, Int32Array.from([6, 3, 1])))).toBe(false);
    expect(sameLabels(before, chooseLabels(groups, Int32Array.from([5, 3, 0])))).toBe(false);
  });
});
