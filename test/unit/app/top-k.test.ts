import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { topK } from '../../../src/app/top-k.ts';

/** What topK stands for: every index with a key above zero, sorted by key (stable), cut at k. */
function bySort(keys: readonly number[], k: number): number[] {
  return keys
    .map((key, i) => ({ key, i }))
    .filter((e) => e.key > 0)
    .sort((a, b) => b.key - a.key)
    .slice(0, k)
    .map((e) => e.i);
}

describe('topK', () => {
  it('chooses the k largest keys above zero, largest first, equal keys in index order', () => {
    expect([...topK(new Float64Array([3, 0, 5, 3, -1, 5, 1]), 4)]).toEqual([2, 5, 0, 3]);
    expect([...topK(new Float64Array([0, 0]), 3)]).toEqual([]);
    expect([...topK(new Float64Array([2, 1]), 0)]).toEqual([]);
  });

  it('gives what a full stable sort gives, for any keys and k (many ties included)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -2, max: 12 }), { maxLength: 300 }),
        fc.nat({ max: 320 }),
        (keys, k) => {
          expect([...topK(Float64Array.from(keys), k)]).toEqual(bySort(keys, k));
        },
      ),
      { numRuns: 500 },
    );
  });
});
