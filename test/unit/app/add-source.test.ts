/** The "Add source" dialog's model: what each answer says, and new data keeping the view. */
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../../src/app/filters.ts';
import { addLines, outcomeOf, sendAdd } from '../../../src/app/model/add-source.ts';
import { data, openPlace, replaceData, selectedSources } from '../../../src/app/state.ts';
import { mention, place, source } from './helpers.ts';

const added = {
  id: 'article',
  title: 'Floods reach Kandahar',
  author: 'Mina Rahimi',
  publisher: 'The Valley Courier',
  published: '2021-08-15',
  url: null,
  language: 'en',
  characters: 423,
};

describe('outcomeOf', () => {
  it('says what was added and what was found in it', () => {
    expect(
      outcomeOf({ status: 201, body: { source: added, rebuild: { ok: true, message: '' } } }),
    ).toEqual({
      outcome: 'added',
      message:
        'Added “Floods reach Kandahar” as article.txt (Mina Rahimi, The Valley Courier, 2021-08-15, en), 423 characters. It is on the map now.',
    });
  });

  it('passes on the refusal in plain words', () => {
    expect(outcomeOf({ status: 422, body: { error: 'no text layer: run OCR first' } })).toEqual({
      outcome: 'failed',
      message: 'Not added: no text layer: run OCR first.',
    });
  });

  it('says when the source was saved but the map could not be rebuilt', () => {
    const reply = {
      status: 201,
      body: { source: added, rebuild: { ok: false, message: 'x.txt:1:1: error: …' } },
    };
    expect(outcomeOf(reply).message).toMatch(
      /But the map could not be rebuilt: x\.txt:1:1: error: …$/,
    );
  });

  it('says when the dev server does not answer', async () => {
    addLines.value = [];
    const server = { post: () => Promise.reject(new Error('offline')), onDataChanged: () => {} };
    await sendAdd(server, 'a.pdf', { path: '/api/sources', body: {} });
    expect(addLines.value).toEqual([
      {
        label: 'a.pdf',
        outcome: 'failed',
        message: 'Not added: the dev server did not answer. Is npm start still running?',
      },
    ]);
  });
});

describe('replaceData', () => {
  it('keeps the open place and the ticked sources by id, and shows a source added since', () => {
    const before = buildIndex(
      [place('a', 'city'), place('b', 'city')],
      [source('s1'), source('s2')],
      [mention('s1', 'a', 2020), mention('s2', 'b', 2020)],
    );
    data.value = before;
    selectedSources.value = new Set([1]);
    openPlace.value = before.placeIndex.get('b') ?? null;
    const after = buildIndex(
      [place('new', 'city'), place('a', 'city'), place('b', 'city')],
      [source('new-one'), source('s1'), source('s2')],
      [mention('new-one', 'new', 2021), mention('s1', 'a', 2020), mention('s2', 'b', 2020)],
    );
    replaceData(after);
    expect(data.value).toBe(after);
    expect([...(selectedSources.value ?? [])].map((i) => after.sources[i]?.id).sort()).toEqual([
      'new-one',
      's2',
    ]);
    expect(after.places[openPlace.value ?? -1]?.properties.id).toBe('b');
  });
});
