import { describe, expect, it } from 'vitest';
import { clampRange, mentionYearsText, yearList } from '../../../src/app/model/years.ts';

describe('the year range from a link', () => {
  const extent = { min: 2015, max: 2022 };
  it('clamps years outside the extent, so the map is never emptied by them', () => {
    expect(clampRange(null, 1800, extent)).toEqual({ from: null, to: 2015 });
    expect(clampRange(3000, null, extent)).toEqual({ from: 2022, to: null });
  });
  it('orders the ends and opens an end at the edge', () => {
    expect(clampRange(2020, 2016, extent)).toEqual({ from: 2016, to: 2020 });
    expect(clampRange(2015, 2022, extent)).toEqual({ from: null, to: null });
    expect(clampRange(2016, 2020, null)).toEqual({ from: null, to: null });
  });
});

describe('the years line under a quote', () => {
  it('writes runs of years as ranges', () => {
    expect(yearList([1994, 1996, 1997, 1998, 2001, 2002])).toBe('1994, 1996–1998, 2001, 2002');
  });
  it('says when the years are the publication year of a present-tense claim', () => {
    expect(mentionYearsText({ years: [2020], yearsFrom: 'publication' })).toBe(
      'Refers to 2020 · dated by publication',
    );
    expect(mentionYearsText({ years: [2001], yearsFrom: 'clause' })).toBe('Refers to 2001');
    expect(mentionYearsText({ years: [], yearsFrom: 'none' })).toBeNull();
  });
});

describe("MapLibre's view in the hash", () => {
  it('reads zoom and centre, and refuses what is not a view', async () => {
    const { parseMapHash } = await import('../../../src/app/map/hash.ts');
    expect(parseMapHash('#map=6.59/31.396/62.599')).toEqual({
      zoom: 6.59,
      center: [62.599, 31.396],
    });
    expect(parseMapHash('#map=4/100/10')).toBeNull();
    expect(parseMapHash('')).toBeNull();
  });
});
