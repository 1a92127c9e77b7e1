/**
 * Great-circle distance on a sphere of the mean Earth radius (IUGG, 6371.0088 km, as Turf and
 * the geoparsing literature's accuracy@161 km use), by the haversine formula.
 */
import type { LonLat } from '../types.ts';

export const EARTH_RADIUS_KM = 6371.0088;
const rad = (d: number): number => (d * Math.PI) / 180;

/** Great-circle distance in kilometres between two [lon, lat] points. */
export function distanceKm(a: LonLat, b: LonLat): number {
  const dLat = rad(b[1] - a[1]);
  const dLon = rad(b[0] - a[0]);
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(rad(a[1])) * Math.cos(rad(b[1])) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Kilometres per degree of latitude, the same everywhere on the sphere. */
const KM_PER_DEGREE_LAT = (Math.PI / 180) * EARTH_RADIUS_KM;

/**
 * distanceKm(a, b) < km, answered without trigonometry when the latitudes alone are too far
 * apart (the common case when comparing a candidate with the text's places).
 */
export function withinKm(a: LonLat, b: LonLat, km: number): boolean {
  if (Math.abs(a[1] - b[1]) * KM_PER_DEGREE_LAT >= km) return false;
  return distanceKm(a, b) < km;
}
