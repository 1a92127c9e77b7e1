/**
 * Builds the embedded basemap (no network at run time): public/data/basemap.json, one
 * FeatureCollection whose features say which layer they belong to, and basemap-towns.json,
 * the smaller towns, which the map fetches only when the view comes close.
 *
 * - `country`: country polygons from Natural Earth 1:50m (world-atlas), coordinates rounded
 *   to 0.001° (~100 m, below what 1:50m resolves) to keep the file small: the land;
 * - `border`: land borders between countries, from the same Natural Earth 10m admin-1
 *   polygons as the provinces (pipeline/gazetteer/packages/admin1-borders.ts), so border and province edges meet;
 * - `admin1`: first-level divisions for the countries the sources are about and their
 *   neighbours, exactly as the gazetteer has them (its corrections and simplification), so
 *   the lines lie on the provinces the map fills — the whole world would add megabytes;
 * - `country-label`, `admin1-label`: one label point per country / division, so a country of
 *   many islands is named once, with a `rank` (larger areas first) for label priority;
 * - `town`: GeoNames towns of the same countries (see towns.ts); the biggest in basemap.json,
 *   the rest in basemap-towns.json.
 */

import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type {
  Feature,
  FeatureCollection,
  Geometry,
  MultiLineString,
  MultiPolygon,
  Point,
  Polygon,
} from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { simplifyArea } from '../pipeline/gazetteer/geometry.ts';
import {
  ADMIN1_TOLERANCE,
  type Admin1Fix,
  loadAdmin1,
  readAdmin1Features,
  readGeonamesAdmin1Names,
} from '../pipeline/gazetteer/packages/admin1.ts';
import { countryBorders } from '../pipeline/gazetteer/packages/admin1-borders.ts';
import { parseCities, readCitiesText } from '../pipeline/gazetteer/packages/cities.ts';
import { CURATED_DIR } from '../pipeline/gazetteer/paths.ts';
import { PROVINCE_COUNTRIES, TOWN_DETAIL_ZOOM } from '../shared/basemap.ts';
import { atlasCode } from '../shared/country-codes.ts';
import { centreOfLargestPart } from '../shared/geometry/label-point.ts';
import { round, roundArea, roundRing } from '../shared/geometry/round.ts';
import { unwrapAntimeridian } from '../shared/geometry/unwrap-antimeridian.ts';
import { type TownProps, townFeatures } from './towns.ts';

const require = createRequire(import.meta.url);

export type BasemapLayer =
  | 'country'
  | 'border'
  | 'admin1'
  | 'country-label'
  | 'admin1-label'
  | 'town';

export interface BasemapCountryProps {
  id: string;
  name: string;
  layer: BasemapLayer;
  /** ISO 3166-1 alpha-2 where known, '' otherwise. */
  iso: string;
  /** Label priority, 0 first: from the area, so big countries win over small ones. */
  rank: number;
}

/** Degrees (about 2 km): land and borders away from the provinces drawn, as 1:50m shows them. */
const COARSE_TOLERANCE = 0.02;

/** Coordinates to 0.001° (~100 m), below what 1:50m resolves. */
const DIGITS = 3;

export interface Basemap {
  /** What the first view needs (basemap.json). */
  basemap: FeatureCollection<Geometry, BasemapCountryProps | TownProps>;
  /** Towns shown from TOWN_DETAIL_ZOOM on (basemap-towns.json). */
  towns: FeatureCollection<Point, TownProps>;
}

export async function buildBasemap(): Promise<Basemap> {
  const file = require.resolve('world-atlas/countries-50m.json');
  const topology = JSON.parse(await readFile(file, 'utf8')) as Topology<{
    countries: GeometryCollection<{ name: string }>;
  }>;

  const areas: Feature<Geometry, BasemapCountryProps>[] = [];
  const labels: { f: Feature<Point, BasemapCountryProps>; area: number }[] = [];
  for (const f of feature(topology, topology.objects.countries).features) {
    const iso = atlasCode(f.id, f.properties?.name) ?? '';
    // Land away from the drawn provinces needs no more than 1:50m's own detail.
    const land = PROVINCE_COUNTRIES.includes(iso)
      ? f.geometry
      : simplifyArea(f.geometry as Polygon | MultiPolygon, COARSE_TOLERANCE);
    const rounded = roundArea(land, DIGITS);
    if (!rounded) continue;
    // Russia and Fiji jump across ±180° in world-atlas: unwrapped, or they streak the map.
    const geometry = unwrapAntimeridian(rounded);
    const id = String(f.id ?? '');
    const props = {
      id,
      name: f.properties?.name ?? '',
      iso,
      rank: 0,
    };
    areas.push({ type: 'Feature', geometry, properties: { ...props, layer: 'country' } });
    const { point, area: a } = centreOfLargestPart(geometry as Polygon | MultiPolygon, DIGITS);
    labels.push({
      f: {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: point },
        properties: { ...props, layer: 'country-label' },
      },
      area: a,
    });
  }

  const features = readAdmin1Features();
  const admin1 = buildAdmin1(features);
  const a3 = (f: (typeof features)[number]): string =>
    f.properties.adm0_a3 ?? f.properties.iso_a2 ?? '';
  const focus = new Set(
    features.filter((f) => PROVINCE_COUNTRIES.includes(f.properties.iso_a2 ?? '')).map(a3),
  );
  const borders = countryBorders(
    features.map((f) => ({ country: a3(f), geometry: f.geometry })),
    // Where provinces are drawn, the provinces' own tolerance; elsewhere, about 1:50m's detail.
    (pair) => (pair.some((c) => focus.has(c)) ? ADMIN1_TOLERANCE : COARSE_TOLERANCE),
  ).map(
    (f): Feature<Geometry, BasemapCountryProps> => ({
      type: 'Feature',
      geometry: roundLines(f.geometry),
      properties: { id: f.properties.pair, name: '', layer: 'border', iso: '', rank: 0 },
    }),
  );
  const ranked = (ls: typeof labels) =>
    ls
      .sort((a, b) => b.area - a.area)
      .map(({ f }, rank) => ({ ...f, properties: { ...f.properties, rank } }));
  const towns = townFeatures(parseCities(readCitiesText()), new Set(PROVINCE_COUNTRIES));
  return {
    basemap: {
      type: 'FeatureCollection',
      features: [
        ...areas,
        ...borders,
        ...admin1.areas,
        ...ranked(labels),
        ...ranked(admin1.labels),
        ...towns.filter((t) => t.properties.z < TOWN_DETAIL_ZOOM),
      ],
    },
    towns: {
      type: 'FeatureCollection',
      features: towns.filter((t) => t.properties.z >= TOWN_DETAIL_ZOOM),
    },
  };
}

function roundLines(g: MultiLineString): MultiLineString {
  return {
    type: 'MultiLineString',
    coordinates: g.coordinates
      .map((line) => roundRing(line, DIGITS))
      .filter((line) => line.length >= 2),
  };
}

function readAdmin1Fixes(): Admin1Fix[] {
  const file = `${CURATED_DIR}/admin1-fixes.json`;
  return (JSON.parse(readFileSync(file, 'utf8')) as { fixes: Admin1Fix[] }).fixes;
}

/** The focus countries' provinces, as the gazetteer builds them (same ids, names and shapes). */
function buildAdmin1(all: ReturnType<typeof readAdmin1Features>): {
  areas: Feature<Geometry, BasemapCountryProps>[];
  labels: { f: Feature<Point, BasemapCountryProps>; area: number }[];
} {
  const wanted = new Set(PROVINCE_COUNTRIES);
  const features = all.filter((f) => wanted.has(f.properties.iso_a2 ?? ''));
  const { records } = loadAdmin1(features, readAdmin1Fixes(), readGeonamesAdmin1Names());
  const areas: Feature<Geometry, BasemapCountryProps>[] = [];
  const labels: { f: Feature<Point, BasemapCountryProps>; area: number }[] = [];
  for (const r of records) {
    const geometry = roundArea(r.area, DIGITS);
    if (!geometry) continue;
    const props = { id: r.iso, name: r.name, iso: r.country, rank: 0 };
    areas.push({ type: 'Feature', geometry, properties: { ...props, layer: 'admin1' } });
    const { area: a } = centreOfLargestPart(geometry as Polygon | MultiPolygon, DIGITS);
    labels.push({
      f: {
        type: 'Feature',
        geometry: {
          type: 'Point',
          coordinates: [round(r.point[0], DIGITS), round(r.point[1], DIGITS)],
        },
        properties: { ...props, layer: 'admin1-label' },
      },
      area: a,
    });
  }
  return { areas, labels };
}
