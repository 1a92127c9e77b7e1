import { gzipSync } from 'node:zlib';
import { featureFilter } from '@maplibre/maplibre-gl-style-spec';
import { pointToLineDistance, polygonToLine } from '@turf/turf';
import type { Feature, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import { embeddedStyle } from '../../src/app/map/style.ts';
import { type Basemap, buildBasemap } from '../../src/basemap/build.ts';
import { TOWN_DETAIL_ZOOM } from '../../src/shared/basemap.ts';

let built: Basemap;
beforeAll(async () => {
  built = await buildBasemap();
}, 120_000);

const by = (layer: string) => built.basemap.features.filter((f) => f.properties.layer === layer);

describe('the embedded basemap', () => {
  it('has countries, Afghan and Pakistani provinces, and one label point each', () => {
    expect(by('country').length).toBeGreaterThan(200);
    const provinces = by('admin1').map((f) => f.properties.id);
    expect(provinces).toContain('AF-KAN');
    expect(provinces).toContain('PK-KP');
    const labels = by('country-label').filter((f) => f.properties.name === 'Afghanistan');
    expect(labels).toHaveLength(1);
    const [lon, lat] = labels[0]!.geometry.type === 'Point' ? labels[0]!.geometry.coordinates : [];
    // Afghanistan lies near 60–75°E, 29–39°N: lon first, lat second.
    expect(lon).toBeGreaterThan(60);
    expect(lon).toBeLessThan(75.5);
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
    expect(gzipSync(JSON.stringify(built.basemap)).length).toBeLessThan(900 * 1024);
  });

  it('names each province once, as the gazetteer corrects it (Paktia, Paktika, Daykundi)', () => {
    const names = new Map(by('admin1-label').map((f) => [f.properties.id, f.properties.name]));
    expect(names.get('AF-PIA')).toBe('Paktia');
    expect(names.get('AF-PKA')).toBe('Paktika');
    expect(names.get('AF-DAY')).toBe('Daykundi');
    const afghan = by('admin1-label').filter(
      (f) => 'iso' in f.properties && f.properties.iso === 'AF',
    );
    expect(new Set(afghan.map((f) => f.properties.name)).size).toBe(afghan.length);
  });

  it('draws the Afghanistan–Pakistan border on the provinces’ own edges', () => {
    const layer = embeddedStyle().layers.find((l) => l.id === 'country-lines');
    const drawn = featureFilter(
      layer && 'filter' in layer ? layer.filter : undefined,
      'layers[country-lines].filter',
    );
    const lines = built.basemap.features.filter((f) =>
      drawn.filter({ zoom: 8 }, f as unknown as Parameters<typeof drawn.filter>[1]),
    );
    // The province edges the map fills, on both sides of the border near Khost and Paktia.
    const edges = by('admin1')
      .filter((f) => ['AF-KHO', 'AF-PIA', 'AF-PKA', 'AF-NAN', 'PK-KP'].includes(f.properties.id))
      .map((f) => polygonToLine(f as Feature<Polygon | MultiPolygon>));
    const inBox = ([x, y]: Position) => x! > 69.5 && x! < 70.3 && y! > 32.8 && y! < 33.9;
    const vertices = lines.flatMap((f) => coordinatesOf(f.geometry)).filter(inBox);
    expect(vertices.length).toBeGreaterThan(10);
    for (const v of vertices) {
      const km = Math.min(
        ...edges.flatMap((e) =>
          (e.type === 'FeatureCollection' ? e.features : [e]).map((line) =>
            pointToLineDistance(v, line as Feature<never>, { units: 'kilometers' }),
          ),
        ),
      );
      // Within a pixel at zoom 8 (about 0.5 km here): no sliver between line and fill.
      expect(km).toBeLessThan(0.5);
    }
  });

  it('has towns by population: the big ones in the first file, the rest fetched closer in', () => {
    const first = by('town');
    const names = (fs: typeof first) => fs.map((f) => f.properties.name);
    expect(names(first)).toContain('Kabul');
    expect(first.every((f) => (f.properties as { z: number }).z < TOWN_DETAIL_ZOOM)).toBe(true);
    const detail = built.towns.features;
    expect(names(detail)).toContain('Gardez');
    expect(detail.every((f) => f.properties.z >= TOWN_DETAIL_ZOOM)).toBe(true);
    const kabul = first.find((f) => f.properties.name === 'Kabul')!;
    const gardez = detail.find((f) => f.properties.name === 'Gardez')!;
    expect(kabul.properties.rank).toBeLessThan(gardez.properties.rank);
  });
});

function coordinatesOf(g: Geometry): Position[] {
  switch (g.type) {
    case 'LineString':
    case 'MultiPoint':
      return g.coordinates;
    case 'MultiLineString':
    case 'Polygon':
      return g.coordinates.flat();
    case 'MultiPolygon':
      return g.coordinates.flat(2);
    default:
      return [];
  }
}
