import { describe, expect, it } from 'vitest';
import { buildIndex, countPlaces } from '../../../src/app/filters.ts';
import {
  placeWithCountry,
  uncertainPlaces,
  uncertaintyNote,
} from '../../../src/app/model/uncertainty.ts';
import { mention, place, source } from './helpers.ts';

describe('uncertain readings', () => {
  it('says what else an uncertain name could be, with countries', () => {
    const alternatives = [
      { id: 'a', name: 'Khost', kind: 'admin1' as const, country: 'AF' },
      { id: 'b', name: 'Khost', kind: 'city' as const, country: 'PK' },
    ];
    expect(uncertaintyNote({ confidence: 0.2, alternatives })).toBe(
      'uncertain: could also be Khost (Afghanistan), Khost (Pakistan)',
    );
    expect(uncertaintyNote({ confidence: 0.9, alternatives })).toBeNull();
    expect(uncertaintyNote({ confidence: 0.2, alternatives: [] })).toMatch(/^uncertain/);
    expect(placeWithCountry({ name: 'Sea', country: null })).toBe('Sea');
  });

  it('marks a place uncertain only when every shown mention of it is', () => {
    const m = (p: string, confidence: number) => {
      const f = mention('s', p, 2020);
      f.properties.confidence = confidence;
      return f;
    };
    const index = buildIndex(
      [place('a', 'city'), place('b', 'city'), place('c', 'city')],
      [source('s')],
      [m('a', 0.2), m('a', 0.3), m('b', 0.2), m('b', 0.9)],
    );
    const shown = (mask: Uint8Array) => [
      ...uncertainPlaces(index, mask, countPlaces(index, mask).own),
    ];
    expect(shown(new Uint8Array([1, 1, 1, 1]))).toEqual([1, 0, 0]);
    // With the certain mention of b filtered out, what is shown of b is uncertain.
    expect(shown(new Uint8Array([1, 1, 1, 0]))).toEqual([1, 1, 0]);
    // With one of a's two filtered out, the other still is.
    expect(shown(new Uint8Array([0, 1, 1, 1]))).toEqual([1, 0, 0]);
  });
});
