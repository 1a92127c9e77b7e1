/**
 * `extract --out` on worker threads: the same output files, byte for byte, with several
 * workers as with one (this thread), and a file that cannot be read is named while the
 * others are written.
 */
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '../../..');
const CLI = path.join(ROOT, 'src/pipeline/cli/extract.ts');
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

async function extract(...args: string[]): Promise<{ stderr: string; code: number }> {
  try {
    const { stderr } = await run('npx', ['tsx', CLI, ...args], { cwd: ROOT, timeout: 300_000 });
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

  it('rejects a number of workers that is not a whole number from 1 up', async () => {
    const { stderr, code } = await extract('--workers', '0', '--out', path.join(dir, 'x'), folder);
    expect(code).toBe(2);
    expect(stderr).toContain(
      'expected a whole number of worker threads (1 or more) after --workers, found 0',
    );
  }, 120_000);
});
