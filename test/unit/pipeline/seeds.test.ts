/**
 * The five seeds are the first sources: each data/sources/*.txt body is byte-identical to
 * its seed in shared/seeds (next to the repository), and the sources pass every rule.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSourceFiles, readSourceDir } from '../../../src/pipeline/sources/read.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const SOURCES = path.join(ROOT, 'data/sources');
// shared/ sits beside the checkout (and beside CI's clone).
const SEEDS = [path.join(ROOT, '../shared/seeds'), path.join(ROOT, 'shared/seeds')].find(
  existsSync,
);

describe('seed sources', () => {
  it('pass every source rule without errors or warnings', async () => {
    const { sources, problems } = checkSourceFiles(await readSourceDir(SOURCES, ROOT));
    expect(problems).toEqual([]);
    expect(sources.length).toBeGreaterThanOrEqual(5);
  });

  it.runIf(SEEDS)('keep each seed text byte-identical after the front matter', async () => {
    const seedDir = SEEDS as string;
    const raws = await readSourceDir(SOURCES, ROOT);
    const { sources } = checkSourceFiles(raws);
    const encoder = new TextEncoder();
    const bodies = new Map(
      sources.map((s) => {
        const raw = raws.find((r) => r.file === s.file);
        // Compare bytes, not decoded strings: the body bytes are everything after the front matter.
        const prefix = encoder.encode(s.content.slice(0, s.bodyStart)).length;
        return [s.id, Buffer.from(raw?.bytes.subarray(prefix) ?? [])];
      }),
    );
    const seeds = readdirSync(seedDir).filter((n) => n.endsWith('.txt'));
    expect(seeds.length).toBe(5);
    for (const seed of seeds) {
      const bytes = readFileSync(path.join(seedDir, seed));
      const match = [...bodies.values()].filter((b) => b.equals(bytes));
      expect(match.length, `${seed} has exactly one source with its text`).toBe(1);
    }
  });

  it('carry the metadata the seeds reveal', async () => {
    const { sources } = checkSourceFiles(await readSourceDir(SOURCES, ROOT));
    const byId = new Map(sources.map((s) => [s.id, s]));
    expect(byId.get('taliban-story-part-10')?.published).toEqual({
      iso: '2021',
      precision: 'year',
      year: 2021,
    });
    expect(byId.get('taliban-story-part-10')?.publisher).toBeNull();
    expect(byId.get('al-qaeda-afghan-taliban-connections')?.published?.iso).toBe('2015');
    expect(byId.get('taliban-al-qaeda-how-are-they-linked')?.published).toEqual({
      iso: '2021-09-07',
      precision: 'day',
      year: 2021,
    });
    expect(byId.get('unbreakable-links-taliban-al-qaeda')?.published).toEqual({
      iso: '2020-07',
      precision: 'month',
      year: 2020,
    });
    expect(byId.get('taliban-al-qaeda-bomb-proof-loyalty')?.published).toEqual({
      iso: '2022-08',
      precision: 'month',
      year: 2022,
    });
    expect(byId.get('taliban-al-qaeda-bomb-proof-loyalty')?.publisher).toBe('EL PAÍS');
    expect(byId.get('taliban-al-qaeda-bomb-proof-loyalty')?.author).toBeNull();
  });
});
