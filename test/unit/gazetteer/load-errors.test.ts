/**
 * A broken curated file stops the build with a ProblemsError listing every problem, and leaves
 * no cache behind.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../../src/pipeline/gazetteer/index.ts';
import { ProblemsError } from '../../../src/pipeline/problems.ts';

const FIXTURES = join(import.meta.dirname, 'fixtures/rules');
const work = mkdtempSync(join(tmpdir(), 'gazetteer-errors-'));

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('loadGazetteer with broken curated files', () => {
  it('rejects with every problem and writes no cache', async () => {
    const curatedDir = join(work, 'curated');
    const cacheDir = join(work, 'cache');
    cpSync(FIXTURES, curatedDir, { recursive: true });
    const error = await loadGazetteer({ curatedDir, cacheDir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProblemsError);
    const problems = (error as ProblemsError).problems;
    // One problem per fixture, plus the duplicate ids across the copies of one id.
    const files = new Set(problems.map((p) => p.file.split('/').pop()));
    expect(files).toEqual(new Set(readdirSync(FIXTURES)));
    expect((error as ProblemsError).message).toMatch(
      /swapped-latlon\.json:\d+:\d+: error: .*lat\/lon swapped/,
    );
    expect(existsSync(cacheDir) ? readdirSync(cacheDir) : []).toEqual([]);
  });

  it('reports invalid JSON with its position', async () => {
    const curatedDir = join(work, 'syntax');
    const cacheDir = join(work, 'cache-syntax');
    cpSync(join(FIXTURES, 'kind.json'), join(curatedDir, 'ok.json'));
    const { writeFileSync } = await import('node:fs');
    writeFileSync(join(curatedDir, 'broken.json'), '{\n  "entries": [\n    { "id": }\n  ]\n}\n');
    const error = await loadGazetteer({ curatedDir, cacheDir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProblemsError);
    const syntax = (error as ProblemsError).problems.find((p) => p.file.endsWith('broken.json'));
    expect(syntax?.from.line).toBe(3);
    expect(syntax?.message).toMatch(/invalid JSON/);
    expect(existsSync(cacheDir) ? readdirSync(cacheDir) : []).toEqual([]);
  });
});
