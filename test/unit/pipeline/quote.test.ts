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

  it('cuts a long sentence to a window around the name, at a clause mark that leaves context', () => {
    const before = 'word '.repeat(200);
    const clause =
      'the fighters were seen moving slowly through the hills for days until they reached';
    const text = `${before}the council said; ${clause} Kabul in 2001, ${'more '.repeat(200)}end.`;
    const quote = quoteOf(text, 'Kabul');
    expect(quote.length).toBeLessThanOrEqual(2 * QUOTE_CONTEXT + 'Kabul'.length);
    expect(quote.startsWith(`${clause} Kabul in 2001,`)).toBe(true);
  });

  it('a clause mark right before the name does not cut its context away', () => {
    const text = `${'word '.repeat(100)}and that its wing operates under Taliban protection from Kandahar, Helmand and Nimruz provinces.`;
    expect(quoteOf(text, 'Helmand')).toMatch(
      /operates under Taliban protection from Kandahar, Helmand and Nimruz provinces\.$/,
    );
  });

  it('a dash inside a compound is not a clause mark', () => {
    const text = `Fighters crossed into Kunar from areas along the Afghanistan–Pakistan border and ${'went on '.repeat(60)}home.`;
    expect(quoteOf(text, 'Kunar')).not.toMatch(/Afghanistan–$/);
    expect(quoteOf(text, 'Kunar')).toMatch(/Afghanistan–Pakistan border/);
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

  it('says which ends of the sentence the window left out', () => {
    const short = 'Fighters reached Kabul in 2001.';
    expect(quoteIndex(short)({ start: 17, end: 22 })).toMatchObject({
      cutBefore: false,
      cutAfter: false,
    });
    const text = `${'alpha '.repeat(100)}Kabul ${'omega '.repeat(100)}end.`;
    const at = text.indexOf('Kabul');
    expect(quoteIndex(text)({ start: at, end: at + 5 })).toMatchObject({
      cutBefore: true,
      cutAfter: true,
    });
  });
});
