import { describe, expect, it } from 'vitest';
import { entryName, provenanceFacts } from '../../../src/app/model/provenance.ts';
import { parseMentions } from '../../../src/app/parse-data.ts';
import type { MentionProperties } from '../../../src/shared/types.ts';
import { mention, place } from './helpers.ts';

const named = (confidence: number, basis: MentionProperties['basis'], alternatives = false) => ({
  ...mention('s', 'geonames:1138958', 2020).properties,
  confidence,
  ...(basis ? { basis } : {}),
  alternatives: alternatives
    ? [{ id: 'geonames:1444', name: 'Kandahar', kind: 'city' as const, country: 'IN' }]
    : [],
});

describe('how a place was placed, in plain words', () => {
  it('names the gazetteer entry from the place id', () => {
    expect(entryName('geonames:1138958')).toBe('GeoNames 1138958');
    expect(entryName('admin1:AF-KAN')).toBe('Natural Earth admin-1 AF-KAN');
    expect(entryName('country:AF')).toBe('country AF (ISO 3166-1)');
    expect(entryName('curated:tora-bora')).toBe('curated entry curated:tora-bora');
  });

  it('counts the mentions by confidence band and by what the choice rests on', () => {
    const kandahar = {
      ...place('geonames:1138958', 'city').properties,
      provenance: 'GeoNames 1138958 (cities500, CC BY 4.0)',
    };
    const facts = provenanceFacts(kandahar, [
      named(0.95, 'evidence'),
      named(0.9, 'evidence'),
      named(0.75, 'prominence'),
      named(0.3, 'guess', true),
    ]);
    expect(facts.entry).toBe('GeoNames 1138958');
    expect(facts.source).toBe('GeoNames 1138958 (cities500, CC BY 4.0)');
    expect(facts.kind).toBe('town');
    expect(facts.confidence).toEqual([
      '2 sure (0.8 or more): right 87 % of the time on real news',
      '1 likely (0.5–0.8): right 71 % of the time',
      '1 uncertain (below 0.5): right 17 % of the time',
    ]);
    expect(facts.basis[0]).toMatch(/^2 chosen on the text's own evidence/);
    expect(facts.basis[1]).toMatch(/^1 the best-known place of that name/);
    expect(facts.basis[2]).toMatch(/^1 a guess/);
    expect(facts.alternatives).toEqual(['Kandahar (India)']);
  });

  it('reads the basis from the data, and leaves out one it does not know', () => {
    const feature = (basis: unknown) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [66, 33] },
      properties: { ...named(0.9, undefined), basis },
    });
    const { items } = parseMentions({
      type: 'FeatureCollection',
      features: [feature('prominence'), feature('<b>')],
    });
    expect(items.map((m) => m.properties.basis)).toEqual(['prominence', undefined]);
  });
});
