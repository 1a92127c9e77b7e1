/**
 * The place search's line format (written by src/pipeline/corrections/search-index.ts, read
 * by the app): `name \t id \t kind \t country \t lon \t lat`, with a GeoNames id as its number
 * and the kind as its position in PLACE_KINDS.
 */
import { type LonLat, PLACE_KINDS, type PlaceKind, type PlaceRef } from './types.ts';

export interface SearchEntry extends PlaceRef {
  point: LonLat;
}

const GEONAMES = 'geonames:';

/** Coordinates to about 100 m: enough to place a correction. */
const round = (x: number): number => Math.round(x * 1000) / 1000;

export function encodeSearchLine(e: SearchEntry): string {
  const id = e.id.startsWith(GEONAMES) ? e.id.slice(GEONAMES.length) : e.id;
  const kind = PLACE_KINDS.indexOf(e.kind);
  return `${e.name}\t${id}\t${kind}\t${e.country ?? ''}\t${round(e.point[0])}\t${round(e.point[1])}`;
}

/** The entries of a search file; malformed lines are left out. */
export function decodeSearchIndex(text: string): SearchEntry[] {
  const out: SearchEntry[] = [];
  for (const line of text.split('\n')) {
    const [name, id, kind, country, lon, lat] = line.split('\t');
    if (!name || !id || lon === undefined || lat === undefined) continue;
    const k = PLACE_KINDS[Number(kind)] as PlaceKind | undefined;
    const point: LonLat = [Number(lon), Number(lat)];
    if (!k || !Number.isFinite(point[0]) || !Number.isFinite(point[1])) continue;
    out.push({
      name,
      id: /^\d+$/.test(id) ? `${GEONAMES}${id}` : id,
      kind: k,
      country: country || null,
      point,
    });
  }
  return out;
}
