/**
 * "How was this placed?": what the panel tells a reader who wants to judge a place — the
 * gazetteer entry it was matched to, where that entry comes from, and how sure the geoparser
 * was of the mentions that name it, in plain words.
 */
import {
  type MentionProperties,
  type PlaceProperties,
  type ResolutionBasis,
  UNCERTAIN_BELOW,
} from '../../shared/types.ts';
import { KIND_WORD } from './place-text.ts';
import { placeWithCountry } from './uncertainty.ts';

/** "GeoNames 1138958", "Natural Earth admin-1 AF-KAN": the entry, read from the place's id. */
export function entryName(id: string): string {
  const colon = id.indexOf(':');
  const [scheme, key] = colon < 0 ? ['', id] : [id.slice(0, colon), id.slice(colon + 1)];
  switch (scheme) {
    case 'geonames':
      return `GeoNames ${key}`;
    case 'admin1':
      return `Natural Earth admin-1 ${key}`;
    case 'admin2':
      return `GeoNames admin-2 ${key}`;
    case 'country':
      return `country ${key} (ISO 3166-1)`;
    case 'border':
      return `border ${key.replace('-', '–')} (shared boundary)`;
    default:
      return `curated entry ${id}`;
  }
}

/**
 * Confidence bands, with how often the geoparser was right in each on real news it had not
 * seen (TR-News and GeoVirus; README "Quality and benchmarks"), so a reader can weigh them.
 */
export const CONFIDENCE_BANDS: readonly { from: number; label: string; record: string }[] = [
  { from: 0.8, label: 'sure (0.8 or more)', record: 'right 87 % of the time on real news' },
  { from: UNCERTAIN_BELOW, label: 'likely (0.5–0.8)', record: 'right 71 % of the time' },
  { from: 0, label: 'uncertain (below 0.5)', record: 'right 17 % of the time' },
];

export const BASIS_TEXT: Record<ResolutionBasis, string> = {
  evidence:
    "chosen on the text's own evidence (the places it names around it, a 'X, country' or 'X province')",
  prominence: 'the best-known place of that name (a country or sea, not a small namesake)',
  guess: 'a guess: a near tie between places of that name, or only small ones',
};

export interface ProvenanceFacts {
  /** "GeoNames 1138958". */
  entry: string;
  /** The gazetteer's own note of where the entry's name and shape come from. */
  source: string;
  kind: string;
  /** Mentions shown that name the place itself. */
  mentions: number;
  /** "3 sure (0.8 or more): right 87 % of the time on real news", bands with mentions only. */
  confidence: string[];
  /** "3 chosen on the text's own evidence …", bases with mentions only. */
  basis: string[];
  /** Other places the names could have been, most often considered first. */
  alternatives: string[];
}

export function provenanceFacts(
  place: PlaceProperties,
  mentions: readonly MentionProperties[],
): ProvenanceFacts {
  const bands = CONFIDENCE_BANDS.map(() => 0);
  const bases = new Map<ResolutionBasis, number>();
  const others = new Map<string, { name: string; n: number }>();
  for (const m of mentions) {
    bands[CONFIDENCE_BANDS.findIndex((b) => m.confidence >= b.from)]!++;
    if (m.basis) bases.set(m.basis, (bases.get(m.basis) ?? 0) + 1);
    for (const a of m.alternatives) {
      const seen = others.get(a.id) ?? { name: placeWithCountry(a), n: 0 };
      seen.n++;
      others.set(a.id, seen);
    }
  }
  return {
    entry: entryName(place.id),
    source: place.provenance,
    kind: KIND_WORD[place.kind],
    mentions: mentions.length,
    confidence: CONFIDENCE_BANDS.flatMap((b, k) =>
      bands[k]! > 0 ? [`${bands[k]} ${b.label}: ${b.record}`] : [],
    ),
    basis: (Object.keys(BASIS_TEXT) as ResolutionBasis[]).flatMap((b) =>
      bases.has(b) ? [`${bases.get(b)} ${BASIS_TEXT[b]}`] : [],
    ),
    alternatives: [...others.values()].sort((a, b) => b.n - a.n).map((o) => o.name),
  };
}
