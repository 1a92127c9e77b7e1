import { signal } from '@preact/signals';
import { parseHTML } from 'linkedom';
import { render } from 'preact';
import { afterAll, describe, expect, it } from 'vitest';
import { memo } from '../../../src/app/components/memo.ts';

// Preact renders into a document of linkedom's: no browser.
const { document } = parseHTML('<!doctype html><html><body><div id="root"></div></body></html>');
const global = globalThis as { document?: unknown };
const before = global.document;
global.document = document;
afterAll(() => {
  global.document = before;
});

describe('memo', () => {
  it('re-renders a row only when one of its props changed', () => {
    const rendered: string[] = [];
    const Row = memo(({ name, count }: { name: string; count: number }) => {
      rendered.push(name);
      return (
        <li>
          {name} {count}
        </li>
      );
    });
    const root = document.getElementById('root')!;
    const list = (counts: Record<string, number>) =>
      render(
        <ul>
          {Object.entries(counts).map(([name, count]) => (
            <Row key={name} name={name} count={count} />
          ))}
        </ul>,
        root as unknown as Element,
      );
    list({ a: 1, b: 2, c: 3 });
    expect(rendered).toEqual(['a', 'b', 'c']);
    list({ a: 1, b: 5, c: 3 });
    expect(rendered).toEqual(['a', 'b', 'c', 'b']);
    expect(root.textContent).toBe('a 1b 5c 3');
  });

  it('still follows a signal the row reads itself', async () => {
    const word = signal('one');
    const Row = memo(({ n }: { n: number }) => (
      <p>
        {n} {word.value}
      </p>
    ));
    const root = document.getElementById('root')!;
    render(<Row n={1} />, root as unknown as Element);
    word.value = 'two';
    // Preact renders a signal's change on its next tick.
    await new Promise((r) => setTimeout(r, 0));
    expect(root.textContent).toBe('1 two');
  });
});
