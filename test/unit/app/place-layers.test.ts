import {
  Color,
  createPropertyExpression,
  type FilterSpecification,
  featureFilter,
  type LayerSpecification,
  latest,
  type StylePropertySpecification,
  validateStyleMin,
} from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { buildIndex, countPlaces, visibleMask } from '../../../src/app/filters.ts';
import { REGION_RAMP } from '../../../src/app/map/palette.ts';
import {
  embeddedStyleWithPlaces,
  HIGHLIGHTS,
  PLACES,
  type PlaceState,
  placeFeatures,
  placeGroups,
  placeLayers,
} from '../../../src/app/map/place-layers.ts';
import { pointRadius } from '../../../src/app/model/encoding.ts';
import { mention, place, source } from './helpers.ts';

/** MapLibre's geometry types in tiles: 1 point, 2 line, 3 polygon. */
type TileType = 1 | 2 | 3;

/**
 * The WebGL program MapLibre compiles for a layer: one per layer type and per way each paint
 * property is fed to it (a uniform when it is the same for every feature at a zoom; a vertex
 * attribute when it varies by feature, `a`, or by feature and zoom, `z`).
 */
function programOf(layer: LayerSpecification): string {
  const paint: Record<string, unknown> = { ...('paint' in layer ? layer.paint : {}) };
  // An unset fill outline colour is the fill colour.
  if (layer.type === 'fill' && paint['fill-color'] && !paint['fill-outline-color']) {
    paint['fill-outline-color'] = paint['fill-color'];
  }
  const specs = (latest as unknown as Record<string, Record<string, never>>)[
    `paint_${layer.type}`
  ]!;
  const fed = Object.entries(paint).flatMap(([name, value]) => {
    const parsed = createPropertyExpression(value, name, specs[name]!);
    if (parsed.result !== 'success') throw new Error(`${layer.id} ${name}: not an expression`);
    const kind = parsed.value.kind;
    return kind === 'source' ? [`a_${name}`] : kind === 'composite' ? [`z_${name}`] : [];
  });
  return [layer.type, ...fed.sort()].join('/');
}

function drawnBy(layerId: string, g: string, type: TileType): boolean {
  const layer = placeLayers().find((l) => l.id === layerId);
  if (!layer || !('filter' in layer)) throw new Error(`no layer ${layerId}`);
  const filter = featureFilter(layer.filter as FilterSpecification, 'filter');
  // Geometry is only consulted by within/distance filters, which these do not use.
  return filter.filter({ zoom: 5 }, { type, properties: { g }, geometry: [] } as never);
}

describe('the place layers', () => {
  it('make a style that MapLibre accepts, with the embedded basemap', () => {
    const errors = validateStyleMin(embeddedStyleWithPlaces());
    expect(errors.map((e) => e.message)).toEqual([]);
  });

  it('shade areas and border zones but never close a border line into a shaded polygon', () => {
    expect(drawnBy('place-fills', 'area', 3)).toBe(true);
    expect(drawnBy('place-country-fills', 'country', 3)).toBe(true);
    expect(drawnBy('place-fills', 'country', 3)).toBe(false);
    expect(drawnBy('place-fills', 'border', 3)).toBe(true);
    expect(drawnBy('place-fills', 'border', 2)).toBe(false);
    expect(drawnBy('place-fills', 'point', 1)).toBe(false);
  });

  it('draw border lines and their hit area for borders only', () => {
    for (const id of ['place-borders', 'place-borders-hit']) {
      expect(drawnBy(id, 'border', 2)).toBe(true);
      expect(drawnBy(id, 'area', 3)).toBe(false);
      expect(drawnBy(id, 'country', 3)).toBe(false);
    }
  });

  it('never draw the border hit area, which only catches clicks', () => {
    const hit = placeLayers().find((l) => l.id === 'place-borders-hit');
    expect(hit?.type === 'line' && hit.paint?.['line-opacity']).toBe(0);
  });

  it('outline only the selected, hovered and uncertain areas from their own small source', () => {
    const highlights = placeLayers().filter((l) => 'source' in l && l.source === HIGHLIGHTS);
    expect(highlights.map((l) => l.id).sort()).toEqual([
      'place-hover',
      'place-sel',
      'place-uncertain',
    ]);
  });

  it("centre an area's name on it, and put a town's beside its circle", () => {
    const layout = (id: string) => {
      const layer = placeLayers().find((l) => l.id === id);
      return layer?.type === 'symbol' ? layer.layout : undefined;
    };
    expect(layout('place-area-labels')?.['text-anchor']).toBe('center');
    expect(layout('place-area-labels')?.['text-variable-anchor']).toBeUndefined();
    expect(layout('place-labels')?.['text-variable-anchor']).not.toContain('center');
  });

  it('write area names apart from town names, so a province and its capital differ', () => {
    const layout = (id: string) => {
      const layer = placeLayers().find((l) => l.id === id);
      return layer?.type === 'symbol' ? layer.layout : undefined;
    };
    expect(layout('place-area-labels')?.['text-transform']).toBe('uppercase');
    expect(layout('place-labels')?.['text-transform']).toBeUndefined();
  });

  it('stack colour under the basemap names, and the place names above everything', () => {
    const ids = (embeddedStyleWithPlaces().layers as LayerSpecification[]).map((l) => l.id);
    // Town names above area names: a town keeps its name where its province's would collide.
    expect(ids.slice(-2)).toEqual(['place-area-labels', 'place-labels']);
    expect(ids.indexOf('place-fills')).toBeGreaterThan(ids.indexOf('land'));
    // The country mosaic between the countries' own fills and the provinces'.
    expect(ids.indexOf('country-mosaic')).toBeGreaterThan(ids.indexOf('place-country-fills'));
    expect(ids.indexOf('country-mosaic')).toBeLessThan(ids.indexOf('place-fills'));
    expect(ids.indexOf('country-labels')).toBeGreaterThan(ids.indexOf('place-points'));
    const sources = embeddedStyleWithPlaces().sources;
    expect(Object.keys(sources)).toEqual(expect.arrayContaining(['basemap', PLACES, HIGHLIGHTS]));
  });

  it('draw the lines and fills of the first frame with one WebGL program each', () => {
    // Each program costs a compilation before the frame that first needs it can show (long in
    // software rendering). Left out: what is not drawn at load (outlines on demand, the
    // invisible hit area).
    const drawnAtLoad = (embeddedStyleWithPlaces().layers as LayerSpecification[]).filter(
      (l) =>
        (l.type === 'line' || l.type === 'fill') &&
        l.source !== HIGHLIGHTS &&
        !(l.type === 'line' && l.paint?.['line-opacity'] === 0),
    );
    const programs = (type: string) =>
      new Set(drawnAtLoad.filter((l) => l.type === type).map(programOf));
    expect(drawnAtLoad.map((l) => l.id)).toEqual(
      expect.arrayContaining(['land', 'country-mosaic', 'admin1-lines', 'place-borders']),
    );
    expect([...programs('line')]).toHaveLength(1);
    expect([...programs('fill')]).toHaveLength(1);
  });
});

describe('the places sent to the map', () => {
  const province = {
    ...place('admin1:AF-KAN', 'admin1', ['country:AF'], 'Kandahar'),
    geometry: {
      type: 'Polygon' as const,
      coordinates: [
        [
          [65, 31],
          [66, 31],
          [66, 32],
          [65, 31],
        ],
      ],
    },
  };
  const index = buildIndex(
    [province, place('city:kandahar', 'city', ['admin1:AF-KAN'], 'Kandahar')],
    [source('a')],
    [
      mention('a', 'admin1:AF-KAN', 2020),
      mention('a', 'admin1:AF-KAN', 2020),
      mention('a', 'admin1:AF-KAN', 2020),
      ...Array.from({ length: 4 }, () => mention('a', 'city:kandahar', 2020)),
    ],
  );
  const counts = countPlaces(
    index,
    visibleMask(index, { sources: null, from: null, to: null, mode: 'published' }),
  );
  const { places } = placeFeatures(
    index,
    placeGroups(index),
    new Set(),
    counts.own,
    new Uint8Array(2),
  );
  const feature = (id: string) => places.features.find((f) => f.id === index.placeIndex.get(id))!;

  /** A paint property of a place layer, for a feature with these properties and state. */
  function paint(layerId: string, name: string, properties: object, state: Partial<PlaceState>) {
    const layer = placeLayers().find((l) => l.id === layerId) as LayerSpecification & {
      paint: Record<string, unknown>;
    };
    const spec = (latest as unknown as Record<string, Record<string, StylePropertySpecification>>)[
      `paint_${layer.type}`
    ]![name]!;
    const parsed = createPropertyExpression(layer.paint[name], name, spec);
    if (parsed.result !== 'success') throw new Error(JSON.stringify(parsed.value));
    return parsed.value.evaluate({ zoom: 5 }, { type: 1, properties } as never, state);
  }

  it('are drawn with their counts from the start, with no feature state set', () => {
    const town = feature('city:kandahar').properties;
    expect(paint('place-points', 'circle-radius', town, {})).toBe(pointRadius(4));
    const area = feature('admin1:AF-KAN').properties;
    // Three mentions: the second colour class (2–4).
    expect(paint('place-fills', 'fill-color', area, {})).toEqual(Color.parse(REGION_RAMP[1]));
  });

  it("take a filter change's counts, set as feature state, over their first ones", () => {
    const town = feature('city:kandahar').properties;
    expect(paint('place-points', 'circle-radius', town, { count: 1, radius: 4 })).toBe(4);
    const area = feature('admin1:AF-KAN').properties;
    expect(paint('place-fills', 'fill-color', area, { count: 0, fillClass: 0 })).toEqual(
      Color.parse('rgba(0,0,0,0)'),
    );
  });

  it('leave out what no mention names itself, which no filter could draw, but not a country', () => {
    const quiet = buildIndex(
      [
        { ...place('country:AF', 'country', [], 'Afghanistan'), geometry: province.geometry },
        { ...province, properties: { ...province.properties, id: 'admin1:AF-HEL' } },
        place('city:kandahar', 'city', ['admin1:AF-HEL', 'country:AF'], 'Kandahar'),
        place('city:quiet', 'city', ['admin1:AF-HEL', 'country:AF'], 'Quiet'),
      ],
      [source('a')],
      [mention('a', 'city:kandahar', 2020)],
    );
    const none = new Uint8Array(4);
    const sent = placeFeatures(
      quiet,
      placeGroups(quiet),
      new Set(),
      Int32Array.from([0, 0, 1, 0]),
      none,
    );
    expect(sent.places.features.map((f) => quiet.places[f.id as number]!.properties.id)).toEqual([
      'country:AF',
      'city:kandahar',
    ]);
  });
});
