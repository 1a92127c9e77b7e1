/**
 * A date as a document writes it ("2021-08-15T09:30:00Z", "15 August 2021", "March 2020",
 * "D:20200630120000Z" in a PDF) → a PartialDate at the precision written: a month without a
 * day stays a month, and a date without a year is no date (the year would be a guess).
 */
import * as chrono from 'chrono-node';
import type { PartialDate } from '../../shared/types.ts';
import { parsePartialDate } from '../sources/dates.ts';

/** ISO 8601 and the shapes of `published:`, a time after the date ignored (the day as written). */
const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:[T ]\S*)?$/;
/** PDF dates: D:YYYYMMDDHHmmSS with everything after the year optional. */
const PDF = /^D:(\d{4})(\d{2})?(\d{2})?/;

const pad = (n: number): string => String(n).padStart(2, '0');

function checked(iso: string): PartialDate | null {
  const result = parsePartialDate(iso);
  return result.ok ? result.date : null;
}

function fromParts(year: string, month?: string, day?: string): PartialDate | null {
  return checked([year, month, day].filter((part) => part !== undefined).join('-'));
}

export function documentDate(value: string | null | undefined): PartialDate | null {
  const text = value?.trim() ?? '';
  if (text === '') return null;
  const iso = ISO.exec(text);
  if (iso) return fromParts(iso[1] as string, iso[2], iso[2] === undefined ? undefined : iso[3]);
  const pdf = PDF.exec(text);
  if (pdf) return fromParts(pdf[1] as string, pdf[2], pdf[2] === undefined ? undefined : pdf[3]);
  const [found] = chrono.en.parse(text);
  if (!found) return null;
  // "yesterday" is certain to chrono, relative to today: only a year written out counts.
  const year = String(found.start.get('year'));
  if (!found.start.isCertain('year') || !found.text.includes(year)) return null;
  if (!found.start.isCertain('month')) return fromParts(year);
  const month = pad(found.start.get('month') ?? 0);
  if (!found.start.isCertain('day')) return fromParts(year, month);
  return fromParts(year, month, pad(found.start.get('day') ?? 0));
}
