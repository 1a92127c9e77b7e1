import { describe, expect, it } from 'vitest';
import { extractMentions } from '../../../src/pipeline/dataset/extract.ts';
import { fakeGeoparser } from './fake-geoparser.ts';

describe('extractMentions', () => {
  it('includes unresolved mentions with a null geometry', () => {
    const content = 'Springfield and Kabul.';
    const { collection } = extractMentions(content, fakeGeoparser());
    expect(collection.features.map((f) => [f.properties.text, f.geometry?.type ?? null])).toEqual([
      ['Springfield', null],
      ['Kabul', 'Point'],
    ]);
    expect(collection.features[0]?.properties).toEqual({
      start: 0,
      end: 11,
      text: 'Springfield',
      placeId: null,
      name: null,
      kind: null,
      country: null,
      quote: 'Springfield and Kabul.',
      confidence: 0,
      alternatives: [],
    });
  });

  it('offsets count the front matter; metadata is not geoparsed', () => {
    const content = '---\nid: x\ntitle: Kabul in the title\n---\nTo Kandahar.';
    const { collection } = extractMentions(content, fakeGeoparser());
    expect(collection.features.map((f) => f.properties.text)).toEqual(['Kandahar']);
    const p = collection.features[0]!.properties;
    expect(content.slice(p.start, p.end)).toBe('Kandahar');
  });

  it('an unclosed front matter is treated as text', () => {
    const content = '---\nKabul';
    const { collection } = extractMentions(content, fakeGeoparser());
    expect(collection.features[0]?.properties.start).toBe(4);
  });

  it('drops mentions in page furniture and counts them', () => {
    const content =
      'Talks in Kabul went well, both sides said after the meeting ended.\n\nLeave a Reply\n\nI am in Paris.';
    const { collection, droppedAsFurniture } = extractMentions(content, fakeGeoparser());
    expect(collection.features.map((f) => f.properties.text)).toEqual(['Kabul']);
    expect(droppedAsFurniture).toBe(1);
  });
});
