import { describe, expect, it } from 'vitest';
import { parseCorpus, scoredPredictions } from '../../../src/pipeline/eval/corpus.ts';
import { scoreDoc } from '../../../src/pipeline/eval/score.ts';

const options = { file: 'c.jsonl', group: 'c', isDemonym: (s: string) => s === 'Afghan' };
const line = (o: unknown): string => JSON.stringify(o);

describe('parseCorpus', () => {
  it('reads documents, sets demonyms aside and keeps toponyms without coordinates', () => {
    const text = 'Afghan troops left Kabul for Zaranj.';
    const content = line({
      id: 'd1',
      text,
      toponyms: [
        { start: 0, end: 6, text: 'Afghan', lat: 33, lon: 66 },
        { start: 19, end: 24, text: 'Kabul', lat: 34.5, lon: 69.2 },
        { start: 29, end: 35, text: 'Zaranj', lat: null, lon: null },
      ],
    });
    const { docs, problems } = parseCorpus(`${content}\n`, options);
    expect(problems).toEqual([]);
    expect(docs[0]?.annotations.map((a) => [a.text, a.lat])).toEqual([
      ['Kabul', 34.5],
      ['Zaranj', null],
    ]);
    expect(docs[0]?.unscored).toEqual([{ start: 0, end: 6 }]);
  });

  it('reports each malformed line with its line number and what was expected, and reads the rest', () => {
    const good = line({ id: 'ok', text: 'Kabul', toponyms: [] });
    const content = [
      good,
      '{"id": "broken", ',
      line({ id: 'd3', text: 'Kabul', toponyms: [{ start: 0, end: 5, text: 'Kandahar' }] }),
      line({ id: 'd4', text: 'Kabul', toponyms: [{ start: 0, end: 9, text: 'Kabul' }] }),
      line({ id: 'd5', text: 'Kabul', toponyms: [{ start: 0, end: 5, lat: 95, lon: 0 }] }),
    ].join('\n');
    const { docs, problems } = parseCorpus(content, options);
    expect(docs.map((d) => d.name)).toEqual(['ok', 'd3', 'd4', 'd5']);
    expect(problems.map((p) => [p.from.line, p.message])).toEqual([
      [2, expect.stringMatching(/^expected one JSON object on the line, found malformed JSON/)],
      [
        3,
        'document "d3", toponym 1: expected the toponym text at 0..5 to be "Kandahar", found "Kabul"',
      ],
      [
        4,
        'document "d4", toponym 1: expected 0 <= start < end <= 5 (the text\'s length), found 0..9',
      ],
      [
        5,
        'document "d5", toponym 1: expected "lat" in [-90, 90] and "lon" in [-180, 180] or null, found 95, 0',
      ],
    ]);
  });
});

describe('scoring a corpus document', () => {
  const text = 'Afghan troops left Kabul for Zaranj.';
  const { docs } = parseCorpus(
    line({
      id: 'd1',
      text,
      toponyms: [
        { start: 0, end: 6, lat: 33, lon: 66 },
        { start: 19, end: 24, lat: 34.5, lon: 69.2 },
        { start: 29, end: 35, lat: null, lon: null },
      ],
    }),
    options,
  );
  const doc = docs[0]!;
  const pred = (start: number, end: number, point: [number, number] | null) => ({
    start,
    end,
    text: text.slice(start, end),
    placeId: point ? 'p' : null,
    name: null,
    kind: null,
    country: null,
    quote: text,
    point,
  });

  it('a prediction on a demonym is neither right nor wrong', () => {
    const predictions = scoredPredictions(doc, [pred(0, 6, [66, 33]), pred(19, 24, [69.2, 34.5])]);
    const s = scoreDoc(doc, predictions);
    expect(s.overlap).toMatchObject({ tp: 1, fp: 0, fn: 1 });
  });

  it('a toponym without coordinates counts for recognition but not for resolution', () => {
    const s = scoreDoc(doc, [pred(19, 24, [69.2, 34.5]), pred(29, 35, [61.9, 31.0])]);
    expect(s.overlap).toMatchObject({ tp: 2, fp: 0, fn: 0 });
    expect(s.resolutionOverlap).toMatchObject({ n: 1, correct: 1, accuracy: 1 });
  });

  it('an area containing the gold point counts as the same place in "+area", not in acc@161', () => {
    const far = { ...pred(19, 24, [60, 60]), contains: () => true };
    const s = scoreDoc(doc, [far]);
    expect(s.resolutionOverlap).toMatchObject({ n: 1, correct: 0, correctOrInArea: 1 });
    const notInside = { ...pred(19, 24, [60, 60]), contains: () => false };
    expect(scoreDoc(doc, [notInside]).resolutionOverlap.correctOrInArea).toBe(0);
  });
});
