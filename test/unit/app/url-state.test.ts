import { describe, expect, it } from 'vitest';
import {
  DEFAULT_STATE,
  formatUrlState,
  hasValidMapView,
  parseUrlState,
} from '../../../src/app/url-state.ts';

const known = {
  sourceIds: ['bbc-1', 'guardian-2', 'report'],
  hasPlace: (id: string) => id === 'admin1:AF-KAN' || id === 'geonames:1138958',
  yearExtent: { min: 1990, max: 2021 },
};

describe('URL state', () => {
  it('round-trips a full state', () => {
    const state = {
      sources: ['bbc-1', 'report'],
      from: 2001,
      to: 2010,
      mode: 'referenced' as const,
      place: 'admin1:AF-KAN',
      read: { source: 'report', offset: 120 },
    };
    const search = formatUrlState(state);
    expect(search).toBe(
      '?sources=bbc-1,report&from=2001&to=2010&years=referenced&place=admin1:AF-KAN&read=report:120',
    );
    expect(parseUrlState(search, known)).toEqual(state);
  });

  it('writes nothing for the default state', () => {
    expect(formatUrlState(DEFAULT_STATE)).toBe('');
    expect(parseUrlState('', known)).toEqual(DEFAULT_STATE);
  });

  it('keeps "no sources" distinct from "all sources"', () => {
    expect(parseUrlState('?sources=', known).sources).toEqual([]);
    expect(parseUrlState('?sources=bbc-1,guardian-2,report', known).sources).toBeNull();
  });

  it.each([
    ['?sources=<script>alert(1)</script>', 'sources', null],
    ['?sources=unknown,bbc-1', 'sources', ['bbc-1']],
    ['?from=abc&to=1e9', 'from', null],
    ['?from=99999', 'from', null],
    ['?from=1800', 'from', null], // clamped to 1990, the start, i.e. open
    ['?years=javascript:alert(1)', 'mode', 'published'],
    ['?place=javascript:alert(1)', 'place', null],
    ['?place=%3Cimg%20src%3Dx%3E', 'place', null],
    ['?read=report:-4', 'read', null],
    ['?read=nosuch:4', 'read', null],
    ['?%E0%A4%A', 'sources', null],
  ])('falls back on malformed input %s', (search, key, expected) => {
    const state = parseUrlState(search, known);
    expect(state[key as keyof typeof state]).toEqual(expected);
  });

  it('clamps and orders the year range', () => {
    const s = parseUrlState('?from=2015&to=2003', known);
    expect([s.from, s.to]).toEqual([2003, 2015]);
    expect(parseUrlState('?to=2050', known).to).toBeNull();
  });

  it('ignores oversized values', () => {
    expect(parseUrlState(`?place=${'a'.repeat(10_000)}`, known).place).toBeNull();
  });
});

describe('the #map= view', () => {
  it.each([
    ['#map=4/33/66', true],
    ['#map=4.5/-33.25/166.75/10/20', true],
    ['', false],
    ['#map=abc/def/ghi', false],
    ['#map=99/0/0', false],
    ['#map=4/95/66', false],
    ['#map=4/33/66/200', false],
    ['#map=4/33', false],
    ['#map=4/33/66/x', false],
  ])('%s is a view to restore: %s', (hash, valid) => {
    expect(hasValidMapView(hash)).toBe(valid);
  });
});
