/**
 * Real news never written for this project (../shared/corpora, read at test time and never
 * copied here): every text built as a source of one collection passes every output check, so
 * no single document can block a build. Skipped where ../shared is absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../../src/pipeline/dataset/checks/index.ts';
import { buildDataset } from '../../../src/pipeline/dataset/dataset.ts';
import { loadGeoparser } from '../../../src/pipeline/orchestration/load-geoparser.ts';
import { checkSourceFiles } from '../../../src/pipeline/sources/read.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const CORPORA = path.join(ROOT, '../shared/corpora');
const FILES = ['trnews.jsonl', 'geovirus.jsonl'].map((f) => path.join(CORPORA, f));

interface CorpusDocument {
  id: string;
  text: string;
}

function corpusSources(): { file: string; bytes: Uint8Array }[] {
  const encoder = new TextEncoder();
  return FILES.flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => {
        const doc = JSON.parse(line) as CorpusDocument;
        const id = doc.id.toLowerCase().replace(/[^a-z0-9-]/g, '-');
        return {
          file: `data/sources/${id}.txt`,
          bytes: encoder.encode(`---\nid: ${id}\ntitle: ${id}\n---\n${doc.text}`),
        };
      }),
  );
}

describe.runIf(FILES.every(existsSync))('the shared corpora as one collection', () => {
  it('build with every output check passed', async () => {
    const { sources, problems } = checkSourceFiles(corpusSources());
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    const geoparser = await loadGeoparser(() => {});
    const { dataset } = buildDataset(sources, geoparser);
    expect(validateDataset(dataset)).toEqual([]);
  }, 300_000);
});
