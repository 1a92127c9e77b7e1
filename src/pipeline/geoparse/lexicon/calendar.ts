/** Months and weekdays, with their abbreviations: words of dates, never places. */
import { MONTH_NAMES } from '../../../shared/dates.ts';
import { DATE_ABBREVIATIONS } from '../../text/abbreviations.ts';
import { wordSet } from './word-set.ts';

export const MONTHS_AND_DAYS: ReadonlySet<string> = wordSet(
  MONTH_NAMES.map((m) => m.toLowerCase()).join(' '),
  DATE_ABBREVIATIONS.join(' '),
  'monday tuesday wednesday thursday friday saturday sunday',
);
