/** Unit tests of the small modules: cues and regions. */
import { describe, expect, it } from 'vitest';
import { normalizeName } from '../../../src/pipeline/gazetteer/normalize.ts';
import { computeCues, relativeDistanceKm } from '../../../src/pipeline/geoparse/cues.ts';
import {
  borderId,
  countryCode,
  findRegionPhrases,
} from '../../../src/pipeline/geoparse/regions.ts';
import { tokenize } from '../../../src/pipeline/geoparse/tokenize.ts';
import { gazetteer, prepare } from './helpers.ts';

describe('cues', () => {
  const cuesOf = (text: string) => {
    const { spans } = prepare(text);
    return { spans, cues: computeCues(text, tokenize(text), spans) };
  };

  it('reads designators after and before, and spreads a plural one over a list', () => {
    const { spans, cues } = cuesOf(
      'In Ghor, Helmand and Paktia provinces and the city of Kandahar.',
    );
    expect(spans.map((s) => s.text)).toEqual(['Ghor', 'Helmand', 'Paktia', 'Kandahar']);
    expect(cues.map((c) => c.designation)).toEqual(['admin1', 'admin1', 'admin1', 'city']);
    expect(cues[0]!.list).toBe(cues[2]!.list);
  });

  it('does not read "the Oregon city" as a city named Oregon', () => {
    const { cues } = cuesOf('They left the Texas city at dawn.');
    expect(cues[0]!.designation).toBeNull();
  });

  it('links containers: "X, Y", "X (Y)", "X [in Y]"', () => {
    const { cues } = cuesOf('Paris, Texas and Kandahar [in Afghanistan] and Doha (Qatar).');
    expect(cues.map((c) => c.container)).toEqual([1, -1, 3, -1, 5, -1]);
  });

  it('links a place to the one the text puts it near, with how far it may be', () => {
    const { cues } = cuesOf('Kandahar, north of Nanded, and Paris (300 miles west of Kabul).');
    expect(cues.map((c) => c.near)).toEqual([1, -1, 3, -1]);
    expect(relativeDistanceKm(', south of ')).toBe(200);
    expect(relativeDistanceKm(' near ')).toBe(200);
    expect(relativeDistanceKm(', just outside ')).toBe(200);
    // A stated distance, with a margin: 300 miles is 483 km, and road distances are longer.
    expect(relativeDistanceKm(' (300 miles west of ')).toBeCloseTo(724, 0);
    expect(relativeDistanceKm(', 40 km north-east of ')).toBe(200);
    expect(relativeDistanceKm(' and ')).toBeNull();
    expect(relativeDistanceKm(', the capital of ')).toBeNull();
  });

  it('marks locative prepositions, also across a modifier', () => {
    const { cues } = cuesOf(
      'Fighting in southern Afghanistan; Pakistan said so; the outskirts of Kabul.',
    );
    expect(cues.map((c) => c.locative)).toEqual([true, false, true]);
  });
});

describe('regions', () => {
  it('maps compounds and clipped forms to country codes and border ids', () => {
    expect(countryCode('Afghan', gazetteer, normalizeName)).toBe('AF');
    expect(countryCode('Pak', gazetteer, normalizeName)).toBe('PK');
    expect(borderId('PK', 'AF')).toBe('border:AF-PK');
  });

  it('finds "X-Y border" and "the tribal areas", not "X and Y border"', () => {
    const text =
      'the Af-Pak border region, the Pakistani–Afghan border, the Iranian and Afghan border, the tribal areas';
    const found = findRegionPhrases(text, tokenize(text), gazetteer, normalizeName).map((s) => [
      s.text,
      s.entries[0]?.id,
    ]);
    expect(found).toEqual([
      ['Af-Pak border', 'border:AF-PK'],
      ['Pakistani–Afghan border', 'border:AF-PK'],
      ['tribal areas', 'region:pk-tribal-areas'],
    ]);
  });
});
