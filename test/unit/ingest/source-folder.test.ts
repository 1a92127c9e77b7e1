/**
 * `npm run data -- --sources DIR` on a folder as people keep one: documents of every format in
 * subfolders, built as sources with their own metadata; a bad document named and the previous
 * output kept (ten thousand sources: bench/many-sources.bench.ts).
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runBuild } from '../../../src/pipeline/orchestration/build.ts';
import { ProblemsError } from '../../../src/pipeline/problems.ts';
import type { SourceMeta } from '../../../src/shared/types.ts';
import { fakeGeoparser } from '../pipeline/fake-geoparser.ts';
import { FIXTURES } from './fixtures.ts';

let dir: string;
let sources: string;
let out: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'citemap-folder-'));
  sources = path.join(dir, 'sources');
  out = path.join(dir, 'out');
  mkdirSync(path.join(sources, 'reports', '2020'), { recursive: true });
  mkdirSync(path.join(sources, 'web'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const put = (name: string, as: string): void =>
  copyFileSync(path.join(FIXTURES, name), path.join(sources, as));

const build = () =>
  runBuild({
    sourcesDir: sources,
    outDir: out,
    root: dir,
    geoparser: fakeGeoparser(),
    report: () => {},
  });

function built(): SourceMeta[] {
  return (
    JSON.parse(readFileSync(path.join(out, 'sources.json'), 'utf8')) as { sources: SourceMeta[] }
  ).sources;
}

describe('a sources folder of documents', () => {
  it('builds every format found in the folder and its subfolders, with each document’s metadata', async () => {
    put('article.html', 'web/article.html');
    put('report.pdf', 'reports/2020/report.pdf');
    put('notes.docx', 'notes.docx');
    writeFileSync(
      path.join(sources, 'kabul.txt'),
      '---\nid: kabul\ntitle: Kabul notes\n---\nKabul was quiet.\n',
    );
    await build();
    expect(
      built()
        .map((s) => [s.id, s.title, s.author, s.published?.iso ?? null])
        .sort(),
    ).toEqual([
      ['article', 'Floods reach Kandahar after three days of rain', 'Mina Rahimi', '2021-08-15'],
      ['kabul', 'Kabul notes', null, null],
      ['notes', 'Notes from the Khyber Pass', 'Omar Siddiqi', '2019-03-02'],
      ['report', 'Water and Roads in Southern Afghanistan', 'Field Survey Unit', '2020-06-30'],
    ]);
    expect(readFileSync(path.join(out, 'texts', 'article.txt'), 'utf8')).toContain(
      'Floodwaters reached the centre of Kandahar',
    );
  });

  it('names each document it cannot read, and leaves the previous output as it was', async () => {
    put('notes.docx', 'notes.docx');
    await build();
    const before = readFileSync(path.join(out, 'sources.json'), 'utf8');
    put('scan.pdf', 'reports/scan.pdf');
    put('corrupt.docx', 'corrupt.docx');
    put('locked.pdf', 'reports/2020/locked.pdf');
    put('no-article.html', 'web/no-article.html');
    const error = await build().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProblemsError);
    const lines = (error as ProblemsError).message.split('\n');
    expect(lines).toEqual([
      expect.stringMatching(
        /^sources\/corrupt\.docx:1:1: error: expected a Word document \(\.docx\), found a damaged file/,
      ),
      expect.stringMatching(
        /^sources\/reports\/2020\/locked\.pdf:1:1: error: expected a PDF that opens without a password/,
      ),
      'sources/reports/scan.pdf:1:1: error: no text layer: run OCR first (the PDF has 1 page and no text on any)',
      expect.stringMatching(
        /^sources\/web\/no-article\.html:1:1: error: expected an article, found no main text/,
      ),
    ]);
    expect(readFileSync(path.join(out, 'sources.json'), 'utf8')).toBe(before);
  });
});
