/**
 * Property tests: parse() never throws, returns mentions in text order with exact offsets,
 * and stays linear (bounded time on 1 MB, including pathological single-line input).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createGeoparser } from '../../../src/pipeline/geoparse/index.ts';
import { gazetteer } from './helpers.ts';

const parser = createGeoparser(gazetteer);

function checkMentions(text: string): void {
  const ms = parser.parse(text);
  let last = -1;
  for (const m of ms) {
    expect(m.start).toBeGreaterThanOrEqual(0);
    expect(m.end).toBeLessThanOrEqual(text.length);
    expect(m.start).toBeGreaterThanOrEqual(last);
    expect(text.slice(m.start, m.end)).toBe(m.text);
    last = m.end;
  }
}

const words = [
  'Kabul',
  'Kandahar',
  'Paris',
  'Texas',
  'Georgia',
  'in',
  'the',
  'of',
  'and',
  'said',
  'Mr',
  'Peter',
  'Bergen',
  'province',
  'District',
  'border',
  'Afghanistan-Pakistan',
  'U.S.',
  'KABUL',
  '--',
  ',',
  '.',
  '[1]',
  '’s',
  "'s",
  '(',
  ')',
  '\n',
  '\r\n',
  '😀',
  'Córdoba',
  'al-',
  'Mazar-e-Sharif',
  'University',
  'tribal',
  'areas',
  'Gulf',
  'the',
  'Af-Pak',
];

describe('geoparser properties', () => {
  it('never throws on arbitrary unicode and keeps offsets exact', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        checkMentions(text);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on hostile mixes of place words and punctuation', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...words), { maxLength: 200 }),
        fc.array(fc.constantFrom(' ', '', '  ', '-', '\t')),
        (ws, seps) => {
          const text = ws.map((w, i) => w + (seps[i % Math.max(1, seps.length)] ?? ' ')).join('');
          checkMentions(text);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('handles empty and degenerate inputs', () => {
    expect(parser.parse('')).toEqual([]);
    checkMentions('-'.repeat(10_000));
    checkMentions('\n'.repeat(10_000));
    checkMentions('K'.repeat(100_000));
    checkMentions('Kabul '.repeat(10));
  });

  it('parses 1 MB on one line and 1 MB of prose in bounded time', () => {
    const line = 'Kabul Kandahar Paris Texas Georgia of the and Mr Peter Bergen--,;[1] ';
    const oneLine = line.repeat(Math.ceil(1_000_000 / line.length)).slice(0, 1_000_000);
    const prose =
      'Fighting in Kandahar province spread to Kabul, officials in Paris, Texas, said on Monday.\n'
        .repeat(12_000)
        .slice(0, 1_000_000);
    for (const text of [oneLine, prose, '('.repeat(1_000_000), 'A. '.repeat(333_333)]) {
      const t0 = performance.now();
      checkMentions(text);
      expect(performance.now() - t0).toBeLessThan(20_000);
    }
  });
});
