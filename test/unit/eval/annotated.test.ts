import { describe, expect, it } from 'vitest';
import { convertAnnotated, parseLatLon } from '../../../src/pipeline/eval/annotated.ts';

const file = 'x.ann.txt';
const countryPoint = (code: string): readonly [number, number] | undefined =>
  code === 'AF' ? [33, 65] : undefined;

describe('convertAnnotated', () => {
  it('strips the markup and derives exact UTF-16 offsets', () => {
    const src = 'KABUL -- Talks in [[Doha|25.29,51.53|city]] and [[Kandahar|31.61,65.71]] ended.';
    const { text, annotations, problems } = convertAnnotated(src, { file });
    expect(problems).toEqual([]);
    expect(text).toBe('KABUL -- Talks in Doha and Kandahar ended.');
    expect(annotations).toEqual([
      { start: 18, end: 22, text: 'Doha', lat: 25.29, lon: 51.53, kind: 'city' },
      { start: 27, end: 35, text: 'Kandahar', lat: 31.61, lon: 65.71 },
    ]);
    for (const a of annotations) expect(text.slice(a.start, a.end)).toBe(a.text);
  });

  it('counts UTF-16 code units, not code points, before a name', () => {
    const src = '“😀” – [[Zaranj|30.96,61.86]]';
    const { text, annotations } = convertAnnotated(src, { file });
    expect(annotations[0]!.start).toBe(text.indexOf('Zaranj'));
    expect(annotations[0]!.start).toBe(7); // the emoji is two code units
  });

  it('resolves country codes, references and repeats', () => {
    const src =
      '[[Afghanistan|#AF]] and [[U.S.|#US]]? No: [[United States|39,-98]], [[U.S.|=United States||modifier]], [[Afghanistan]].';
    const { annotations, problems } = convertAnnotated(src, {
      file,
      countryPoint: (c) => (c === 'AF' ? [33, 65] : c === 'US' ? [38, -97] : undefined),
    });
    expect(problems).toEqual([]);
    expect(annotations.map((a) => [a.text, a.lat, a.lon, a.kind, a.note])).toEqual([
      ['Afghanistan', 33, 65, 'country', undefined],
      ['U.S.', 38, -97, 'country', undefined],
      ['United States', 39, -98, undefined, undefined],
      ['U.S.', 39, -98, undefined, 'modifier'],
      ['Afghanistan', 33, 65, 'country', undefined],
    ]);
  });

  it('keeps notes', () => {
    const { annotations } = convertAnnotated('[[Xinxiang|41.5,85.5|admin1|means Xinjiang]]', {
      file,
    });
    expect(annotations[0]).toMatchObject({ kind: 'admin1', note: 'means Xinjiang' });
  });

  it('reports malformed markup with line and column', () => {
    const src = 'line one\nsee [[Kabul|34.5]] and [[Herat|34.35,62.2\nnext ]] [[|1,2]]';
    const { problems } = convertAnnotated(src, { file, countryPoint });
    const at = problems.map((p) => [p.from.line, p.from.column, p.message.slice(0, 30)]);
    expect(at).toEqual([
      [2, 5, 'expected "lat,lon" (decimal de'],
      [2, 24, 'expected "]]" closing this "[['],
      [3, 6, 'expected "]]" only after "[[",'],
      [3, 9, 'expected a non-empty name with'],
    ]);
    expect(problems.every((p) => p.file === file && p.severity === 'error')).toBe(true);
  });

  it('rejects a repeat with no earlier annotation, or an ambiguous one', () => {
    const a = convertAnnotated('[[Georgia]]', { file });
    expect(a.problems[0]?.message).toMatch(/found none/);
    const b = convertAnnotated('[[Georgia|42,43.5]] [[Georgia|32.7,-83.4]] [[Georgia]]', { file });
    expect(b.problems).toHaveLength(1);
    expect(b.problems[0]?.from.column).toBe(44);
    expect(b.problems[0]?.message).toMatch(/different points/);
  });

  it('rejects unknown country codes and out-of-range points', () => {
    const { problems } = convertAnnotated('[[Narnia|#ZZ]] [[Nowhere|91,0]] [[Far|0,181]]', {
      file,
      countryPoint,
    });
    expect(problems.map((p) => p.message)).toEqual([
      'expected a known ISO alpha-2 country code, found "ZZ"',
      'expected latitude in [-90, 90], found 91',
      'expected longitude in [-180, 180], found 181',
    ]);
  });

  it('rejects too many fields and spaces around the name', () => {
    const { problems } = convertAnnotated('[[ Kabul|1,2]] [[Kabul|1,2|city|note|extra]]', { file });
    expect(problems).toHaveLength(2);
  });
});

describe('parseLatLon', () => {
  it('accepts signed decimals and spaces after the comma', () => {
    expect(parseLatLon('-33.87, 151.21')).toEqual({ lat: -33.87, lon: 151.21 });
  });
  it('rejects lon,lat-looking junk', () => {
    expect(typeof parseLatLon('65.7 31.6')).toBe('string');
    expect(typeof parseLatLon('1e3,2')).toBe('string');
  });
});
