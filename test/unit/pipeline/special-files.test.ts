/**
 * Files in the sources folder that are not regular text files: a FIFO (which hung the build
 * for ever), a link to /dev/zero (which ate memory), a directory named x.txt, a dangling
 * link, a link out of the folder (whose target was published), a file over the size limit.
 * Each is reported as a problem at file:1:1, all at once; nothing hangs or is read.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runBuild } from '../../../src/pipeline/orchestration/build.ts';
import { formatProblem, ProblemsError } from '../../../src/pipeline/problems.ts';
import { MAX_SOURCE_BYTES } from '../../../src/pipeline/sources/read-file.ts';
import { fakeGeoparser } from './fake-geoparser.ts';

let work: string;
let sources: string;
beforeEach(() => {
  work = mkdtempSync(path.join(tmpdir(), 'citemap-special-'));
  sources = path.join(work, 'sources');
  mkdirSync(sources);
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

const GOOD = '---\nid: good\ntitle: Good\n---\nFighters reached Kabul.\n';

/** The problems of a build of `sources`, formatted; fails the test if it does not stop in time. */
async function buildProblems(): Promise<string[]> {
  const build = runBuild({
    sourcesDir: sources,
    outDir: path.join(work, 'out'),
    root: work,
    geoparser: fakeGeoparser(),
    report: () => {},
  });
  const timeout = new Promise<never>((_, reject) =>
    setTimeout(() => reject(new Error('the build did not finish in 10 s')), 10_000).unref(),
  );
  try {
    await Promise.race([build, timeout]);
  } catch (error) {
    if (error instanceof ProblemsError) return error.problems.map(formatProblem);
    throw error;
  }
  return [];
}

describe('special files in the sources folder', () => {
  it('reports every file that is not a regular file inside the folder, all at once', async () => {
    writeFileSync(path.join(sources, 'good.txt'), GOOD);
    execFileSync('mkfifo', [path.join(sources, 'fifo.txt')]);
    symlinkSync('/dev/zero', path.join(sources, 'zero.txt'));
    mkdirSync(path.join(sources, 'dir.txt'));
    symlinkSync(path.join(sources, 'missing'), path.join(sources, 'dangling.txt'));
    writeFileSync(path.join(work, 'secret'), GOOD.replace('good', 'secret'));
    symlinkSync(path.join(work, 'secret'), path.join(sources, 'outside.txt'));
    writeFileSync(path.join(sources, 'huge.txt'), '');
    truncateSync(path.join(sources, 'huge.txt'), MAX_SOURCE_BYTES + 1);
    const problems = await buildProblems();
    expect(problems).toEqual([
      expect.stringMatching(
        /^sources\/dangling\.txt:1:1: error: expected a file, found a link to '.*missing', which does not exist$/,
      ),
      expect.stringMatching(
        /^sources\/dir\.txt:1:1: error: expected a regular text file, found a directory$/,
      ),
      expect.stringMatching(
        /^sources\/fifo\.txt:1:1: error: expected a regular text file, found a named pipe \(FIFO\)$/,
      ),
      expect.stringMatching(
        /^sources\/huge\.txt:1:1: error: expected at most 100 MB, found 100\.0 MB/,
      ),
      expect.stringMatching(
        /^sources\/outside\.txt:1:1: error: expected a file inside the sources folder, found a link to '.*secret' outside it/,
      ),
      expect.stringMatching(
        /^sources\/zero\.txt:1:1: error: expected a file inside the sources folder, found a link to '\/dev\/zero' outside it/,
      ),
    ]);
  });

  it('follows a link to a file inside the folder', async () => {
    mkdirSync(path.join(sources, 'drafts'));
    writeFileSync(path.join(sources, 'drafts', 'good'), GOOD);
    symlinkSync(path.join('drafts', 'good'), path.join(sources, 'good.txt'));
    expect(await buildProblems()).toEqual([]);
  });
});
