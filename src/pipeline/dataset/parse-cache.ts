/**
 * Incremental builds (README "Incremental builds"): each source's slow stage (parse-source.ts)
 * cached in one pack under .cache/build/. The key hashes everything the result depends on —
 * the body, the publication date (relative years), the code of the stage and of the geoparser
 * (`code`) and the gazetteer's own cache key (`gazetteer`) — so a changed input is a miss and
 * never a stale hit. Places added by hand are not in the key: the geoparser never proposes
 * them (withUserPlaces), they are chosen by corrections, which are applied after this stage.
 * An entry that does not read back whole (damaged, or a place the gazetteer lacks) is
 * computed again.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PlaceRef, ResolutionBasis } from '../../shared/types.ts';
import { CachePack, hashKey } from '../fs/cache.ts';
import type { GazetteerEntry } from '../gazetteer/types.ts';
import type { FoundMention, Geoparser } from '../geoparse/types.ts';
import type { Source } from '../sources/types.ts';
import type { Dating } from '../years/index.ts';
import { type ParsedSource, parseSource } from './parse-source.ts';

/** This module: the stage and the format of its entries (see moduleClosure). */
export const PARSE_CACHE_MODULE = fileURLToPath(import.meta.url);

export interface ParseCacheOptions {
  /** The pack (see parseCacheFile). */
  file: string;
  /** Hash of the code of the stage and of the geoparser (moduleClosure, cacheKey). */
  code: string;
  /** The gazetteer's cache key (.cache/gazetteer/<key>). */
  gazetteer: string;
}

/** One pack per sources folder, so two collections never evict each other's entries. */
export function parseCacheFile(cacheDir: string, sourcesDir: string): string {
  return path.join(cacheDir, `${hashKey(path.resolve(sourcesDir)).slice(0, 16)}.pack`);
}

export function parseKey(options: ParseCacheOptions, source: Source): string {
  return hashKey(options.code, options.gazetteer, JSON.stringify(source.published), source.body);
}

/** A found mention as stored: places by id, its dating when it has one. */
interface StoredMention {
  start: number;
  end: number;
  text: string;
  place: string | null;
  candidates: string[];
  reason: string | null;
  confidence: number;
  basis: ResolutionBasis;
  alternatives: PlaceRef[];
  dating?: Dating;
}

interface StoredParse {
  dropped: number;
  found: StoredMention[];
}

export function serializeParsed(parsed: ParsedSource): string {
  const stored: StoredParse = {
    dropped: parsed.dropped,
    found: parsed.found.map((m) => {
      const dating = parsed.dating.get(m.start);
      return {
        start: m.start,
        end: m.end,
        text: m.text,
        place: m.place?.id ?? null,
        candidates: m.candidates.map((c) => c.id),
        reason: m.reason,
        confidence: m.confidence,
        basis: m.basis,
        alternatives: m.alternatives,
        ...(dating ? { dating } : {}),
      };
    }),
  };
  return JSON.stringify(stored);
}

class Unreadable extends Error {}

/** The stored result, or null when it does not read back whole (then it is computed again). */
export function deserializeParsed(
  json: string,
  placeOf: (id: string) => GazetteerEntry | undefined,
): ParsedSource | null {
  const entry = (id: unknown): GazetteerEntry => {
    const e = typeof id === 'string' ? placeOf(id) : undefined;
    if (!e) throw new Unreadable();
    return e;
  };
  try {
    const stored = JSON.parse(json) as StoredParse;
    if (!Number.isInteger(stored.dropped) || !Array.isArray(stored.found)) return null;
    const dating = new Map<number, Dating>();
    const found = stored.found.map((m): FoundMention => {
      if (!Number.isInteger(m.start) || !Number.isInteger(m.end) || typeof m.text !== 'string')
        throw new Unreadable();
      if (m.dating) dating.set(m.start, { years: m.dating.years, yearsFrom: m.dating.yearsFrom });
      return {
        start: m.start,
        end: m.end,
        text: m.text,
        place: m.place === null ? null : entry(m.place),
        candidates: m.candidates.map(entry),
        reason: m.reason,
        confidence: m.confidence,
        basis: m.basis,
        alternatives: m.alternatives,
      };
    });
    return { found, dropped: stored.dropped, dating };
  } catch {
    return null;
  }
}

export interface ParseCache {
  /** The source's stage result, from the pack or computed (and then stored). */
  parse(source: Source): ParsedSource;
  /** Sources computed this run (for the summary and the tests). */
  readonly computed: number;
  /** Writes the pack; never fails the build. */
  save(): Promise<void>;
}

export async function openParseCache(
  options: ParseCacheOptions,
  geoparser: Geoparser,
): Promise<ParseCache> {
  const pack = await CachePack.open(options.file);
  let computed = 0;
  return {
    parse(source) {
      const key = parseKey(options, source);
      const json = pack.get(key);
      const hit = json === undefined ? null : deserializeParsed(json, (id) => geoparser.place(id));
      if (hit) return hit;
      computed++;
      const parsed = parseSource(source.body, source.published, geoparser);
      pack.set(key, serializeParsed(parsed));
      return parsed;
    },
    get computed() {
      return computed;
    },
    save: () => pack.save(),
  };
}
