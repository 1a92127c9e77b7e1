import { normalizeName } from '../../../src/pipeline/gazetteer/normalize.ts';
import { findNameSpans } from '../../../src/pipeline/geoparse/candidates.ts';
import type { FilterContext } from '../../../src/pipeline/geoparse/filters/types.ts';
import { computeLayout } from '../../../src/pipeline/geoparse/layout.ts';
import type { NameSpan } from '../../../src/pipeline/geoparse/span.ts';
import { adjustBoundaries } from '../../../src/pipeline/geoparse/spans-adjust.ts';
import { tokenize } from '../../../src/pipeline/geoparse/tokenize.ts';
import { FakeGazetteer } from './fake-gazetteer.ts';

export const gazetteer = new FakeGazetteer();

/** Candidate spans of a text and the filter context around them (fake gazetteer). */
export function prepare(text: string): { spans: NameSpan[]; ctx: FilterContext } {
  const tokens = tokenize(text);
  const layout = computeLayout(text, tokens);
  const spans = adjustBoundaries(
    text,
    tokens,
    findNameSpans(text, tokens, layout, gazetteer, normalizeName, { maxTokens: 10 }),
    gazetteer,
    normalizeName,
  );
  const covered = new Map<number, NameSpan>();
  for (const s of spans) for (let k = s.ti; k <= s.tj; k++) covered.set(k, s);
  return {
    spans,
    ctx: {
      text,
      tokens,
      layout,
      gazetteer,
      normalize: normalizeName,
      inPlace: (k) => covered.has(k),
      spanAt: (k) => covered.get(k),
    },
  };
}

/** The candidate span whose text is `surface` (the n-th one, default first). */
export function spanOf(spans: readonly NameSpan[], surface: string, n = 0): NameSpan {
  const found = spans.filter((s) => s.text === surface);
  const s = found[n];
  if (s === undefined)
    throw new Error(`no candidate "${surface}" in ${spans.map((x) => x.text).join(', ')}`);
  return s;
}
