import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../../src/shared/csv.ts';
import { formatPartialDate } from '../../../src/shared/dates.ts';
import { CSV_HEADER, exportCsv, exportGeoJson } from '../../../src/shared/export.ts';
import { buildIndex, visibleMask, visibleMentions } from '../../../src/shared/filters.ts';
import { mention, place, source } from './helpers.ts';

describe('CSV', () => {
  it.each([
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['+1', "'+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', `'\tx`],
    ['\rx', `"'\rx"`],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['line\nbreak', '"line\nbreak"'],
    ['plain', 'plain'],
  ])('escapes %j', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  it('writes numbers as numbers, negative ones too', () => {
    expect(csvCell(-58.2)).toBe('-58.2');
    expect(csvCell(null)).toBe('');
    expect(toCsv(['a', 'b'], [[1, 'x']])).toBe('a,b\r\n1,x\r\n');
  });
});

describe('dates', () => {
  it('shows each precision', () => {
    expect(formatPartialDate({ iso: '2021', precision: 'year', year: 2021 })).toBe('2021');
    expect(formatPartialDate({ iso: '2020-07', precision: 'month', year: 2020 })).toBe('July 2020');
    expect(formatPartialDate({ iso: '2021-09-07', precision: 'day', year: 2021 })).toBe(
      '7 September 2021',
    );
    expect(formatPartialDate(null)).toBe('undated');
    expect(formatPartialDate({ iso: 'garbage', precision: 'day', year: 1999 })).toBe('1999');
  });
});

describe('export', () => {
  const index = buildIndex(
    [place('a', 'city', [], '=cmd|"/c calc"!A1'), place('b', 'city')],
    [source('s1'), source('s2', 1999)],
    [mention('s1', 'a', 2020, [2001, 2002]), mention('s2', 'b', 1999), mention('s1', 'b', 2020)],
  );
  const shown = visibleMentions(
    visibleMask(index, { sources: new Set([0]), from: null, to: null, mode: 'published' }),
  );

  it('exports exactly the shown mentions as GeoJSON, with names', () => {
    const fc = exportGeoJson(index, shown);
    expect(fc.features).toHaveLength(2);
    expect(fc.features.map((f) => f.properties.sourceId)).toEqual(['s1', 's1']);
    expect(fc.features[0]!.properties).toMatchObject({
      placeName: '=cmd|"/c calc"!A1',
      sourceTitle: 'Title s1',
    });
  });

  it('exports the same rows as CSV, formula-safe', () => {
    const csv = exportCsv(index, shown);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe(CSV_HEADER.join(','));
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain(`"'=cmd|""/c calc""!A1"`);
    expect(lines[1]).toContain('2001 2002');
  });
});
