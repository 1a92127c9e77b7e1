/** Circle sizes for point places: area proportional to count, so a glance compares counts. */
export const MIN_RADIUS = 4;
export const MAX_RADIUS = 14;

export function pointRadius(count: number, max: number): number {
  if (count <= 0) return 0;
  const t = Math.sqrt(count / Math.max(1, max));
  return Math.round((MIN_RADIUS + (MAX_RADIUS - MIN_RADIUS) * t) * 10) / 10;
}
