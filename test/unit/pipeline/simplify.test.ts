import type { MultiPolygon, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { displayGeometry } from '../../../src/pipeline/dataset/simplify.ts';

/** A 10°×10° square whose edges wiggle every 0.001°: many positions, one simple shape. */
function wigglySquare(): Polygon {
  const ring: Position[] = [];
  const steps = 10_000;
  for (let i = 0; i < steps; i++) ring.push([60 + (10 * i) / steps, 30 + (i % 2) * 0.0005]);
  for (let i = 0; i < steps; i++) ring.push([70, 30 + (10 * i) / steps]);
  for (let i = 0; i < steps; i++) ring.push([70 - (10 * i) / steps, 40]);
  for (let i = 0; i < steps; i++) ring.push([60, 40 - (10 * i) / steps]);
  ring.push([60, 30]);
  return { type: 'Polygon', coordinates: [ring] };
}

const positions = (g: Polygon | MultiPolygon): number =>
  JSON.stringify(g.coordinates).split('],[').length;

describe('displayGeometry', () => {
  it('simplifies a country outline to a fraction of its positions, keeping a closed ring', () => {
    const square = wigglySquare();
    const out = displayGeometry('country', square) as Polygon;
    expect(positions(out)).toBeLessThan(positions(square) / 100);
    const ring = out.coordinates[0] ?? [];
    expect(ring.length).toBeGreaterThanOrEqual(4);
    expect(ring[0]).toEqual(ring.at(-1));
  });

  it('keeps a province outline as detailed as the gazetteer has it', () => {
    const square = wigglySquare();
    expect(displayGeometry('admin1', square)).toBe(square);
  });

  it('leaves points and lines alone', () => {
    const point = { type: 'Point' as const, coordinates: [69.17, 34.53] };
    expect(displayGeometry('country', point)).toBe(point);
  });
});

describe('displayGeometry for continents', () => {
  const island = (lon: number, lat: number, size: number): Position[][] => [
    [
      [lon, lat],
      [lon + size, lat],
      [lon + size, lat + size],
      [lon, lat + size],
      [lon, lat],
    ],
  ];

  it('keeps a rough outline of the large parts and leaves out islets', () => {
    const continent: MultiPolygon = {
      type: 'MultiPolygon',
      coordinates: [wigglySquare().coordinates, island(80, 10, 0.3), island(90, 10, 2)],
    };
    const out = displayGeometry('continent', continent) as MultiPolygon;
    expect(out.type).toBe('MultiPolygon');
    expect(out.coordinates).toHaveLength(2);
    expect(positions(out)).toBeLessThan(40);
    // Two decimals are enough for an outline that is only framed.
    expect(JSON.stringify(out.coordinates)).not.toMatch(/\.\d{3}/);
  });

  it('keeps the largest part when every part is small', () => {
    const continent: MultiPolygon = {
      type: 'MultiPolygon',
      coordinates: [island(80, 10, 0.3), island(90, 10, 0.6)],
    };
    const out = displayGeometry('continent', continent) as Polygon;
    expect(out.type).toBe('Polygon');
    expect(out.coordinates[0]?.[0]).toEqual([90, 10]);
  });
});
