/** The front matter written for a new source reads back to the same values. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFrontMatter } from '../../../src/pipeline/sources/frontmatter.ts';
import { serializeFrontMatter } from '../../../src/pipeline/sources/serialize-front-matter.ts';

const read = (block: string): Record<string, string> =>
  Object.fromEntries(parseFrontMatter(`${block}text`).fields.map((f) => [f.key, f.value]));

describe('serializeFrontMatter', () => {
  it('writes every field in order, empty ones empty, free text quoted', () => {
    expect(
      serializeFrontMatter({
        id: 'floods',
        title: 'Floods: "the worst" in C:\\new',
        author: null,
        published: '2021-08',
        url: 'https://example.org/a?b=1#c',
        language: 'en',
      }),
    ).toBe(
      [
        '---',
        'id: floods',
        'title: "Floods: \\"the worst\\" in C:\\\\new"',
        'author:',
        'publisher:',
        'published: 2021-08',
        'url: https://example.org/a?b=1#c',
        'language: en',
        '---',
        '',
      ].join('\n'),
    );
  });

  it('reads back any one-line value as written', () => {
    const value = fc
      .string({ unit: 'grapheme', maxLength: 40 })
      .map((s) => s.replace(/\s+/g, ' ').trim());
    fc.assert(
      fc.property(value, value, (title, url) => {
        const back = read(serializeFrontMatter({ id: 'x', title, author: url, url }));
        expect(back.title).toBe(title);
        expect(back.author).toBe(url);
        expect(back.url).toBe(url);
      }),
    );
  });

  it('turns line breaks inside a value into spaces', () => {
    expect(read(serializeFrontMatter({ title: 'two\nlines\r\n' })).title).toBe('two lines');
  });
});
