/**
 * Review and correct in the app, without a browser: the changes made here on top of what the
 * build applied, the files they make, the review queue's order and count, the place search.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { buildIndex } from '../../../src/app/filters.ts';
import {
  addUserPlace,
  correct,
  correctionFiles,
  EMPTY_PENDING,
  files,
  mergedFor,
  pending,
  saved,
  setSaved,
  undoPending,
  withoutBuilt,
} from '../../../src/app/model/corrections.ts';
import { fold, indexEntries, nearestCountry, search } from '../../../src/app/model/place-search.ts';
import { isReviewed, reviewKey, reviewQueue } from '../../../src/app/model/review.ts';
import {
  type CorrectionsData,
  correctionAt,
  serializeCorrections,
  serializeUserPlaces,
} from '../../../src/shared/corrections.ts';
import { decodeSearchIndex, encodeSearchLine } from '../../../src/shared/search-index.ts';
import { detailsOf, mention, place, source } from './helpers.ts';

const BODY = 'Talks in Kabul and Paris went on. Kabul said no.\n';
const EMPTY: CorrectionsData = { version: 1, sources: {}, places: [] };

beforeEach(() => {
  saved.value = EMPTY;
  pending.value = EMPTY_PENDING;
});

describe('changes made in the app', () => {
  it('make the whole corrections file of their source, on top of what the build applied', () => {
    const built = correctionAt(BODY, 19, 24, 'not-a-place');
    setSaved({ ...EMPTY, sources: { talks: [built] } });
    correct('talks', BODY, 9, 14, 'choose-place', 'admin1:AF-KAB');
    expect(mergedFor(saved.value, pending.value, 'talks')).toEqual([
      correctionAt(BODY, 9, 14, 'choose-place', 'admin1:AF-KAB'),
      built,
    ]);
    expect(files.value).toEqual([
      {
        path: 'data/corrections/talks.json',
        name: 'talks.json',
        text: serializeCorrections({
          source: 'talks',
          corrections: [correctionAt(BODY, 9, 14, 'choose-place', 'admin1:AF-KAB'), built],
        }),
      },
    ]);
  });

  it('replace an earlier change of the same words, and can be undone', () => {
    correct('talks', BODY, 9, 14, 'choose-place', 'admin1:AF-KAB');
    correct('talks', BODY, 9, 14, 'not-a-place');
    expect(pending.value.corrections.talks).toEqual([correctionAt(BODY, 9, 14, 'not-a-place')]);
    undoPending('talks', 9, 14);
    expect(files.value).toEqual([]);
  });

  it('un-adding a mention added here takes the addition back', () => {
    correct('talks', BODY, 0, 5, 'add-mention', 'country:FR');
    correct('talks', BODY, 0, 5, 'not-a-place');
    expect(mergedFor(saved.value, pending.value, 'talks')).toEqual([]);
  });

  it('are dropped once the build has them', () => {
    correct('talks', BODY, 9, 14, 'choose-place', 'admin1:AF-KAB');
    const built = { ...EMPTY, sources: { talks: mergedFor(saved.value, pending.value, 'talks') } };
    expect(withoutBuilt(pending.value, built)).toEqual({ corrections: {}, places: [] });
  });

  it('add a place with a user: id and the date it was added, and its file', () => {
    const p = addUserPlace(
      { name: 'Spina Shaga', kind: 'city', country: 'AF', point: [69.91234567, 33.2] },
      new Date('2026-12-04T10:00:00Z'),
    );
    expect(p).toEqual({
      id: 'user:spina-shaga',
      name: 'Spina Shaga',
      kind: 'city',
      country: 'AF',
      point: [69.912346, 33.2],
      provenance: 'added by the user, 2026-12-04',
    });
    const again = addUserPlace({ name: 'Spína Shaga', kind: 'site', country: null, point: [1, 2] });
    expect(again.id).toBe('user:spina-shaga-2');
    expect(correctionFiles(saved.value, pending.value)[0]).toEqual({
      path: 'data/user-places.json',
      name: 'user-places.json',
      text: serializeUserPlaces([p, again]),
    });
  });
});

describe('the review queue', () => {
  const m = (placeId: string, confidence: number, status = 'automatic') => {
    const f = mention('s1', placeId, 2020);
    return { ...f, properties: { ...f.properties, confidence, status: status as 'automatic' } };
  };
  const mentions = [m('a', 0.9), m('b', 0.2), m('a', 0.5, 'corrected'), m('b', 0.4)];
  const index = buildIndex([place('a', 'city'), place('b', 'city')], [source('s1')], mentions);
  const details = detailsOf(index, mentions);
  const all = new Uint8Array([1, 1, 1, 1]);

  it('walks the shown mentions from least to most confident, and counts the reviewed', () => {
    expect(reviewQueue(index, all, EMPTY_PENDING, new Set(), details)).toEqual({
      queue: [1, 3, 0],
      reviewed: 1,
      total: 4,
    });
  });

  it('takes out what was changed here and what was skipped', () => {
    const p = details(1);
    const changes = {
      corrections: { s1: [correctionAt('x'.repeat(p.end + 5), p.start, p.end, 'not-a-place')] },
      places: [],
    };
    expect(isReviewed(index, changes, 1, details)).toBe(true);
    expect(reviewQueue(index, all, changes, new Set([3]), details)).toEqual({
      queue: [0],
      reviewed: 2,
      total: 4,
    });
    expect(reviewQueue(index, all, changes, new Set([0, 3]), details).queue).toEqual([]);
  });

  it('has keys for accept, next candidate, not a place and skip', () => {
    expect(['a', 'N', 'x', 's', 'q'].map(reviewKey)).toEqual([
      'accept',
      'next-candidate',
      'not-a-place',
      'skip',
      null,
    ]);
  });
});

describe('the place search', () => {
  const entries = decodeSearchIndex(
    [
      {
        id: 'geonames:1',
        name: 'Kabul',
        kind: 'city' as const,
        country: 'AF',
        point: [69.17, 34.53] as [number, number],
      },
      {
        id: 'admin1:AF-KAB',
        name: 'Kabul',
        kind: 'admin1' as const,
        country: 'AF',
        point: [69.2, 34.5] as [number, number],
      },
      {
        id: 'geonames:2',
        name: 'Kabulonga',
        kind: 'city' as const,
        country: 'ZM',
        point: [28.3, -15.4] as [number, number],
      },
      {
        id: 'geonames:3',
        name: 'Spina Shaga',
        kind: 'city' as const,
        country: 'AF',
        point: [69.9, 33.2] as [number, number],
      },
      {
        id: 'geonames:4',
        name: 'Şanlıurfa',
        kind: 'city' as const,
        country: 'TR',
        point: [38.8, 37.2] as [number, number],
      },
    ]
      .map(encodeSearchLine)
      .join('\n'),
  );
  const index = indexEntries(entries);

  it('reads back the compact lines it was written as', () => {
    expect(entries[0]).toEqual({
      id: 'geonames:1',
      name: 'Kabul',
      kind: 'city',
      country: 'AF',
      point: [69.17, 34.53],
    });
  });

  it('finds exact names first, bigger places first, then names and words that start so', () => {
    expect(search(index, 'kabul').map((e) => e.id)).toEqual([
      'admin1:AF-KAB',
      'geonames:1',
      'geonames:2',
    ]);
    expect(search(index, 'shaga').map((e) => e.id)).toEqual(['geonames:3']);
    expect(search(index, 'sanliurfa').map((e) => e.name)).toEqual(['Şanlıurfa']);
    expect(fold('  Mazar-e   Sharif ')).toBe('mazar e sharif');
  });

  it('guesses the country of a clicked point from the nearest town', () => {
    expect(nearestCountry(index, [69.8, 33.3])).toBe('AF');
    expect(nearestCountry(index, [29, -15])).toBe('ZM');
  });
});
