import { describe, expect, it } from 'vitest';
import {
  DataError,
  MAX_SHOWN_META,
  parseMentions,
  parsePlaces,
  parseSources,
  parseUnresolved,
  safeHttpUrl,
} from '../../../src/app/parse-data.ts';

describe('parse-data', () => {
  it('rejects a file that is not a FeatureCollection', () => {
    expect(() => parsePlaces({ hello: 1 })).toThrow(DataError);
    expect(() => parseSources([])).toThrow(DataError);
  });

  it('drops malformed places and mentions', () => {
    const places = parsePlaces({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [1, 2] },
          properties: { id: 'x', name: 'X', kind: 'city', point: [1, 2] },
        },
        {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [1, 2] },
          properties: { id: 'y', name: 'Y', kind: 'planet', point: [1, 2] },
        },
        { type: 'Feature', geometry: null, properties: {} },
      ],
    });
    expect(places.items.map((p) => p.properties.id)).toEqual(['x']);
    expect(places.dropped).toBe(2);
    const mentions = parseMentions({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [1, 2] },
          properties: { sourceId: 's', placeId: 'x', start: 3, end: 1 },
        },
      ],
    });
    expect(mentions.dropped).toBe(1);
  });

  it('says how a mention was dated, and reads older data without it as found in the text', () => {
    const at = (properties: Record<string, unknown>) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [1, 2] },
      properties: { sourceId: 's', placeId: 'x', start: 1, end: 3, ...properties },
    });
    const { items } = parseMentions({
      type: 'FeatureCollection',
      features: [
        at({ years: [2020], yearsFrom: 'publication' }),
        at({ years: [2001] }),
        at({ years: [], yearsFrom: 'guessed' }),
      ],
    });
    expect(items.map((m) => m.properties.yearsFrom)).toEqual(['publication', 'clause', 'none']);
  });

  it('keeps only web links', () => {
    expect(safeHttpUrl('javascript:alert(1)')).toBeNull();
    expect(safeHttpUrl('data:text/html,<b>')).toBeNull();
    expect(safeHttpUrl('https://example.org/a')).toBe('https://example.org/a');
    const s = parseSources({
      version: 1,
      sources: [{ id: 'a', title: '', url: 'javascript:x' }, { id: 'a' }],
    });
    expect(s.items).toHaveLength(1);
    expect(s.items[0]).toMatchObject({ id: 'a', title: 'a', url: null });
  });

  it('clips a huge title, author or publisher so the page does not freeze on it', () => {
    const huge = 'a'.repeat(1_000_000);
    const { items } = parseSources({
      version: 1,
      sources: [{ id: 's', title: huge, author: huge, publisher: huge, url: null }],
    });
    const s = items[0]!;
    for (const value of [s.title, s.author, s.publisher]) {
      expect(value?.length).toBeLessThanOrEqual(MAX_SHOWN_META + 1);
      expect(value?.endsWith('…')).toBe(true);
    }
  });

  it('reads the names not placed, dropping malformed entries', () => {
    const u = parseUnresolved([{ sourceId: 's', text: 'Qala', reason: 'ambiguous' }, { text: 1 }]);
    expect(u.items).toHaveLength(1);
    expect(u.dropped).toBe(1);
    expect(() => parseUnresolved({})).toThrow(DataError);
  });
});
