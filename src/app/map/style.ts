/**
 * The embedded basemap style: water, land, country and province lines, and labels of
 * countries, provinces and towns, all from data/basemap.json (and, zoomed in, the smaller
 * towns of data/basemap-towns.json, which MapView fetches when the view comes close). There
 * is no `glyphs` key: MapLibre then draws text with the browser's own fonts (checked in
 * headless Chromium), so labels need no font server and no network.
 */
import type {
  ExpressionSpecification,
  FilterSpecification,
  LayerSpecification,
  StyleSpecification,
} from 'maplibre-gl';
import { DATA_PATHS } from '../../shared/types.ts';
import { COUNTRY_RAMP, LAND, WATER } from './palette.ts';

export const LABEL_FONT = ['Noto Sans', 'DejaVu Sans', 'Liberation Sans', 'sans-serif'];

/**
 * The source of the smaller towns: left out of the map's first style, MapView adds it (and its
 * layer) once the view comes close enough to show them.
 */
export const TOWNS_SOURCE = 'basemap-towns';
/** Town label layers, biggest towns first: MapView hides the towns the sources name. */
export const TOWN_LAYERS = ['town-labels', 'town-labels-detail'] as const;

/**
 * How far, in pixels of a 512-pixel tile, each GeoJSON tile takes in features beyond its own
 * edge. MapLibre's default (128) makes every tile clip, tessellate, send and draw twice its
 * own area; the widest mark here is the border's 14-pixel hit line, so 32 draws the same.
 */
export const TILE_BUFFER = 32;

/**
 * A value in the form of one read from feature state (a state never set): a line layer then
 * uses the same WebGL program as the place borders, whose colour and width follow their counts.
 * Each program is compiled before the first frame that needs it can show, which in software
 * rendering costs about as much as drawing several frames.
 */
function sharedLineProgram(value: string | number): ExpressionSpecification {
  return ['coalesce', ['feature-state', 'never-set'], value] as ExpressionSpecification;
}

/** A line width interpolated by zoom between [zoom, width, zoom, width] stops, in that form. */
function zoomWidth(stops: [number, number, number, number]): ExpressionSpecification {
  const [z1, w1, z2, w2] = stops;
  return [
    'interpolate',
    ['linear'],
    ['zoom'],
    z1,
    sharedLineProgram(w1),
    z2,
    sharedLineProgram(w2),
  ] as ExpressionSpecification;
}

export function embeddedStyle(): StyleSpecification {
  return {
    version: 8,
    sources: {
      // Features are addressed by country (the mosaic's colour, below), provinces all at once.
      basemap: {
        type: 'geojson',
        data: DATA_PATHS.basemap,
        tolerance: 0.5,
        buffer: TILE_BUFFER,
        promoteId: 'iso',
      },
      [TOWNS_SOURCE]: { type: 'geojson', data: DATA_PATHS.basemapTowns, buffer: TILE_BUFFER },
    },
    layers: [
      { id: 'water', type: 'background', paint: { 'background-color': WATER } },
      {
        id: 'land',
        type: 'fill',
        source: 'basemap',
        filter: ['==', ['get', 'layer'], 'country'],
        paint: {
          // Data-driven in form only (this state is never set): the land then shares the
          // country mosaic's WebGL programs; the first frame compiles 9 programs instead of
          // 11 (tens of milliseconds each in software rendering, while the page waits).
          'fill-color': ['coalesce', ['feature-state', 'never-set'], LAND],
        },
      },
      {
        id: 'admin1-lines',
        type: 'line',
        source: 'basemap',
        minzoom: 3.5,
        filter: ['==', ['get', 'layer'], 'admin1'],
        paint: {
          // Solid, light and thin: a dash pattern would cost one more WebGL program to compile.
          'line-color': sharedLineProgram('#c4bdb1'),
          'line-width': zoomWidth([4, 0.5, 8, 1.1]),
        },
      },
      {
        id: 'country-lines',
        type: 'line',
        source: 'basemap',
        // Land borders from the provinces' own boundary data; coasts are where land meets water.
        filter: ['==', ['get', 'layer'], 'border'],
        paint: {
          'line-color': sharedLineProgram('#8c857b'),
          'line-width': zoomWidth([2, 0.5, 8, 1.6]),
        },
      },
    ],
  };
}

/** Towns shown at the current zoom, less those given (the towns the sources name). */
export function townFilter(leftOut: readonly string[]): FilterSpecification {
  return [
    'all',
    ['==', ['get', 'layer'], 'town'],
    ['>=', ['zoom'], ['get', 'z']],
    ['!', ['in', ['get', 'id'], ['literal', leftOut]]],
  ];
}

/**
 * A town's name, shown from the zoom its population earns (src/shared/basemap.ts). Smaller and
 * greyer than the names of the places the sources cite, which sit in layers above and so win
 * every collision; within a layer the bigger town wins.
 */
function townLabels(id: string, source: string): LayerSpecification {
  return {
    id,
    type: 'symbol',
    source,
    minzoom: 4,
    filter: townFilter([]),
    layout: {
      'text-field': ['get', 'name'],
      'text-font': LABEL_FONT,
      'text-size': ['interpolate', ['linear'], ['zoom'], 5, 10, 9, 12],
      'symbol-sort-key': ['get', 'rank'],
      'text-max-width': 8,
      'text-padding': 4,
    },
    paint: { 'text-color': '#57514a', 'text-halo-color': '#ffffff', 'text-halo-width': 1.4 },
  };
}

export const MOSAIC_LAYER = 'country-mosaic';

/**
 * The countries whose provinces the basemap has are painted with their provinces' own shapes:
 * each province of such a country in the country's colour class (feature state `c`, set by
 * MapView for the whole country at once), or in the land's colour when it has none. It goes
 * over the countries' own, coarser fills and under the provinces the data fills, so a
 * country's colour ends exactly at the province edges and the border: no sliver of a
 * neighbour's colour across it.
 */
export function countryMosaicLayer(): LayerSpecification {
  return {
    id: MOSAIC_LAYER,
    type: 'fill',
    source: 'basemap',
    filter: ['==', ['get', 'layer'], 'admin1'],
    paint: {
      'fill-color': [
        'match',
        ['coalesce', ['feature-state', 'fillClass'], 0],
        ...COUNTRY_RAMP.flatMap((c, k) => [k + 1, c]),
        LAND,
      ] as unknown as ExpressionSpecification,
    },
  };
}

/** Basemap label layers; added after the data layers so that names sit on top of colour. */
export function basemapLabelLayers(): StyleSpecification['layers'] {
  // A later layer is placed first and wins a collision: countries, then towns (bigger ones
  // first), then provinces.
  return [
    {
      id: 'admin1-labels',
      type: 'symbol',
      source: 'basemap',
      minzoom: 5,
      filter: ['==', ['get', 'layer'], 'admin1-label'],
      // Area names in spaced capitals, as the legend says (towns as written).
      layout: {
        'text-field': ['get', 'name'],
        'text-font': LABEL_FONT,
        'text-size': 10,
        'text-transform': 'uppercase',
        'text-letter-spacing': 0.06,
        'symbol-sort-key': ['get', 'rank'],
        'text-max-width': 7,
      },
      paint: { 'text-color': '#6b645b', 'text-halo-color': '#ffffff', 'text-halo-width': 1.2 },
    },
    townLabels(TOWN_LAYERS[1], TOWNS_SOURCE),
    townLabels(TOWN_LAYERS[0], 'basemap'),
    {
      id: 'country-labels',
      type: 'symbol',
      source: 'basemap',
      filter: ['==', ['get', 'layer'], 'country-label'],
      layout: {
        'text-field': ['upcase', ['get', 'name']],
        'text-font': LABEL_FONT,
        'text-size': ['interpolate', ['linear'], ['zoom'], 2, 10, 6, 14],
        'text-letter-spacing': 0.08,
        'symbol-sort-key': ['get', 'rank'],
        'text-max-width': 8,
      },
      paint: { 'text-color': '#4a4540', 'text-halo-color': '#ffffff', 'text-halo-width': 1.5 },
    },
  ];
}
