/** `npm run data` end to end (the real CLI): all problems at once, exit codes, output kept. */
import { execFile } from 'node:child_process';
import {
  cpSync,
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
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IN } from './golden.ts';

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '../../..');
const CLI = path.join(ROOT, 'src/pipeline/cli/build.ts');
let work: string;

async function build(...args: string[]): Promise<{ stdout: string; stderr: string; code: number }> {
  return buildIn(ROOT, ...args);
}

/** The CLI run from `cwd`, so that a build that should not happen writes there, not here. */
async function buildIn(
  cwd: string,
  ...args: string[]
): Promise<{ stdout: string; stderr: string; code: number }> {
  try {
    const tsx = path.join(ROOT, 'node_modules/.bin/tsx');
    const { stdout, stderr } = await run(tsx, [CLI, ...args], { cwd });
    return { stdout, stderr, code: 0 };
  } catch (error) {
    const e = error as { stdout: string; stderr: string; code: number };
    return { stdout: e.stdout, stderr: e.stderr, code: e.code };
  }
}

beforeEach(() => {
  work = mkdtempSync(path.join(tmpdir(), 'citemap-cli-'));
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

describe('build CLI', () => {
  it('reports every problem of every file, one per line, and keeps the previous output', async () => {
    const sources = path.join(work, 'sources');
    mkdirSync(sources);
    for (const dir of ['bad-date', 'unknown-field', 'bom']) {
      cpSync(path.join(IN, 'rules', dir), sources, { recursive: true });
    }
    const out = path.join(work, 'out');
    mkdirSync(out);
    writeFileSync(path.join(out, 'basemap.json'), 'previous');
    const r = await build('--sources', sources, '--out', out);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    const lines = r.stderr.split('\n').filter((l) => /^\S+:\d+:\d+: (error|warning): /.test(l));
    expect(lines.length).toBe(7);
    expect(r.stderr).toMatch(/bad-date\.txt:4:12: error: expected a date/);
    expect(r.stderr).toMatch(/unknown-field\.txt:4:1: error: .*did you mean 'title'/);
    expect(r.stderr).toMatch(/bom\.txt:1:1: warning: /);
    expect(r.stderr).toMatch(/6 error\(s\), 1 warning\(s\) in the sources; .* was left as it was/);
    expect(readdirSync(out)).toEqual(['basemap.json']);
    expect(readFileSync(path.join(out, 'basemap.json'), 'utf8')).toBe('previous');
  }, 120_000);

  it.each([
    [['--ouput', 'x'], /unknown option --ouput/],
    [['--sorces', 'x'], /unknown option --sorces/],
    [['--out', '--sources', 'x'], /expected a directory after --out, found the option --sources/],
    [['--sources'], /expected a directory after --sources/],
    [['stray'], /unexpected argument stray/],
  ])(
    'rejects %j with the usage line and writes nothing',
    async (args, message) => {
      const r = await buildIn(work, ...args);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).toMatch(/usage: npm run data -- \[--sources DIR\] \[--out DIR\]/);
      expect(readdirSync(work)).toEqual([]);
    },
    600_000,
  );

  it('builds fixture sources with the real geoparser and prints a summary', async () => {
    const out = path.join(work, 'out');
    const r = await build('--sources', path.join(IN, 'sources'), '--out', out);
    expect(r.stderr).not.toMatch(/error/);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /^citemap: 3 sources, \d+ mentions of \d+ places, \d+ unresolved, \d+ dropped as page furniture/,
    );
    expect(readdirSync(out).sort()).toEqual([
      'basemap-towns.json',
      'basemap.json',
      'corrections.json',
      'mention-index.json',
      'mentions.geojson',
      'places.geojson',
      'quotes',
      'search.tsv',
      'sources.json',
      'texts',
      'unresolved.json',
      'view.json',
    ]);
  }, 600_000);
});
