/**
 * Contract between the geoparser (recognise place names, resolve them against the gazetteer)
 * and the pipeline stages and CLIs that use it. Implemented in src/pipeline/geoparse/.
 */
import type { Geometry } from 'geojson';
import type { PlaceRef, ResolutionBasis } from '../../shared/types.ts';
import type { GazetteerEntry } from '../gazetteer/types.ts';
import type { TextRange } from '../text/ranges.ts';

export interface FoundMention {
  /** UTF-16 offsets into the text given to parse(): text.slice(start, end) === this.text */
  start: number;
  end: number;
  text: string;
  /** The resolved place, or null when unknown or too uncertain. */
  place: GazetteerEntry | null;
  /** When unresolved: the candidates considered (best first) and why none was chosen. */
  candidates: GazetteerEntry[];
  reason: string | null;
  /** How sure the resolution is, 0–1 (0 when unresolved). */
  confidence: number;
  /** What the resolution rests on (see ResolutionBasis). */
  basis: ResolutionBasis;
  /** When resolved: the next most likely entries, best first (at most 3). */
  alternatives: PlaceRef[];
}

/** An entry named without its geometry, as shipped in the output. */
export function placeRef(e: GazetteerEntry): PlaceRef {
  return { id: e.id, name: e.name, kind: e.kind, country: e.country };
}

export interface ParseOptions {
  exclude?: readonly TextRange[];
  onExcluded?: (count: number) => void;
}

export interface Geoparser {
  /**
   * Every place mention in the text, in text order. Pure: same text, same result.
   * `exclude`: ranges (sorted, disjoint) whose names are not mentions and are no evidence of
   * where the text is about — page furniture — though they still tell who is a person ("[11]
   * Bergen P, …" makes a later "Bergen" the author). `onExcluded` is told how many names
   * were set aside there.
   */
  parse(text: string, options?: ParseOptions): FoundMention[];
  /** Full geometry of a place for output (polygon, line or point). */
  geometry(placeId: string): Geometry;
  place(placeId: string): GazetteerEntry | undefined;
  /** A word read as a demonym ("Afghan", "Russians"): pointing at a country, never a mention. */
  isDemonym(surface: string): boolean;
}
