/**
 * A 50 MB source must work: every stage the pipeline owns is linear (the geoparser is
 * replaced by the fake here; it is measured separately). Generous time bounds: they catch
 * quadratic behaviour (which would take hours), not small regressions.
 */
import { describe, expect, it } from 'vitest';
import { findFurniture } from '../../../src/pipeline/furniture/index.ts';
import { validateDataset } from '../../../src/pipeline/output/checks/index.ts';
import { buildDataset } from '../../../src/pipeline/output/dataset.ts';
import { checkSourceFiles } from '../../../src/pipeline/sources/read.ts';
import { fakeGeoparser } from './fake-geoparser.ts';

const PARAGRAPH =
  'In 2001 fighters moved from Kandahar to Kabul, Dr. Smith said, and the U.S. embassy closed last year. ' +
  'Officials met in Islamabad, Pakistan, where talks went on for a long time without any result.\n\n';

describe('a 50 MB source', () => {
  it('is read, checked, annotated and validated in linear time', () => {
    const header = '---\nid: huge\ntitle: Huge\npublished: 2021\n---\n';
    const body = PARAGRAPH.repeat(Math.ceil((50 * 1024 * 1024) / PARAGRAPH.length));
    const bytes = new TextEncoder().encode(header + body);
    expect(bytes.length).toBeGreaterThan(50 * 1024 * 1024);
    const t0 = performance.now();
    const { sources, problems } = checkSourceFiles([{ file: 'data/sources/huge.txt', bytes }]);
    expect(problems).toEqual([]);
    const t1 = performance.now();
    expect(findFurniture(sources[0]!.body)).toEqual([]);
    const { dataset, stats } = buildDataset(sources, fakeGeoparser());
    const t2 = performance.now();
    expect(stats.mentions).toBeGreaterThan(1_000_000);
    // The output checks on a million mentions: still linear.
    expect(validateDataset(dataset)).toEqual([]);
    const t3 = performance.now();
    console.log(
      `50 MB: read+check ${Math.round(t1 - t0)} ms, furniture+annotate ${Math.round(t2 - t1)} ms, checks ${Math.round(t3 - t2)} ms`,
    );
    expect(t3 - t0).toBeLessThan(120_000);
  }, 180_000);
});
