/**
 * `npm run extract -- --out OUT DIR`: a folder walked with its subfolders, every format read,
 * outputs mirroring the folder, a bad file named while the others are written; and a list of
 * files on standard input (`--files-from -`), so no command line has to hold thousands.
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
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtractCollection } from '../../../src/pipeline/dataset/extract.ts';
import { FIXTURES } from './fixtures.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const CLI = path.join(ROOT, 'src/pipeline/cli/extract.ts');
/** How `npm run extract` runs it (from its bundle, the document readers included). */
const RUN = [path.join(ROOT, 'src/pipeline/cli/run-bundled.mjs'), CLI];

let dir: string;
let folder: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'citemap-extract-folder-'));
  folder = path.join(dir, 'articles');
  mkdirSync(path.join(folder, 'pdf'), { recursive: true });
  writeFileSync(path.join(folder, 'kabul.txt'), 'Fighters moved from Kandahar to Kabul in 2001.\n');
  copyFileSync(path.join(FIXTURES, 'article.html'), path.join(folder, 'floods.html'));
  copyFileSync(path.join(FIXTURES, 'report.pdf'), path.join(folder, 'pdf', 'report.pdf'));
  copyFileSync(path.join(FIXTURES, 'scan.pdf'), path.join(folder, 'pdf', 'scan.pdf'));
  writeFileSync(path.join(folder, 'notes.odt'), 'not read: no reader for .odt');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function extract(args: string[], stdin = ''): Promise<{ stderr: string; code: number | null }> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      [...RUN, ...args],
      { cwd: ROOT, timeout: 300_000 },
      (error, _out, stderr) =>
        resolve({ stderr, code: error ? ((error as { code?: number }).code ?? 1) : 0 }),
    );
    child.stdin?.end(stdin);
  });
}

const names = (out: string): string[] =>
  readdirSync(out, { recursive: true })
    .map(String)
    .filter((n) => n.endsWith('.json'))
    .sort();

describe('extract on a folder', () => {
  it('writes one output per readable file, mirroring the folder, and names the one it cannot read', async () => {
    const out = path.join(dir, 'out');
    const { stderr, code } = await extract(['--out', out, folder]);
    expect(code).toBe(1);
    expect(names(out)).toEqual(['floods.html.json', 'kabul.txt.json', 'pdf/report.pdf.json']);
    expect(stderr).toContain(
      `${path.join(folder, 'pdf', 'scan.pdf')}: error: no text layer: run OCR first`,
    );
    expect(stderr).toMatch(
      /extract: 3 file\(s\) written to .*out \(\d+ mentions, \d+ dropped as page furniture\), 1 failed, in \d+ s/,
    );
    const report = JSON.parse(
      readFileSync(path.join(out, 'pdf', 'report.pdf.json'), 'utf8'),
    ) as ExtractCollection;
    expect(report.features.map((f) => f.properties.text)).toContain('Peshawar');
  }, 600_000);

  it('takes the list of files from standard input', async () => {
    const out = path.join(dir, 'listed');
    const list = `${path.join(folder, 'kabul.txt')}\n${path.join(folder, 'floods.html')}\n`;
    const { code } = await extract(['--out', out, '--files-from', '-'], list);
    expect(code).toBe(0);
    expect(names(out)).toEqual(['floods.html.json', 'kabul.txt.json']);
  }, 600_000);
});
