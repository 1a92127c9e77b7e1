/** Month and weekday names ("May", "March", "Sunday") are dates, not places. */
import { MONTHS_AND_DAYS } from '../lexicon/calendar.ts';
import type { SpanFilter } from './types.ts';

export const calendarFilter: SpanFilter = (span, ctx) => {
  if (span.ti !== span.tj) return null;
  const t = ctx.tokens[span.ti]!;
  return MONTHS_AND_DAYS.has(t.lower) ? { reject: 'calendar word' } : null;
};
