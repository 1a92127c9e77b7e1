/**
 * Searching the gazetteer by name when correcting a mention or marking words as a place:
 * public/data/search.tsv (every gazetteer entry), fetched on the first search only, and the
 * places added by hand. Matches a name's start or any word's start, accents and case aside;
 * an exact name first, then bigger kinds of place (a country before a village of that name).
 */
import { decodeSearchIndex, type SearchEntry } from '../../shared/search-index.ts';
import { DATA_PATHS, type LonLat, type PlaceKind } from '../../shared/types.ts';

interface Indexed {
  entry: SearchEntry;
  key: string;
}

/** Letters that no accent-stripping turns into ASCII. */
const LETTERS: Record<string, string> = {
  ı: 'i',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  þ: 'th',
};

/** Folded for matching: no accents, lower case, one space between words. */
export function fold(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[ıøłđßæœþ]/g, (c) => LETTERS[c] ?? c)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const KIND_RANK: Record<PlaceKind, number> = {
  country: 0,
  continent: 1,
  region: 2,
  admin1: 3,
  water: 4,
  admin2: 5,
  city: 6,
  site: 7,
  border: 8,
};

export function indexEntries(entries: readonly SearchEntry[]): Indexed[] {
  return entries.map((entry) => ({ entry, key: fold(entry.name) }));
}

/** The best `limit` entries for a query: exact, then name start, then a word's start. */
export function search(index: readonly Indexed[], query: string, limit = 12): SearchEntry[] {
  const q = fold(query);
  if (q === '') return [];
  const scored: { e: SearchEntry; score: number }[] = [];
  for (const { entry, key } of index) {
    let score: number;
    if (key === q) score = 0;
    else if (key.startsWith(q)) score = 1;
    else if (key.includes(` ${q}`)) score = 2;
    else continue;
    scored.push({ e: entry, score: score * 10 + KIND_RANK[entry.kind] });
  }
  scored.sort((a, b) => a.score - b.score || a.e.name.localeCompare(b.e.name));
  return scored.slice(0, limit).map((s) => s.e);
}

let loaded: Promise<Indexed[]> | null = null;

/** The gazetteer's names, fetched once (about 9 MB; 3 MB compressed). */
export function loadSearchIndex(): Promise<Indexed[]> {
  loaded ??= fetch(DATA_PATHS.search)
    .then((r) => {
      if (!r.ok) throw new Error(`the place names could not be loaded (HTTP ${r.status})`);
      return r.text();
    })
    .then((text) => indexEntries(decodeSearchIndex(text)));
  loaded.catch(() => {
    loaded = null;
  });
  return loaded;
}

/** The country of the nearest named place (a guess for a place added by clicking the map). */
export function nearestCountry(index: readonly Indexed[], point: LonLat): string | null {
  let best: string | null = null;
  let bestD = Number.POSITIVE_INFINITY;
  const cos = Math.cos((point[1] * Math.PI) / 180);
  for (const { entry } of index) {
    if (!entry.country || entry.kind !== 'city') continue;
    const dx = (entry.point[0] - point[0]) * cos;
    const dy = entry.point[1] - point[1];
    const d = dx * dx + dy * dy;
    if (d < bestD) {
      bestD = d;
      best = entry.country;
    }
  }
  return best;
}
