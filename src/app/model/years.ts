/** The year range kept within the years the chosen mode has. */
import type { YearExtent } from '../filters.ts';

/**
 * Clamps both ends of a range into `extent` (a link's years may lie outside what this mode
 * has: `to=1800`), puts them in order, and opens an end that reaches the extent's edge (null),
 * as the year inputs do.
 */
export function clampRange(
  from: number | null,
  to: number | null,
  extent: YearExtent | null,
): { from: number | null; to: number | null } {
  if (!extent) return { from: null, to: null };
  const clamp = (y: number | null) =>
    y === null ? null : Math.min(extent.max, Math.max(extent.min, y));
  let a = clamp(from);
  let b = clamp(to);
  if (a !== null && b !== null && a > b) [a, b] = [b, a];
  return { from: a === extent.min ? null : a, to: b === extent.max ? null : b };
}
