/** Months and weekdays, with their abbreviations: words of dates, never places. */
import { MONTH_NAMES } from '../../../shared/dates.ts';
import { wordSet } from './word-set.ts';

export const MONTHS_AND_DAYS: ReadonlySet<string> = wordSet(
  MONTH_NAMES.map((m) => m.toLowerCase()).join(' '),
  `jan feb mar apr jun jul aug sep sept oct nov dec
  monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun`,
);
