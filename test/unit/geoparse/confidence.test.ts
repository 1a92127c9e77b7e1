import { describe, expect, it } from 'vitest';
import type { GazetteerEntry } from '../../../src/pipeline/gazetteer/types.ts';
import { alternativesTo, confidenceOf } from '../../../src/pipeline/geoparse/confidence.ts';
import type { Resolution } from '../../../src/pipeline/geoparse/resolve.ts';
import type { LonLat } from '../../../src/shared/types.ts';

function entry(id: string, point: LonLat, extra: Partial<GazetteerEntry> = {}): GazetteerEntry {
  return {
    id,
    name: id,
    kind: 'city',
    country: 'US',
    admin1: null,
    parents: [],
    point,
    population: 10_000,
    featureCode: 'PPL',
    provenance: 'test',
    ...extra,
  };
}

const province = entry('admin1:X', [66, 33], { kind: 'admin1', country: 'AF' });
const capital = entry('city:capital', [66.5, 33.2], { country: 'AF', admin1: 'admin1:X' });
const farTown = entry('city:far', [-90, 40]);
const country = entry('country:AF', [66, 33], { kind: 'country', country: 'AF' });
const townInside = entry('city:inside', [70, 37], { country: 'AF' });

function resolution(
  place: GazetteerEntry,
  scores: [GazetteerEntry, number][],
  basis: Resolution['basis'],
): Resolution {
  return {
    place,
    ranked: scores.map(([e]) => e),
    scoreOf: (id: string) => scores.find(([e]) => e.id === id)?.[1],
    basis,
    reason: null,
    drop: false,
    score: scores[0]?.[1] ?? 0,
  };
}

describe('alternativesTo', () => {
  it('leaves out readings in the same place or inside one another, keeps far namesakes', () => {
    const ranked = [province, capital, country, townInside, farTown];
    expect(alternativesTo(province, ranked).map((e) => e.id)).toEqual(['city:inside', 'city:far']);
    expect(alternativesTo(country, ranked).map((e) => e.id)).toEqual(['city:far']);
  });

  it('keeps at most three, best first, each once', () => {
    const towns = [1, 2, 3, 4].map((i) => entry(`city:${i}`, [i * 20 - 100, 10]));
    const ranked = [towns[0]!, towns[1]!, towns[1]!, towns[2]!, towns[3]!];
    expect(alternativesTo(farTown, ranked).map((e) => e.id)).toEqual([
      'city:1',
      'city:2',
      'city:3',
    ]);
  });
});

describe('confidenceOf', () => {
  it('grows with the margin over the best rival elsewhere', () => {
    const close = resolution(
      province,
      [
        [province, 1.5],
        [farTown, 1.45],
      ],
      'evidence',
    );
    const clear = resolution(
      province,
      [
        [province, 2.5],
        [farTown, 1.0],
      ],
      'evidence',
    );
    const a = confidenceOf(close, [farTown]);
    const b = confidenceOf(clear, [farTown]);
    expect(a).toBeGreaterThanOrEqual(0.5);
    expect(a).toBeLessThan(0.6);
    expect(b).toBeGreaterThan(0.95);
  });

  it('a guess is uncertain, even with a wide margin', () => {
    const r = resolution(
      farTown,
      [
        [farTown, 3],
        [province, 0.5],
      ],
      'guess',
    );
    expect(confidenceOf(r, [province])).toBeLessThan(0.5);
  });

  it('unresolved is 0', () => {
    expect(confidenceOf({ ...resolution(farTown, [], 'guess'), place: null }, [])).toBe(0);
  });
});
