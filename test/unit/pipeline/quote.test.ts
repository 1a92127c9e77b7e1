import { describe, expect, it } from 'vitest';
import { QUOTE_CONTEXT, quoteIndex } from '../../../src/pipeline/text/quote.ts';

function quoteOf(text: string, name: string, from = 0): string {
  const start = text.indexOf(name, from);
  const q = quoteIndex(text)({ start, end: start + name.length });
  expect(text.slice(q.start, q.end)).toBe(q.text);
  expect(q.start).toBeLessThanOrEqual(start);
  expect(q.end).toBeGreaterThanOrEqual(start + name.length);
  return q.text;
}

describe('quoteIndex', () => {
  it('quotes a short sentence whole', () => {
    expect(quoteOf('Title\n\nFighters reached Kabul in 2001. Then they left.', 'Kabul')).toBe(
      'Fighters reached Kabul in 2001.',
    );
  });

  it('a name with an abbreviation’s period stays inside its quote (Sault Ste. Marie)', () => {
    const text = 'They drove to Sault Ste. Marie on Monday. Then home.';
    expect(quoteOf(text, 'Sault Ste. Marie')).toBe('They drove to Sault Ste. Marie on Monday.');
  });

  it('cuts a long sentence to a window around the name, at clause marks when near', () => {
    const before = 'word '.repeat(200);
    const text = `${before}and then, fighters reached Kabul in 2001; ${'more '.repeat(200)}end.`;
    const quote = quoteOf(text, 'Kabul');
    expect(quote.length).toBeLessThanOrEqual(2 * QUOTE_CONTEXT + 'Kabul'.length);
    expect(quote).toMatch(/^fighters reached Kabul in 2001;/);
  });

  it('cuts at word boundaries when no clause mark is near', () => {
    const text = `${'alpha '.repeat(100)}Kabul ${'omega '.repeat(100)}`;
    const quote = quoteOf(text, 'Kabul');
    expect(quote).toMatch(/^alpha( alpha)* Kabul( omega)*$/);
    expect(quote.length).toBeLessThanOrEqual(2 * QUOTE_CONTEXT + 5);
  });

  it('stays bounded on a single word longer than the window', () => {
    const text = `${'x'.repeat(1000)}Kabul${'y'.repeat(1000)}`;
    const quote = quoteOf(text, 'Kabul');
    expect(quote.length).toBe(2 * QUOTE_CONTEXT + 5);
  });
});
