/** Quotes on demand (model/quotes.ts), with a fake loader in place of fetch. */
import { describe, expect, it } from 'vitest';
import { buildIndex, type DataIndex } from '../../../src/app/filters.ts';
import { createQuoteStore } from '../../../src/app/model/quotes.ts';
import { DataError } from '../../../src/app/parse-data.ts';
import { encodeMentions } from '../../../src/shared/mention-index.ts';
import { detailsOf, mention, place, source } from './helpers.ts';

const places = [place('a', 'city'), place('b', 'city')];
const sources = [source('s1'), source('s2')];
const mentions = [
  mention('s1', 'a', 2020),
  mention('s2', 'b', 2020),
  mention('s1', 'b', 2020),
  mention('s1', 'a', 2020),
];
/** Two mentions a quotes file, so that a source's quotes come in pieces. */
const indexed = (): DataIndex => buildIndex(places, sources, mentions, 2);
const index = indexed();
const details = detailsOf(index, mentions);

/** The files as the build writes them (two mentions a file), served by a counting fake. */
function server(fail: (path: string) => boolean = () => false) {
  const { quotes } = encodeMentions(
    places,
    sources,
    mentions.map((m) => m.properties),
    2,
  );
  const asked: string[] = [];
  const load = async (path: string): Promise<unknown> => {
    asked.push(path);
    if (fail(path)) throw new DataError(`${path} could not be loaded (HTTP 404)`);
    return quotes.get(path.replace(/^data\//, ''));
  };
  return { asked, load };
}

describe('quotes on demand', () => {
  it('has nothing before it is asked, then fetches each file once and keeps it', async () => {
    const { asked, load } = server();
    const store = createQuoteStore(load);
    expect(store.details(index, 0)).toBeNull();
    expect(store.status(index, [0]).state).toBe('loading');
    await store.request(index, [0, 1]);
    // Mention 0 and 1 are s1's first two: one file.
    expect(asked).toEqual(['data/quotes/s1.0.json']);
    expect(store.details(index, 0)).toEqual(details(0));
    expect(store.details(index, 1)).toEqual(details(1));
    expect(store.status(index, [0, 1])).toEqual({ state: 'ready' });
    await store.request(index, [1, 0]);
    await store.request(index, [2, 3]);
    expect(asked).toEqual([
      'data/quotes/s1.0.json',
      'data/quotes/s1.1.json',
      'data/quotes/s2.0.json',
    ]);
    expect(store.details(index, 3)).toEqual(details(3));
  });

  it('asks once for a file two views want at the same time', async () => {
    const { asked, load } = server();
    const store = createQuoteStore(load);
    await Promise.all([store.request(index, [0]), store.request(index, [1])]);
    expect(asked).toEqual(['data/quotes/s1.0.json']);
  });

  it('says why a file failed, and tries again when asked again', async () => {
    let broken = true;
    const { asked, load } = server(() => broken);
    const store = createQuoteStore(load);
    await store.request(index, [0]);
    expect(store.details(index, 0)).toBeNull();
    expect(store.status(index, [0])).toEqual({
      state: 'failed',
      message: 'data/quotes/s1.0.json could not be loaded (HTTP 404)',
    });
    broken = false;
    await store.request(index, [0]);
    expect(asked).toHaveLength(2);
    expect(store.details(index, 0)).toEqual(details(0));
  });

  it('starts afresh for rebuilt data', async () => {
    const { asked, load } = server();
    const store = createQuoteStore(load);
    await store.request(index, [0]);
    const rebuilt = indexed();
    expect(store.details(rebuilt, 0)).toBeNull();
    await store.request(rebuilt, [0]);
    expect(asked).toHaveLength(2);
    expect(store.details(rebuilt, 0)).toEqual(details(0));
  });
});
