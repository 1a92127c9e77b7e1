/**
 * The one owner of the MapLibre map. Components hold a MapView in a ref and speak to it in
 * domain terms (places, counts, selection); nothing else imports maplibre-gl's Map.
 *
 * Place geometries are sent to MapLibre once. A filter change only updates feature state
 * (colour class, count) for the places whose count changed, plus a small label collection,
 * so it never re-sends polygons to the worker.
 */
import type {
  ExpressionSpecification,
  FilterSpecification,
  LayerSpecification,
} from '@maplibre/maplibre-gl-style-spec';
import type { Feature, FeatureCollection, Geometry, Point } from 'geojson';
import {
  type GeoJSONSource,
  type LngLatBoundsLike,
  type MapGeoJSONFeature,
  Map as MaplibreMap,
  type MapMouseEvent,
  Popup,
  type StyleSpecification,
} from 'maplibre-gl';
import { classOf, type DataIndex } from '../../shared/filters.ts';
import { unwrapAntimeridian } from '../../shared/geometry.ts';
import type { PlaceKind } from '../../shared/types.ts';
import { boundsOf } from './bounds.ts';
import { pointRadius } from './legend-scale.ts';
import { BORDER_COLOUR, COUNTRY_RAMP, HIGHLIGHT, POINT_COLOUR, REGION_RAMP } from './palette.ts';
import { basemapLabelLayers, embeddedStyle, LABEL_FONT } from './style.ts';

const PLACES = 'places';
const LABELS = 'place-labels';

/**
 * Kind groups: each has its own layers and colour classes. Countries and multi-country regions
 * ("Central Asia") are "broad": a lighter scale under the provinces, so that a country named
 * 80 times does not drown the regional detail. Anything with a point geometry is drawn as a
 * point, whatever its kind (a curated district may have only a point).
 */
export type KindGroup = 'country' | 'area' | 'border' | 'point';
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

/** Layers a click can land on, most specific first: a city beats the province around it. */
const PICK_ORDER = [
  'place-points',
  'place-borders-hit',
  'place-border-zones',
  'place-areas-fill',
  'place-countries-fill',
];

export interface Breaks {
  country: number[];
  area: number[];
  /** Largest count among points and borders, for circle sizes and line widths. */
  pointMax: number;
}

export interface MapViewOptions {
  container: HTMLElement;
  /** A remote style URL from configuration; the embedded basemap otherwise. */
  styleUrl: string | null;
  onPick(place: number, lngLat: [number, number]): void;
  onLoad(): void;
}

export class MapView {
  readonly map: MaplibreMap;
  private index: DataIndex | null = null;
  private groups: readonly (KindGroup | null)[] = [];
  private shown = new Int32Array(0);
  private classes = new Int8Array(0);
  private pointMax = -1;
  private shownOnce = false;
  private bottomPad = 0;
  private hovered: number | null = null;
  private selected: number | null = null;
  private popup: Popup | null = null;
  private loaded = false;
  private pending: (() => void)[] = [];

  constructor(private readonly options: MapViewOptions) {
    const style: StyleSpecification | string = options.styleUrl ?? embeddedStyle();
    this.map = new MaplibreMap({
      container: options.container,
      style,
      center: [66, 33],
      zoom: 4,
      hash: 'map',
      attributionControl: {
        compact: false,
        customAttribution: ['© Natural Earth (public domain)', 'GeoNames (CC BY 4.0)'],
      },
      // Keyboard panning and zooming stay on (MapLibre's default) for keyboard users.
      dragRotate: false,
      pitchWithRotate: false,
      touchPitch: false,
    });
    this.map.touchZoomRotate.disableRotation();
    this.map.on('load', () => {
      performance.mark('citemap:map-loaded');
      this.loaded = true;
      for (const run of this.pending.splice(0)) run();
      options.onLoad();
    });
    this.map.on('mousemove', (e) => this.onHover(e));
    this.map.on('mouseout', () => this.setHover(null));
    this.map.on('click', (e) => {
      const place = this.pick(e);
      if (place !== null) options.onPick(place, [e.lngLat.lng, e.lngLat.lat]);
    });
  }

  private whenLoaded(run: () => void): void {
    if (this.loaded) run();
    else this.pending.push(run);
  }

  /** Sends the places once and adds their layers. */
  setPlaces(index: DataIndex): void {
    this.index = index;
    this.groups = placeGroups(index);
    this.shown = new Int32Array(index.places.length).fill(-1);
    this.classes = new Int8Array(index.places.length).fill(-1);
    this.whenLoaded(() => this.addLayers(index));
  }

  private addLayers(index: DataIndex): void {
    const features: Feature<Geometry, { g: string }>[] = [];
    index.places.forEach((p, i) => {
      const g = this.groups[i];
      if (!g) return;
      // Only what drawing needs goes to the worker: the group; names come from the index.
      features.push({
        type: 'Feature',
        id: i,
        geometry: unwrapAntimeridian(p.geometry),
        properties: { g },
      });
    });
    const map = this.map;
    map.addSource(PLACES, {
      type: 'geojson',
      data: { type: 'FeatureCollection', features },
      tolerance: 0.3,
    });
    map.addSource(LABELS, { type: 'geojson', data: emptyCollection() });
    // Expressions are built as plain arrays; the style spec's tuple types cannot follow a
    // helper's return, so they are asserted once here.
    const state = (key: string, fallback: number | boolean): ExpressionSpecification =>
      ['coalesce', ['feature-state', key], fallback] as ExpressionSpecification;
    const ramp = (colours: readonly string[]): ExpressionSpecification =>
      [
        'match',
        state('c', 0),
        ...colours.flatMap((c, k) => [k + 1, c]),
        'rgba(0,0,0,0)',
      ] as unknown as ExpressionSpecification;
    const isGroup = (g: KindGroup): FilterSpecification => ['==', ['get', 'g'], g];
    const beforeLabels = map.getLayer('admin1-labels') ? 'admin1-labels' : undefined;
    const layers: LayerSpecification[] = [
      {
        id: 'place-countries-fill',
        type: 'fill',
        source: PLACES,
        filter: isGroup('country'),
        paint: {
          'fill-color': ramp(COUNTRY_RAMP),
          'fill-opacity': 0.55,
        },
      },
      {
        id: 'place-countries-line',
        type: 'line',
        source: PLACES,
        filter: isGroup('country'),
        paint: {
          'line-color': ['case', ['>', state('c', 0), 0], '#6a51a3', 'rgba(0,0,0,0)'],
          'line-opacity': 0.7,
          'line-width': 1.2,
        },
      },
      {
        id: 'place-areas-fill',
        type: 'fill',
        source: PLACES,
        filter: isGroup('area'),
        paint: { 'fill-color': ramp(REGION_RAMP), 'fill-opacity': 0.78 },
      },
      {
        id: 'place-areas-line',
        type: 'line',
        source: PLACES,
        filter: isGroup('area'),
        paint: {
          'line-color': ['case', ['>', state('c', 0), 0], '#7f2704', 'rgba(0,0,0,0)'],
          'line-width': 0.8,
        },
      },
      {
        id: 'place-borders',
        type: 'line',
        source: PLACES,
        filter: isGroup('border'),
        layout: { 'line-cap': 'round' },
        paint: {
          'line-color': BORDER_COLOUR,
          'line-opacity': ['case', ['>', state('n', 0), 0], 0.9, 0],
          'line-width': [
            '+',
            2,
            ['*', 4, ['sqrt', ['/', state('n', 0), ['max', 1, state('max', 1)]]]],
          ],
          'line-dasharray': [2, 1],
        },
      },
      {
        // A border given as a zone (a polygon along the line) is shaded as well as outlined.
        id: 'place-border-zones',
        type: 'fill',
        source: PLACES,
        filter: [
          'all',
          isGroup('border'),
          ['==', ['geometry-type'], 'Polygon'],
        ] as FilterSpecification,
        paint: {
          'fill-color': BORDER_COLOUR,
          'fill-opacity': ['case', ['>', state('n', 0), 0], 0.18, 0],
        },
      },
      {
        // Wide and invisible: a 3-pixel dashed line is too thin to hit with a finger.
        id: 'place-borders-hit',
        type: 'line',
        source: PLACES,
        filter: isGroup('border'),
        paint: { 'line-color': '#000', 'line-opacity': 0, 'line-width': 14 },
      },
      {
        id: 'place-highlight',
        type: 'line',
        source: PLACES,
        filter: ['!=', ['get', 'g'], 'point'],
        paint: {
          'line-color': HIGHLIGHT,
          'line-width': ['case', state('sel', false), 3.5, state('hover', false), 2.5, 0],
        },
      },
      {
        id: 'place-points',
        type: 'circle',
        source: PLACES,
        filter: isGroup('point'),
        paint: {
          'circle-color': POINT_COLOUR,
          'circle-opacity': ['case', ['>', state('n', 0), 0], 0.85, 0],
          'circle-stroke-opacity': ['case', ['>', state('n', 0), 0], 1, 0],
          'circle-stroke-color': [
            'case',
            state('sel', false),
            HIGHLIGHT,
            state('hover', false),
            HIGHLIGHT,
            '#ffffff',
          ],
          'circle-stroke-width': ['case', state('sel', false), 3, state('hover', false), 3, 1.5],
          'circle-radius': state('r', 0),
        },
      },
      {
        id: 'place-labels',
        type: 'symbol',
        source: LABELS,
        layout: {
          'text-field': ['get', 'name'],
          'text-font': LABEL_FONT,
          'text-size': ['case', ['==', ['get', 'g'], 'point'], 12, 12.5],
          'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
          'text-radial-offset': ['case', ['==', ['get', 'g'], 'point'], ['get', 'off'], 0],
          'text-justify': 'auto',
          'symbol-sort-key': ['get', 'sort'],
          'text-max-width': 9,
        },
        paint: {
          'text-color': ['case', ['==', ['get', 'g'], 'point'], '#08306b', '#3d1a00'],
          'text-halo-color': '#ffffff',
          'text-halo-width': 1.6,
        },
      },
    ];
    for (const layer of layers) map.addLayer(layer, beforeLabels);
    if (!this.options.styleUrl) {
      for (const layer of basemapLabelLayers()) map.addLayer(layer);
      // Provinces that the data names get their label from the data (with the cited name),
      // so the basemap does not print a second one.
      const cited = index.places
        .filter((p) => p.properties.kind === 'admin1')
        .map((p) => p.properties.id.replace(/^admin1:/, ''));
      map.setFilter('admin1-labels', [
        'all',
        ['==', ['get', 'layer'], 'admin1-label'],
        ['!', ['in', ['get', 'id'], ['literal', cited]]],
      ]);
      map.moveLayer('place-labels');
    }
    this.applySelection();
  }

  /**
   * Shows counts: colour classes for areas, radius for points, width for borders, and labels
   * for the places with something to show. Only changed feature states are sent.
   */
  setCounts(total: Int32Array, breaks: Breaks): void {
    const index = this.index;
    if (!index) return;
    this.whenLoaded(() => {
      const maxSame = breaks.pointMax === this.pointMax;
      this.pointMax = breaks.pointMax;
      for (let i = 0; i < total.length; i++) {
        const g = this.groups[i];
        if (!g) continue;
        const n = total[i]!;
        const cls =
          g === 'country' ? classOf(n, breaks.country) : g === 'area' ? classOf(n, breaks.area) : 0;
        const scaled = g === 'point' || g === 'border';
        if (this.shown[i] === n && this.classes[i] === cls && (!scaled || maxSame)) continue;
        this.shown[i] = n;
        this.classes[i] = cls;
        const state: Record<string, number> = { n, c: cls };
        if (g === 'point') state.r = n > 0 ? pointRadius(n, breaks.pointMax) : 0;
        if (g === 'border') state.max = breaks.pointMax;
        this.map.setFeatureState({ source: PLACES, id: i }, state);
      }
      const source = this.map.getSource<GeoJSONSource>(LABELS);
      source?.setData(this.labels(total, breaks));
      if (!this.shownOnce) {
        this.shownOnce = true;
        // For the benchmark and tests: the first time the data is on screen.
        this.map.once('idle', () => {
          performance.mark('citemap:data-shown');
          document.body.dataset.dataShown = 'true';
        });
      }
    });
  }

  private labels(total: Int32Array, breaks: Breaks): FeatureCollection<Point> {
    const index = this.index!;
    // Countries are named by the basemap already; the rest, most mentioned first, points
    // before areas of equal count. Sorting indices keeps object creation to the few kept.
    const candidates: number[] = [];
    for (let i = 0; i < total.length; i++) {
      const g = this.groups[i];
      if (total[i]! > 0 && g && g !== 'country') candidates.push(i);
    }
    const key = (i: number) => total[i]! * 2 + (this.groups[i] === 'point' ? 1 : 0);
    candidates.sort((a, b) => key(b) - key(a));
    // A few hundred labels are all a screen can hold; the rest would only cost worker time.
    const features: Feature<Point>[] = candidates.slice(0, 400).map((i, rank) => {
      const p = index.places[i]!.properties;
      const g = this.groups[i]!;
      return {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: p.point },
        properties: {
          name: p.name,
          g,
          sort: rank,
          off: g === 'point' ? pointRadius(total[i]!, breaks.pointMax) / 12 + 0.4 : 0,
        },
      };
    });
    return { type: 'FeatureCollection', features };
  }

  private pick(e: MapMouseEvent): number | null {
    if (!this.index) return null;
    const layers = PICK_ORDER.filter((id) => this.map.getLayer(id));
    const hits: MapGeoJSONFeature[] = this.map.queryRenderedFeatures(e.point, { layers });
    let best: number | null = null;
    let bestRank = Number.POSITIVE_INFINITY;
    let bestArea = Number.POSITIVE_INFINITY;
    for (const f of hits) {
      const id = typeof f.id === 'number' ? f.id : Number(f.id);
      if (!Number.isInteger(id)) continue;
      // Invisible features (no mentions under the filters) are not clickable, except areas:
      // a province with no mentions still opens its (empty) panel.
      const g = this.groups[id];
      if ((g === 'point' || g === 'border') && (this.shown[id] ?? 0) <= 0) continue;
      const rank = PICK_ORDER.indexOf(f.layer.id);
      const area = this.areaRank(id);
      if (rank < bestRank || (rank === bestRank && area < bestArea)) {
        best = id;
        bestRank = rank;
        bestArea = area;
      }
    }
    return best;
  }

  /** Smaller areas win among overlapping ones of the same layer (a district over its province). */
  private areaRank(i: number): number {
    const kind = this.index?.places[i]?.properties.kind;
    return kind === 'admin2' ? 0 : kind === 'admin1' ? 1 : kind === 'water' ? 2 : 3;
  }

  private onHover(e: MapMouseEvent): void {
    const place = this.pick(e);
    this.setHover(place);
    this.map.getCanvas().style.cursor = place === null ? '' : 'pointer';
  }

  private setHover(place: number | null): void {
    if (place === this.hovered || !this.loaded || !this.map.getSource(PLACES)) return;
    if (this.hovered !== null)
      this.map.setFeatureState({ source: PLACES, id: this.hovered }, { hover: false });
    this.hovered = place;
    if (place !== null) this.map.setFeatureState({ source: PLACES, id: place }, { hover: true });
  }

  /** Highlights the open place. Kept until the layers exist, if they do not yet. */
  setSelected(place: number | null): void {
    const previous = this.selected;
    this.selected = place;
    if (!this.loaded || !this.map.getSource(PLACES)) return;
    if (previous !== null && previous !== place && this.groups[previous]) {
      this.map.setFeatureState({ source: PLACES, id: previous }, { sel: false });
    }
    this.applySelection();
  }

  private applySelection(): void {
    const place = this.selected;
    if (place !== null && this.groups[place]) {
      this.map.setFeatureState({ source: PLACES, id: place }, { sel: true });
    }
  }

  /** Shows a popup with DOM content built by the caller (never HTML strings). */
  showPopup(lngLat: [number, number], content: Node, onClose: () => void): void {
    this.closePopup();
    const popup = new Popup({ maxWidth: '360px', focusAfterOpen: false, closeButton: true })
      .setLngLat(lngLat)
      .setDOMContent(content)
      .addTo(this.map);
    popup.on('close', () => {
      if (this.popup === popup) this.popup = null;
      onClose();
    });
    this.popup = popup;
  }

  closePopup(): void {
    const popup = this.popup;
    this.popup = null;
    popup?.remove();
  }

  /** Moves to a place: its bounds for an area, a closer view for a point. */
  focusPlace(place: number): void {
    const p = this.index?.places[place];
    if (!p) return;
    const bounds = boundsOf(p.geometry);
    if (p.geometry.type === 'Point' || !bounds) {
      this.map.easeTo({ center: p.properties.point, zoom: Math.max(this.map.getZoom(), 7) });
    } else {
      this.map.fitBounds(bounds, { padding: this.padding(60), maxZoom: 8, duration: 600 });
    }
  }

  fitBounds(bounds: LngLatBoundsLike): void {
    this.map.fitBounds(bounds, { padding: this.padding(40), maxZoom: 7, animate: false });
  }

  /** Viewport pixel position of a place's representative point (for tests and keyboard picks). */
  project(place: number): { x: number; y: number } | null {
    const p = this.index?.places[place];
    if (!p) return null;
    const { x, y } = this.map.project(p.properties.point);
    return { x, y };
  }

  /** Room kept clear at the bottom of the map (the phone's panel sheet). */
  setBottomPadding(px: number): void {
    if (this.bottomPad === px) return;
    this.bottomPad = px;
    this.map.easeTo({ padding: { top: 0, left: 0, right: 0, bottom: px }, duration: 300 });
  }

  private padding(around: number) {
    return { top: around, left: around, right: around, bottom: around + this.bottomPad };
  }

  resize(): void {
    this.map.resize();
  }

  remove(): void {
    this.map.remove();
  }
}

function emptyCollection(): FeatureCollection {
  return { type: 'FeatureCollection', features: [] };
}
