import { describe, expect, it } from 'vitest';
import {
  buildIndex,
  countBySource,
  countPlaces,
  type DataIndex,
  type Filter,
  foldName,
  groupBySource,
  mentionsOfPlace,
  rankPlaces,
  visibleMask,
  yearHistogram,
} from '../../../src/app/filters.ts';
import { expectLinear } from '../linear.ts';
import { mention, place, source } from './helpers.ts';

const places = [
  place('country:AF', 'country', [], 'Afghanistan'),
  place('admin1:AF-KAN', 'admin1', ['country:AF'], 'Kandahar'),
  place('city:kandahar', 'city', ['admin1:AF-KAN', 'country:AF'], 'Kandahar'),
  place('city:spin', 'city', ['admin1:AF-KAN', 'country:AF'], 'Spin Boldak'),
  place('city:kabul', 'city', ['country:AF'], 'Kābul'),
];
const sources = [source('a', 2020), source('b', 2021), source('c', null)];
const mentions = [
  mention('a', 'city:kandahar', 2020, [2001]),
  mention('a', 'city:kandahar', 2020, []),
  mention('a', 'admin1:AF-KAN', 2020, [1994, 2001]),
  mention('b', 'city:spin', 2021, [2021]),
  mention('b', 'country:AF', 2021, []),
  mention('c', 'city:kabul', null, [2010]),
  mention('c', 'unknown:place', null, []),
];
const index = buildIndex(places, sources, mentions);
const all: Filter = { sources: null, from: null, to: null, mode: 'published' };
const pi = (id: string) => index.placeIndex.get(id)!;

describe('filters', () => {
  it('drops mentions of unknown places when indexing', () => {
    expect(index.mentionCount).toBe(6);
    expect(index.yearExtent).toEqual({ min: 1994, max: 2021 });
    expect(index.modeExtent.published).toEqual({ min: 2020, max: 2021 });
  });

  it('counts own mentions and rolls them up to every parent', () => {
    const c = countPlaces(index, visibleMask(index, all));
    expect(c.own[pi('city:kandahar')]).toBe(2);
    expect(c.total[pi('admin1:AF-KAN')]).toBe(4); // 1 own + 2 Kandahar city + 1 Spin Boldak
    expect(c.total[pi('country:AF')]).toBe(6);
    expect(c.visible).toBe(6);
  });

  it('removes an unticked source from every count', () => {
    const a = index.sourceIndex.get('a')!;
    const f: Filter = { ...all, sources: new Set([0, 1, 2].filter((s) => s !== a)) };
    const c = countPlaces(index, visibleMask(index, f));
    expect(c.total[pi('admin1:AF-KAN')]).toBe(1);
    expect(c.own[pi('city:kandahar')]).toBe(0);
    expect(rankPlaces(index, c, '').map((r) => index.places[r.index]!.properties.id)).not.toContain(
      'city:kandahar',
    );
  });

  it('filters by publication year, leaving undated sources out of a set range', () => {
    const c = countPlaces(index, visibleMask(index, { ...all, from: 2021, to: 2021 }));
    expect(c.visible).toBe(2);
    expect(c.own[pi('city:kabul')]).toBe(0);
  });

  it('filters by the years a sentence refers to', () => {
    const f: Filter = { ...all, mode: 'referenced', from: 2000, to: 2005 };
    const mask = visibleMask(index, f);
    expect(countPlaces(index, mask).visible).toBe(2);
    const h = yearHistogram(index, f)!;
    expect(h.min).toBe(1994);
    expect(h.counts[2001 - 1994]).toBe(2);
    expect(h.undated).toBe(2);
  });

  it('counts per source under the year filter only', () => {
    const counts = countBySource(index, { ...all, sources: new Set(), from: 2020, to: 2020 });
    expect([...counts]).toEqual([3, 0, 0]);
  });

  it('lists a region’s own mentions and those of places inside it', () => {
    const m = mentionsOfPlace(index, visibleMask(index, all), pi('admin1:AF-KAN'));
    expect(m.own).toHaveLength(1);
    expect(m.inside).toHaveLength(3);
    expect(m.insidePlaces.map((p) => index.places[p.index]!.properties.name)).toEqual([
      'Kandahar',
      'Spin Boldak',
    ]);
    const groups = groupBySource(index, [...m.own, ...m.inside]);
    expect(groups.map((g) => index.sources[g.source]!.id)).toEqual(['a', 'b']);
  });

  it('ranks the places named by their own mentions, as the map counts them, and searches folded names', () => {
    const c = countPlaces(index, visibleMask(index, all));
    const ranked = rankPlaces(index, c, '');
    // Kandahar city is named twice; Afghanistan, though it holds six, is named once.
    expect(index.places[ranked[0]!.index]!.properties.id).toBe('city:kandahar');
    expect(ranked.find((r) => r.index === pi('country:AF'))?.own).toBe(1);
    expect(ranked.every((r) => r.own > 0)).toBe(true);
    expect(rankPlaces(index, c, 'kabul').map((r) => r.index)).toEqual([pi('city:kabul')]);
    expect(rankPlaces(index, c, 'boldak')).toHaveLength(1);
    expect(foldName('Mazār-i-Sharīf')).toBe('mazar i sharif');
  });

  it('filters in time linear in the mentions (100,000 over 5,000 places)', () => {
    const many = Array.from({ length: 5000 }, (_, k) =>
      place(`p${k}`, 'city', ['admin1:AF-KAN', 'country:AF']),
    );
    const indexOf = (count: number) =>
      buildIndex(
        [...places, ...many],
        Array.from({ length: 100 }, (_, s) => source(`s${s}`, 1990 + (s % 30))),
        Array.from({ length: count }, (_, i) =>
          mention(`s${i % 100}`, `p${(i * 7919) % 5000}`, 1990 + ((i % 100) % 30), [
            2000 + (i % 20),
          ]),
        ),
      );
    const f: Filter = { sources: new Set([1, 2, 3, 50]), from: 1995, to: 2010, mode: 'published' };
    const filter = (index: DataIndex): void => {
      countPlaces(index, visibleMask(index, f));
      yearHistogram(index, f);
    };
    const big = indexOf(100_000);
    expect(countPlaces(big, visibleMask(big, f)).visible).toBeGreaterThan(0);
    // The time itself is the benchmark's (npm run bench:map prints it).
    expectLinear(indexOf, filter, 12_500);
  });
});
