/**
 * Adding sources: what is written builds, ids are never taken twice, a dry run writes nothing,
 * and a failure leaves the folder as it was (no half-written file, no temporary left behind).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addSource } from '../../../src/pipeline/ingest/add.ts';
import { checkSourceFiles, readSourceDir } from '../../../src/pipeline/sources/read.ts';
import { FIXTURES } from './fixtures.ts';

let dir: string;
const fixturePath = (name: string): string => path.join(FIXTURES, name);

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'citemap-add-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('addSource', () => {
  it('saves each format as a source the build accepts, named after the file', async () => {
    for (const name of ['article.html', 'report.pdf', 'notes.docx', 'routes-du-sahel.md']) {
      await addSource({ kind: 'file', path: fixturePath(name) }, { sourcesDir: dir });
    }
    expect(readdirSync(dir).sort()).toEqual([
      'article.txt',
      'notes.txt',
      'report.txt',
      'routes-du-sahel.txt',
    ]);
    const { sources, problems } = checkSourceFiles(await readSourceDir(dir, dir));
    expect(problems).toEqual([]);
    expect(sources.map((s) => [s.id, s.title, s.language])).toEqual([
      ['article', 'Floods reach Kandahar after three days of rain', 'en'],
      ['notes', 'Notes from the Khyber Pass', 'en'],
      ['report', 'Water and Roads in Southern Afghanistan', 'en'],
      ['routes-du-sahel', 'Les routes du Sahel', 'fr'],
    ]);
  });

  it('names pasted text after its title, and keeps the text as pasted', async () => {
    const added = await addSource(
      { kind: 'text', title: 'Rain in Herat', text: 'It rained in Herat all week.\n' },
      { sourcesDir: dir },
    );
    expect(added.fields.id).toBe('rain-in-herat');
    expect(readFileSync(path.join(dir, 'rain-in-herat.txt'), 'utf8')).toMatch(
      /^---\nid: rain-in-herat\ntitle: "Rain in Herat"\n[\s\S]*---\nIt rained in Herat all week.\n$/,
    );
  });

  it('keeps the fields a text file already has and fills the rest', async () => {
    writeFileSync(
      path.join(dir, 'given.md'),
      '---\ntitle: My own title\npublished: 2020-05\n---\nKabul and Herat were quiet in the last weeks of the spring, and the roads between them were open again.\n',
    );
    const out = path.join(dir, 'out');
    const added = await addSource(
      { kind: 'file', path: path.join(dir, 'given.md') },
      { sourcesDir: out },
    );
    expect(added.fields).toMatchObject({
      id: 'given',
      title: 'My own title',
      published: { iso: '2020-05', precision: 'month' },
    });
  });

  it('refuses an id already taken, and replaces it only when told to', async () => {
    const input = { kind: 'file', path: fixturePath('report.pdf') } as const;
    await addSource(input, { sourcesDir: dir });
    const before = readFileSync(path.join(dir, 'report.txt'), 'utf8');
    await expect(addSource(input, { sourcesDir: dir })).rejects.toThrow(
      "expected a new id, found 'report' already taken by report.txt",
    );
    expect(readFileSync(path.join(dir, 'report.txt'), 'utf8')).toBe(before);
    const replaced = await addSource(input, { sourcesDir: dir, replace: true });
    expect(replaced.replaced).toBe(true);
  });

  it('refuses an id another file declares', async () => {
    writeFileSync(path.join(dir, 'other.txt'), '---\nid: report\ntitle: T\n---\ntext\n');
    await expect(
      addSource(
        { kind: 'file', path: fixturePath('report.pdf') },
        { sourcesDir: dir, replace: true },
      ),
    ).rejects.toThrow("expected a new id, found 'report' already declared by other.txt");
  });

  it('writes nothing in a dry run', async () => {
    const added = await addSource(
      { kind: 'file', path: fixturePath('notes.docx') },
      { sourcesDir: dir, dryRun: true },
    );
    expect(added.written).toBe(false);
    expect(added.fields.title).toBe('Notes from the Khyber Pass');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('leaves the folder as it was when a document is refused', async () => {
    writeFileSync(path.join(dir, 'scan.txt'), 'the previous source\n');
    await expect(
      addSource(
        { kind: 'file', path: fixturePath('scan.pdf') },
        { sourcesDir: dir, replace: true },
      ),
    ).rejects.toThrow(/no text layer/);
    expect(readdirSync(dir)).toEqual(['scan.txt']);
    expect(readFileSync(path.join(dir, 'scan.txt'), 'utf8')).toBe('the previous source\n');
  });

  it('refuses a format it does not read', async () => {
    await expect(
      addSource(
        { kind: 'upload', name: 'notes.odt', bytes: new Uint8Array(4) },
        { sourcesDir: dir },
      ),
    ).rejects.toThrow(
      'expected a file ending in .txt, .md, .html, .htm, .pdf, .docx, found ".odt"',
    );
  });
});
