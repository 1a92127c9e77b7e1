/**
 * The one owner of the MapLibre map. Components hold a MapView in a ref and speak to it in
 * domain terms (places, counts, selection); nothing else imports maplibre-gl's Map.
 *
 * Place geometries are sent to MapLibre once. A filter change only updates feature state
 * (colour class, count) for the places whose count changed, plus a small label collection,
 * so it never re-sends polygons to the worker.
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import {
  type FilterSpecification,
  type GeoJSONSource,
  type GeoJSONSourceSpecification,
  type LngLatBoundsLike,
  type MapGeoJSONFeature,
  Map as MaplibreMap,
  type MapMouseEvent,
  Popup,
  type StyleSpecification,
} from 'maplibre-gl';
import { PROVINCE_COUNTRIES, TOWN_DETAIL_ZOOM } from '../../shared/basemap.ts';
import { unwrapAntimeridian } from '../../shared/geometry/unwrap-antimeridian.ts';
import { boundsOf } from '../../shared/geometry/view-bounds.ts';
import { DATA_PATHS } from '../../shared/types.ts';
import type { DataIndex } from '../filters.ts';
import { parseMapHash } from './hash.ts';
import { chooseLabels, type LabelChoice, labelFeatures, sameLabels } from './labels.ts';
import {
  embeddedStyleWithPlaces,
  HIGHLIGHTS,
  type KindGroup,
  LABELS,
  PICKABLE_LAYERS,
  PLACES,
  type PlaceState,
  placeCounts,
  placeFeatures,
  placeGroups,
  placeLayers,
  placeSources,
} from './place-layers.ts';
import { MOSAIC_LAYER, TOWN_LAYERS, TOWNS_SOURCE, townFilter } from './style.ts';

/**
 * The map's element, through which the e2e driver asks what is drawn: labels are pixels on
 * a canvas, with no DOM of their own to read.
 */
export interface MapHost extends HTMLElement {
  renderedNames?(layers: readonly string[]): string[];
  /** How many features the given layers draw in the current view. */
  renderedCount?(layers: readonly string[]): number;
}

const FIRST_FIT = { padding: 40, maxZoom: 7 };
/** How long a shrinking map waits for the layout to settle before it resizes (see resize). */
const SHRINK_SETTLE_MS = 150;

export interface MapViewOptions {
  container: HTMLElement;
  /** A remote style URL from configuration; the embedded basemap otherwise. */
  styleUrl: string | null;
  /** The first view, when the URL has none. */
  bounds: LngLatBoundsLike | null;
  onPick(place: number, lngLat: [number, number]): void;
  /** A click anywhere, asked first: true when it was taken (placing a new place). */
  onClickPoint?(lngLat: [number, number]): boolean;
  /** The hover tooltip's text for a place (name and count). */
  describe(place: number): string;
  onLoad(): void;
}

export class MapView {
  readonly map: MaplibreMap;
  private index: DataIndex | null = null;
  private groups: readonly KindGroup[] = [];
  private shown = new Int32Array(0);
  private classes = new Int8Array(0);
  private doubtful = new Uint8Array(0);
  /** Areas drawn as uncertain (a dashed outline from the highlight source). */
  private doubtfulAreas: number[] = [];
  /** The labels the map has (see updateLabels). */
  private labelled: LabelChoice | null = null;
  private readonly tooltip: HTMLDivElement;
  private shownOnce = false;
  /** Opens once the data is first on screen (the smaller towns wait for it). */
  private readonly dataShown = new Latch();
  /** The data whose places the map has (sent with the counts of its first setCounts). */
  private sentIndex: DataIndex | null = null;
  private bottomPad = 0;
  private hovered: number | null = null;
  /** What the highlight source shows now, so that it is sent only when that changes. */
  private highlightKey = '';
  private selected: number | null = null;
  private popup: Popup | null = null;
  /** Opens once the style is parsed: the place layers can take data and feature state. */
  private readonly styleReady = new Latch();
  private resizeTimer: ReturnType<typeof setTimeout> | undefined;
  /** Countries painted by the basemap's province mosaic (embedded style only). */
  private readonly mosaic: ReadonlySet<string>;
  /** The cited countries the mosaic paints, by ISO code: a click on the mosaic finds them. */
  private mosaicPlaces = new Map<string, number>();
  /**
   * The sources added after the map starts (the places, their names and outlines, the smaller
   * towns), and every layer in drawing order, so that theirs go in their place (setSourceData).
   */
  private readonly laterStyle: Pick<StyleSpecification, 'sources' | 'layers'>;
  /** The towns the basemap names: all but those the data cites (sendPlaces). */
  private townsFilter: FilterSpecification | null = null;

  constructor(private readonly options: MapViewOptions) {
    this.mosaic = new Set(options.styleUrl ? [] : PROVINCE_COUNTRIES);
    const embedded = options.styleUrl ? null : embeddedStyleWithPlaces();
    // With a remote style the place layers go on top of it.
    this.laterStyle = embedded ?? { sources: placeSources(), layers: placeLayers() };
    const style: StyleSpecification | string = embedded
      ? withoutLaterSources(embedded)
      : options.styleUrl!;
    this.map = new MaplibreMap({
      container: options.container,
      style,
      center: [66, 33],
      zoom: 4,
      // The URL's view, if any, wins over these (MapLibre reads the hash first).
      ...(options.bounds ? { bounds: options.bounds, fitBoundsOptions: FIRST_FIT } : {}),
      hash: 'map',
      // The embedded style is built by code and validated by a unit test (place-layers.test.ts):
      // checking it again at every start costs the first frame tens of milliseconds.
      validateStyle: options.styleUrl !== null,
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
    performance.mark('citemap:map-created');
    // The place layers can take data and feature state as soon as the style is parsed; there
    // is no need to wait for the basemap's first full render ('load').
    this.map.once('style.load', () => this.styleReady.open());
    this.map.once('load', () => {
      performance.mark('citemap:map-loaded');
      options.onLoad();
    });
    this.tooltip = document.createElement('div');
    this.tooltip.className = 'map-tooltip';
    this.tooltip.dataset.testid = 'map-tooltip';
    this.tooltip.hidden = true;
    options.container.append(this.tooltip);
    this.map.on('mousemove', (e) => this.onHover(e));
    this.map.on('mouseout', () => {
      this.setHover(null);
      this.tooltip.hidden = true;
    });
    this.map.on('click', (e) => {
      if (options.onClickPoint?.([e.lngLat.lng, e.lngLat.lat])) return;
      const place = this.pick(e);
      if (place !== null) options.onPick(place, [e.lngLat.lng, e.lngLat.lat]);
    });
    if (!options.styleUrl) this.loadTownsWhenClose();
    (options.container as MapHost).renderedNames = (layers) => this.renderedNames(layers);
    (options.container as MapHost).renderedCount = (layers) => this.rendered(layers).length;
  }

  /**
   * The smaller towns are not needed for the first, wide view: their file is fetched once the
   * view comes within half a zoom level of showing them. A first view that close (a link, or
   * places all in one region) draws the cited places first: the towns, only a backdrop to
   * orient by, come after them.
   */
  private loadTownsWhenClose(): void {
    const check = (): void => {
      if (this.map.getZoom() < TOWN_DETAIL_ZOOM - 0.5) return;
      this.map.off('zoom', check);
      this.dataShown.run(() => {
        this.setSourceData(TOWNS_SOURCE, DATA_PATHS.basemapTowns);
        this.filterTowns();
      });
    };
    this.map.on('zoom', check);
    check();
  }

  /** The names the given layers draw in the current view (for tests: see MapHost). */
  renderedNames(layers: readonly string[]): string[] {
    return [...new Set(this.rendered(layers).map((f) => String(f.properties?.name ?? '')))];
  }

  private rendered(layers: readonly string[]): MapGeoJSONFeature[] {
    const present = layers.filter((id) => this.map.getLayer(id));
    return present.length > 0 ? this.map.queryRenderedFeatures({ layers: present }) : [];
  }

  /**
   * Gives a source added later (laterStyle) its data. The first time, the source is added with
   * that data, and its layers with it in their drawing order: a source in the style from the
   * start loads empty first, and the tiles the map asks for meanwhile are then built twice
   * (empty, then again with the data), while the basemap's first tiles wait behind them in the
   * worker; an empty source's tiles still cost the worker, and the first frames, a round trip.
   */
  private setSourceData(id: string, data: FeatureCollection | string): void {
    const map = this.map;
    const source = map.getSource<GeoJSONSource>(id);
    if (source) {
      source.setData(data);
      return;
    }
    map.addSource(id, { ...(this.laterStyle.sources[id] as GeoJSONSourceSpecification), data });
    const layers = this.laterStyle.layers;
    layers.forEach((layer, i) => {
      if (!('source' in layer) || layer.source !== id) return;
      const before = layers.slice(i + 1).find((l) => map.getLayer(l.id));
      map.addLayer(layer, before?.id);
    });
  }

  /**
   * Takes a new data set. Its places' geometries go to the map with the first counts that
   * follow (setCounts), once: drawn from the start, no feature state is needed for them.
   */
  setPlaces(index: DataIndex): void {
    this.index = index;
    this.groups = placeGroups(index);
    this.shown = new Int32Array(index.places.length).fill(-1);
    this.classes = new Int8Array(index.places.length).fill(-1);
    this.doubtful = new Uint8Array(index.places.length);
    this.labelled = null;
  }

  private sendPlaces(index: DataIndex, own: Int32Array, uncertain: Uint8Array): void {
    const { places, mosaicPlaces } = placeFeatures(index, this.groups, this.mosaic, own, uncertain);
    this.mosaicPlaces = mosaicPlaces;
    // What is not sent is drawn as nothing, as a count of 0 would be; the mosaic's countries
    // take their first colour from setCounts.
    this.shown.fill(0);
    this.classes.fill(0);
    this.doubtful.fill(0);
    for (const i of mosaicPlaces.values()) this.shown[i] = -1;
    for (const f of places.features) {
      const i = f.id as number;
      this.shown[i] = f.properties.count;
      this.classes[i] = f.properties.fillClass;
      this.doubtful[i] = f.properties.uncertain;
    }
    // States set for the previous data would override the new counts.
    if (this.sentIndex) this.map.removeFeatureState({ source: PLACES });
    this.sentIndex = index;
    this.hovered = null;
    const map = this.map;
    this.setSourceData(PLACES, places);
    if (!this.options.styleUrl) {
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
      // Likewise a town the sources name keeps only its cited label, beside its circle.
      const citedTowns = index.places
        .map((p) => p.properties.id)
        .filter((id) => id.startsWith('geonames:'));
      this.townsFilter = townFilter(citedTowns);
      this.filterTowns();
    }
    this.applySelection();
  }

  /** Hides the basemap's names of the towns the data cites, in the town layers the map has. */
  private filterTowns(): void {
    const filter = this.townsFilter;
    if (!filter) return;
    for (const layer of TOWN_LAYERS)
      if (this.map.getLayer(layer)) this.map.setFilter(layer, filter);
  }

  /**
   * Shows each place's own mention count (see model/encoding.ts): colour class for areas,
   * radius for points, width for borders, and labels for the places with something to show.
   * Places whose shown mentions are all uncertain are drawn hollow (points) or with a dashed
   * outline (areas). Only changed feature states are sent.
   */
  setCounts(own: Int32Array, uncertain: Uint8Array): void {
    const index = this.index;
    if (!index) return;
    this.styleReady.run(() => {
      // Counts of data replaced while the style loaded: the new data's come next.
      if (index !== this.index) return;
      if (this.sentIndex !== index) this.sendPlaces(index, own, uncertain);
      const doubtfulAreas: number[] = [];
      for (let i = 0; i < own.length; i++) {
        const g = this.groups[i];
        if (g === 'world') continue;
        const n = own[i]!;
        const u = uncertain[i] ?? 0;
        if (u === 1 && g !== 'point') doubtfulAreas.push(i);
        if (this.shown[i] === n && this.doubtful[i] === u) continue;
        const state = placeCounts(g!, n, u);
        this.shown[i] = n;
        this.classes[i] = state.fillClass;
        this.doubtful[i] = u;
        const iso = index.places[i]!.properties.country;
        if (g === 'country' && iso && this.mosaic.has(iso)) {
          // All the country's provinces in the basemap share its code as their id.
          this.map.setFeatureState({ source: 'basemap', id: iso }, { fillClass: state.fillClass });
        } else {
          this.setPlaceState(i, state);
        }
      }
      this.doubtfulAreas = doubtfulAreas;
      this.drawHighlights();
      // The names go with the counts. Sending the first ones only once the counts were on
      // screen (session 9) showed the counts 0–60 ms sooner but the names 0.9–1.9 s later:
      // their own tiling, glyphs and fade-in came after the first idle.
      this.updateLabels(own);
      if (!this.shownOnce) {
        this.shownOnce = true;
        // For the benchmark and tests: the first time the data (with its names) is on screen.
        this.map.once('idle', () => {
          performance.mark('citemap:data-shown');
          document.body.dataset.dataShown = 'true';
          this.dataShown.open();
        });
      }
    });
  }

  /** Names the places chosen under the new counts, if they are not those already named. */
  private updateLabels(own: Int32Array): void {
    const choice = chooseLabels(this.groups, own);
    if (sameLabels(this.labelled, choice)) return;
    this.labelled = choice;
    this.setSourceData(LABELS, labelFeatures(this.index!, this.groups, choice));
  }

  private pick(e: MapMouseEvent): number | null {
    if (!this.index) return null;
    const layers = PICKABLE_LAYERS.filter((id) => this.map.getLayer(id));
    const hits: MapGeoJSONFeature[] = this.map.queryRenderedFeatures(e.point, { layers });
    let best: number | null = null;
    let bestRank = Number.POSITIVE_INFINITY;
    for (const f of hits) {
      const id =
        f.layer.id === MOSAIC_LAYER
          ? this.mosaicPlaces.get(String(f.id))
          : typeof f.id === 'number'
            ? f.id
            : Number(f.id);
      if (id === undefined) continue;
      if (!Number.isInteger(id)) continue;
      // What is not drawn is not hit: a town, border or province with no mentions of its own
      // under the filters gives way to its country. A country is always hit (the data has
      // it because something inside it is cited); world regions are not on the map at all.
      const g = this.groups[id];
      if (g !== 'country' && (this.shown[id] ?? 0) <= 0) continue;
      const rank = this.pickRank(id);
      if (rank < bestRank) {
        best = id;
        bestRank = rank;
      }
    }
    return best;
  }

  /**
   * Lower wins where shapes overlap: the most specific place. Points, then borders, then
   * areas (a district before its province, a province before a sea), then countries.
   */
  private pickRank(i: number): number {
    const g = this.groups[i];
    if (g === 'point') return 0;
    if (g === 'border') return 1;
    if (g === 'country') return 9;
    const kind = this.index?.places[i]?.properties.kind;
    return kind === 'admin2' ? 2 : kind === 'admin1' ? 3 : 4;
  }

  private onHover(e: MapMouseEvent): void {
    const place = this.pick(e);
    this.setHover(place);
    this.map.getCanvas().style.cursor = place === null ? '' : 'pointer';
    const tip = this.tooltip;
    if (place === null) {
      tip.hidden = true;
      return;
    }
    tip.textContent = this.options.describe(place);
    tip.hidden = false;
    // Beside the pointer, flipped left near the right edge so it stays in the map.
    const width = this.options.container.clientWidth;
    const left =
      e.point.x + 14 + tip.offsetWidth > width ? e.point.x - 14 - tip.offsetWidth : e.point.x + 14;
    tip.style.transform = `translate(${Math.max(0, left)}px, ${Math.max(0, e.point.y - 10 - tip.offsetHeight)}px)`;
  }

  private setHover(place: number | null): void {
    if (place === this.hovered || !this.styleReady.isOpen) return;
    if (this.hovered !== null) this.setPlaceState(this.hovered, { hover: false });
    this.hovered = place;
    if (place !== null) this.setPlaceState(place, { hover: true });
    this.drawHighlights();
  }

  private setPlaceState(place: number, state: Partial<PlaceState>): void {
    this.map.setFeatureState({ source: PLACES, id: place }, state);
  }

  /** Highlights the open place. Kept until the layers exist, if they do not yet. */
  setSelected(place: number | null): void {
    const previous = this.selected;
    this.selected = place;
    if (!this.styleReady.isOpen) return;
    if (previous !== null && previous !== place && this.groups[previous] !== 'world') {
      this.setPlaceState(previous, { selected: false });
    }
    this.applySelection();
  }

  private applySelection(): void {
    const place = this.selected;
    if (place !== null && this.groups[place] !== undefined && this.groups[place] !== 'world') {
      this.setPlaceState(place, { selected: true });
    }
    this.drawHighlights();
  }

  /**
   * Outlines the selected and the hovered area (points show theirs by feature state), and the
   * uncertain areas: few, so their geometry is cheap to send again.
   */
  private drawHighlights(): void {
    const index = this.index;
    const key = `${this.selected}/${this.hovered}/${this.doubtfulAreas.join(',')}`;
    if (!index || key === this.highlightKey) return;
    this.highlightKey = key;
    const features: Feature<Geometry, { k: 'sel' | 'hover' | 'uncertain' }>[] = [];
    const add = (place: number | null, k: 'sel' | 'hover' | 'uncertain') => {
      const g = place === null ? null : this.groups[place];
      const p = place === null ? undefined : index.places[place];
      if (!p || !g || g === 'point' || p.geometry.type === 'Point') return;
      features.push({
        type: 'Feature',
        geometry: unwrapAntimeridian(p.geometry),
        properties: { k },
      });
    };
    for (const place of this.doubtfulAreas) add(place, 'uncertain');
    add(this.selected, 'sel');
    if (this.hovered !== this.selected) add(this.hovered, 'hover');
    // Nothing outlined yet: the source and its layers wait for the first outline.
    if (features.length === 0 && !this.map.getSource(HIGHLIGHTS)) return;
    this.setSourceData(HIGHLIGHTS, { type: 'FeatureCollection', features });
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

  /**
   * Moves to the view the URL's hash holds. MapLibre follows the hash on 'hashchange', which
   * Back and Forward between pushState entries do not fire: the app calls this on 'popstate'.
   */
  showUrlView(): void {
    const view = parseMapHash(location.hash);
    if (!view) return;
    const c = this.map.getCenter();
    const same =
      Math.abs(this.map.getZoom() - view.zoom) < 0.01 &&
      Math.abs(c.lng - view.center[0]) < 1e-3 &&
      Math.abs(c.lat - view.center[1]) < 1e-3;
    if (!same) this.map.jumpTo(view);
  }

  /** The centre of the view, [lon, lat]. */
  center(): [number, number] {
    const c = this.map.getCenter();
    return [c.lng, c.lat];
  }

  /** Viewport pixel position of a point (tests click the map there). */
  projectPoint(lngLat: [number, number]): { x: number; y: number } {
    const { x, y } = this.map.project(lngLat);
    return { x, y };
  }

  /** Gives the map keyboard focus (arrow keys pan, + and − zoom). */
  focus(): void {
    this.map.getCanvas().focus();
  }

  /**
   * Follows a change of the container's size. Resizing the canvas waits for the GPU to finish
   * the frame it is drawing (a long wait in software rendering), so a map that shrinks (the
   * panel opening beside it) follows once the layout has settled, after what opened the panel
   * is shown; a map that grows follows at once, leaving no blank strip.
   */
  resize(): void {
    clearTimeout(this.resizeTimer);
    const canvas = this.map.getCanvas();
    const box = this.options.container;
    const [width, height] = [box.clientWidth, box.clientHeight];
    if (width === canvas.clientWidth && height === canvas.clientHeight) return;
    if (width > canvas.clientWidth || height > canvas.clientHeight) this.map.resize();
    else this.resizeTimer = setTimeout(() => this.map.resize(), SHRINK_SETTLE_MS);
  }

  remove(): void {
    clearTimeout(this.resizeTimer);
    this.map.remove();
  }
}

/**
 * The map's first style: the place sources and their layers come with their data, the smaller
 * towns when the view comes close.
 */
function withoutLaterSources(style: StyleSpecification): StyleSpecification {
  const places = new Set([...Object.keys(placeSources()), TOWNS_SOURCE]);
  return {
    ...style,
    sources: Object.fromEntries(Object.entries(style.sources).filter(([id]) => !places.has(id))),
    layers: style.layers.filter((l) => !('source' in l) || !places.has(l.source)),
  };
}

/** Runs what it is given once it is open; at once after. */
class Latch {
  isOpen = false;
  private waiting: (() => void)[] = [];

  run(task: () => void): void {
    if (this.isOpen) task();
    else this.waiting.push(task);
  }

  open(): void {
    this.isOpen = true;
    for (const task of this.waiting.splice(0)) task();
  }
}
