import { describe, expect, it } from 'vitest';
import { quoteParts } from '../../../src/app/components/Quote.tsx';
import { mention } from './helpers.ts';

function withQuote(quote: string, text: string, cut?: { before: boolean; after: boolean }) {
  const m = mention('s1', 'p1', 2021).properties;
  const at = quote.indexOf(text);
  return {
    ...m,
    text,
    quote,
    quoteStart: 100,
    start: 100 + at,
    end: 100 + at + text.length,
    ...(cut ? { quoteCut: cut } : {}),
  };
}

describe('quoteParts', () => {
  it('a whole sentence has no ellipsis', () => {
    const p = quoteParts(withQuote('Fighting spread to Kabul on Monday.', 'Kabul'));
    expect(p).toEqual({
      lead: false,
      before: 'Fighting spread to ',
      name: 'Kabul',
      after: ' on Monday.',
      trail: false,
    });
  });

  it('shows an ellipsis where the pipeline cut the sentence', () => {
    const p = quoteParts(
      withQuote('from Kandahar, Helmand and Nimruz provinces,', 'Helmand', {
        before: true,
        after: true,
      }),
    );
    expect([p.lead, p.name, p.trail]).toEqual([true, 'Helmand', true]);
    const end = quoteParts(
      withQuote('and Kunar provinces, said.', 'Kunar', { before: true, after: false }),
    );
    expect([end.lead, end.trail]).toEqual([true, false]);
  });
});
