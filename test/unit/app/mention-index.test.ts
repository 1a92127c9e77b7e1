/**
 * The compact format end to end: what the build writes for the map (mention-index.json,
 * quotes/) read back by the app's parser gives the same counts and filters as the whole
 * mentions.geojson, and each mention's quotes file entry is that mention.
 */
import { describe, expect, it } from 'vitest';
import {
  countBySource,
  countPlaces,
  type DataIndex,
  type Filter,
  indexData,
  visibleMask,
  yearHistogram,
} from '../../../src/app/filters.ts';
import {
  DataError,
  parseMentionIndex,
  parsePlaces,
  parseQuotes,
  parseSources,
} from '../../../src/app/parse-data.ts';
import { buildDataset, datasetFiles } from '../../../src/pipeline/dataset/dataset.ts';
import { checkSourceFiles, readSourceDir } from '../../../src/pipeline/sources/read.ts';
import { MENTION_STATUSES } from '../../../src/shared/corrections.ts';
import { quotesFile } from '../../../src/shared/mention-index.ts';
import type { MentionProperties } from '../../../src/shared/types.ts';
import { fakeGeoparser } from '../pipeline/fake-geoparser.ts';
import { FIXTURES, IN } from '../pipeline/golden.ts';
import { source } from './helpers.ts';

async function built() {
  const { sources } = checkSourceFiles(await readSourceDir(`${IN}/sources`, FIXTURES));
  const { dataset } = buildDataset(sources, fakeGeoparser());
  // Statuses and doubtful readings too, as a reviewed collection has them.
  const ms = dataset.mentions.features.map((f) => f.properties);
  ms[1]!.status = 'corrected';
  ms[2]!.status = 'reviewed';
  ms[3]!.confidence = 0.35;
  const files = datasetFiles(dataset);
  const json = (name: string): unknown => JSON.parse(String(files.get(name)));
  const places = parsePlaces(json('places.geojson'));
  const sourceList = parseSources(json('sources.json')).items;
  const parsed = parseMentionIndex(json('mention-index.json'), places.at, sourceList);
  const index = indexData(places.items, sourceList, parsed.columns);
  return { dataset, files, json, index, mentions: ms };
}

/** The same counts the straightforward way, from mentions.geojson's properties. */
function expected(index: DataIndex, mentions: readonly MentionProperties[], f: Filter) {
  const own = new Map<string, number>();
  const bySource = new Map<string, number>();
  for (const m of mentions) {
    const s = index.sourceIndex.get(m.sourceId)!;
    const years =
      f.mode === 'published' ? (m.publishedYear === null ? [] : [m.publishedYear]) : m.years;
    const open = f.from === null && f.to === null;
    const inRange =
      open || years.some((y) => y >= (f.from ?? -Infinity) && y <= (f.to ?? Infinity));
    if (inRange) bySource.set(m.sourceId, (bySource.get(m.sourceId) ?? 0) + 1);
    if (inRange && (f.sources === null || f.sources.has(s))) {
      own.set(m.placeId, (own.get(m.placeId) ?? 0) + 1);
    }
  }
  return { own, bySource };
}

const FILTERS: Filter[] = [
  { sources: null, from: null, to: null, mode: 'published' },
  { sources: new Set([1]), from: null, to: null, mode: 'published' },
  { sources: null, from: 1996, to: 1999, mode: 'referenced' },
  { sources: new Set([0, 2]), from: 2019, to: 2021, mode: 'referenced' },
  { sources: null, from: 2020, to: 2020, mode: 'published' },
];

describe('the map’s compact mention files', () => {
  it('give the same place and source counts as mentions.geojson under every filter', async () => {
    const { index, mentions } = await built();
    expect(index.mentionCount).toBe(mentions.length);
    for (const f of FILTERS) {
      const want = expected(index, mentions, f);
      const counts = countPlaces(index, visibleMask(index, f));
      const own = new Map<string, number>();
      counts.own.forEach((n, p) => {
        if (n > 0) own.set(index.places[p]!.properties.id, n);
      });
      expect(own).toEqual(want.own);
      const bySource = new Map<string, number>();
      countBySource(index, f).forEach((n, s) => {
        if (n > 0) bySource.set(index.sources[s]!.id, n);
      });
      expect(bySource).toEqual(want.bySource);
    }
  });

  it('give the same years histogram, confidence and status per mention', async () => {
    const { index, mentions } = await built();
    const referenced = yearHistogram(index, { ...FILTERS[0]!, mode: 'referenced' })!;
    const years = mentions.flatMap((m) => m.years);
    expect(referenced.counts.reduce((a, b) => a + b, 0)).toBe(years.length);
    expect(referenced.undated).toBe(mentions.filter((m) => m.years.length === 0).length);
    const sorted = (xs: readonly number[]) => [...xs].sort((a, b) => a - b);
    expect(sorted(Array.from(index.mentionConfidence))).toEqual(
      sorted(mentions.map((m) => m.confidence)),
    );
    expect(Array.from(index.mentionStatus).filter((s) => s !== 0)).toHaveLength(2);
  });

  it('put each mention in its source’s quotes file, where the app finds it', async () => {
    const { index, json, mentions } = await built();
    for (let i = 0; i < index.mentionCount; i++) {
      const source = index.sources[index.mentionSource[i]!]!.id;
      const name = quotesFile(source, 0);
      const list = parseQuotes(json(name), name, { source, first: 0, count: 1 });
      const m = list[index.mentionOrdinal[i]!]!;
      expect(m.placeId).toBe(index.places[index.mentionPlace[i]!]!.properties.id);
      expect(mentions.find((x) => x.id === m.id)).toEqual(m);
    }
  });

  it('are refused with a clear message when a column does not fit', async () => {
    const { json, index } = await built();
    const file = json('mention-index.json') as { place: number[] };
    file.place.pop();
    const at = Int32Array.from(index.places, (_, i) => i);
    expect(() => parseMentionIndex(file, at, index.sources)).toThrow(
      new DataError(
        `mention-index.json: expected 'place' to have ${index.mentionCount} entries (the sum of perSource), found ${index.mentionCount - 1}`,
      ),
    );
    expect(() =>
      parseQuotes({ version: 1, source: 'other', first: 0, mentions: [] }, 'q.json', {
        source: 'x',
        first: 0,
        count: 1,
      }),
    ).toThrow('q.json belongs to other data: the data was rebuilt, reload the page');
  });

  it('leave out a mention whose place was dropped, and keep the years and status of the rest', () => {
    const file = {
      version: 1,
      sources: ['a', 'b'],
      perSource: [2, 1],
      place: [0, 1, 0],
      yearCount: [2, 2, 1],
      years: [1990, 1980, 2005, 2001, 1970],
      confidence: [100, 35, 150],
      status: [
        [1, 'corrected'],
        [2, 'reviewed'],
      ],
      quotesPerFile: 1000,
    };
    // The file's first place was malformed (dropped): its mentions go, the others stay.
    const { columns, dropped } = parseMentionIndex(file, Int32Array.from([-1, 0]), [
      { ...source('a'), published: { iso: '2021', precision: 'year', year: 2021 } },
      source('b'),
    ]);
    expect(dropped).toBe(2);
    expect([...columns.place]).toEqual([0]);
    expect([...columns.ordinal]).toEqual([1]);
    expect([...columns.published]).toEqual([2021]);
    expect([...columns.refYears]).toEqual([2001, 2005]);
    expect([...columns.refStart]).toEqual([0, 2]);
    expect([...columns.confidence]).toEqual([0.35]);
    expect([...columns.status]).toEqual([MENTION_STATUSES.indexOf('corrected')]);
  });
});
