import fc from 'fast-check';
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
  NO_YEAR,
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
    expect(
      Array.from(rankPlaces(index, c, ''), (p) => index.places[p]!.properties.id),
    ).not.toContain('city:kandahar');
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

  it('counts mentions per year under any choice of sources, in either mode', () => {
    // Random sources (some undated), each mention with a year list of its own.
    const data = fc.record({
      years: fc.array(fc.option(fc.integer({ min: 1990, max: 1996 })), {
        minLength: 1,
        maxLength: 5,
      }),
      mentions: fc.array(
        fc.record({
          s: fc.nat(),
          refs: fc.array(fc.integer({ min: 1980, max: 1985 }), { maxLength: 3 }),
        }),
        { maxLength: 40 },
      ),
      ticked: fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }),
      all: fc.boolean(),
    });
    fc.assert(
      fc.property(data, ({ years, mentions: ms, ticked, all: every }) => {
        const srcs = years.map((y, k) => source(`s${k}`, y));
        const built = buildIndex(
          places,
          srcs,
          ms.map((m) =>
            mention(`s${m.s % srcs.length}`, 'city:kabul', years[m.s % srcs.length]!, m.refs),
          ),
        );
        const sources = every ? null : new Set(srcs.map((_, k) => k).filter((k) => ticked[k]));
        for (const mode of ['published', 'referenced'] as const) {
          // Written plainly: every shown mention, each of its years in this mode.
          const expected = new Map<number, number>();
          let undated = 0;
          for (let i = 0; i < built.mentionCount; i++) {
            if (sources && !sources.has(built.mentionSource[i]!)) continue;
            const p = built.mentionPublished[i]!;
            const ys =
              mode === 'published'
                ? p === NO_YEAR
                  ? []
                  : [p]
                : [...built.refYears.subarray(built.refStart[i]!, built.refStart[i + 1]!)];
            if (ys.length === 0) undated++;
            for (const y of ys) expected.set(y, (expected.get(y) ?? 0) + 1);
          }
          const h = yearHistogram(built, { sources, mode });
          const got = new Map<number, number>();
          h?.counts.forEach((n, k) => {
            if (n > 0) got.set(h.min + k, n);
          });
          expect(got).toEqual(expected);
          expect(h?.undated ?? 0).toBe(h ? undated : 0);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('counts per source under the year filter only', () => {
    const counts = countBySource(index, { from: 2020, to: 2020, mode: 'published' });
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
    expect(index.places[ranked[0]!]!.properties.id).toBe('city:kandahar');
    expect(ranked).toContain(pi('country:AF'));
    expect(c.own[pi('country:AF')]).toBe(1);
    expect(ranked.every((p) => c.own[p]! > 0)).toBe(true);
    expect([...rankPlaces(index, c, 'kabul')]).toEqual([pi('city:kabul')]);
    expect(rankPlaces(index, c, 'boldak')).toHaveLength(1);
    expect(foldName('Mazār-i-Sharīf')).toBe('mazar i sharif');
  });

  it('ranks as sorting by count, then name, would, for any counts', () => {
    const names = fc.array(fc.constantFrom('Ab', 'ab', 'Bāc', 'bac', 'C', 'Zed', 'é'), {
      minLength: 1,
      maxLength: 30,
    });
    fc.assert(
      fc.property(
        names,
        fc.array(fc.nat({ max: 4 }), { minLength: 30, maxLength: 30 }),
        (ns, own) => {
          const ps = ns.map((name, k) => place(`p${k}`, 'city', [], name));
          const built = buildIndex(ps, [source('s')], []);
          const counts = {
            own: Int32Array.from(ns, (_, k) => own[k]!),
            total: Int32Array.from(ns, (_, k) => own[k]! + 1),
            maxTotal: 0,
            visible: 0,
          };
          const expected = ns
            .map((_, p) => p)
            .filter((p) => counts.own[p]! > 0)
            .sort(
              (a, b) =>
                counts.own[b]! - counts.own[a]! || built.nameOrder[a]! - built.nameOrder[b]!,
            );
          expect([...rankPlaces(built, counts, '')]).toEqual(expected);
        },
      ),
      { numRuns: 200 },
    );
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
