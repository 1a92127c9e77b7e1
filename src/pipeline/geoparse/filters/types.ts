import type { Gazetteer, GazetteerEntry } from '../../gazetteer/types.ts';
import type { Layout } from '../layout.ts';
import type { NameSpan, Normalize } from '../span.ts';
import type { Token } from '../tokenize.ts';

export interface FilterContext {
  text: string;
  tokens: readonly Token[];
  layout: Layout;
  gazetteer: Gazetteer;
  normalize: Normalize;
  /** Is token k inside a candidate span (a place name)? */
  inPlace: (k: number) => boolean;
  /** The candidate span covering token k, if any. */
  spanAt: (k: number) => NameSpan | undefined;
}

/**
 * A filter either rejects a span (with a reason), narrows its entries, or lets it pass.
 * Filters are pure and look only at the span, its neighbours and the token layout.
 */
export type FilterResult = { reject: string } | { entries: readonly GazetteerEntry[] } | null;
export type SpanFilter = (span: NameSpan, ctx: FilterContext) => FilterResult;
