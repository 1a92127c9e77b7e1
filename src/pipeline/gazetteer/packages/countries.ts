/**
 * Countries: names from i18n-iso-countries (with its English aliases such as "U.S.", "UK") and
 * world-countries (common/official names, alternate spellings, demonyms); polygons from
 * world-atlas countries-50m (Natural Earth), whose feature ids are ISO 3166 numeric codes.
 */
import { readFileSync } from 'node:fs';
import type { Feature, Geometry, MultiPolygon, Polygon } from 'geojson';
import i18n from 'i18n-iso-countries';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import worldCountries from 'world-countries';
import { atlasCode } from '../../../shared/country-codes.ts';
import { distanceKm } from '../../../shared/geometry/distance.ts';
import { labelPoint } from '../../../shared/geometry/label-point.ts';
import type { Area } from '../../../shared/geometry/polygons.ts';
import { round, roundGeometry } from '../../../shared/geometry/round.ts';
import { unwrapAntimeridianEastward } from '../../../shared/geometry/unwrap-antimeridian.ts';
import type { LonLat } from '../../../shared/types.ts';
import {
  areaContains,
  dissolveAreas,
  distanceToAreaKm,
  nearestOutlinePoint,
  simplifyArea,
} from '../geometry.ts';
import { packageFile } from '../paths.ts';

export interface CountryRecord {
  code: string;
  name: string;
  names: string[];
  /** Demonyms and adjectives in their display form ("Afghan", "American"). */
  demonyms: string[];
  area: Area | null;
  point: LonLat;
}

export function readCountriesTopology(): Topology {
  return JSON.parse(readFileSync(packageFile('world-atlas', 'countries-50m.json'), 'utf8'));
}

export function countriesObject(topology: Topology): GeometryCollection<{ name: string }> {
  return topology.objects.countries as GeometryCollection<{ name: string }>;
}

/** The Natural Earth name stored on a world-atlas geometry. */
export function atlasName(geometry: { properties?: unknown }): string | undefined {
  const p = geometry.properties as { name?: unknown } | undefined;
  return typeof p?.name === 'string' ? p.name : undefined;
}

function countryAreas(topology: Topology): Map<string, Area> {
  const parts = new Map<string, Area[]>();
  for (const geometry of countriesObject(topology).geometries) {
    const code = atlasCode(geometry.id, atlasName(geometry));
    if (!code) continue;
    const f = feature(topology, geometry) as Feature<Geometry | null>;
    const g = f.geometry as Polygon | MultiPolygon | null;
    if (!g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) continue;
    parts.set(code, [...(parts.get(code) ?? []), g]);
  }
  const areas = new Map<string, Area>();
  for (const [code, list] of parts)
    areas.set(code, roundGeometry(dissolveAreas(list.map(unwrapAntimeridianEastward))));
  return areas;
}

/**
 * The point that stands for the whole country. Gazetteers and geoparsing gold standards use the
 * conventional GeoNames-style country point (world-countries' latlng), so a country mention is
 * scored, exported and plotted there. Where that point falls just off the coast (a coarse value
 * for an island state: Cuba), it is moved onto the nearest land of the country, close to the
 * convention; where it lies far out at sea (Fiji's, 240 km from land), it says little, and the
 * label point of the country's outline is used.
 */
function representativePoint(area: Area | null, reference: LonLat | null): LonLat {
  if (reference && !area) return reference;
  const offshoreKm = area && reference ? distanceToAreaKm(area, reference) : Infinity;
  if (reference && offshoreKm <= 25) return reference;
  if (area && reference && offshoreKm <= NEAR_SHORE_KM) return nearestInside(area, reference);
  // The label point is searched on a coarser outline: same answer, a fraction of the time.
  if (area) return labelPoint(simplifyArea(area, 0.05));
  return reference ?? [0, 0];
}

/** A conventional point this close to the country's shore is moved onto its land. */
const NEAR_SHORE_KM = 100;
/** Rings around the nearest shore point searched for land, in km; 16 bearings each. */
const SEARCH_RADII_KM = [1, 2, 5, 10, 20, 50];
const KM_PER_DEGREE = 111.32;

/** The point inside `area` nearest to `reference` among points around its nearest shore. */
function nearestInside(area: Area, reference: LonLat): LonLat {
  const shore = nearestOutlinePoint(area, reference);
  if (shore === null) return labelPoint(simplifyArea(area, 0.05));
  const [sx, sy] = shore.point;
  const cos = Math.max(0.01, Math.cos((sy * Math.PI) / 180));
  for (const km of SEARCH_RADII_KM) {
    let best: LonLat | null = null;
    let bestKm = Infinity;
    for (let i = 0; i < 16; i++) {
      const angle = (i * Math.PI) / 8;
      const p: LonLat = [
        round(sx + (km * Math.cos(angle)) / (KM_PER_DEGREE * cos)),
        round(sy + (km * Math.sin(angle)) / KM_PER_DEGREE),
      ];
      if (!areaContains(area, p)) continue;
      const d = distanceKm(reference, p);
      if (d < bestKm) {
        best = p;
        bestKm = d;
      }
    }
    if (best !== null) return best;
  }
  return labelPoint({ type: 'Polygon', coordinates: shore.polygon });
}

/** Country codes ("AF") and other bare codes are not names a text would use. */
function isCodeLike(name: string): boolean {
  return /^[A-Z]{2,3}$/.test(name);
}

export function loadCountries(topology: Topology): CountryRecord[] {
  const areas = countryAreas(topology);
  const i18nNames = i18n.getNames('en', { select: 'all' }) as Record<string, string[]>;
  const byCode = new Map(worldCountries.map((c) => [c.cca2, c]));
  const records: CountryRecord[] = [];
  for (const [code, aliases] of Object.entries(i18nNames)) {
    const wc = byCode.get(code);
    // i18n aliases are curated English forms, so its short codes ("USA", "UK") are kept.
    const names = new Set<string>(aliases);
    if (wc) {
      names.add(wc.name.common);
      names.add(wc.name.official);
      for (const alt of wc.altSpellings) if (!isCodeLike(alt)) names.add(alt);
    }
    const demonyms = new Set<string>();
    const eng = wc?.demonyms.eng;
    if (eng) {
      for (const d of [eng.m, eng.f]) if (d) demonyms.add(d);
    }
    const area = areas.get(code) ?? null;
    const reference: LonLat | null = wc ? [wc.latlng[1], wc.latlng[0]] : null;
    records.push({
      code,
      name: wc?.name.common ?? aliases[0] ?? code,
      names: [...names],
      demonyms: [...demonyms],
      area,
      point: representativePoint(area, reference),
    });
  }
  return records.sort((a, b) => a.code.localeCompare(b.code));
}
