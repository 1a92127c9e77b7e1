import { gzipSync } from 'node:zlib';
import type { FeatureCollection, Geometry } from 'geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import { type BasemapCountryProps, buildBasemap } from '../../src/basemap/build.ts';

describe('the embedded basemap', () => {
  let basemap: FeatureCollection<Geometry, BasemapCountryProps>;
  beforeAll(async () => {
    basemap = await buildBasemap();
  });

  it('has every country as a polygon with lon/lat coordinates', () => {
    const afghanistan = basemap.features.find((f) => f.properties.name === 'Afghanistan');
    expect(afghanistan?.geometry.type).toMatch(/Polygon/);
    expect(basemap.features.length).toBeGreaterThan(200);
    const [lon, lat] = JSON.stringify(afghanistan?.geometry)
      .match(/-?\d+\.\d+/g)!
      .map(Number);
    // Afghanistan lies near 60–75°E, 29–39°N: lon first, lat second.
    expect(lon).toBeGreaterThan(60);
    expect(lon).toBeLessThan(75.5);
    expect(lat).toBeGreaterThan(29);
    expect(lat).toBeLessThan(39);
  });

  it('has countries, Afghan and Pakistani provinces, and one label point each', () => {
    const by = (layer: string) => basemap.features.filter((f) => f.properties.layer === layer);
    expect(by('country').length).toBeGreaterThan(200);
    const provinces = by('admin1').map((f) => f.properties.id);
    expect(provinces).toContain('AF-KAN');
    expect(provinces).toContain('PK-KP');
    const labels = by('country-label').filter((f) => f.properties.name === 'Afghanistan');
    expect(labels).toHaveLength(1);
    const [lon, lat] = labels[0]!.geometry.type === 'Point' ? labels[0]!.geometry.coordinates : [];
    expect(lon).toBeGreaterThan(60);
    expect(lat).toBeLessThan(39);
    // No ring streaks across the map from +180° to -180° (Antarctica's ring runs round the
    // pole, along the edge of the world, which Web Mercator never shows).
    for (const f of by('country').filter((c) => c.properties.name !== 'Antarctica')) {
      const g = f.geometry;
      const polys =
        g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
      for (const ring of polys.flat()) {
        for (let i = 1; i < ring.length; i++) {
          expect(Math.abs(ring[i]![0]! - ring[i - 1]![0]!)).toBeLessThan(180);
        }
      }
    }
    // Small enough to ship with every page load.
    expect(gzipSync(JSON.stringify(basemap)).length).toBeLessThan(900 * 1024);
  });
});
