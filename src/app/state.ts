/**
 * Application state as signals. The filter is a handful of plain signals; everything the
 * views show is `computed` from them through the pure functions of filters.ts, so the
 * counts, map, list and panel always agree and update in the same tick.
 */
import { batch, computed, signal } from '@preact/signals';
import type { UnresolvedMention } from '../shared/types.ts';
import {
  countBySource,
  countPlaces,
  type DataIndex,
  type Filter,
  rankPlaces,
  visibleMask,
  type YearMode,
  yearHistogram,
} from './filters.ts';
import { userPlaces } from './model/corrections.ts';
import { createPicker, popupMentions } from './model/pick.ts';
import { requestQuotes } from './model/quotes.ts';
import { uncertainPlaces } from './model/uncertainty.ts';
import { clampRange, pickedYearRange, typedYearRange, type YearRange } from './model/years.ts';
import { DataError } from './parse-data.ts';
import { DEFAULT_STATE, type UrlState } from './url-state.ts';

export const data = signal<DataIndex | null>(null);
export const loadError = signal<string | null>(null);
export const unresolved = signal<readonly UnresolvedMention[]>([]);

/** Shown source indices, or null for all. */
export const selectedSources = signal<ReadonlySet<number> | null>(null);
export const yearFrom = signal<number | null>(null);
export const yearTo = signal<number | null>(null);
export const yearMode = signal<YearMode>('published');
export const openPlace = signal<number | null>(null);
export const reader = signal<{ source: number; offset: number } | null>(null);
export const placeQuery = signal('');

export const filter = computed<Filter>(() => ({
  sources: selectedSources.value,
  from: yearFrom.value,
  to: yearTo.value,
  mode: yearMode.value,
}));

const EMPTY_MASK = new Uint8Array(0);
export const mask = computed(() => {
  const index = data.value;
  return index ? visibleMask(index, filter.value) : EMPTY_MASK;
});

export const counts = computed(() => {
  const index = data.value;
  return index ? countPlaces(index, mask.value) : null;
});

/** No mention passes the filters (the map says so); a view reading it re-renders when it flips. */
export const nothingShown = computed(() => counts.value?.visible === 0);

/** How many places the shown mentions name (the header and the places list both say it). */
export const namedPlaces = computed(() => {
  const c = counts.value;
  let n = 0;
  if (c) for (let i = 0; i < c.own.length; i++) if (c.own[i]! > 0) n++;
  return n;
});

/** Places whose every shown mention is uncertain (drawn hollow or dashed). */
export const uncertain = computed(() => {
  const index = data.value;
  const c = counts.value;
  return index && c ? uncertainPlaces(index, mask.value, c.own) : new Uint8Array(0);
});

// The histogram and the per-source counts each read only their part of the filter: ticking a
// source does not count per source again, nor does moving the year range count the histogram again.
export const histogram = computed(() => {
  const index = data.value;
  return index
    ? yearHistogram(index, { sources: selectedSources.value, mode: yearMode.value })
    : null;
});

export const sourceCounts = computed(() => {
  const index = data.value;
  const years = { from: yearFrom.value, to: yearTo.value, mode: yearMode.value };
  return index ? countBySource(index, years) : new Int32Array(0);
});

export const rankedPlaces = computed(() => {
  const index = data.value;
  const c = counts.value;
  return index && c ? rankPlaces(index, c, placeQuery.value) : new Int32Array(0);
});

/** The URL's view of the state, in ids rather than indices. */
export const urlState = computed<UrlState>(() => {
  const index = data.value;
  if (!index) return DEFAULT_STATE;
  const sel = selectedSources.value;
  const place = openPlace.value;
  const read = reader.value;
  return {
    sources: sel === null ? null : index.sources.filter((_, i) => sel.has(i)).map((s) => s.id),
    from: yearFrom.value,
    to: yearTo.value,
    mode: yearMode.value,
    place: place === null ? null : (index.places[place]?.properties.id ?? null),
    read:
      read === null ? null : { source: index.sources[read.source]?.id ?? '', offset: read.offset },
  };
});

export function applyUrlState(index: DataIndex, state: UrlState): void {
  batch(() => {
    selectedSources.value =
      state.sources === null
        ? null
        : new Set(
            state.sources.map((id) => index.sourceIndex.get(id)!).filter((i) => i !== undefined),
          );
    // Within the years this mode has: a link's range may lie outside them (to=1800).
    setYearRange(clampRange(state.from, state.to, index.modeExtent[state.mode]));
    yearMode.value = state.mode;
    openPlace.value = state.place === null ? null : (index.placeIndex.get(state.place) ?? null);
    const source = state.read ? index.sourceIndex.get(state.read.source) : undefined;
    reader.value =
      state.read && source !== undefined ? { source, offset: state.read.offset } : null;
  });
}

/**
 * Data rebuilt while the map is open (a source added from the dialog): the same view, by ids,
 * over the new index; sources added since are shown too, even when only some were ticked.
 */
export function replaceData(index: DataIndex): void {
  const before = data.value;
  const state = before ? urlState.value : null;
  batch(() => {
    data.value = index;
    if (!before || !state) return;
    const known = new Set(before.sources.map((s) => s.id));
    const added = index.sources.map((s) => s.id).filter((id) => !known.has(id));
    const sources = state.sources === null ? null : [...state.sources, ...added];
    applyUrlState(index, { ...state, sources });
  });
}

const picker = createPicker({
  loadQuotes(place) {
    const index = data.value;
    return index
      ? requestQuotes(index, popupMentions(index, mask.value, place).quoted)
      : Promise.resolve();
  },
  open(place) {
    openPlace.value = place;
  },
  afterPaint(run) {
    requestAnimationFrame(() => setTimeout(run, 0));
  },
});

/** Opens a place's panel, or closes it with null. */
export function selectPlace(place: number | null): void {
  picker.cancel();
  openPlace.value = place;
}

/** A place clicked on the map, its popup shown: the panel follows its quotes (model/pick.ts). */
export function pickOnMap(place: number): void {
  picker.pick(place);
}

/** The popup closed before its quotes came: its panel does not open. */
export function cancelPick(): void {
  picker.cancel();
}

/** Opens the source reader at a mention's offset. */
export function openReader(source: number, offset: number): void {
  reader.value = { source, offset };
}

export function closeReader(): void {
  reader.value = null;
}

/** The data is read and indexed: the app shows it. */
export function dataLoaded(index: DataIndex): void {
  data.value = index;
}

/** The data could not be loaded: the reason the page gives (a DataError says what was wrong). */
export function dataFailed(error: unknown): void {
  loadError.value = error instanceof DataError ? error.message : 'the data could not be read';
}

export function setUnresolved(list: readonly UnresolvedMention[]): void {
  unresolved.value = list;
}

export function setPlaceQuery(query: string): void {
  placeQuery.value = query;
}

export function showAllSources(): void {
  selectedSources.value = null;
}

export function showNoSources(): void {
  selectedSources.value = new Set();
}

export function showAllYears(): void {
  setYearRange({ from: null, to: null });
}

/** Resets the filters, every source and every year: the way out of an empty map. */
export function showEverything(): void {
  batch(() => {
    showAllSources();
    showAllYears();
  });
}

export function setYearMode(mode: YearMode): void {
  yearMode.value = mode;
}

/** The years the current mode has, or null when it has none. */
export const yearExtent = computed(() => data.value?.modeExtent[yearMode.value] ?? null);

function setYearRange(range: YearRange): void {
  batch(() => {
    yearFrom.value = range.from;
    yearTo.value = range.to;
  });
}

/** A year typed into the From or To field (see typedYearRange). */
export function typeYear(which: 'from' | 'to', raw: string): void {
  const extent = yearExtent.value;
  if (!extent) return;
  setYearRange(typedYearRange(which, raw, { from: yearFrom.value, to: yearTo.value }, extent));
}

/** A click on a year's bar; with `extend` (shift-click) the range stretches to it. */
export function pickYear(year: number, extend: boolean): void {
  const extent = yearExtent.value;
  if (!extent) return;
  setYearRange(pickedYearRange(year, extend, { from: yearFrom.value, to: yearTo.value }, extent));
}

export function setSourceShown(source: number, shown: boolean): void {
  const index = data.value;
  if (!index) return;
  const current = selectedSources.value ?? new Set(index.sources.map((_, i) => i));
  const next = new Set(current);
  if (shown) next.add(source);
  else next.delete(source);
  selectedSources.value = next.size === index.sources.length ? null : next;
}

/** A place's name by id, for describing corrections (a place added by hand, or the id). */
export function placeName(id: string): string {
  const index = data.value;
  const i = index?.placeIndex.get(id);
  if (index && i !== undefined) return index.places[i]!.properties.name;
  return userPlaces.value.find((p) => p.id === id)?.name ?? id;
}
