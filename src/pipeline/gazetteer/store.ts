/**
 * The Gazetteer over a stored index (cache.ts): typed arrays and UTF-8 string tables viewing one
 * buffer, which worker threads share (`shared`, then `new StoredGazetteer(openIndex(buffer))`
 * in the worker). Entries are materialised on first use, per thread; geometries are parsed
 * when asked for.
 */

import type { Geometry } from 'geojson';
import { boundedMemo } from '../../shared/bounded-memo.ts';
import { type BBox, bboxOf } from '../../shared/geometry/bbox.ts';
import type { Area } from '../../shared/geometry/polygons.ts';
import type { LonLat } from '../../shared/types.ts';
import { KINDS, openIndex, type StoredIndex } from './cache.ts';
import { areaContains, bboxContains } from './geometry.ts';
import { QueryEncoder } from './string-table.ts';
import type { Gazetteer, GazetteerEntry } from './types.ts';

const EMPTY: readonly GazetteerEntry[] = Object.freeze([]);

/**
 * Lookups repeat (every capitalised sequence is tried, and names recur within and across
 * texts), so each thread keeps the answers it gave, up to this many keys. Only saves work.
 */
const LOOKUP_MEMO_LIMIT = 200_000;

interface CountryShape {
  code: string;
  area: Area;
  box: BBox;
}

export class StoredGazetteer implements Gazetteer {
  readonly maxNameTokens: number;
  readonly demonyms: ReadonlyMap<string, readonly string[]>;
  private readonly entries: (GazetteerEntry | undefined)[];
  private readonly query = new QueryEncoder();
  private readonly answers = boundedMemo((key: string) => this.find(key), LOOKUP_MEMO_LIMIT);
  private countryShapes: CountryShape[] | null = null;
  private largestCities: Map<number, number> | null = null;

  constructor(private readonly stored: StoredIndex) {
    this.maxNameTokens = stored.meta.maxNameTokens;
    this.demonyms = new Map(stored.meta.demonyms);
    this.entries = new Array(stored.meta.count);
  }

  /** The index's memory, to hand to worker threads (shared, not copied, when loaded from disk). */
  get shared(): SharedArrayBuffer | ArrayBuffer {
    return this.stored.buffer;
  }

  get size(): number {
    return this.entries.length;
  }

  lookup(key: string): readonly GazetteerEntry[] {
    return this.answers(key);
  }

  private find(key: string): readonly GazetteerEntry[] {
    const { keys, postings } = this.stored;
    const { bytes, length } = this.query.encode(key);
    const k = keys.find(bytes, length);
    if (k < 0) return EMPTY;
    const from = postings[k] as number;
    const to = postings[k + 1] as number;
    const out: GazetteerEntry[] = [];
    for (let i = from; i < to; i++) out.push(this.at(postings[i] as number));
    return Object.freeze(out);
  }

  get(id: string): GazetteerEntry | undefined {
    const i = this.indexOf(id);
    return i < 0 ? undefined : this.at(i);
  }

  geometry(id: string): Geometry {
    const i = this.indexOf(id);
    if (i < 0) throw new Error(`gazetteer: no entry with id ${id}`);
    return this.geometryAt(i) ?? { type: 'Point', coordinates: [...this.at(i).point] };
  }

  countryAt(point: LonLat): string | null {
    if (!this.countryShapes) this.countryShapes = this.loadCountryShapes();
    for (const shape of this.countryShapes) {
      if (bboxContains(shape.box, point) && areaContains(shape.area, point)) return shape.code;
    }
    return null;
  }

  largestCityPopulation(admin1Id: string): number {
    if (!this.largestCities) {
      // One pass over the columns, without building entry objects.
      const c = this.stored;
      const city = KINDS.indexOf('city');
      const largest = new Map<number, number>();
      for (let i = 0; i < c.meta.count; i++) {
        const a = c.admin1[i] as number;
        if (c.kinds[i] !== city || a < 0) continue;
        const p = c.population[i] as number;
        if (p > (largest.get(a) ?? 0)) largest.set(a, p);
      }
      this.largestCities = largest;
    }
    const i = this.indexOf(admin1Id);
    return i < 0 ? 0 : (this.largestCities.get(i) ?? 0);
  }

  /** All name keys, in stored (byte) order (for tests). */
  *keys(): IterableIterator<string> {
    for (let i = 0; i < this.stored.keys.size; i++) yield this.stored.keys.at(i);
  }

  /** All entries, in index order (for tests and exports). */
  *all(): IterableIterator<GazetteerEntry> {
    for (let i = 0; i < this.entries.length; i++) yield this.at(i);
  }

  private indexOf(id: string): number {
    const { bytes, length } = this.query.encode(id);
    return this.stored.ids.find(bytes, length, this.stored.idOrder);
  }

  private geometryAt(i: number): Geometry | null {
    const c = this.stored;
    const offset = c.geometry[2 * i] as number;
    if (offset < 0) return null;
    const length = c.geometry[2 * i + 1] as number;
    const bytes = c.geometryBytes;
    return JSON.parse(
      Buffer.from(bytes.buffer, bytes.byteOffset + offset, length).toString('utf8'),
    ) as Geometry;
  }

  private loadCountryShapes(): CountryShape[] {
    const c = this.stored;
    const country = KINDS.indexOf('country');
    const shapes: CountryShape[] = [];
    c.kinds.forEach((kind, i) => {
      if (kind !== country) return;
      const g = this.geometryAt(i);
      if (!g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) return;
      shapes.push({ code: c.ids.at(i).slice('country:'.length), area: g, box: bboxOf(g) });
    });
    return shapes;
  }

  private at(i: number): GazetteerEntry {
    const cached = this.entries[i];
    if (cached) return cached;
    const c = this.stored;
    const id = c.ids.at(i);
    const countryIndex = c.countries[i] as number;
    const admin1Index = c.admin1[i] as number;
    const featureCodeIndex = c.featureCodes[i] as number;
    const local = id.slice(id.indexOf(':') + 1);
    const parents: string[] = [];
    for (let p = c.parentOffsets[i] as number; p < (c.parentOffsets[i + 1] as number); p++)
      parents.push(c.ids.at(c.parents[p] as number));
    const { countryTable, featureCodeTable } = c.meta;
    const entry: GazetteerEntry = Object.freeze({
      id,
      name: c.names.at(i),
      kind: KINDS[c.kinds[i] as number] ?? 'site',
      country: countryIndex < 0 ? null : (countryTable[countryIndex] ?? null),
      admin1: admin1Index < 0 ? null : c.ids.at(admin1Index),
      parents,
      point: [c.points[2 * i] as number, c.points[2 * i + 1] as number] as LonLat,
      population: c.population[i] as number,
      featureCode: featureCodeIndex < 0 ? null : (featureCodeTable[featureCodeIndex] ?? null),
      provenance: c.provenanceTemplates
        .at(c.provenance[i] as number)
        .split('{id}')
        .join(local),
    });
    this.entries[i] = entry;
    return entry;
  }
}

/** The gazetteer over an index another thread loaded (its `shared` memory): nothing is copied. */
export function sharedGazetteer(shared: SharedArrayBuffer | ArrayBuffer): StoredGazetteer {
  return new StoredGazetteer(openIndex(shared));
}
