/**
 * `extract --out` on worker threads: the same output files, byte for byte, with several
 * workers as with one (this thread), and a file that cannot be read is named while the
 * others are written.
 */
import { execFile } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '../../..');
const CLI = path.join(ROOT, 'src/pipeline/cli/extract.ts');
/** How `npm run extract` runs it (from its bundle). */
const RUN = [path.join(ROOT, 'src/pipeline/cli/run-bundled.mjs'), CLI];
const SOURCES = path.join(ROOT, 'data/sources');

let dir: string;
let folder: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'citemap-extract-workers-'));
  folder = path.join(dir, 'articles');
  mkdirSync(path.join(folder, 'more'), { recursive: true });
  readdirSync(SOURCES).forEach((name, i) => {
    copyFileSync(path.join(SOURCES, name), path.join(folder, i % 2 ? 'more' : '', name));
  });
  // A folder named like a text file: read as a file, and refused.
  mkdirSync(path.join(folder, 'unreadable.txt'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The CLI; with `fileSizeKb`, under a limit on the size of the files it writes (ulimit -f). */
async function extract(...args: string[]): Promise<{ stderr: string; code: number }> {
  return extractLimited(null, ...args);
}

async function extractLimited(
  fileSizeKb: number | null,
  ...args: string[]
): Promise<{ stderr: string; code: number }> {
  const command =
    fileSizeKb === null
      ? [process.execPath, ...RUN, ...args]
      : [
          'sh',
          '-c',
          `ulimit -f ${fileSizeKb} && exec "$@"`,
          'sh',
          process.execPath,
          ...RUN,
          ...args,
        ];
  try {
    const { stderr } = await run(command[0] as string, command.slice(1), {
      cwd: ROOT,
      timeout: 300_000,
    });
    return { stderr, code: 0 };
  } catch (error) {
    const e = error as { stderr: string; code: number };
    return { stderr: e.stderr, code: e.code };
  }
}

const outputs = (out: string): Map<string, string> =>
  new Map(
    readdirSync(out, { recursive: true })
      .map(String)
      .filter((n) => n.endsWith('.json'))
      .sort()
      .map((n) => [n, readFileSync(path.join(out, n), 'utf8')]),
  );

describe('extract --out on worker threads', () => {
  it('writes the same bytes with three workers as with one, and names the file it cannot read', async () => {
    const one = await extract('--workers', '1', '--out', path.join(dir, 'one'), folder);
    const three = await extract('--workers', '3', '--out', path.join(dir, 'three'), folder);
    for (const { stderr, code } of [one, three]) {
      expect(code).toBe(1);
      expect(stderr).toContain(`${path.join(folder, 'unreadable.txt')}:1:1: error:`);
      expect(stderr).toContain('5 file(s) written');
      expect(stderr).toContain('1 failed');
    }
    const expected = outputs(path.join(dir, 'one'));
    expect([...expected.keys()]).toHaveLength(5);
    expect(outputs(path.join(dir, 'three'))).toEqual(expected);
  }, 300_000);

  it.each(['1', '2'])(
    'with %s worker(s), names an output it cannot write and writes the others',
    async (workers) => {
      const out = path.join(dir, `blocked-${workers}`);
      const first = readdirSync(SOURCES)[0] as string; // copied to the top of the folder
      // A non-empty folder where the first output should go: it cannot be replaced by a file.
      mkdirSync(path.join(out, `${first}.json`, 'in-the-way'), { recursive: true });
      const { stderr, code } = await extract('--workers', workers, '--out', out, folder);
      expect(code).toBe(1);
      expect(stderr).toContain(`${path.join(out, `${first}.json`)}: error: could not write:`);
      expect(stderr).toContain('4 file(s) written');
      expect(stderr).toContain('2 failed');
      rmSync(path.join(out, `${first}.json`), { recursive: true });
      expect([...outputs(out).keys()]).toHaveLength(4);
    },
    300_000,
  );

  it.each(['1', '2'])(
    'with %s worker(s), a write that fails midway leaves the output as it was, and the rest goes on',
    async (workers) => {
      const small = path.join(dir, `small-${workers}`);
      mkdirSync(small);
      writeFileSync(path.join(small, 'short.txt'), 'Kabul.');
      copyFileSync(
        path.join(SOURCES, readdirSync(SOURCES)[0] as string),
        path.join(small, 'long.txt'),
      );
      const out = path.join(dir, `full-${workers}`);
      mkdirSync(out);
      writeFileSync(path.join(out, 'long.txt.json'), 'the output of an earlier run\n');
      // Once without a limit, so that the bundles it runs from are built.
      expect(
        (await extract('--workers', workers, '--out', path.join(out, 'whole'), small)).code,
      ).toBe(0);
      rmSync(path.join(out, 'whole'), { recursive: true });
      // Files may not grow past 16 KB (as on a full disk): the long file's output cannot be written.
      const { stderr, code } = await extractLimited(16, '--workers', workers, '--out', out, small);
      expect(code).toBe(1);
      expect(stderr).toContain(`${path.join(out, 'long.txt.json')}: error: could not write:`);
      expect(stderr).toContain('1 file(s) written');
      expect(readFileSync(path.join(out, 'long.txt.json'), 'utf8')).toBe(
        'the output of an earlier run\n',
      );
      expect(readdirSync(out).sort()).toEqual(['long.txt.json', 'short.txt.json']);
    },
    300_000,
  );

  it('rejects a number of workers that is not a whole number from 1 up', async () => {
    const { stderr, code } = await extract('--workers', '0', '--out', path.join(dir, 'x'), folder);
    expect(code).toBe(2);
    expect(stderr).toContain(
      'expected a whole number of worker threads (1 or more) after --workers, found 0',
    );
  }, 120_000);
});
