/**
 * A tiny stand-in for the real geoparser: whole-word lookups of a fixed list of names, so
 * pipeline tests do not depend on the gazetteer. Geometry: a square around areas, the point
 * otherwise.
 */
import type { Geometry } from 'geojson';
import type { GazetteerEntry } from '../../../src/pipeline/gazetteer/types.ts';
import type {
  FoundMention,
  Geoparser,
  ParseOptions,
} from '../../../src/pipeline/geoparse/types.ts';
import type { LonLat, PlaceKind } from '../../../src/shared/types.ts';

function entry(
  id: string,
  name: string,
  kind: PlaceKind,
  country: string | null,
  point: LonLat,
  parents: string[] = [],
): GazetteerEntry {
  return {
    id,
    name,
    kind,
    country,
    admin1: parents.find((p) => p.startsWith('admin1:')) ?? null,
    parents,
    point,
    population: 0,
    featureCode: null,
    provenance: 'test fixture',
  };
}

export const ENTRIES: GazetteerEntry[] = [
  entry('country:AF', 'Afghanistan', 'country', 'AF', [66, 34]),
  entry('country:PK', 'Pakistan', 'country', 'PK', [69.3, 30.4]),
  entry('country:FR', 'France', 'country', 'FR', [2.5, 46.5]),
  entry('admin1:AF-KAB', 'Kabul', 'admin1', 'AF', [69.2, 34.5], ['country:AF']),
  entry('admin1:AF-KAN', 'Kandahar', 'admin1', 'AF', [65.7, 31.6], ['country:AF']),
  entry('geonames:1138958', 'Kabul', 'city', 'AF', [69.17, 34.53], ['admin1:AF-KAB', 'country:AF']),
  entry(
    'geonames:1138336',
    'Kandahar',
    'city',
    'AF',
    [65.71, 31.61],
    ['admin1:AF-KAN', 'country:AF'],
  ),
  entry('geonames:1176615', 'Islamabad', 'city', 'PK', [73.04, 33.72], ['country:PK']),
  entry('geonames:2988507', 'Paris', 'city', 'FR', [2.35, 48.85], ['country:FR']),
];

/** Surface form → entry id; null = recognised but unresolved. */
const NAMES: [string, string | null][] = [
  ['Afghanistan', 'country:AF'],
  ['Pakistan', 'country:PK'],
  ['France', 'country:FR'],
  ['Kabul', 'geonames:1138958'],
  ['Kandahar', 'geonames:1138336'],
  ['Islamabad', 'geonames:1176615'],
  ['Paris', 'geonames:2988507'],
  ['Springfield', null],
];

const SIZE: Partial<Record<PlaceKind, number>> = { country: 4, admin1: 1 };

export function square([lon, lat]: LonLat, r: number): Geometry {
  return {
    type: 'Polygon',
    coordinates: [
      [
        [lon - r, lat - r],
        [lon + r, lat - r],
        [lon + r, lat + r],
        [lon - r, lat + r],
        [lon - r, lat - r],
      ],
    ],
  };
}

export function fakeGeoparser(overrides: { geometry?: (id: string) => Geometry } = {}): Geoparser {
  const byId = new Map(ENTRIES.map((e) => [e.id, e]));
  const pattern = new RegExp(`\\b(${NAMES.map(([n]) => n).join('|')})\\b`, 'g');
  const ids = new Map(NAMES);
  return {
    parse(text: string, options: ParseOptions = {}): FoundMention[] {
      const exclude = options.exclude ?? [];
      const inExcluded = (m: RegExpExecArray): boolean =>
        exclude.some((r) => m.index < r.end && r.start < m.index + m[0].length);
      const matches = [...text.matchAll(pattern)];
      const kept = matches.filter((m) => !inExcluded(m));
      options.onExcluded?.(matches.length - kept.length);
      return kept.map((m) => {
        const id = ids.get(m[0]) ?? null;
        const place = id ? (byId.get(id) ?? null) : null;
        return {
          start: m.index,
          end: m.index + m[0].length,
          text: m[0],
          place,
          candidates: place ? [] : [ENTRIES[0] as GazetteerEntry],
          confidence: place ? 1 : 0,
          basis: 'evidence',
          alternatives: [],
          reason: place ? null : 'ambiguous: no candidate stands out',
        };
      });
    },
    geometry(id: string): Geometry {
      if (overrides.geometry) return overrides.geometry(id);
      const e = byId.get(id);
      if (!e) throw new Error(`unknown place ${id}`);
      const r = SIZE[e.kind];
      return r ? square(e.point, r) : { type: 'Point', coordinates: [...e.point] };
    },
    place: (id: string) => byId.get(id),
    isDemonym: (surface: string) => surface === 'Afghan',
  };
}
