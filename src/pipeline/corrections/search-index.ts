/**
 * public/data/search.tsv: the gazetteer's names for the app's place search when correcting a
 * mention (in a static build and with the dev server alike), fetched only when a reader first
 * searches. One line per entry: name, id, kind, country, lon, lat, tab-separated (names hold
 * no tabs). To keep it small, a GeoNames id is its number alone and a kind its position in
 * PLACE_KINDS; src/shared/search-index.ts reads it back. Its size is in README.
 */
import { encodeSearchLine } from '../../shared/search-index.ts';
import type { GazetteerEntry } from '../gazetteer/types.ts';

export function searchIndexTsv(entries: Iterable<GazetteerEntry>): string {
  const lines: string[] = [];
  for (const e of entries) {
    if (/[\t\n\r]/.test(e.name)) continue;
    lines.push(encodeSearchLine(e));
  }
  return `${lines.join('\n')}\n`;
}
