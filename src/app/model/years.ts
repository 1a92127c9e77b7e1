/** The year range kept within the years the chosen mode has, and how a mention's years read. */

import type { MentionProperties } from '../../shared/types.ts';
import type { YearExtent } from '../filters.ts';

/** A chosen range of years; an open end (null) reaches the extent's edge. */
export type YearRange = { from: number | null; to: number | null };

/**
 * Clamps both ends of a range into `extent` (a link's years may lie outside what this mode
 * has: `to=1800`), puts them in order, and opens an end that reaches the extent's edge (null),
 * as the year inputs do.
 */
export function clampRange(
  from: number | null,
  to: number | null,
  extent: YearExtent | null,
): YearRange {
  if (!extent) return { from: null, to: null };
  const clamp = (y: number | null) =>
    y === null ? null : Math.min(extent.max, Math.max(extent.min, y));
  let a = clamp(from);
  let b = clamp(to);
  if (a !== null && b !== null && a > b) [a, b] = [b, a];
  return { from: a === extent.min ? null : a, to: b === extent.max ? null : b };
}

/**
 * A year typed into the From or To field: clamped into the extent; the other end moves if the
 * range would turn over; an end at the extent's edge, or text that is no year, opens (null).
 */
export function typedYearRange(
  which: 'from' | 'to',
  raw: string,
  range: YearRange,
  extent: YearExtent,
): YearRange {
  const { min, max } = extent;
  const trimmed = raw.trim();
  const y = /^\d{1,4}$/.test(trimmed) ? Math.min(max, Math.max(min, Number(trimmed))) : null;
  let { from, to } = range;
  if (which === 'from') {
    from = y === null || y === min ? null : y;
    if (y !== null && to !== null && to < y) to = y;
  } else {
    to = y === null || y === max ? null : y;
    if (y !== null && from !== null && from > y) from = y;
  }
  return { from, to };
}

/**
 * A click on the histogram's bar for year `y` selects that year; with `extend` (shift-click)
 * the range stretches to it.
 */
export function pickedYearRange(
  y: number,
  extend: boolean,
  range: YearRange,
  extent: YearExtent,
): YearRange {
  const from = range.from ?? extent.min;
  const to = range.to ?? extent.max;
  const [a, b] = extend ? [Math.min(from, y), Math.max(to, y)] : [y, y];
  return { from: a === extent.min ? null : a, to: b === extent.max ? null : b };
}

/** "1996–2001, 2004": runs of three or more consecutive years as a range. */
export function yearList(years: readonly number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < years.length; ) {
    let j = i;
    while (j + 1 < years.length && years[j + 1] === years[j]! + 1) j++;
    if (j - i >= 2) parts.push(`${years[i]}–${years[j]}`);
    else for (let k = i; k <= j; k++) parts.push(String(years[k]));
    i = j + 1;
  }
  return parts.join(', ');
}

/** What the years line under a quote says, or null when the mention refers to no year. */
export function mentionYearsText(m: Pick<MentionProperties, 'years' | 'yearsFrom'>): string | null {
  if (m.years.length === 0) return null;
  const list = `Refers to ${yearList(m.years)}`;
  return m.yearsFrom === 'publication' ? `${list} · dated by publication` : list;
}

/** Why a mention is dated by publication, for the line's tooltip and the filter's help. */
export const DATED_BY_PUBLICATION =
  'A claim in the present tense that names no year counts for its source’s publication year (dated by publication).';
