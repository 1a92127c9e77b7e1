/**
 * Builds the embedded basemap (no network at run time): land and country polygons from
 * Natural Earth via world-atlas. Written to public/data/basemap.json.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

const require = createRequire(import.meta.url);

export interface BasemapCountryProps {
  id: string;
  name: string;
}

export async function buildBasemap(): Promise<FeatureCollection<Geometry, BasemapCountryProps>> {
  const file = require.resolve('world-atlas/countries-50m.json');
  const topology = JSON.parse(await readFile(file, 'utf8')) as Topology<{
    countries: GeometryCollection<{ name: string }>;
  }>;
  const countries = feature(topology, topology.objects.countries);
  return {
    type: 'FeatureCollection',
    features: countries.features.map((f) => ({
      type: 'Feature',
      geometry: f.geometry,
      properties: { id: String(f.id ?? ''), name: f.properties?.name ?? '' },
    })),
  };
}
