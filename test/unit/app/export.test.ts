import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../../src/app/csv.ts';
import {
  CSV_HEADER,
  csvFile,
  exportCsv,
  exportFileName,
  exportGeoJson,
} from '../../../src/app/export.ts';
import { buildIndex, visibleMask, visibleMentions } from '../../../src/app/filters.ts';
import { formatPartialDate } from '../../../src/shared/dates.ts';
import { detailsOf, mention, place, source } from './helpers.ts';

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
  const mentions = [
    mention('s1', 'a', 2020, [2001, 2002]),
    mention('s2', 'b', 1999),
    mention('s1', 'b', 2020),
  ];
  const index = buildIndex(
    [place('a', 'city', [], '=cmd|"/c calc"!A1'), place('b', 'city')],
    [source('s1'), source('s2', 1999)],
    mentions,
  );
  const details = detailsOf(index, mentions);
  const shown = visibleMentions(
    visibleMask(index, { sources: new Set([0]), from: null, to: null, mode: 'published' }),
  );

  const filters = { sources: ['s1'], from: null, to: null, yearMode: 'published' as const };

  it('exports exactly the shown mentions as GeoJSON, with names and the filters applied', () => {
    const fc = exportGeoJson(index, shown, details, filters);
    expect(fc.citemap).toEqual({ filters, shapes: false, mentions: 2 });
    expect(fc.features).toHaveLength(2);
    expect(fc.features.map((f) => f.properties.sourceId)).toEqual(['s1', 's1']);
    expect(fc.features[0]!.properties).toMatchObject({
      placeName: '=cmd|"/c calc"!A1',
      sourceTitle: 'Title s1',
    });
  });

  it('exports the same rows as CSV, formula-safe', () => {
    const csv = exportCsv(index, shown, details);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe(CSV_HEADER.join(','));
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain(`"'=cmd|""/c calc""!A1"`);
    // The years, and how they were found (named in the text, here).
    expect(lines[1]).toContain('2001 2002,clause,');
  });

  it('gives areas their real geometry when asked for shapes, and points stay points', () => {
    const area = place('p', 'admin1');
    area.geometry = {
      type: 'Polygon',
      coordinates: [
        [
          [60, 30],
          [61, 30],
          [61, 31],
          [60, 30],
        ],
      ],
    };
    const both = [mention('s1', 'p', 2020), mention('s1', 't', 2020)];
    const withArea = buildIndex([area, place('t', 'city')], [source('s1')], both);
    const areaDetails = detailsOf(withArea, both);
    const fc = exportGeoJson(withArea, [0, 1], areaDetails, filters, true);
    expect(fc.features.map((f) => f.geometry.type)).toEqual(['Polygon', 'Point']);
    expect(exportGeoJson(withArea, [0], areaDetails, filters).features[0]!.geometry.type).toBe(
      'Point',
    );
  });

  it('starts the CSV file with a UTF-8 byte-order mark', () => {
    expect(csvFile(index, shown, details).charCodeAt(0)).toBe(0xfeff);
    expect(csvFile(index, shown, details).slice(1)).toBe(exportCsv(index, shown, details));
  });

  it('names the file after the filters', () => {
    expect(exportFileName({ ...filters, sources: null }, 5, 'csv')).toBe(
      'citemap-mentions_all-sources_all-years.csv',
    );
    expect(
      exportFileName(
        { sources: ['a', 'b'], from: 2015, to: 2020, yearMode: 'referenced' },
        5,
        'geojson',
      ),
    ).toBe('citemap-mentions_2-of-5-sources_2015-2020-referenced.geojson');
    expect(exportFileName({ ...filters, from: 2001 }, 5, 'csv')).toBe(
      'citemap-mentions_s1_2001-end-published.csv',
    );
  });
});
