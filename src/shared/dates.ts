/**
 * Dates shown with the precision the source gives: "2021", "July 2020", "7 September 2021".
 * Month names are fixed English so that the page reads the same on every machine.
 */
import type { PartialDate } from './types.ts';

/** English month names, January first. */
export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** Formats a partial date at its precision; a malformed date falls back to what can be read. */
export function formatPartialDate(date: PartialDate | null | undefined): string {
  if (!date) return 'undated';
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(date.iso);
  if (!m) return Number.isInteger(date.year) ? String(date.year) : 'undated';
  const [, y, mo, d] = m;
  const month = mo ? MONTH_NAMES[Number(mo) - 1] : undefined;
  if (date.precision === 'year' || !month) return String(y);
  if (date.precision === 'month' || !d) return `${month} ${y}`;
  return `${Number(d)} ${month} ${y}`;
}
