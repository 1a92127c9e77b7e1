import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeLayout } from '../../../src/pipeline/geoparse/layout.ts';
import { TOKEN_RE, tokenBoundaries, tokenize } from '../../../src/pipeline/geoparse/tokenize.ts';

/** What the pattern matches, as [start, end, …]: what the hand-written scanner must find. */
const patternBoundaries = (text: string): number[] =>
  [...text.matchAll(TOKEN_RE)].flatMap((m) => [m.index, m.index + m[0].length]);

/** Characters where the scanner's cases meet: dots, apostrophes, marks, digits of other scripts, astral letters and surrogates. */
const TRICKY = [
  'A',
  'b',
  'Z',
  'é',
  'É',
  'ǅ',
  '.',
  "'",
  '’',
  'ʼ',
  '-',
  ' ',
  '\u0301',
  '٣',
  '²',
  'Ⅻ',
  '5',
  '𝐀',
  '𐐀',
  '𐐨',
  '😀',
  '\ud800',
  '\udc00',
  'ß',
  'ª',
  'İ',
  'ﬁ',
  '\n',
  ',',
  'S',
  's',
];

describe('tokenize', () => {
  it('finds exactly where the token pattern matches', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.array(fc.constantFrom(...TRICKY), { maxLength: 40 }).map((cs) => cs.join('')),
          fc.string({ unit: 'binary', maxLength: 40 }),
        ),
        (text) => {
          expect(tokenBoundaries(text)).toEqual(patternBoundaries(text));
        },
      ),
      { numRuns: 5000 },
    );
  });

  it('reads a character alike each time it recurs (the scanner remembers what each one is)', () => {
    const text = '’Córdoba’ — “Ħal Far” — ’Émile’ ² ٣ ’Córdoba’ — “Ħal Far” — ’Émile’ ² ٣';
    expect(tokenBoundaries(text)).toEqual(patternBoundaries(text));
    expect(tokenBoundaries(text)).toEqual(patternBoundaries(text));
  });

  it('keeps exact UTF-16 offsets, with diacritics and astral characters', () => {
    const text = '😀 Córdoba and Mazar-e-Sharif’s Ħal Far';
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokenize(text).map((t) => t.text)).toEqual([
      'Córdoba',
      'and',
      'Mazar',
      'e',
      'Sharif',
      'Ħal',
      'Far',
    ]);
  });

  it('splits footnote markers from words', () => {
    expect(tokenize('Laden[1] (MAK)4 region3').map((t) => t.text)).toEqual([
      'Laden',
      '1',
      'MAK',
      '4',
      'region',
      '3',
    ]);
  });

  it('drops a possessive and keeps internal apostrophes', () => {
    expect(tokenize("Pakistan's Côte d'Ivoire").map((t) => t.text)).toEqual([
      'Pakistan',
      'Côte',
      "d'Ivoire",
    ]);
  });

  it('keeps dotted initialisms whole and records hyphen gaps', () => {
    const toks = tokenize('the U.S.-Afghan force, Afghanistan–Pakistan');
    expect(toks.map((t) => t.text)).toEqual([
      'the',
      'U.S.',
      'Afghan',
      'force',
      'Afghanistan',
      'Pakistan',
    ]);
    expect(toks[2]!.gap).toBe('hyphen');
    expect(toks[4]!.gap).toBe('comma');
    expect(toks[5]!.gap).toBe('other');
  });

  it('keeps the dot of an abbreviated first word of a name, so the name reads as one', () => {
    const toks = tokenize('to St. Louis and Mt. Kenya, on Main St. Then');
    expect(toks.map((t) => t.text)).toEqual([
      'to',
      'St.',
      'Louis',
      'and',
      'Mt.',
      'Kenya',
      'on',
      'Main',
      'St.',
      'Then',
    ]);
    expect(toks[2]!.gap).toBe('space');
    // Not before a lower-case word.
    expect(tokenize('St. louis')[0]!.text).toBe('St');
  });

  it('flags capitals and all-caps words', () => {
    const [a, b, c] = tokenize('KABUL Kabul kabul');
    expect([a!.upper, a!.cap, b!.upper, b!.cap, c!.cap]).toEqual([true, true, false, true, false]);
  });
});

describe('layout', () => {
  it('marks sentence starts but not after title abbreviations', () => {
    const text = 'He left. Police came. Gen. Azimi said: "Reading is fun."\nNew line';
    const toks = tokenize(text);
    const { sentenceStart } = computeLayout(text, toks);
    const starts = toks.filter((_, i) => sentenceStart[i]).map((t) => t.text);
    expect(starts).toEqual(['He', 'Police', 'Gen', 'Reading', 'New']);
  });

  it('marks Title Case lines', () => {
    const text = 'Related Articles Back Home\nthe ordinary sentence with Kabul in it';
    const toks = tokenize(text);
    const { titleLine } = computeLayout(text, toks);
    expect(titleLine[0]).toBe(true);
    expect(titleLine[toks.length - 1]).toBe(false);
  });
});
