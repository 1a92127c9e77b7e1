import { describe, expect, it } from 'vitest';
import { parsePartialDate } from '../../../src/pipeline/sources/dates.ts';
import { parseFrontMatter } from '../../../src/pipeline/sources/frontmatter.ts';
import { nearest } from '../../../src/pipeline/sources/nearest.ts';

const values = (content: string): Record<string, string> =>
  Object.fromEntries(parseFrontMatter(content).fields.map((f) => [f.key, f.value]));

describe('parseFrontMatter', () => {
  it.each([
    ['plain', 'title: A plain title', 'A plain title'],
    ['double quotes', 'title: "Colon: inside"', 'Colon: inside'],
    ['escaped quote', 'title: "Say \\"hi\\""', 'Say "hi"'],
    ['single quotes', "title: 'It''s here'", "It's here"],
    ['quotes inside', `title: "'Unbreakable' links"`, "'Unbreakable' links"],
    ['empty', 'title:', ''],
    ['empty quoted', 'title: ""', ''],
    ['trailing spaces', 'title: x   ', 'x'],
  ])('%s', (_name, line, expected) => {
    expect(values(`---\n${line}\n---\nbody`).title).toBe(expected);
  });

  it('finds the body after the closing fence, CRLF or not', () => {
    for (const nl of ['\n', '\r\n']) {
      const content = ['---', 'id: x', '# a comment', '', 'title: T', '---', 'Body.'].join(nl);
      const fm = parseFrontMatter(content);
      expect(fm.closed).toBe(true);
      expect(content.slice(fm.bodyStart)).toBe('Body.');
      expect(fm.fields.map((f) => f.key)).toEqual(['id', 'title']);
      const title = fm.fields[1]!;
      expect(content.slice(title.valueSpan.start, title.valueSpan.end)).toBe('T');
    }
  });

  it('keeps the body exactly, leading blank lines included', () => {
    const content = '---\nid: x\n---\n\n  indented\n';
    expect(content.slice(parseFrontMatter(content).bodyStart)).toBe('\n  indented\n');
  });

  it('no front matter: the body is everything', () => {
    const fm = parseFrontMatter('Kabul\n---\n');
    expect(fm.present).toBe(false);
    expect(fm.bodyStart).toBe(0);
  });

  it('an unclosed block has no fields and points at the first non-field line', () => {
    const content = '---\nid: x\nThe text.\n';
    const fm = parseFrontMatter(content);
    expect(fm).toMatchObject({ present: true, closed: false, fields: [] });
    expect(content.slice(fm.firstNonField!.start, fm.firstNonField!.end)).toBe('The text.');
  });
});

describe('parsePartialDate', () => {
  it.each([
    ['2021', { iso: '2021', precision: 'year', year: 2021 }],
    ['2020-07', { iso: '2020-07', precision: 'month', year: 2020 }],
    ['2021-09-07', { iso: '2021-09-07', precision: 'day', year: 2021 }],
    ['2024-02-29', { iso: '2024-02-29', precision: 'day', year: 2024 }],
  ])('%s', (value, date) => {
    expect(parsePartialDate(value)).toEqual({ ok: true, date });
  });
  it.each([
    '2021-13-40',
    '2021-13',
    '2023-02-29',
    'last spring',
    '21',
    '2021/09/07',
    '2021-9-7',
    ' 2021',
  ])('rejects %s', (value) => {
    expect(parsePartialDate(value).ok).toBe(false);
  });
});

describe('nearest', () => {
  it.each([
    ['titel', 'title'],
    ['publised', 'published'],
    ['URL', 'url'],
    ['lang', 'language'],
    ['colour', null],
  ])('%s → %s', (word, expected) => {
    expect(
      nearest(word, ['id', 'title', 'author', 'publisher', 'published', 'url', 'language']),
    ).toBe(expected);
  });
});
