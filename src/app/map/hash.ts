/** MapLibre's view in the URL hash (`#map=zoom/lat/lon`, as `hash: 'map'` writes it). */
export interface HashView {
  zoom: number;
  center: [number, number];
}

export function parseMapHash(hash: string): HashView | null {
  const m = /(?:^#|&)map=(-?[\d.]+)\/(-?[\d.]+)\/(-?[\d.]+)/.exec(hash);
  if (!m) return null;
  const [zoom, lat, lon] = m.slice(1).map(Number) as [number, number, number];
  if (![zoom, lat, lon].every(Number.isFinite) || Math.abs(lat) > 90) return null;
  return { zoom, center: [lon, lat] };
}
