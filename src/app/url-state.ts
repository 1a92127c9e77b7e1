/**
 * The app's state in the URL query, next to MapLibre's own `#map=zoom/lat/lon` hash:
 *
 *   ?sources=a,b      shown sources (absent: all; empty: none)
 *   &from=2001&to=2010&years=referenced   year range and mode (published is the default)
 *   &place=admin1:AF-KAN                  the open place panel
 *   &read=source-id:1234                  the source reader, at a mention's offset
 *
 * Everything read back is checked against the data: an unknown id, a malformed number or an
 * oversized value yields the default for that part, never an error and never injected text.
 */
import type { YearMode } from './filters.ts';

export interface UrlState {
  /** Shown source ids, or null for all. */
  sources: string[] | null;
  from: number | null;
  to: number | null;
  mode: YearMode;
  place: string | null;
  read: { source: string; offset: number } | null;
}

export const DEFAULT_STATE: UrlState = {
  sources: null,
  from: null,
  to: null,
  mode: 'published',
  place: null,
  read: null,
};

export interface Known {
  sourceIds: readonly string[];
  hasPlace(id: string): boolean;
  yearExtent: { min: number; max: number } | null;
}

const MAX_PARAM = 4096;
const SOURCE_ID = /^[a-z0-9][a-z0-9-]{0,127}$/;

function year(raw: string | null, extent: Known['yearExtent']): number | null {
  if (raw === null || !/^-?\d{1,4}$/.test(raw) || !extent) return null;
  const y = Number(raw);
  return Math.min(extent.max, Math.max(extent.min, y));
}

export function parseUrlState(search: string, known: Known): UrlState {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search.length > 64 * MAX_PARAM ? '' : search);
  } catch {
    return { ...DEFAULT_STATE };
  }
  const get = (key: string): string | null => {
    const v = params.get(key);
    return v !== null && v.length <= MAX_PARAM ? v : null;
  };

  let sources: string[] | null = null;
  const rawSources = params.get('sources');
  if (rawSources !== null && rawSources.length <= 64 * MAX_PARAM) {
    const ids = new Set(known.sourceIds);
    const wanted = new Set(rawSources.split(',').filter((id) => SOURCE_ID.test(id) && ids.has(id)));
    // A list naming every source is the same as none given; an empty or all-unknown list
    // given on purpose ("sources=") means none.
    const raw = rawSources.split(',').filter(Boolean);
    if (raw.length > 0 && wanted.size === 0) sources = null;
    else sources = wanted.size === ids.size ? null : known.sourceIds.filter((id) => wanted.has(id));
  }

  let from = year(get('from'), known.yearExtent);
  let to = year(get('to'), known.yearExtent);
  if (from !== null && to !== null && from > to) [from, to] = [to, from];
  const ext = known.yearExtent;
  if (ext && from === ext.min) from = null;
  if (ext && to === ext.max) to = null;

  const mode: YearMode = get('years') === 'referenced' ? 'referenced' : 'published';

  const rawPlace = get('place');
  const place = rawPlace !== null && known.hasPlace(rawPlace) ? rawPlace : null;

  let read: UrlState['read'] = null;
  const rawRead = get('read');
  const m = rawRead ? /^([a-z0-9][a-z0-9-]{0,127}):(\d{1,9})$/.exec(rawRead) : null;
  if (m && known.sourceIds.includes(m[1]!)) read = { source: m[1]!, offset: Number(m[2]) };

  return { sources, from, to, mode, place, read };
}

/** The query string for a state, defaults left out; '' when everything is default. */
export function formatUrlState(state: UrlState): string {
  const params = new URLSearchParams();
  if (state.sources !== null) params.set('sources', state.sources.join(','));
  if (state.from !== null) params.set('from', String(state.from));
  if (state.to !== null) params.set('to', String(state.to));
  if (state.mode !== 'published') params.set('years', state.mode);
  if (state.place !== null) params.set('place', state.place);
  if (state.read !== null) params.set('read', `${state.read.source}:${state.read.offset}`);
  const s = params.toString().replace(/%2C/g, ',').replace(/%3A/g, ':');
  return s ? `?${s}` : '';
}

/**
 * Whether a location hash holds a view MapLibre will restore (`#map=zoom/lat/lon[/bearing
 * [/pitch]]`, by MapLibre's own rule with the map's default limits). Only then may the URL's
 * view win over the one that frames the data: a malformed one is ignored by MapLibre, which
 * would leave the map at its fixed fallback view.
 */
export function hasValidMapView(hash: string): boolean {
  const value = new URLSearchParams(hash.replace(/^#/, '')).get('map');
  if (value === null) return false;
  const parts = value.split('/');
  if (parts.length < 3 || parts.length > 5) return false;
  const [zoom = 0, lat = 0, lon = 0, bearing = 0, pitch = 0] = parts.map(Number);
  if (![zoom, lat, lon, bearing, pitch].every(Number.isFinite)) return false;
  return (
    zoom >= 0 &&
    zoom <= 22 &&
    Math.abs(lat) <= 90 &&
    Math.abs(bearing) <= 180 &&
    pitch >= 0 &&
    pitch <= 60
  );
}
