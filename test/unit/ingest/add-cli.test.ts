/**
 * `npm run add` end to end: prints what it found for each input, names each input it refuses
 * and goes on with the rest, takes folders and lists, and `--dry-run` writes nothing.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FIXTURES } from './fixtures.ts';

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '../../..');
const CLI = path.join(ROOT, 'src/pipeline/cli/add.ts');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'citemap-add-cli-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function add(...args: string[]): Promise<{ stdout: string; stderr: string; code: number }> {
  try {
    const { stdout, stderr } = await run('npx', ['tsx', CLI, '--sources', dir, ...args], {
      cwd: ROOT,
      timeout: 120_000,
    });
    return { stdout, stderr, code: 0 };
  } catch (error) {
    const e = error as { stdout: string; stderr: string; code: number };
    return { stdout: e.stdout, stderr: e.stderr, code: e.code };
  }
}

const fixture = (name: string): string => path.join(FIXTURES, name);

describe('npm run add', () => {
  it('prints what it found in the document', async () => {
    const { stdout, code } = await add(fixture('article.html'));
    expect(code).toBe(0);
    expect(stdout).toContain(
      [
        '  title:     Floods reach Kandahar after three days of rain',
        '  author:    Mina Rahimi',
        '  publisher: The Valley Courier',
        '  published: 2021-08-15',
        '  url:       https://valley-courier.example/2021/08/floods-reach-kandahar',
        '  language:  en',
        '  text:      423 characters',
      ].join('\n'),
    );
    expect(readdirSync(dir)).toEqual(['article.txt']);
  });

  it('names each input it refuses, says why, and adds the others', async () => {
    const { stderr, code } = await add(
      fixture('scan.pdf'),
      fixture('notes.docx'),
      fixture('locked.pdf'),
      fixture('binary.txt'),
    );
    expect(code).toBe(1);
    expect(stderr).toContain(`${fixture('scan.pdf')}: error: no text layer: run OCR first`);
    expect(stderr).toContain(
      `${fixture('locked.pdf')}: error: expected a PDF that opens without a password`,
    );
    expect(stderr).toContain(
      `${fixture('binary.txt')}:1:5: error: expected a UTF-8 text file, found a NUL byte`,
    );
    expect(stderr).toContain('add: 1 source saved, 3 failed');
    expect(readdirSync(dir)).toEqual(['notes.txt']);
  });

  it('writes nothing with --dry-run', async () => {
    const { stdout, code } = await add('--dry-run', fixture('report.pdf'));
    expect(code).toBe(0);
    expect(stdout).toContain('would be saved as');
    expect(stdout).toContain('  title:     Water and Roads in Southern Afghanistan');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('takes a list of inputs, naming the line of one it cannot read', async () => {
    const list = path.join(dir, 'list.txt');
    writeFileSync(list, `${fixture('notes.docx')}\n\n${path.join(dir, 'missing.pdf')}\n`);
    const out = path.join(dir, 'out');
    const { stderr } = await run('npx', ['tsx', CLI, '--sources', out, '--files-from', list], {
      cwd: ROOT,
    }).catch((e: { stderr: string }) => e);
    expect(stderr).toContain(
      `${list}:3: ${path.join(dir, 'missing.pdf')}: error: expected a file, found nothing there`,
    );
    expect(readdirSync(out)).toEqual(['notes.txt']);
  });
});
