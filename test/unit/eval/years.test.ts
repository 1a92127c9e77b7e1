/**
 * The year check: its markup, its scoring, and the checked set itself (every sentence stands in
 * its source as written).
 */
import { describe, expect, it } from 'vitest';
import { loadYearSet } from '../../../src/pipeline/eval/load.ts';
import {
  type CheckedSource,
  parseYearSet,
  parseYears,
  scoreYears,
  yearReport,
} from '../../../src/pipeline/eval/years.ts';
import { formatProblem } from '../../../src/pipeline/problems.ts';
import { parsePartialDate } from '../../../src/pipeline/sources/dates.ts';

describe('the year check markup', () => {
  it('reads years, ranges and "none"', () => {
    expect(parseYears('-')).toEqual([]);
    expect(parseYears('2001')).toEqual([2001]);
    expect(parseYears('1994,1996-1998')).toEqual([1994, 1996, 1997, 1998]);
    expect(parseYears('2001-1996')).toMatch(/ascending/);
    expect(parseYears('soon')).toMatch(/expected years/);
  });

  it('keeps the sentence as written and the mention offsets into it', () => {
    const set = parseYearSet(
      '# a comment\nHe moved to {{Kandahar|-|R2}} after it took {{Kabul|1996}} in 1996.\n',
      'x.txt',
      'story',
    );
    expect(set.problems).toEqual([]);
    const [s] = set.sentences;
    expect(s?.text).toBe('He moved to Kandahar after it took Kabul in 1996.');
    expect(s?.mentions.map((m) => [s.text.slice(m.start, m.end), m.years, m.note])).toEqual([
      ['Kandahar', [], 'R2'],
      ['Kabul', [1996], null],
    ]);
  });

  it('reports malformed years and stray braces as problems with their line', () => {
    const set = parseYearSet('ok\nIn {{Kabul|often}} and {{Herat}}.\n', 'x.txt', 'story');
    expect(set.problems.map((p) => p.from.line)).toEqual([2, 2]);
  });
});

describe('scoring', () => {
  const published = parsePartialDate('2021');
  if (!published.ok) throw new Error('date');
  const body =
    'He moved the headquarters to Kandahar after it conquered Afghanistan in 2001. Al-Qaeda is present in Helmand.';
  const source = (markup: string): CheckedSource => ({
    set: parseYearSet(markup, 'x.txt', 'story'),
    body,
    published: published.date,
    file: 'x.txt',
  });

  it('counts exact sets, and precision and recall of years', () => {
    const { score, problems } = scoreYears([
      source(
        'He moved the headquarters to {{Kandahar|-}} after it conquered {{Afghanistan|2000-2001}} in 2001.\nAl-Qaeda is present in {{Helmand|2021}}.',
      ),
    ]);
    expect(problems).toEqual([]);
    // Kandahar: none = none; Afghanistan: 2001 of 2000–2001; Helmand: dated by publication.
    expect(score).toMatchObject({
      mentions: 3,
      exact: 2,
      truePositives: 2,
      predicted: 2,
      checked: 3,
    });
    expect(yearReport(score)).toContain('exact (set of years = checked set): 2/3 = 66.7%');
    expect(yearReport(score)).toContain('story:1 Afghanistan: 2000,2001 → 2001 (clause)');
  });

  it('refuses a sentence that is not in the source', () => {
    const { problems } = scoreYears([source('He went to {{Herat|-}}.')]);
    expect(problems.map((p) => p.message)).toEqual([
      'expected the sentence to stand in source story as written, found no such text',
    ]);
  });
});

describe('the checked set', () => {
  it('reads without problems, every sentence in its source', async () => {
    const set = await loadYearSet();
    const { score, problems } = scoreYears(set.sources);
    expect([...set.problems, ...problems].map(formatProblem)).toEqual([]);
    expect(set.sources.map((s) => s.set.sourceId).length).toBe(5);
    expect(score.mentions).toBeGreaterThanOrEqual(100);
  });
});
