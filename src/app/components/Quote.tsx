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

export function Quote({ mention }: { mention: MentionProperties }) {
  const range = markRange(mention);
  const q = mention.quote || mention.text;
  const cls = hasOwnQuotationMarks(q) ? 'quote own-marks' : 'quote';
  if (!range) {
    return (
      <q class={cls}>
        <bdi>{q.length > MAX_QUOTE ? `${q.slice(0, MAX_QUOTE)}…` : q}</bdi>
      </q>
    );
  }
  let from = 0;
  let to = q.length;
  if (q.length > MAX_QUOTE) {
    from = Math.max(0, range[0] - CONTEXT);
    to = Math.min(q.length, range[1] + CONTEXT);
  }
  return (
    <q class={cls}>
      <bdi>
        {from > 0 && '…'}
        {q.slice(from, range[0])}
        <mark>{q.slice(range[0], range[1])}</mark>
        {q.slice(range[1], to)}
        {to < q.length && '…'}
      </bdi>
    </q>
  );
}
