/**
 * The embedded basemap style: water, land, country and province lines and labels, all from
 * data/basemap.json. There is no `glyphs` key: MapLibre then draws text with the browser's
 * own fonts (checked in headless Chromium), so labels need no font server and no network.
 */
import type { StyleSpecification } from 'maplibre-gl';
import { DATA_PATHS } from '../../shared/types.ts';
import { LAND, WATER } from './palette.ts';

export const LABEL_FONT = ['Noto Sans', 'DejaVu Sans', 'Liberation Sans', 'sans-serif'];

export function embeddedStyle(): StyleSpecification {
  return {
    version: 8,
    sources: { basemap: { type: 'geojson', data: DATA_PATHS.basemap, tolerance: 0.5 } },
    layers: [
      { id: 'water', type: 'background', paint: { 'background-color': WATER } },
      {
        id: 'land',
        type: 'fill',
        source: 'basemap',
        filter: ['==', ['get', 'layer'], 'country'],
        paint: { 'fill-color': LAND },
      },
      {
        id: 'admin1-lines',
        type: 'line',
        source: 'basemap',
        minzoom: 3.5,
        filter: ['==', ['get', 'layer'], 'admin1'],
        paint: {
          // Solid, light and thin: a dash pattern would cost one more WebGL program to compile.
          'line-color': '#c4bdb1',
          'line-width': ['interpolate', ['linear'], ['zoom'], 4, 0.5, 8, 1.1],
        },
      },
      {
        id: 'country-lines',
        type: 'line',
        source: 'basemap',
        filter: ['==', ['get', 'layer'], 'country'],
        paint: {
          'line-color': '#8c857b',
          'line-width': ['interpolate', ['linear'], ['zoom'], 2, 0.5, 8, 1.6],
        },
      },
    ],
  };
}

/** Basemap label layers; added after the data layers so that names sit on top of colour. */
export function basemapLabelLayers(): StyleSpecification['layers'] {
  return [
    {
      id: 'admin1-labels',
      type: 'symbol',
      source: 'basemap',
      minzoom: 5,
      filter: ['==', ['get', 'layer'], 'admin1-label'],
      layout: {
        'text-field': ['get', 'name'],
        'text-font': LABEL_FONT,
        'text-size': 11,
        'symbol-sort-key': ['get', 'rank'],
        'text-max-width': 7,
      },
      paint: { 'text-color': '#6b645b', 'text-halo-color': '#ffffff', 'text-halo-width': 1.2 },
    },
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
