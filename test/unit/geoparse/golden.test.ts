/**
 * Golden fixtures: every fixtures/in/*.txt is parsed with the fake gazetteer, in the shipped
 * configuration (the page-furniture stage, then the geoparser), and compared with
 * fixtures/out/*.json (see ../golden.ts for UPDATE_GOLDEN).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mentionsOutsideFurniture } from '../../../src/pipeline/dataset/annotate.ts';
import { createGeoparser } from '../../../src/pipeline/geoparse/index.ts';
import { expectGoldenFile } from '../golden.ts';
import { gazetteer } from './helpers.ts';

const dir = join(import.meta.dirname, 'fixtures');
const parser = createGeoparser(gazetteer);

describe('golden fixtures', () => {
  const inputs = readdirSync(join(dir, 'in')).filter((f) => f.endsWith('.txt'));
  it('has fixtures', () => expect(inputs.length).toBeGreaterThan(0));
  for (const file of inputs) {
    it(file, () => {
      const text = readFileSync(join(dir, 'in', file), 'utf8');
      const got = mentionsOutsideFurniture(text, parser).kept.map((m) => ({
        start: m.start,
        end: m.end,
        text: m.text,
        place: m.place?.id ?? null,
        reason: m.reason,
        candidates: m.candidates.map((c) => c.id),
      }));
      for (const m of got) expect(text.slice(m.start, m.end)).toBe(m.text);
      const outFile = join(dir, 'out', file.replace(/\.txt$/, '.json'));
      expectGoldenFile(outFile, `${JSON.stringify(got, null, 1)}\n`);
    });
  }
});
