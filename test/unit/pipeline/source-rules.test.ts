/**
 * Every source rule has a fixture directory under fixtures/in/rules/<rule>/ that trips it;
 * the problems found there (one per line, compiler style) are compared with
 * fixtures/out/rules/<rule>.txt.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/pipeline/dataset/dataset.ts';
import { formatProblem, type Problem } from '../../../src/pipeline/problems.ts';
import { checkSourceFiles, readSourceDir } from '../../../src/pipeline/sources/read.ts';
import {
  BYTE_RULES,
  COLLECTION_RULES,
  emptyFile,
  FILE_RULES,
  RESULT_RULES,
} from '../../../src/pipeline/sources/rules/index.ts';
import { fakeGeoparser } from './fake-geoparser.ts';
import { expectGolden, IN } from './golden.ts';

const RULES_DIR = path.join(IN, 'rules');
const ruleNames = [
  ...BYTE_RULES,
  ...FILE_RULES,
  emptyFile,
  ...COLLECTION_RULES,
  ...RESULT_RULES,
].map((r) => r.name);

async function problemsOf(dir: string): Promise<Problem[]> {
  const root = path.join(RULES_DIR, '..', '..', '..');
  const raws = await readSourceDir(dir, root);
  const { sources, problems } = checkSourceFiles(raws);
  const { warnings } = buildDataset(sources, fakeGeoparser());
  return [...problems, ...warnings];
}

describe('source rules', () => {
  const fixtureDirs = readdirSync(RULES_DIR).sort();

  it('has a failing fixture for every rule', () => {
    for (const name of ruleNames) expect(fixtureDirs).toContain(name);
  });

  it.each(fixtureDirs)('%s', async (dir) => {
    const problems = await problemsOf(path.join(RULES_DIR, dir));
    const text = problems.map(formatProblem).join('\n');
    if (dir !== 'crlf') expect(problems.length).toBeGreaterThan(0);
    expectGolden(`rules/${dir}.txt`, `${text}\n`);
  });

  it('reports every problem of every file at once, sorted by file and position', async () => {
    const dirs = ['bad-date', 'unknown-field', 'malformed-line'];
    const raws = (
      await Promise.all(dirs.map((d) => readSourceDir(path.join(RULES_DIR, d))))
    ).flat();
    const { problems } = checkSourceFiles(raws);
    const files = new Set(problems.map((p) => p.file));
    expect(files.size).toBe(raws.length);
    const keys = problems.map((p) => `${p.file}\u0000${String(p.from.offset).padStart(8, '0')}`);
    expect(keys).toEqual(
      [...keys].sort(
        (a, b) => a.split('\u0000')[0]!.localeCompare(b.split('\u0000')[0]!) || a.localeCompare(b),
      ),
    );
  });

  it('accepts CRLF and keeps offsets on the text as read', async () => {
    const raws = await readSourceDir(path.join(RULES_DIR, 'crlf'));
    const { sources, problems } = checkSourceFiles(raws);
    expect(problems).toEqual([]);
    const source = sources[0]!;
    expect(source.author).toBe('Crlf Writer');
    expect(source.body).toContain('\r\n');
    expect(source.content.slice(source.bodyStart)).toBe(source.body);
    const { dataset } = buildDataset(sources, fakeGeoparser());
    for (const f of dataset.mentions.features) {
      const p = f.properties;
      expect(source.body.slice(p.start, p.end)).toBe(p.text);
      expect(p.quote.includes('\r')).toBe(false);
    }
    expect(dataset.mentions.features.map((f) => f.properties.line)).toEqual([6, 7]);
  });

  it('strips a BOM so offsets count from after it', async () => {
    const raws = await readSourceDir(path.join(RULES_DIR, 'bom'));
    const { sources } = checkSourceFiles(raws);
    expect(sources[0]?.content.startsWith('---')).toBe(true);
  });
});
