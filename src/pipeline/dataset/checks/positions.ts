/** Walk every position / ring of a geometry with its JSON path (for precise issue paths). */
import type { Geometry, Position } from 'geojson';

type Visit<T> = (item: T, path: string) => void;

function eachIn<T>(items: readonly T[], path: string, visit: Visit<T>): void {
  for (let i = 0; i < items.length; i++) visit(items[i] as T, `${path}[${i}]`);
}

export function forEachPosition(
  geometry: Geometry | null,
  path: string,
  visit: Visit<Position>,
): void {
  if (!geometry) return;
  const at = `${path}.coordinates`;
  switch (geometry.type) {
    case 'Point':
      visit(geometry.coordinates, at);
      return;
    case 'MultiPoint':
    case 'LineString':
      eachIn(geometry.coordinates, at, visit);
      return;
    case 'MultiLineString':
    case 'Polygon':
      eachIn(geometry.coordinates, at, (line, p) => eachIn(line, p, visit));
      return;
    case 'MultiPolygon':
      eachIn(geometry.coordinates, at, (poly, p) =>
        eachIn(poly, p, (ring, q) => eachIn(ring, q, visit)),
      );
      return;
    case 'GeometryCollection':
      eachIn(geometry.geometries, `${path}.geometries`, (g, p) => forEachPosition(g, p, visit));
      return;
  }
}

/** Every linear ring of a geometry, with its path. */
export function forEachRing(
  geometry: Geometry | null,
  path: string,
  visit: Visit<Position[]>,
): void {
  if (!geometry) return;
  const at = `${path}.coordinates`;
  if (geometry.type === 'Polygon') eachIn(geometry.coordinates, at, visit);
  else if (geometry.type === 'MultiPolygon') {
    eachIn(geometry.coordinates, at, (poly, p) => eachIn(poly, p, visit));
  } else if (geometry.type === 'GeometryCollection') {
    eachIn(geometry.geometries, `${path}.geometries`, (g, p) => forEachRing(g, p, visit));
  }
}
