/** Dates kept at the precision the document gives. */
import { describe, expect, it } from 'vitest';
import { documentDate } from '../../../src/pipeline/ingest/dates.ts';

describe('documentDate', () => {
  it.each([
    ['2021-08-15T09:30:00Z', '2021-08-15', 'day'],
    ['2021-08-15T23:30:00-05:00', '2021-08-15', 'day'],
    ['2021-08', '2021-08', 'month'],
    ['2021', '2021', 'year'],
    ['D:20200630120000Z', '2020-06-30', 'day'],
    ['D:2020', '2020', 'year'],
    ['15 August 2021', '2021-08-15', 'day'],
    ['August 2021', '2021-08', 'month'],
    ['Monday, March 3, 2014', '2014-03-03', 'day'],
  ])('%s → %s (%s)', (value, iso, precision) => {
    expect(documentDate(value)).toMatchObject({ iso, precision });
  });

  it.each(['', 'yesterday', '15 August', 'not a date', '2021-13-40'])(
    'gives no date for %j (a year would be a guess, or the date is impossible)',
    (value) => {
      expect(documentDate(value)).toBeNull();
    },
  );
});
