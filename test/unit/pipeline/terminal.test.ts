/**
 * Whatever a source file's name or values contain, what the build prints stays one line per
 * problem with nothing the terminal would obey: no line breaks, escape sequences (ESC, the
 * C1 CSI U+009B) or bidi overrides from the input, so a file name cannot forge a problem line
 * or recolour, move or reorder what follows.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/pipeline/problems.ts';
import { checkSourceFiles } from '../../../src/pipeline/sources/read.ts';

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '../../..');
const CLI = path.join(ROOT, 'src/pipeline/cli/build.ts');
let work: string;
beforeEach(() => {
  work = mkdtempSync(path.join(tmpdir(), 'citemap-terminal-'));
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

/** Characters a terminal acts on rather than shows. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters looked for.
const CONTROLS = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

describe('terminal output', () => {
  it('escapes line breaks, ESC, C1 controls and bidi overrides in file names and values', async () => {
    const sources = path.join(work, 'sources');
    mkdirSync(sources);
    const forged = 'x\nforged.txt:1:1: error: \u001b[2Jgone\u009b31m\u202eevil.txt';
    writeFileSync(
      path.join(sources, forged),
      '---\nid: x\ntitle: T\npublished: 20\u001b]0;pwned\u0007\u202e21\n---\nText.\n',
    );
    const r = await run(
      path.join(ROOT, 'node_modules/.bin/tsx'),
      [CLI, '--sources', sources, '--out', path.join(work, 'out')],
      { cwd: ROOT },
    ).catch((e: { stdout: string; stderr: string }) => e);
    const lines = r.stderr.split('\n').filter((l) => l !== '');
    const forgedLines = lines.filter((l) => l.includes('forged.txt:1:1'));
    expect(forgedLines.length).toBe(2);
    expect(forgedLines.join('\n')).toMatch(
      /x\\u000aforged\.txt:1:1: error: \\u001b\[2Jgone\\u009b31m\\u202eevil\.txt:4:12: error: expected a date .*, found '20\\u001b\]0;pwned\\u0007\\u202e21'$/m,
    );
    for (const line of lines) expect(line).not.toMatch(CONTROLS);
  });

  it('a confusable id names the offending character and its code point', () => {
    const content = '---\nid: t\u0430liban\ntitle: T\n---\nText.\n';
    const { problems } = checkSourceFiles([
      { file: 'data/sources/taliban.txt', bytes: new TextEncoder().encode(content) },
    ]);
    expect(problems.map(formatProblem)).toContain(
      "data/sources/taliban.txt:2:6: error: expected an id of lower-case letters, digits and hyphens, found 't\u0430liban' with '\u0430' (U+0430), not a Latin letter a–z, digit or hyphen",
    );
  });
});
