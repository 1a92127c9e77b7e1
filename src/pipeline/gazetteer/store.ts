/**
 * The Gazetteer over a stored index. Entries are materialised on first use, so loading costs
 * only the parse of the columns and keys; geometries are parsed when asked for.
 */
import type { Geometry } from 'geojson';
import { type BBox, bboxOf } from '../../shared/geometry/bbox.ts';
import type { Area } from '../../shared/geometry/polygons.ts';
import type { LonLat } from '../../shared/types.ts';
import { KINDS, type StoredIndex } from './cache.ts';
import { areaContains, bboxContains } from './geometry.ts';
import type { Gazetteer, GazetteerEntry } from './types.ts';

const EMPTY: readonly GazetteerEntry[] = Object.freeze([]);

interface CountryShape {
  code: string;
  area: Area;
  box: BBox;
}

export class StoredGazetteer implements Gazetteer {
  readonly maxNameTokens: number;
  readonly demonyms: ReadonlyMap<string, readonly string[]>;
  private readonly entries: (GazetteerEntry | undefined)[];
  private idIndex: Map<string, number> | null = null;
  private countryShapes: CountryShape[] | null = null;
  private largestCities: Map<number, number> | null = null;

  constructor(private readonly stored: StoredIndex) {
    this.maxNameTokens = stored.columns.meta.maxNameTokens;
    this.demonyms = new Map(stored.columns.meta.demonyms);
    this.entries = new Array(stored.columns.ids.length);
  }

  get size(): number {
    return this.entries.length;
  }

  lookup(key: string): readonly GazetteerEntry[] {
    const { keys, postings } = this.stored;
    let lo = 0;
    let hi = keys.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const k = keys[mid] as string;
      if (k < key) lo = mid + 1;
      else if (k > key) hi = mid - 1;
      else {
        const from = postings[mid] as number;
        const to = postings[mid + 1] as number;
        const out: GazetteerEntry[] = [];
        for (let i = from; i < to; i++) out.push(this.at(postings[i] as number));
        return out;
      }
    }
    return EMPTY;
  }

  get(id: string): GazetteerEntry | undefined {
    if (!this.idIndex) this.idIndex = new Map(this.stored.columns.ids.map((x, i) => [x, i]));
    const i = this.idIndex.get(id);
    return i === undefined ? undefined : this.at(i);
  }

  geometry(id: string): Geometry {
    const entry = this.get(id);
    if (!entry) throw new Error(`gazetteer: no entry with id ${id}`);
    const i = this.idIndex?.get(id) as number;
    return this.geometryAt(i) ?? { type: 'Point', coordinates: [...entry.point] };
  }

  countryAt(point: LonLat): string | null {
    if (!this.countryShapes) this.countryShapes = this.loadCountryShapes();
    for (const shape of this.countryShapes) {
      if (bboxContains(shape.box, point) && areaContains(shape.area, point)) return shape.code;
    }
    return null;
  }

  largestCityPopulation(admin1Id: string): number {
    if (!this.idIndex) this.idIndex = new Map(this.stored.columns.ids.map((x, i) => [x, i]));
    if (!this.largestCities) {
      // One pass over the columns, without building entry objects.
      const c = this.stored.columns;
      const city = KINDS.indexOf('city');
      const largest = new Map<number, number>();
      for (let i = 0; i < c.ids.length; i++) {
        const a = c.admin1[i] as number;
        if (c.kinds[i] !== city || a < 0) continue;
        const p = c.population[i] as number;
        if (p > (largest.get(a) ?? 0)) largest.set(a, p);
      }
      this.largestCities = largest;
    }
    const i = this.idIndex.get(admin1Id);
    return i === undefined ? 0 : (this.largestCities.get(i) ?? 0);
  }

  /** All entries, in index order (for tests and exports). */
  *all(): IterableIterator<GazetteerEntry> {
    for (let i = 0; i < this.entries.length; i++) yield this.at(i);
  }

  private geometryAt(i: number): Geometry | null {
    const c = this.stored.columns;
    const offset = c.geometry[2 * i] as number;
    if (offset < 0) return null;
    const length = c.geometry[2 * i + 1] as number;
    return JSON.parse(this.stored.geometry.toString('utf8', offset, offset + length)) as Geometry;
  }

  private loadCountryShapes(): CountryShape[] {
    const c = this.stored.columns;
    const country = KINDS.indexOf('country');
    const shapes: CountryShape[] = [];
    c.kinds.forEach((kind, i) => {
      if (kind !== country) return;
      const g = this.geometryAt(i);
      if (!g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) return;
      shapes.push({ code: c.ids[i]?.slice('country:'.length) ?? '', area: g, box: bboxOf(g) });
    });
    return shapes;
  }

  private at(i: number): GazetteerEntry {
    const cached = this.entries[i];
    if (cached) return cached;
    const c = this.stored.columns;
    const id = c.ids[i] as string;
    const countryIndex = c.countries[i] as number;
    const admin1Index = c.admin1[i] as number;
    const featureCodeIndex = c.featureCodes[i] as number;
    const local = id.slice(id.indexOf(':') + 1);
    const parents: string[] = [];
    for (let p = c.parentOffsets[i] as number; p < (c.parentOffsets[i + 1] as number); p++)
      parents.push(c.ids[c.parents[p] as number] as string);
    const { countryTable, featureCodeTable, provenanceTable } = c.meta;
    const entry: GazetteerEntry = Object.freeze({
      id,
      name: c.names[i] as string,
      kind: KINDS[c.kinds[i] as number] ?? 'site',
      country: countryIndex < 0 ? null : (countryTable[countryIndex] ?? null),
      admin1: admin1Index < 0 ? null : (c.ids[admin1Index] ?? null),
      parents,
      point: [c.points[2 * i] as number, c.points[2 * i + 1] as number] as LonLat,
      population: c.population[i] as number,
      featureCode: featureCodeIndex < 0 ? null : (featureCodeTable[featureCodeIndex] ?? null),
      provenance: (provenanceTable[c.provenance[i] as number] ?? '').split('{id}').join(local),
    });
    this.entries[i] = entry;
    return entry;
  }
}
