import { describe, expect, it } from 'vitest';
import { buildBasemap } from '../../src/basemap/build.ts';

describe('buildBasemap', () => {
  it('has every country as a polygon with lon/lat coordinates', async () => {
    const basemap = await buildBasemap();
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
});
