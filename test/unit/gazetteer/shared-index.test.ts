/**
 * The stored index answers lookups exactly as the in-memory name index it was written from,
 * from one buffer shared by worker threads: keys and ids are compared as UTF-8 bytes, so the
 * writer's order must be byte order, also for names with characters past U+FFFF.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openIndex, serializeIndex } from '../../../src/pipeline/gazetteer/cache.ts';
import { loadGazetteer, sharedGazetteer } from '../../../src/pipeline/gazetteer/index.ts';
import type { DraftEntry } from '../../../src/pipeline/gazetteer/model.ts';
import type { NameIndex } from '../../../src/pipeline/gazetteer/name-index.ts';
import { StoredGazetteer } from '../../../src/pipeline/gazetteer/store.ts';
import { runPool } from '../../../src/pipeline/worker-pool.ts';

function entry(id: string, name: string): DraftEntry {
  return {
    entry: {
      id,
      name,
      kind: 'city',
      country: 'AF',
      admin1: null,
      parents: [],
      point: [65, 33],
      population: 1000,
      featureCode: 'PPL',
      provenance: `GeoNames ${id.slice(id.indexOf(':') + 1)}`,
    },
    names: [name],
    alternates: [],
    geometry: null,
  };
}

/** A name index as buildNameIndex returns it: keys in JavaScript's (UTF-16) order. */
function nameIndex(keys: string[], entries: number): NameIndex {
  const sorted = [...new Set(keys)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return {
    keys: sorted,
    postings: sorted.map((_, i) => [i % entries, (i * 7 + 3) % entries]),
    maxNameTokens: 4,
  };
}

// Characters on both sides of the UTF-16 / code point order difference: ASCII, accents,
// U+E000..U+FFFF (e.g. "ﬀ", "ｋ") and astral ones (emoji, mathematical letters).
const letter = fc.constantFrom(
  'a',
  'b',
  'k',
  'é',
  'ü',
  'ß',
  'ı',
  'ﬀ',
  'ｋ',
  '\uFFFD',
  '😀',
  '𝔸',
  '中',
);
const key = fc.array(letter, { minLength: 1, maxLength: 6 }).map((cs) => cs.join(''));

describe('the stored index', () => {
  it('finds every key of the name index, and only those, whatever characters they hold', () => {
    fc.assert(
      fc.property(
        fc.array(key, { minLength: 1, maxLength: 60 }),
        fc.array(key, { maxLength: 20 }),
        (keys, others) => {
          const entries = ['geonames:1', 'geonames:ﬀ2', 'geonames:😀3', 'curated:é4'].map((id, i) =>
            entry(id, `Place ${i}`),
          );
          const names = nameIndex(keys, entries.length);
          const bytes = serializeIndex({ entries, demonyms: new Map() }, names);
          const g = new StoredGazetteer(openIndex(bytes.buffer as SharedArrayBuffer));
          names.keys.forEach((k, i) => {
            const expected = (names.postings[i] ?? []).map((e) => entries[e]?.entry.id);
            expect(g.lookup(k).map((e) => e.id)).toEqual(expected);
          });
          for (const other of others)
            if (!names.keys.includes(other)) expect(g.lookup(other)).toEqual([]);
          for (const d of entries) expect(g.get(d.entry.id)).toEqual(d.entry);
          expect(g.get('geonames:0')).toBeUndefined();
        },
      ),
      { numRuns: 200 },
    );
  });

  it('answers the same in a worker thread over the shared buffer as in this thread, for real keys', async () => {
    const g = await loadGazetteer();
    expect(g.shared).toBeInstanceOf(SharedArrayBuffer);
    const keys = [...g.keys()];
    // Every real key is found (byte order and byte search agree over the whole table)…
    const unfound = keys.filter((k) => g.lookup(k).length === 0);
    expect(unfound).toEqual([]);
    const nonAscii = (k: string): boolean => [...k].some((c) => (c.codePointAt(0) ?? 0) > 0x7f);
    expect(keys.filter(nonAscii).length).toBeGreaterThan(100);
    // …and a worker viewing the same memory answers exactly as this thread does.
    const sample = keys.filter((k, i) => i % 40 === 0 || nonAscii(k));
    const known = new Set(keys);
    const misses = sample
      .slice(0, 500)
      .map((k) => `${k}q`)
      .filter((k) => !known.has(k));
    for (const k of misses) expect(g.lookup(k)).toEqual([]);
    const asked = [...sample, ...misses, 'kabul', 'peshāwar', 'são paulo'];
    const here = asked.map((k) => g.lookup(k).map((e) => JSON.stringify(e)));
    const there: string[][][] = [];
    await runPool<string[], string[][]>(
      [asked],
      {
        module: new URL('./fixtures/lookup-worker.ts', import.meta.url),
        size: 1,
        data: { index: g.shared },
      },
      (_, outcome) => {
        if (!outcome.ok) throw new Error(outcome.message);
        there.push(outcome.value);
      },
    );
    expect(there[0]).toEqual(here);
    const other = sharedGazetteer(g.shared);
    expect(other.lookup('kabul')).toEqual(g.lookup('kabul'));
  }, 120_000);
});
