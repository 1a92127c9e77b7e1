/**
 * The in-memory index the builder produces and the cache stores: entries with their names and
 * geometry, before names are turned into keys.
 */
import type { Geometry } from 'geojson';
import type { GazetteerEntry } from './types.ts';

export interface DraftEntry {
  entry: GazetteerEntry;
  /** Names always indexed (official names, curated aliases). The first is the preferred name. */
  names: string[];
  /**
   * Names indexed only if they pass the false-hit filters (common English word, demonym, or the
   * preferred name of a more important place): GeoNames alternates, Natural Earth name_alt.
   */
  alternates: string[];
  /** Area or line for output; null for point places (geometry is the entry's point). */
  geometry: Geometry | null;
}

export interface BuiltIndex {
  entries: DraftEntry[];
  /** Normalised demonym → ISO alpha-2 codes. */
  demonyms: Map<string, string[]>;
}
