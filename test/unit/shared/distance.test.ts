import { describe, expect, it } from 'vitest';
import { distanceKm } from '../../../src/shared/geometry/distance.ts';
import type { LonLat } from '../../../src/shared/types.ts';

describe('distanceKm', () => {
  it('is zero for the same point and symmetric', () => {
    expect(distanceKm([65.71, 31.61], [65.71, 31.61])).toBe(0);
    const a: LonLat = [2.35, 48.86];
    const b: LonLat = [-95.56, 33.66];
    expect(distanceKm(a, b)).toBeCloseTo(distanceKm(b, a), 9);
  });
  it('matches known distances', () => {
    // Paris, France → Paris, Texas: about 7,800 km.
    expect(distanceKm([2.35, 48.86], [-95.56, 33.66])).toBeGreaterThan(7700);
    expect(distanceKm([2.35, 48.86], [-95.56, 33.66])).toBeLessThan(7900);
    // One degree of latitude: about 111.2 km.
    expect(distanceKm([0, 0], [0, 1])).toBeCloseTo(111.19, 1);
  });
});
