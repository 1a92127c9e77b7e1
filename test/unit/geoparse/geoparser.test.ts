/**
 * End-to-end behaviour of createGeoparser on the fake gazetteer: recognition decisions and
 * resolution among homonyms, with the reason for each rule in the test name.
 */
import { describe, expect, it } from 'vitest';
import { createGeoparser } from '../../../src/pipeline/geoparse/index.ts';
import { gazetteer } from './helpers.ts';

const parser = createGeoparser(gazetteer);
const ids = (text: string): [string, string | null][] =>
  parser.parse(text).map((m) => [m.text, m.place?.id ?? null]);
const placeOf = (text: string, surface: string, n = 0): string | null | undefined =>
  parser.parse(text).filter((m) => m.text === surface)[n]?.place?.id;

describe('recognition', () => {
  it('finds datelines, lists, borders, regions and metonyms', () => {
    expect(ids('KABUL -- Fighting in Ghor, Helmand and Paktia provinces.')).toEqual([
      ['KABUL', 'geonames:1138957'],
      ['Ghor', 'admin1:AF-GHO'],
      ['Helmand', 'admin1:AF-HEL'],
      ['Paktia', 'admin1:AF-PIA'],
    ]);
    expect(ids('They crossed the Afghanistan-Pakistan border into the tribal areas.')).toEqual([
      ['Afghanistan-Pakistan border', 'border:AF-PK'],
      ['tribal areas', 'region:pk-tribal-areas'],
    ]);
    expect(ids('Islamabad had dispatched its foreign minister to Central Asia.')).toEqual([
      ['Islamabad', 'geonames:1176615'],
      ['Central Asia', 'region:central-asia'],
    ]);
  });

  it('leaves out the article but keeps a designator outside the span', () => {
    expect(ids('Ships in the Gulf and in Kandahar province.')).toEqual([
      ['Gulf', 'region:gulf'],
      ['Kandahar', 'admin1:AF-KAN'],
    ]);
  });

  it('reports a designated name the gazetteer lacks as unresolved', () => {
    const [m] = parser.parse('They met in Jaji District of Paktia.');
    expect(m?.text).toBe('Jaji');
    expect(m?.place).toBeNull();
    expect(m?.reason).toBe('not in the gazetteer');
  });

  it('drops a tiny foreign homonym of a word-like name with no support', () => {
    expect(ids('Mullah Omar met the Taliban. Laden was there.')).toEqual([]);
  });

  it('keeps offsets exact with astral characters and CRLF', () => {
    const text = '😀😀 In Kabul,\r\nand in 😀 Doha.';
    for (const m of parser.parse(text)) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(ids(text).map((x) => x[0])).toEqual(['Kabul', 'Doha']);
  });
});

describe('resolution', () => {
  it('prefers the own name over an alternate name (Islamabad, not Chittagong)', () => {
    expect(placeOf('Talks were held in Islamabad.', 'Islamabad')).toBe('geonames:1176615');
  });

  it('uses a container: "Paris, Texas" and then bare "Paris" in the same text', () => {
    const t = 'A tornado hit Paris, Texas. In Paris, people sheltered.';
    expect(placeOf(t, 'Paris', 0)).toBe('geonames:4717560');
    expect(placeOf(t, 'Paris', 1)).toBe('geonames:4717560');
  });

  it('uses a country container to pick a minor homonym: "Kandahar, India"', () => {
    expect(placeOf('Officials in Kandahar, India, said so.', 'Kandahar')).toBe('geonames:9000001');
  });

  it('reads Georgia by the document: the country near Europe, the state near Texas', () => {
    expect(placeOf('Georgia and France signed a deal in Paris, France.', 'Georgia')).toBe(
      'country:GE',
    );
    expect(
      placeOf(
        'Storms moved from Texas to Georgia, officials in the United States said.',
        'Georgia',
      ),
    ).toBe('admin1:US-GA');
  });

  it('province or city: bare name → city (its capital); "province" or a province list → province', () => {
    expect(placeOf('Fighting in Kandahar left ten dead.', 'Kandahar')).toBe('geonames:1138958');
    expect(placeOf('Fighting in Kandahar province left ten dead.', 'Kandahar')).toBe(
      'admin1:AF-KAN',
    );
    expect(placeOf('Fighting in Kandahar, Helmand and Ghor left ten dead.', 'Kandahar')).toBe(
      'admin1:AF-KAN',
    );
  });

  it('does not guess a small place with no support but reports it when the text locates it', () => {
    const [m] = parser.parse('Officials met in Valle on Monday.');
    expect(m?.place).toBeNull();
    expect(m?.candidates.map((c) => c.id)).toEqual(['geonames:9000002']);
    expect(m?.reason).toMatch(/small places/);
  });

  it('accepts a small place when the text is about its country', () => {
    expect(
      placeOf(
        'In Afghanistan, the army entered Shkin in Paktika near the Pakistan border.',
        'Shkin',
      ),
    ).toBe('geonames:9000007');
  });
});
