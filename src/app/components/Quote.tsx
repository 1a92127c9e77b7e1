/**
 * A quoted sentence with the place name marked. Text only: Preact sets it as text nodes, and
 * <bdi> keeps a stray direction override in a source from flipping the surrounding page.
 */
import type { MentionProperties } from '../../shared/types.ts';

/** Where the name sits in the quote, or null when the offsets do not line up. */
export function markRange(m: MentionProperties): [number, number] | null {
  const a = m.start - m.quoteStart;
  const b = m.end - m.quoteStart;
  if (a >= 0 && b <= m.quote.length && m.quote.slice(a, b) === m.text) return [a, b];
  const k = m.text ? m.quote.indexOf(m.text) : -1;
  return k >= 0 ? [k, k + m.text.length] : null;
}

/**
 * Sentences that open with a quotation mark (reported speech) already carry their own marks:
 * the <q> element's typographic quotes would double them (“"Al-Qaeda is present…").
 */
export function hasOwnQuotationMarks(quote: string): boolean {
  return /^[\s]*["“”‘’'«»„‹›]/u.test(quote);
}

/** A "sentence" longer than this (a run-on line, a table) is cut to a window around the name. */
const MAX_QUOTE = 360;
const CONTEXT = 160;

export interface QuoteParts {
  /** An ellipsis before: the sentence goes on before what is shown. */
  lead: boolean;
  before: string;
  /** The name, marked; null when the offsets do not line up (the text is all in `before`). */
  name: string | null;
  after: string;
  trail: boolean;
}

/**
 * What a quote shows: the sentence (or the pipeline's window of it, `quoteCut`), cut again
 * around the name if still too long, with an ellipsis wherever the sentence goes on.
 */
export function quoteParts(mention: MentionProperties): QuoteParts {
  const q = mention.quote || mention.text;
  const cut = mention.quoteCut ?? { before: false, after: false };
  const range = markRange(mention);
  if (!range) {
    const long = q.length > MAX_QUOTE;
    return {
      lead: cut.before,
      before: long ? q.slice(0, MAX_QUOTE) : q,
      name: null,
      after: '',
      trail: long || cut.after,
    };
  }
  let from = 0;
  let to = q.length;
  if (q.length > MAX_QUOTE) {
    from = Math.max(0, range[0] - CONTEXT);
    to = Math.min(q.length, range[1] + CONTEXT);
  }
  return {
    lead: from > 0 || cut.before,
    before: q.slice(from, range[0]),
    name: q.slice(range[0], range[1]),
    after: q.slice(range[1], to),
    trail: to < q.length || cut.after,
  };
}

export function Quote({ mention }: { mention: MentionProperties }) {
  const parts = quoteParts(mention);
  const cls = hasOwnQuotationMarks(mention.quote || mention.text) ? 'quote own-marks' : 'quote';
  return (
    <q class={cls}>
      <bdi>
        {parts.lead && '…'}
        {parts.before}
        {parts.name !== null && <mark>{parts.name}</mark>}
        {parts.after}
        {parts.trail && '…'}
      </bdi>
    </q>
  );
}
