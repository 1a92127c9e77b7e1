import type { MultiPolygon, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { cutAtAntimeridian, wrapLon } from '../../../src/pipeline/dataset/antimeridian.ts';
import { positionProblem } from '../../../src/pipeline/dataset/checks/coordinate-range.ts';

type Nested = number | Nested[];

/** Every [lon, lat] of a geometry, however deeply nested. */
function allPositions(g: { coordinates: unknown }): Position[] {
  const out: Position[] = [];
  const walk = (c: Nested): void => {
    if (Array.isArray(c) && typeof c[0] === 'number') out.push(c as Position);
    else if (Array.isArray(c)) for (const x of c) walk(x);
  };
  walk(g.coordinates as Nested);
  return out;
}

describe('cutAtAntimeridian', () => {
  it('returns geometries in range unchanged (same object)', () => {
    const g: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [60, 30],
          [70, 30],
          [70, 38],
          [60, 38],
          [60, 30],
        ],
      ],
    };
    expect(cutAtAntimeridian(g)).toBe(g);
  });

  it('cuts a polygon running past 180° into two closed parts in range', () => {
    const g: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [170, 60],
          [190, 60],
          [190, 70],
          [170, 70],
          [170, 60],
        ],
      ],
    };
    const cut = cutAtAntimeridian(g) as MultiPolygon;
    expect(cut.type).toBe('MultiPolygon');
    expect(cut.coordinates.length).toBe(2);
    for (const polygon of cut.coordinates) {
      for (const ring of polygon) {
        expect(ring.length).toBeGreaterThanOrEqual(4);
        expect(ring[0]).toEqual(ring[ring.length - 1]);
      }
    }
    for (const p of allPositions(cut)) expect(positionProblem(p)).toBeNull();
    const lons = allPositions(cut).map((p) => p[0] as number);
    expect(Math.min(...lons)).toBe(-180);
    expect(Math.max(...lons)).toBe(180);
    expect(lons).toContain(-170);
  });

  it('keeps parts of a MultiPolygon that are in range as they are', () => {
    const inside: Position[][] = [
      [
        [10, 10],
        [11, 10],
        [11, 11],
        [10, 10],
      ],
    ];
    const g: MultiPolygon = {
      type: 'MultiPolygon',
      coordinates: [
        inside,
        [
          [
            [175, 0],
            [185, 0],
            [185, 5],
            [175, 0],
          ],
        ],
      ],
    };
    const cut = cutAtAntimeridian(g) as MultiPolygon;
    expect(cut.coordinates[0]).toBe(inside);
    expect(cut.coordinates.length).toBe(3);
  });

  it('cuts lines and wraps points', () => {
    const line = cutAtAntimeridian({
      type: 'LineString',
      coordinates: [
        [170, 0],
        [190, 0],
      ],
    });
    expect(line).toEqual({
      type: 'MultiLineString',
      coordinates: [
        [
          [170, 0],
          [180, 0],
        ],
        [
          [-180, 0],
          [-170, 0],
        ],
      ],
    });
    expect(cutAtAntimeridian({ type: 'Point', coordinates: [190, 1] })).toEqual({
      type: 'Point',
      coordinates: [-170, 1],
    });
  });

  it.each([
    [190, -170],
    [-190, 170],
    [180, 180],
    [-180, -180],
    [540, -180],
    [45, 45],
  ])('wrapLon(%d) = %d', (lon, expected) => {
    expect(wrapLon(lon)).toBe(expected);
  });
});
