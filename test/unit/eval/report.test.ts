import { describe, expect, it } from 'vitest';
import {
  docTable,
  issuesReport,
  kindTable,
  summaryTable,
} from '../../../src/pipeline/eval/report.ts';
import type { EvalDoc, Prediction } from '../../../src/pipeline/eval/score.ts';
import { scoreDoc, summarize } from '../../../src/pipeline/eval/score.ts';

const text = 'Talks in Doha and Kabul. Officials in Paris agreed.';
const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, text: s });
const doc = (name: string, group: string): EvalDoc => ({
  name,
  group,
  text,
  annotations: [
    { ...at('Doha'), lat: 25.29, lon: 51.53, kind: 'city' },
    { ...at('Kabul'), lat: 34.53, lon: 69.17, kind: 'city' },
  ],
});
const pred = (s: string, point: [number, number] | null): Prediction => ({
  ...at(s),
  placeId: null,
  name: s,
  kind: null,
  country: null,
  quote: '',
  point,
});

const scores = [
  scoreDoc(doc('a', 'seeds'), [pred('Doha', [51.53, 25.29]), pred('Paris', [2.35, 48.86])]),
  scoreDoc(doc('b', 'world'), [pred('Kabul', [0, 0])]),
];

describe('report', () => {
  it('has an overall row and one row per group', () => {
    const t = summaryTable(scores).split('\n');
    expect(t[1]).toMatch(/^overall/);
    expect(t.slice(2).map((l) => l.trim().split(' ')[0])).toEqual(['seeds', 'world']);
  });
  it('lists documents with their group', () => {
    expect(docTable(scores)).toMatch(/seeds\/a/);
    expect(docTable(scores)).toMatch(/world\/b/);
  });
  it('lists issues by type and honours the limit', () => {
    const all = issuesReport(scores);
    expect(all).toMatch(/MISSED \(gold toponym not found\): 2/);
    expect(all).toMatch(/FALSE ALARM .*: 1/);
    expect(all).toMatch(/WRONG RESOLUTION .*: 1/);
    const limited = issuesReport(scores, 1);
    expect(limited).toMatch(/… 1 more/);
  });
  it('breaks accuracy down by kind', () => {
    expect(kindTable(summarize(scores))).toMatch(/city\s+2\s+1\s+50\.0%/);
  });
});
