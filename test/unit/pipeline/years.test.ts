import { describe, expect, it } from 'vitest';
import { parsePartialDate } from '../../../src/pipeline/sources/dates.ts';
import { yearsIn } from '../../../src/pipeline/years/index.ts';
import type { PartialDate } from '../../../src/shared/types.ts';
import { expectLinear } from '../linear.ts';

function date(iso: string): PartialDate {
  const r = parsePartialDate(iso);
  if (!r.ok) throw new Error(iso);
  return r.date;
}

const range = (a: number, b: number): number[] =>
  Array.from({ length: b - a + 1 }, (_, i) => a + i);

// [sentence, publication date or null, expected years]
const CASES: [string, string | null, number[]][] = [
  // explicit years
  ['After moving in to Afghanistan in 1994, he settled.', null, [1994]],
  ['He left in July 2001 for Kandahar.', null, [2001]],
  ['signed on February 29, 2020. The four-page agreement', null, [2020]],
  ['accessed 25 July 2021', null, [2021]],
  ['the attacks of September 11, 2001.', null, [2001]],
  ['the 2001 attacks changed everything', null, [2001]],
  ['(Oxford University Press 2013)', null, [2013]],
  ['resolution 2557 (2020) concerning the Taliban', null, [2020]],
  ['In 2001 Bin Laden fled to Pakistan.', null, [2001]],
  // ranges
  ['the Afghan Taliban regime (1996-2001) and their guests', null, range(1996, 2001)],
  ['the regime of 1996–2001', null, range(1996, 2001)],
  ['five-year rule between 1996 and 2001 saw', null, range(1996, 2001)],
  ['from 1996 to 2001', null, range(1996, 2001)],
  ['in the 2019-20 season', null, [2019, 2020]],
  // decades
  ['in the 1980s the mujahideen', null, range(1980, 1989)],
  ['during the late 2000s, apparently', null, range(2007, 2009)],
  ['in the early 1990s', null, range(1990, 1993)],
  // since
  ['present since 2001 in the region', '2004', range(2001, 2004)],
  ['present since 2001 in the region', null, [2001]],
  ['since September 2001', '2003-05', range(2001, 2003)],
  // relative to the publication date
  ['With the capture of Kabul on August 15 last year, the Taliban', '2022-08', [2021]],
  ['this year the talks resumed', '2021-09-07', [2021]],
  ['elections are due next year', '2021', [2022]],
  ['two years ago the group split', '2020-07', [2018]],
  ['20 years ago', '2021', [2001]],
  ['two decades ago', '2021', [2001]],
  ['a year ago', '2021', [2020]],
  ['last month the council met', '2021-01-10', [2020]],
  ['last month the council met', '2021-05', [2021]],
  ['over the past two years', '2021', [2019, 2020, 2021]],
  ['last year', null, []],
  // months without a year
  ['the Taliban recaptured the capital in August', '2021-09-07', [2021]],
  ['a report released on May 27 that detailed', '2020-07', [2020]],
  ['said in a report July 1.', '2020-07', [2020]],
  ['In November the talks failed', '2020-07', [2019]],
  ['in August', null, []],
  ['he may go', '2020-07', []],
  // not years
  ['reportedly paid $20m a year for the privilege', '2021', []],
  ['$57 million in funding', null, []],
  ['$1500 in cash', null, []],
  ['2,000 fighters crossed', null, []],
  ['about 1500 fighters crossed', null, []],
  ['sanctions under the 1267 Committee list', null, []],
  ['see page 1994 of the report', null, []],
  ['1500 / 1500', null, []],
  ['a 1500 km border', null, []],
  ['it lasted 1500 years', null, []],
  ['a share of 1999% growth', null, []],
  ['his 9/11 attacks', null, []],
  ['footnote [12] and [2]', null, []],
  ['3.1416 is pi and 12345 is not a year', null, []],
];

describe('yearsIn', () => {
  it.each(CASES)('%s (published %s) → %j', (sentence, published, expected) => {
    expect(yearsIn(sentence, published ? date(published) : null)).toEqual(expected);
  });

  it('returns ascending unique years', () => {
    expect(yearsIn('In 2001 and again in 1996 and in 2001.', null)).toEqual([1996, 2001]);
  });

  it('is linear for a very long sentence', () => {
    const long = (n: number): string => 'In 2001 the group moved. '.repeat(n);
    expect(yearsIn(long(20_000), null)).toEqual([2001]);
    expectLinear(long, (text) => yearsIn(text, null), 2_500);
  });
});
