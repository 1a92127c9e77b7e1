/**
 * Loads what the pipeline wrote under data/, checks it at the boundary and indexes it.
 * A failure names the file and what went wrong, for the error screen.
 */
import { type CorrectionsData, parseCorrectionsData } from '../shared/corrections.ts';
import { citedBounds, type LonLatBounds } from '../shared/geometry/view-bounds.ts';
import { DATA_PATHS, type UnresolvedMention } from '../shared/types.ts';
import { type DataIndex, indexData } from './filters.ts';
import {
  DataError,
  parseFirstView,
  parseMentionIndex,
  parsePlaces,
  parseSources,
  parseUnresolved,
} from './parse-data.ts';

export interface AppConfig {
  /** A remote MapLibre style URL; null for the embedded basemap. */
  style: string | null;
}

export async function fetchJson(path: string): Promise<unknown> {
  let response: Response;
  try {
    // The dev server rebuilds the data in place: never a stale copy from the HTTP cache.
    response = await fetch(path, { cache: 'no-cache' });
  } catch {
    throw new DataError(`${path} could not be fetched (network error)`);
  }
  if (!response.ok) throw new DataError(`${path} could not be loaded (HTTP ${response.status})`);
  try {
    return await response.json();
  } catch {
    throw new DataError(`${path} is not valid JSON`);
  }
}

/** What the app waits for; started before the first render so nothing waits on Preact. */
export interface Loading {
  config: Promise<AppConfig>;
  /** The first view's bounds (null: nothing cited), known before the data in most cases. */
  view: Promise<LonLatBounds | null>;
  data: Promise<DataIndex>;
}

export function startLoading(): Loading {
  // What the map starts with is asked for first: its responses are read first.
  const config = loadConfig();
  const viewFile = fetchJson(DATA_PATHS.view);
  const data = loadData();
  return { config, view: firstView(viewFile, data), data };
}

/** What the map starts with, as far as it is known when the page first renders. */
export interface MapStart {
  config: AppConfig | null;
  /** The first view (bounds null: nothing cited); null while not known. */
  view: { bounds: LonLatBounds | null } | null;
}

/**
 * The configuration and first view, if they come within `ms`. Both are preloaded and a few
 * bytes: rendering the page once they are in creates the map in the first render, before the
 * page's first paint instead of after it (about 150 ms sooner in bench:map). Slow ones do not
 * hold the page: what is not in by then is waited for after the first render.
 */
export function mapStartWithin(loading: Loading, ms: number): Promise<MapStart> {
  const start: MapStart = { config: null, view: null };
  const known = Promise.all([
    loading.config.then((config) => {
      start.config = config;
    }),
    // Failing only with the data itself, which the error screen says.
    loading.view.then(
      (bounds) => {
        start.view = { bounds };
      },
      () => {},
    ),
  ]);
  const timeout = new Promise<void>((resolve) => setTimeout(resolve, ms));
  return Promise.race([known, timeout]).then(() => ({ ...start }));
}

/**
 * The view framing the cited places, from the build's tiny view.json, so the map and its
 * basemap start while the places and mentions download. Data built before view.json existed
 * (or a broken file) costs only time: the view is then worked out from the places.
 */
async function firstView(
  viewFile: Promise<unknown>,
  data: Promise<DataIndex>,
): Promise<LonLatBounds | null> {
  try {
    return parseFirstView(await viewFile);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    console.warn(`citemap: ${reason}; the first view waits for the places`);
    return citedBounds((await data).places);
  }
}

/**
 * What the first frame needs: places, sources and the compact mention index. Quotes come
 * later, when shown (model/quotes.ts); mentions.geojson is for analysis and never fetched.
 */
export async function loadData(): Promise<DataIndex> {
  const [places, mentionJson, sources] = await Promise.all([
    fetchJson(DATA_PATHS.places).then(parsePlaces),
    fetchJson(DATA_PATHS.mentionIndex),
    fetchJson(DATA_PATHS.sources).then(parseSources),
  ]);
  const mentions = parseMentionIndex(mentionJson, places.at, sources.items);
  const dropped = places.dropped + mentions.dropped + sources.dropped;
  if (dropped > 0) console.warn(`citemap: ${dropped} malformed records were left out`);
  return indexData(places.items, sources.items, mentions.columns);
}

/** Names the pipeline could not place; optional, so any failure means "none listed". */
export async function loadUnresolved(): Promise<UnresolvedMention[]> {
  try {
    return parseUnresolved(await fetchJson(DATA_PATHS.unresolved)).items;
  } catch {
    return [];
  }
}

/** The corrections and added places the build applied; optional (older data has none). */
export async function loadCorrections(): Promise<CorrectionsData> {
  try {
    return parseCorrectionsData(await fetchJson(DATA_PATHS.corrections));
  } catch {
    return { version: 1, sources: {}, places: [] };
  }
}

/** config.json is optional in spirit: anything unreadable means "embedded basemap". */
export async function loadConfig(): Promise<AppConfig> {
  try {
    const response = await fetch('config.json');
    if (!response.ok) return { style: null };
    const json: unknown = await response.json();
    const style = typeof json === 'object' && json !== null && 'style' in json ? json.style : null;
    if (typeof style !== 'string') return { style: null };
    const url = new URL(style, location.href);
    return { style: url.protocol === 'https:' || url.origin === location.origin ? url.href : null };
  } catch {
    return { style: null };
  }
}

const textCache = new Map<string, Promise<string>>();

/** After a rebuild: a source's text may have been replaced. */
export function forgetTexts(): void {
  textCache.clear();
}

/** A source's body text for the reader, fetched once. */
export function loadText(sourceId: string): Promise<string> {
  let text = textCache.get(sourceId);
  if (!text) {
    text = fetch(`${DATA_PATHS.textsDir}/${encodeURIComponent(sourceId)}.txt`).then((r) => {
      if (!r.ok)
        throw new DataError(`the text of this source could not be loaded (HTTP ${r.status})`);
      return r.text();
    });
    textCache.set(sourceId, text);
    text.catch(() => textCache.delete(sourceId));
  }
  return text;
}
