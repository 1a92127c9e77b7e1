/**
 * `published:` values: YYYY, YYYY-MM or YYYY-MM-DD, kept at the precision written. Not
 * Date.parse: it loses the precision and takes 2021-02-30 (as 2 March) and 2021-7; the
 * platform's calendar (Date.UTC) still gives the days in a month.
 */
import type { PartialDate } from '../../shared/types.ts';

export type DateResult = { ok: true; date: PartialDate } | { ok: false; expected: string };

const SHAPE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const EXPECTED = 'a date as YYYY, YYYY-MM or YYYY-MM-DD';

function daysIn(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function parsePartialDate(value: string): DateResult {
  const m = SHAPE.exec(value);
  if (!m) return { ok: false, expected: EXPECTED };
  const year = Number(m[1]);
  if (m[2] === undefined) return { ok: true, date: { iso: value, precision: 'year', year } };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return { ok: false, expected: `${EXPECTED} with a month 01–12` };
  if (m[3] === undefined) return { ok: true, date: { iso: value, precision: 'month', year } };
  const day = Number(m[3]);
  const last = daysIn(year, month);
  if (day < 1 || day > last) {
    return { ok: false, expected: `${EXPECTED} with a day 01–${last} for ${m[1]}-${m[2]}` };
  }
  return { ok: true, date: { iso: value, precision: 'day', year } };
}
