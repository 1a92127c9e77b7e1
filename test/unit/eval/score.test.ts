import { describe, expect, it } from 'vitest';
import type { GoldAnnotation } from '../../../src/pipeline/eval/annotated.ts';
import type { EvalDoc, Prediction } from '../../../src/pipeline/eval/score.ts';
import {
  counts,
  median,
  scoreDoc,
  sentenceAround,
  summarize,
} from '../../../src/pipeline/eval/score.ts';
import type { LonLat } from '../../../src/shared/types.ts';

const text = 'Fighting in Kandahar spread. Officials in New York City and Paris, Texas, disagreed.';
//            0         1         2         3         4         5         6         7
//            0123456789012345678901234567890123456789012345678901234567890123456789012345

function gold(name: string, lat: number, lon: number, from = 0): GoldAnnotation {
  const start = text.indexOf(name, from);
  if (start < 0) throw new Error(name);
  return { start, end: start + name.length, text: name, lat, lon };
}

function pred(name: string, point: LonLat | null, from = 0): Prediction {
  const start = text.indexOf(name, from);
  if (start < 0) throw new Error(name);
  return {
    start,
    end: start + name.length,
    text: name,
    placeId: point ? `test:${name}` : null,
    name: point ? name : null,
    kind: point ? 'city' : null,
    country: null,
    quote: '',
    point,
  };
}

const doc: EvalDoc = {
  name: 'tiny',
  group: 'world',
  text,
  annotations: [
    gold('Kandahar', 31.61, 65.71),
    gold('New York City', 40.71, -74.01),
    gold('Paris', 33.66, -95.56),
    gold('Texas', 31.0, -99.0),
  ],
};

describe('counts and median', () => {
  it('define P/R/F1 as 0 when undefined', () => {
    expect(counts(0, 0, 0)).toEqual({ tp: 0, fp: 0, fn: 0, precision: 0, recall: 0, f1: 0 });
    expect(counts(3, 1, 2).precision).toBeCloseTo(0.75);
    expect(counts(3, 1, 2).recall).toBeCloseTo(0.6);
    expect(counts(3, 1, 2).f1).toBeCloseTo(2 / 3);
  });
  it('median of even and odd lists', () => {
    expect(median([])).toBeNull();
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});

describe('scoreDoc', () => {
  it('perfect predictions score 1 everywhere', () => {
    const preds = doc.annotations.map((g) => pred(g.text, [g.lon ?? 0, g.lat ?? 0]));
    const s = scoreDoc(doc, preds);
    expect(s.strict).toMatchObject({ tp: 4, fp: 0, fn: 0, precision: 1, recall: 1, f1: 1 });
    expect(s.resolution).toMatchObject({ n: 4, correct: 4, accuracy: 1, meanKm: 0 });
    expect(s.issues).toEqual([]);
  });

  it('no predictions: recall 0, everything missed', () => {
    const s = scoreDoc(doc, []);
    expect(s.strict).toMatchObject({ tp: 0, fp: 0, fn: 4, recall: 0, f1: 0 });
    expect(s.issues.map((i) => i.type)).toEqual(['miss', 'miss', 'miss', 'miss']);
    expect(s.resolution.n).toBe(0);
    expect(s.resolution.meanKm).toBeNull();
  });

  it('a boundary error fails strict but passes overlap', () => {
    const preds = [pred('York City', [-74.01, 40.71])];
    const s = scoreDoc(doc, preds);
    expect(s.strict).toMatchObject({ tp: 0, fp: 1, fn: 4 });
    expect(s.overlap).toMatchObject({ tp: 1, fp: 0, fn: 3 });
    expect(s.resolution.n).toBe(0);
    expect(s.resolutionOverlap).toMatchObject({ n: 1, correct: 1 });
    const b = s.issues.find((i) => i.type === 'boundary');
    expect(b).toMatchObject({ text: 'New York City', predictedText: 'York City' });
  });

  it('a homonym resolved to the wrong continent is a recognition hit but a resolution miss', () => {
    const preds = [pred('Paris', [2.35, 48.86]), pred('Texas', [-99, 31])];
    const s = scoreDoc(doc, preds);
    expect(s.strict.tp).toBe(2);
    expect(s.resolution).toMatchObject({ n: 2, correct: 1, accuracy: 0.5 });
    const wrong = s.issues.filter((i) => i.type === 'wrong-resolution');
    expect(wrong).toHaveLength(1);
    expect(wrong[0]!.text).toBe('Paris');
    expect(wrong[0]!.distanceKm).toBeGreaterThan(7700);
    expect(wrong[0]!.context).toBe('Officials in New York City and Paris, Texas, disagreed.');
    expect(s.resolution.medianKm).toBeCloseTo(wrong[0]!.distanceKm! / 2, 6);
  });

  it('161 km is the edge: 160 km passes, 162 km fails', () => {
    // Kandahar moved due north by 160 and 162 km (1° lat ≈ 111.19 km).
    const north = (km: number): LonLat => [65.71, 31.61 + km / 111.195];
    expect(scoreDoc(doc, [pred('Kandahar', north(160))]).resolution.correct).toBe(1);
    expect(scoreDoc(doc, [pred('Kandahar', north(162))]).resolution.correct).toBe(0);
  });

  it('an unresolved recognised toponym counts as wrong, without a distance', () => {
    const s = scoreDoc(doc, [pred('Kandahar', null)]);
    expect(s.strict.tp).toBe(1);
    expect(s.resolution).toMatchObject({ n: 1, correct: 0, unresolved: 1, meanKm: null });
    expect(s.issues.some((i) => i.type === 'unresolved' && i.text === 'Kandahar')).toBe(true);
  });

  it('false alarms and duplicate predictions are counted once each', () => {
    const preds = [
      pred('Kandahar', [65.71, 31.61]),
      pred('Kandahar', [65.71, 31.61]),
      pred('Officials', null),
    ];
    const s = scoreDoc(doc, preds);
    expect(s.strict).toMatchObject({ tp: 1, fp: 2, fn: 3 });
    const fa = s.issues.filter((i) => i.type === 'false-alarm').map((i) => i.text);
    expect(fa).toEqual(['Kandahar', 'Officials']);
  });

  it('a prediction spanning two gold names matches only one of them leniently', () => {
    // "Paris, Texas" as one span overlaps both gold "Paris" and "Texas".
    const s = scoreDoc(doc, [pred('Paris, Texas', [-95.56, 33.66])]);
    expect(s.overlap).toMatchObject({ tp: 1, fp: 0, fn: 3 });
    expect(s.strict.tp).toBe(0);
  });

  it('swapped lon/lat in a prediction is caught', () => {
    const s = scoreDoc(doc, [pred('Kandahar', [31.61, 65.71])]);
    expect(s.resolution.correct).toBe(0);
  });
});

describe('summarize', () => {
  it('micro-averages counts and pools distances', () => {
    const a = scoreDoc(doc, [pred('Paris', [2.35, 48.86]), pred('Texas', [-99, 31])]);
    const b = scoreDoc({ ...doc, name: 'other', group: 'seeds' }, [
      pred('Kandahar', [65.71, 31.61]),
    ]);
    const s = summarize([a, b]);
    expect(s.docs).toBe(2);
    expect(s.gold).toBe(8);
    expect(s.strict).toMatchObject({ tp: 3, fp: 0, fn: 5 });
    expect(s.resolution).toMatchObject({ n: 3, correct: 2 });
    expect(s.resolution.medianKm).toBe(0);
    expect(s.byKind.unspecified).toEqual({ n: 3, correct: 2 });
  });
});

describe('sentenceAround', () => {
  it('returns the sentence holding the span', () => {
    const k = text.indexOf('Kandahar');
    expect(sentenceAround(text, k, k + 8)).toBe('Fighting in Kandahar spread.');
  });
  it('stops at line breaks', () => {
    const t = 'Subscribe\nKABUL -- Rain fell.';
    expect(sentenceAround(t, 10, 15)).toBe('KABUL -- Rain fell.');
  });
});
