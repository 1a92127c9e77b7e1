/**
 * The evaluation measures the configuration that ships: `npm run eval` and `npm run extract`
 * (the build's own stage) find the same mentions, with the same places, in the same texts,
 * page furniture included (a byline, a credit line, a citation, a publisher's address, a link
 * list). Runs both real CLIs on a small corpus written for this test.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '../../..');
const CORPUS = path.join(import.meta.dirname, 'fixtures/mini-corpus.jsonl');
const dir = mkdtempSync(path.join(tmpdir(), 'citemap-shipped-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cli(script: string, args: string[]): Promise<string> {
  const { stdout } = await run('npx', ['tsx', path.join(ROOT, script), ...args], {
    cwd: ROOT,
    maxBuffer: 64 << 20,
  });
  return stdout;
}

type Found = { start: number; end: number; placeId: string | null };
const key = (m: Found): string => `${m.start}-${m.end} ${m.placeId}`;

describe('one configuration', () => {
  it('eval scores exactly what extract ships', { timeout: 180_000 }, async () => {
    const docs = readFileSync(CORPUS, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: string; text: string });
    const files = docs.map((d) => {
      const file = path.join(dir, `${d.id}.txt`);
      writeFileSync(file, d.text);
      return file;
    });
    await cli('src/pipeline/cli/extract.ts', ['--out', dir, ...files]);
    const evaluated = JSON.parse(
      await cli('src/pipeline/cli/eval.ts', ['--corpus', CORPUS, '--json']),
    ) as { predicted: { doc: string; predictions: Found[] }[] };

    for (const d of docs) {
      const extracted = JSON.parse(readFileSync(path.join(dir, `${d.id}.txt.json`), 'utf8')) as {
        features: { properties: Found }[];
      };
      const shipped = extracted.features.map((f) => key(f.properties));
      const scored = evaluated.predicted.find((p) => p.doc === d.id)?.predictions.map(key);
      // Demonyms are set aside by the scorer only; the fixture's one is not mapped anyway.
      expect(scored, d.id).toEqual(shipped);
      expect(shipped.length, d.id).toBeGreaterThan(0);
    }
    // The furniture stage ran in both: nothing from the credits, citation, footer or link list.
    const furniture: [string, string][] = [
      ['mini-1', 'Islamabad'],
      ['mini-1', 'Peshawar'],
      ['mini-1', 'Karachi'],
      ['mini-2', 'Delhi'],
    ];
    for (const [id, name] of furniture) {
      const at = docs.find((d) => d.id === id)!.text.indexOf(name);
      const predictions = evaluated.predicted.find((p) => p.doc === id)!.predictions;
      expect(
        predictions.some((m) => m.start === at),
        `${id}: ${name}`,
      ).toBe(false);
    }
  });
});
