/**
 * Contract between the gazetteer (built from data packages + data/gazetteer/ curated files)
 * and the geoparser that queries it. Implemented in src/pipeline/gazetteer/.
 */
import type { Geometry } from 'geojson';
import type { LonLat, PlaceKind } from '../../shared/types.ts';

export interface GazetteerEntry {
  /** 'country:AF', 'admin1:AF-KAN', 'geonames:1138958', 'curated:tora-bora', 'border:AF-PK', 'region:central-asia' */
  id: string;
  /** Preferred English name. */
  name: string;
  kind: PlaceKind;
  /** ISO 3166-1 alpha-2, or null for a multi-country region or border. */
  country: string | null;
  /** Id of the containing admin1 entry, when known. */
  admin1: string | null;
  /** Ids of containing entries, nearest first (admin1, then country). */
  parents: string[];
  /** Representative point. */
  point: LonLat;
  /** 0 when unknown. */
  population: number;
  /** GeoNames feature code (PPLC, PPLA, PPL, ADM1, ...) or null. */
  featureCode: string | null;
  /** Where name and geometry come from. */
  provenance: string;
}

export interface Gazetteer {
  /** Entries any of whose names (preferred or alternate) normalise to this key (see normalizeName). */
  lookup(key: string): readonly GazetteerEntry[];
  get(id: string): GazetteerEntry | undefined;
  /** Geometry for output: polygon for areas, line or zone for borders, the Point otherwise. */
  geometry(id: string): Geometry;
  /** Largest number of tokens in any indexed name: bounds the span search. */
  readonly maxNameTokens: number;
  /** Demonyms and adjectives, normalised ('afghan', 'saudi', 'pakistani') → ISO alpha-2 codes. */
  readonly demonyms: ReadonlyMap<string, readonly string[]>;
  /** ISO alpha-2 of the country whose polygon contains the point, or null (sea, unknown). */
  countryAt(point: LonLat): string | null;
  /** Population of the most populous city in this first-level unit (0 when none is known). */
  largestCityPopulation(admin1Id: string): number;
}
