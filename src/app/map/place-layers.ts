/**
 * The sources and layers that draw the places: fills for countries and areas, lines
 * and zones for borders, circles for points, and labels. MapView adds each source, and its
 * layers in the order below, with its first data (over a remote style: on top of it).
 *
 * Every count-dependent look reads the feature's first counts (its properties) unless a
 * feature state (PlaceState) overrides them, so a filter change never re-sends geometry.
 */
import type {
  ExpressionSpecification,
  FilterSpecification,
  LayerSpecification,
  SourceSpecification,
  StyleSpecification,
  SymbolLayerSpecification,
} from '@maplibre/maplibre-gl-style-spec';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { unwrapAntimeridian } from '../../shared/geometry/unwrap-antimeridian.ts';
import type { PlaceKind } from '../../shared/types.ts';
import type { DataIndex } from '../filters.ts';
import { fillClass, pointRadius } from '../model/encoding.ts';
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
  UNCERTAIN_LINE,
  withAlpha,
} from './palette.ts';
import {
  basemapLabelLayers,
  countryMosaicLayer,
  embeddedStyle,
  LABEL_FONT,
  MOSAIC_LAYER,
  TILE_BUFFER,
} from './style.ts';

export const PLACES = 'places';
export const LABELS = 'place-labels';
/** The selected and the hovered area's outline only: a feature state on every outline would
 * make the map draw all of them, every frame, to show one. */
export const HIGHLIGHTS = 'place-highlights';

/**
 * Kind groups: each has its own colour scale or symbol. A world region or continent
 * ("Central Asia", "Africa") is 'world': never drawn over the countries inside it, never hit
 * by a click; it is reached from the list and outlined only while selected. A region inside
 * one country (the tribal areas) is an area. Anything else with a point geometry is a point,
 * whatever its kind (a curated district may have only a point).
 */
export type KindGroup = 'country' | 'area' | 'border' | 'point' | 'world';

export function kindGroup(
  kind: PlaceKind,
  geometryType?: string,
  country: string | null = null,
): KindGroup {
  if (kind === 'continent' || (kind === 'region' && country === null)) return 'world';
  if (geometryType === 'Point' || geometryType === 'MultiPoint') return 'point';
  switch (kind) {
    case 'country':
      return 'country';
    case 'border':
      return 'border';
    case 'city':
    case 'site':
      return 'point';
    default:
      return 'area';
  }
}

const groupCache = new WeakMap<DataIndex, KindGroup[]>();
/** Each place's group, worked out once per data set. */
export function placeGroups(index: DataIndex): readonly KindGroup[] {
  let groups = groupCache.get(index);
  if (!groups) {
    groups = index.places.map((p) =>
      kindGroup(p.properties.kind, p.geometry.type, p.properties.country),
    );
    groupCache.set(index, groups);
  }
  return groups;
}

export function emptyCollection(): FeatureCollection {
  return { type: 'FeatureCollection', features: [] };
}

export function placeSources(): Record<string, SourceSpecification> {
  return {
    [PLACES]: { type: 'geojson', data: emptyCollection(), tolerance: 0.3, buffer: TILE_BUFFER },
    [LABELS]: { type: 'geojson', data: emptyCollection(), buffer: TILE_BUFFER },
    [HIGHLIGHTS]: {
      type: 'geojson',
      data: emptyCollection(),
      tolerance: 0.3,
      buffer: TILE_BUFFER,
    },
  };
}

/**
 * Layers a click can land on; where hits overlap, MapView picks the most specific place. The
 * basemap's country mosaic stands for the cited countries it paints (embedded basemap only).
 */
export const PICKABLE_LAYERS = [
  'place-points',
  'place-borders-hit',
  'place-fills',
  'place-country-fills',
  MOSAIC_LAYER,
] as const;

/**
 * How a place is drawn under the filters. The first counts travel with the place's feature
 * (its properties), so the first frame needs no feature state; a filter change then sets the
 * changed ones as feature state, which wins over the properties.
 */
export interface PlaceCounts {
  /** Mentions naming the place under the filters. */
  count: number;
  /** Fill class of that count (1–5; 0 for no fill). */
  fillClass: number;
  /** 1 when every shown mention of the place is uncertain. */
  uncertain: number;
  /** Circle radius of a point, in pixels (0 for areas). */
  radius: number;
}

/** What MapView sets on each place's feature state, and the layers read. */
export interface PlaceState extends PlaceCounts {
  selected: boolean;
  hover: boolean;
}

/** What each place's feature carries to the map's worker: its group and its first counts. */
export type PlaceProperties = PlaceCounts & { g: KindGroup };

/** How a place with `count` shown mentions, `uncertain` (1) or not (0), is drawn. */
export function placeCounts(group: KindGroup, count: number, uncertain: number): PlaceCounts {
  return {
    count,
    fillClass: group === 'country' || group === 'area' ? fillClass(count) : 0,
    uncertain,
    radius: group === 'point' ? pointRadius(count) : 0,
  };
}

/**
 * The places' features for the map, with the counts they are first drawn with. Left out:
 * - world regions, drawn only as the selection's outline (from the highlight source);
 * - a country the basemap's mosaic paints, drawn and clicked there: its shape, the largest of
 *   all, is not tiled a second time (nor filled under the mosaic); returned apart, by ISO code;
 * - a place no mention names itself (a province only its towns are cited in): no filter ever
 *   gives it a mark, a click or a hover outline (a country still takes the click, as the
 *   container of what is cited), and the selection's outline comes from the highlight source.
 * Only what drawing needs goes to the worker; names come from the index.
 */
export function placeFeatures(
  index: DataIndex,
  groups: readonly KindGroup[],
  mosaic: ReadonlySet<string>,
  own: Int32Array,
  uncertain: Uint8Array,
): { places: FeatureCollection<Geometry, PlaceProperties>; mosaicPlaces: Map<string, number> } {
  const features: Feature<Geometry, PlaceProperties>[] = [];
  const mosaicPlaces = new Map<string, number>();
  index.places.forEach((p, i) => {
    const g = groups[i]!;
    if (g === 'world') return;
    const named = index.placeMentionStart[i + 1]! > index.placeMentionStart[i]!;
    if (!named && g !== 'country') return;
    const iso = p.properties.country;
    if (g === 'country' && iso && mosaic.has(iso)) {
      mosaicPlaces.set(iso, i);
      return;
    }
    features.push({
      type: 'Feature',
      id: i,
      geometry: unwrapAntimeridian(p.geometry),
      properties: { g, ...placeCounts(g, own[i] ?? 0, uncertain[i] ?? 0) },
    });
  });
  return { places: { type: 'FeatureCollection', features }, mosaicPlaces };
}

// Expressions are built as plain arrays; the style spec's tuple types cannot follow a helper's
// return, so they are asserted once in each helper.
const state = (key: 'selected' | 'hover'): ExpressionSpecification =>
  ['coalesce', ['feature-state', key], false] as ExpressionSpecification;
/** A count: the feature state set by a filter change, or else the feature's own first one. */
const counted = (key: keyof PlaceCounts): ExpressionSpecification =>
  ['coalesce', ['feature-state', key], ['get', key], 0] as ExpressionSpecification;
const group = ['get', 'g'] as ExpressionSpecification;
const mentioned = (key: 'fillClass' | 'count'): ExpressionSpecification => ['>', counted(key), 0];
// Opaque, so that what is seen is exactly the legend's swatch, whatever lies beneath.
const ramp = (colours: readonly string[]): ExpressionSpecification =>
  [
    'match',
    counted('fillClass'),
    ...colours.flatMap((c, k) => [k + 1, c]),
    TRANSPARENT,
  ] as unknown as ExpressionSpecification;
const byGroup = (cases: Partial<Record<KindGroup, unknown>>, otherwise: unknown) =>
  ['match', group, ...Object.entries(cases).flat(), otherwise] as ExpressionSpecification;
const isBorder: FilterSpecification = ['==', ['get', 'g'], 'border'];

function highlight(kind: 'sel' | 'hover', width: number): LayerSpecification {
  return {
    id: `place-${kind}`,
    type: 'line',
    source: HIGHLIGHTS,
    filter: ['==', ['get', 'k'], kind],
    paint: { 'line-color': HIGHLIGHT, 'line-width': width },
  };
}

function label(
  id: string,
  filter: FilterSpecification,
  layout: SymbolLayerSpecification['layout'],
): SymbolLayerSpecification {
  return {
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
  };
}

function areaFill(id: string, groups: ExpressionSpecification): LayerSpecification {
  return {
    id,
    type: 'fill',
    source: PLACES,
    // Areas only: a fill layer would close a border's line into a polygon and shade it.
    filter: [
      'all',
      ['!=', ['get', 'g'], 'point'],
      groups,
      ['in', ['geometry-type'], ['literal', ['Polygon', 'MultiPolygon']]],
    ],
    // Border zones under provinces.
    layout: { 'fill-sort-key': byGroup({ country: 0, border: 1 }, 2) },
    paint: {
      'fill-color': byGroup(
        {
          country: ramp(COUNTRY_RAMP),
          area: ramp(REGION_RAMP),
          border: ['case', mentioned('count'), withAlpha(BORDER_COLOUR, 0.18), TRANSPARENT],
        },
        TRANSPARENT,
      ),
      'fill-outline-color': [
        'case',
        mentioned('fillClass'),
        byGroup({ country: COUNTRY_LINE, area: AREA_LINE }, TRANSPARENT),
        TRANSPARENT,
      ],
    },
  };
}

/**
 * Countries first, in a layer of their own, so that the basemap's country mosaic can go between
 * them and the provinces (embeddedStyleWithPlaces); the same paint, so the same WebGL program.
 * The countries the mosaic paints are not in the data here at all (MapView): the mosaic covers
 * every pixel of them, and without a fast GPU each pixel filled twice costs.
 */
function areaLayers(): LayerSpecification[] {
  return [
    areaFill('place-country-fills', ['==', ['get', 'g'], 'country']),
    areaFill('place-fills', ['!=', ['get', 'g'], 'country']),
  ];
}

function borderLayers(): LayerSpecification[] {
  const borderWidth = ['+', 2, ['min', 4, ['sqrt', counted('count')]]] as ExpressionSpecification;
  return [
    {
      id: 'place-borders',
      type: 'line',
      source: PLACES,
      filter: isBorder,
      layout: { 'line-cap': 'round' },
      paint: {
        'line-color': ['case', mentioned('count'), BORDER_COLOUR, TRANSPARENT],
        // The same width for a count under any filter, as circles and fills. Interpolated by
        // zoom in form only (the same at every zoom): the basemap's lines then share this
        // layer's WebGL program (style.ts).
        'line-width': [
          'interpolate',
          ['linear'],
          ['zoom'],
          0,
          borderWidth,
          24,
          borderWidth,
        ] as ExpressionSpecification,
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
  ];
}

/** Dashed outlines of uncertain areas, then the hovered and the selected area's outline. */
function outlineLayers(): LayerSpecification[] {
  return [
    {
      // Areas whose shown mentions are all uncertain. Dashed lines are a WebGL program of
      // their own, compiled only once such an area is drawn.
      id: 'place-uncertain',
      type: 'line',
      source: HIGHLIGHTS,
      filter: ['==', ['get', 'k'], 'uncertain'],
      paint: { 'line-color': UNCERTAIN_LINE, 'line-width': 2, 'line-dasharray': [2, 1.5] },
    },
    highlight('hover', 2.5),
    highlight('sel', 3.5),
  ];
}

function pointLayer(): LayerSpecification {
  const uncertainOne = ['==', counted('uncertain'), 1] as ExpressionSpecification;
  const highlighted = ['any', state('selected'), state('hover')] as ExpressionSpecification;
  return {
    id: 'place-points',
    type: 'circle',
    source: PLACES,
    filter: ['==', ['get', 'g'], 'point'],
    paint: {
      // An uncertain place is a hollow ring: white inside, its colour as the ring.
      'circle-color': [
        'case',
        ['!', mentioned('count')],
        TRANSPARENT,
        uncertainOne,
        withAlpha('#ffffff', 0.85),
        withAlpha(POINT_COLOUR, 0.85),
      ],
      'circle-stroke-color': [
        'case',
        highlighted,
        HIGHLIGHT,
        ['!', mentioned('count')],
        TRANSPARENT,
        uncertainOne,
        POINT_COLOUR,
        '#ffffff',
      ],
      'circle-stroke-width': ['case', highlighted, 3, uncertainOne, 2.5, 1.5],
      'circle-radius': counted('radius'),
    },
  };
}

/**
 * Names: areas centred on their label point, towns beside their circle. Town names are placed
 * first (the upper layer wins a collision), so that a city keeps its name where the province of
 * the same name would push it aside; within each layer, the most mentioned first. Area names
 * in spaced capitals, town names as written: Kandahar the province and Kandahar the city read
 * apart at a glance.
 */
function labelLayers(): LayerSpecification[] {
  return [
    label('place-area-labels', ['!=', ['get', 'g'], 'point'], {
      'text-size': 11,
      'text-anchor': 'center',
      'text-transform': 'uppercase',
      'text-letter-spacing': 0.06,
    }),
    label('place-labels', ['==', ['get', 'g'], 'point'], {
      'text-size': 12,
      'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
      'text-radial-offset': ['get', 'off'],
      'text-justify': 'auto',
    }),
  ];
}

/**
 * Layers in drawing order; the last two are the place names, which go on top of everything.
 *
 * Built for a fast first load, since every layer costs the browser work before the data
 * shows (most of all without a fast GPU):
 * - All areas are drawn by two fill layers of one paint (countries, then the rest: colour and
 *   drawing order from the group), whose outline is the fill's own antialiasing line:
 *   polygons are tessellated once and no line geometry is built for them.
 * - Each distinct combination of data-driven paint properties is one WebGL program to
 *   compile (tens of milliseconds each without a fast GPU): there are four (fills, their
 *   outlines, border lines, points), and a fifth, the uncertain areas' dashed outline, only
 *   once there is one to draw; highlights and labels reuse the basemap's.
 * - The border hit area has opacity 0, which MapLibre never draws but still queries.
 */
export function placeLayers(): LayerSpecification[] {
  return [...areaLayers(), ...borderLayers(), ...outlineLayers(), pointLayer(), ...labelLayers()];
}

/**
 * The embedded basemap with the place layers in their drawing order (MapView adds the place
 * sources and their layers when their data comes). The fills sit under the basemap's
 * country and province lines (opaque fills would hide them), the other place marks over
 * them, and the place names on top of everything.
 */
export function embeddedStyleWithPlaces(): StyleSpecification {
  const base = embeddedStyle();
  const places = placeLayers();
  const names = places.filter((l) => l.type === 'symbol');
  const fills = places.filter((l) => l.type === 'fill');
  const marks = places.filter((l) => l.type !== 'symbol' && l.type !== 'fill');
  const ground = base.layers.filter((l) => l.type !== 'line');
  const lines = base.layers.filter((l) => l.type === 'line');
  return {
    ...base,
    sources: { ...base.sources, ...placeSources() },
    layers: [
      ...ground,
      ...fills.slice(0, 1),
      countryMosaicLayer(),
      ...fills.slice(1),
      ...lines,
      ...marks,
      ...basemapLabelLayers(),
      ...names,
    ],
  };
}
