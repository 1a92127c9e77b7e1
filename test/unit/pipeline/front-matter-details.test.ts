/**
 * Front-matter values that were silently mangled, accepted or published: each is reported
 * at its value with what was expected and what was found.
 */
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/pipeline/dataset/dataset.ts';
import { formatProblem } from '../../../src/pipeline/problems.ts';
import { checkSourceFiles } from '../../../src/pipeline/sources/read.ts';
import { fakeGeoparser } from './fake-geoparser.ts';

function problemsOf(frontMatter: string, file = 'data/sources/x.txt'): string[] {
  const content = `---\nid: x\n${frontMatter}\n---\nFighters reached Kabul.\n`;
  const { problems } = checkSourceFiles([{ file, bytes: new TextEncoder().encode(content) }]);
  return problems.map(formatProblem);
}

describe('front-matter details', () => {
  it('reports an unknown backslash escape instead of dropping the backslash', () => {
    expect(problemsOf('title: "Files in C:\\new"')).toContain(
      "data/sources/x.txt:3:20: error: expected \\\" or \\\\ after a backslash (write \\\\ for a backslash), found '\\n'",
    );
  });

  it('rejects a title of invisible characters only', () => {
    expect(problemsOf('title: "\u200b\u200b"')).toEqual([
      'data/sources/x.txt:3:8: error: expected a title, found only invisible characters (U+200B)',
    ]);
  });

  it('rejects a URL with a user name or password, without printing them', () => {
    const problems = problemsOf('title: T\nurl: http://user:hunter2@example.com/a');
    expect(problems).toEqual([
      'data/sources/x.txt:4:6: error: expected a URL without a user name or password, found credentials before the @',
    ]);
    expect(problems.join('\n')).not.toContain('hunter2');
  });

  it.each([
    ['title', 500],
    ['author', 200],
    ['publisher', 200],
  ])('bounds the length of %s to %i characters', (field, max) => {
    const value = 'a'.repeat(1_000_000);
    const fm = field === 'title' ? `title: ${value}` : `title: T\n${field}: ${value}`;
    const line = field === 'title' ? 3 : 4;
    const column = field.length + 3 + max;
    expect(problemsOf(fm)).toEqual([
      `data/sources/x.txt:${line}:${column}: error: expected ${field === 'author' ? 'an' : 'a'} ${field} of at most ${max} characters, found 1000000`,
    ]);
  });

  it('records the file in sources.json relative to the sources folder', () => {
    const content = '---\nid: x\ntitle: T\n---\nFighters reached Kabul.\n';
    const { sources } = checkSourceFiles([
      { file: '../elsewhere/sources/x.txt', bytes: new TextEncoder().encode(content) },
    ]);
    const { dataset } = buildDataset(sources, fakeGeoparser());
    expect(dataset.sources.sources[0]?.file).toBe('x.txt');
  });
});
