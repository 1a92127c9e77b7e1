import { describe, expect, it } from 'vitest';
import { kindGroup } from '../../../src/app/map/place-layers.ts';
import {
  classLabels,
  FILL_BREAKS,
  fillClass,
  MAX_RADIUS,
  pointRadius,
} from '../../../src/app/model/encoding.ts';
import { tooltipText } from '../../../src/app/model/place-text.ts';

describe('the map encoding', () => {
  it('puts a count in a fixed class, whatever else is shown', () => {
    expect(fillClass(0)).toBe(0);
    expect(fillClass(1)).toBe(1);
    expect(fillClass(4)).toBe(2);
    expect(fillClass(5)).toBe(3);
    expect(fillClass(49)).toBe(4);
    expect(fillClass(50)).toBe(FILL_BREAKS.length);
    expect(fillClass(10_000)).toBe(FILL_BREAKS.length);
  });

  it('labels each class with the counts it holds', () => {
    expect(classLabels()).toEqual(['1', '2–4', '5–14', '15–49', '50+']);
  });

  it('sizes circles by area on one scale, within limits', () => {
    expect(pointRadius(0)).toBe(0);
    expect(pointRadius(4)).toBeCloseTo(2 * pointRadius(1));
    expect(pointRadius(1000)).toBe(MAX_RADIUS);
  });

  it('never draws a world region or continent as a mark, but a region inside a country as an area', () => {
    expect(kindGroup('region', 'MultiPolygon', null)).toBe('world');
    expect(kindGroup('region', 'Point', null)).toBe('world');
    expect(kindGroup('continent', 'MultiPolygon', null)).toBe('world');
    expect(kindGroup('region', 'Polygon', 'PK')).toBe('area');
    expect(kindGroup('country', 'MultiPolygon', 'PK')).toBe('country');
    expect(kindGroup('admin2', 'Point', 'PK')).toBe('point');
  });

  it('names a place in its tooltip with the mentions its mark shows', () => {
    expect(tooltipText('Kabul', 1, 1)).toBe('Kabul · 1 mention');
    expect(tooltipText('Afghanistan', 84, 119)).toBe(
      'Afghanistan · 84 mentions (+35 of places inside)',
    );
  });
});
