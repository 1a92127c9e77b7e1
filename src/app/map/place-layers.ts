/**
 * The sources and layers that draw the places: a choropleth for countries and areas, lines
 * and zones for borders, circles for points, and labels. They live in the style from the
 * start with empty data (embedded basemap), so the worker tiles basemap and places in one
 * pass; with a remote style they are added once it has loaded.
 *
 * Every count-dependent look is driven by feature state (`c` colour class, `n` count, `r`
 * radius, `max`, `hover`, `sel`), so a filter change never re-sends geometry.
 */
import type {
  ExpressionSpecification,
  FilterSpecification,
  LayerSpecification,
  SourceSpecification,
  StyleSpecification,
  SymbolLayerSpecification,
} from '@maplibre/maplibre-gl-style-spec';
import type { FeatureCollection } from 'geojson';
import type { DataIndex } from '../../shared/filters.ts';
import type { PlaceKind } from '../../shared/types.ts';
import {
  AREA_LINE,
  BORDER_COLOUR,
  COUNTRY_LINE,
  COUNTRY_RAMP,
  HIGHLIGHT,
  PLACE_LABEL,
  POINT_COLOUR,
  REGION_RAMP,
  TRANSPARENT,
  withAlpha,
} from './palette.ts';
import { basemapLabelLayers, embeddedStyle, LABEL_FONT } from './style.ts';

export const PLACES = 'places';
export const LABELS = 'place-labels';
/** The selected and the hovered area's outline only: a feature state on every outline would
 * make the map draw all of them, every frame, to show one. */
export const HIGHLIGHTS = 'place-highlights';

export type KindGroup = 'country' | 'area' | 'border' | 'point';

/**
 * Kind groups: each has its own colour scale or symbol. Countries and multi-country regions
 * ("Central Asia") are "broad": a lighter scale under the provinces, so that a country named
 * 80 times does not drown the regional detail. Anything with a point geometry is drawn as a
 * point, whatever its kind (a curated district may have only a point).
 */
export function kindGroup(kind: PlaceKind, geometryType?: string): KindGroup | null {
  if (geometryType === 'Point' || geometryType === 'MultiPoint') {
    return kind === 'continent' ? null : 'point';
  }
  switch (kind) {
    case 'country':
    case 'region':
      return 'country';
    case 'admin1':
    case 'admin2':
    case 'water':
      return 'area';
    case 'border':
      return 'border';
    case 'city':
    case 'site':
      return 'point';
    default:
      // Continents are world-scale: drawn as nothing, listed and searchable all the same.
      return null;
  }
}

const groupCache = new WeakMap<DataIndex, (KindGroup | null)[]>();
/** Each place's group, worked out once per data set. */
export function placeGroups(index: DataIndex): readonly (KindGroup | null)[] {
  let groups = groupCache.get(index);
  if (!groups) {
    groups = index.places.map((p) => kindGroup(p.properties.kind, p.geometry.type));
    groupCache.set(index, groups);
  }
  return groups;
}

export function emptyCollection(): FeatureCollection {
  return { type: 'FeatureCollection', features: [] };
}

export function placeSources(): Record<string, SourceSpecification> {
  return {
    [PLACES]: { type: 'geojson', data: emptyCollection(), tolerance: 0.3 },
    [LABELS]: { type: 'geojson', data: emptyCollection() },
    [HIGHLIGHTS]: { type: 'geojson', data: emptyCollection(), tolerance: 0.3 },
  };
}

/** Layers a click can land on; where hits overlap, MapView picks the most specific place. */
export const PICKABLE_LAYERS = ['place-points', 'place-borders-hit', 'place-fills'] as const;

/**
 * Layers in drawing order; the last two are the place names, which go on top of everything.
 *
 * Built for a fast first load, since every layer costs the browser work before the data
 * shows (most of all without a fast GPU):
 * - All areas are one fill layer (colour and drawing order from the group), whose outline
 *   is the fill's own antialiasing line: polygons are tessellated once and no line geometry
 *   is built for them.
 * - Each distinct combination of data-driven paint properties is one WebGL program to
 *   compile (tens of milliseconds each without a fast GPU): there are four (fills, their
 *   outlines, border lines, points); highlights and labels reuse the basemap's.
 * - The border hit area has opacity 0, which MapLibre never draws but still queries.
 */
export function placeLayers(): LayerSpecification[] {
  // Expressions are built as plain arrays; the style spec's tuple types cannot follow a
  // helper's return, so they are asserted once here.
  const state = (key: string, fallback: number | boolean): ExpressionSpecification =>
    ['coalesce', ['feature-state', key], fallback] as ExpressionSpecification;
  const group = ['get', 'g'] as ExpressionSpecification;
  const mentioned = (key: 'c' | 'n'): ExpressionSpecification => ['>', state(key, 0), 0];
  const ramp = (colours: readonly string[], alpha: number): ExpressionSpecification =>
    [
      'match',
      state('c', 0),
      ...colours.flatMap((c, k) => [k + 1, withAlpha(c, alpha)]),
      TRANSPARENT,
    ] as unknown as ExpressionSpecification;
  const byGroup = (cases: Partial<Record<KindGroup, unknown>>, otherwise: unknown) =>
    ['match', group, ...Object.entries(cases).flat(), otherwise] as ExpressionSpecification;
  const isBorder: FilterSpecification = ['==', ['get', 'g'], 'border'];
  const highlight = (kind: 'sel' | 'hover', width: number): LayerSpecification => ({
    id: `place-${kind}`,
    type: 'line',
    source: HIGHLIGHTS,
    filter: ['==', ['get', 'k'], kind],
    paint: { 'line-color': HIGHLIGHT, 'line-width': width },
  });
  const label = (
    id: string,
    filter: FilterSpecification,
    layout: SymbolLayerSpecification['layout'],
  ): SymbolLayerSpecification => ({
    id,
    type: 'symbol',
    source: LABELS,
    filter,
    layout: {
      'text-field': ['get', 'name'],
      'text-font': LABEL_FONT,
      'symbol-sort-key': ['get', 'sort'],
      'text-max-width': 9,
      ...layout,
    },
    paint: {
      // One colour for every place label: a data-driven colour would be one more program.
      'text-color': PLACE_LABEL,
      'text-halo-color': '#ffffff',
      'text-halo-width': 1.6,
    },
  });
  return [
    {
      id: 'place-fills',
      type: 'fill',
      source: PLACES,
      // Areas only: a fill layer would close a border's line into a polygon and shade it.
      filter: [
        'all',
        ['!=', ['get', 'g'], 'point'],
        ['in', ['geometry-type'], ['literal', ['Polygon', 'MultiPolygon']]],
      ],
      // Countries under border zones under provinces.
      layout: { 'fill-sort-key': byGroup({ country: 0, border: 1 }, 2) },
      paint: {
        'fill-color': byGroup(
          {
            country: ramp(COUNTRY_RAMP, 0.55),
            area: ramp(REGION_RAMP, 0.78),
            border: ['case', mentioned('n'), withAlpha(BORDER_COLOUR, 0.18), TRANSPARENT],
          },
          TRANSPARENT,
        ),
        'fill-outline-color': [
          'case',
          mentioned('c'),
          byGroup({ country: withAlpha(COUNTRY_LINE, 0.8), area: AREA_LINE }, TRANSPARENT),
          TRANSPARENT,
        ],
      },
    },
    {
      id: 'place-borders',
      type: 'line',
      source: PLACES,
      filter: isBorder,
      layout: { 'line-cap': 'round' },
      paint: {
        'line-color': ['case', mentioned('n'), BORDER_COLOUR, TRANSPARENT],
        'line-width': [
          '+',
          2,
          ['*', 4, ['sqrt', ['/', state('n', 0), ['max', 1, state('max', 1)]]]],
        ],
      },
    },
    {
      // Wide and never drawn: a thin line is too hard to hit with a finger.
      id: 'place-borders-hit',
      type: 'line',
      source: PLACES,
      filter: isBorder,
      layout: { 'line-cap': 'round' },
      paint: { 'line-opacity': 0, 'line-width': 14 },
    },
    highlight('hover', 2.5),
    highlight('sel', 3.5),
    {
      id: 'place-points',
      type: 'circle',
      source: PLACES,
      filter: ['==', ['get', 'g'], 'point'],
      paint: {
        'circle-color': ['case', mentioned('n'), withAlpha(POINT_COLOUR, 0.85), TRANSPARENT],
        'circle-stroke-color': [
          'case',
          ['any', state('sel', false), state('hover', false)],
          HIGHLIGHT,
          mentioned('n'),
          '#ffffff',
          TRANSPARENT,
        ],
        'circle-stroke-width': ['case', state('sel', false), 3, state('hover', false), 3, 1.5],
        'circle-radius': state('r', 0),
      },
    },
    // Names: areas centred on their label point, towns beside their circle. Town names are
    // placed first (the upper layer wins a collision), so that a city keeps its name where
    // the province of the same name would push it aside; within each layer, the most
    // mentioned first.
    label('place-area-labels', ['!=', ['get', 'g'], 'point'], {
      'text-size': 12.5,
      'text-anchor': 'center',
    }),
    label('place-labels', ['==', ['get', 'g'], 'point'], {
      'text-size': 12,
      'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
      'text-radial-offset': ['get', 'off'],
      'text-justify': 'auto',
    }),
  ] as LayerSpecification[];
}

/**
 * The embedded basemap with the place layers in it from the start (their data comes later):
 * the worker then tiles basemap and places in one pass. Place colour sits under the basemap's
 * names; the place names go on top of everything.
 */
export function embeddedStyleWithPlaces(): StyleSpecification {
  const base = embeddedStyle();
  const places = placeLayers();
  const names = places.filter((l) => l.type === 'symbol');
  const shapes = places.filter((l) => l.type !== 'symbol');
  return {
    ...base,
    sources: { ...base.sources, ...placeSources() },
    layers: [...base.layers, ...shapes, ...basemapLabelLayers(), ...names],
  };
}
