/**
 * A 50 MB source must work: every stage the pipeline owns is linear (the geoparser is
 * replaced by the fake here; it is measured separately). Generous time bounds: they catch
 * quadratic behaviour (which would take hours), not small regressions.
 */
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../../src/pipeline/dataset/checks/index.ts';
import { buildDataset, datasetFiles } from '../../../src/pipeline/dataset/dataset.ts';
import { extractMentions } from '../../../src/pipeline/dataset/extract.ts';
import { findFurniture } from '../../../src/pipeline/furniture/index.ts';
import { checkSourceFiles } from '../../../src/pipeline/sources/read.ts';
import { fakeGeoparser } from './fake-geoparser.ts';

/** Characters (or bytes) in a file's content, however it is held. */
function sizeOf(content: string | Uint8Array | readonly string[]): number {
  return typeof content === 'string' || content instanceof Uint8Array
    ? content.length
    : content.reduce((n, chunk) => n + chunk.length, 0);
}

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
    // …and its output serializes, though mentions.geojson passes V8's longest string (~1 GB).
    let written = 0;
    for (const content of datasetFiles(dataset).values()) written += sizeOf(content);
    expect(written).toBeGreaterThan(50 * 1024 * 1024);
    const t3 = performance.now();
    console.log(
      `50 MB: read+check ${Math.round(t1 - t0)} ms, furniture+annotate ${Math.round(t2 - t1)} ms, checks ${Math.round(t3 - t2)} ms`,
    );
    expect(t3 - t0).toBeLessThan(120_000);
  }, 180_000);
});

/** Everything the build would write, serialized, and how much memory that took. */
function buildAndSerialize(body: string): { bytes: number; heapGrowth: number; ms: number } {
  const file = new TextEncoder().encode(`---\nid: oneline\ntitle: One line\n---\n${body}`);
  const heapBefore = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  const { sources, problems } = checkSourceFiles([
    { file: 'data/sources/oneline.txt', bytes: file },
  ]);
  expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  const { dataset } = buildDataset(sources, fakeGeoparser());
  expect(validateDataset(dataset)).toEqual([]);
  let bytes = 0;
  for (const content of datasetFiles(dataset).values()) bytes += sizeOf(content);
  const heapGrowth = process.memoryUsage().heapUsed - heapBefore;
  return { bytes, heapGrowth, ms: performance.now() - t0 };
}

// A quote is a bounded window around its mention, so output stays linear in the input however
// long a sentence is (each mention once carried its whole sentence: mentions × sentence length).
describe('one-line sources', () => {
  it.each([
    ['one 60 KB line of names', 'Kabul '.repeat(10_000)],
    ['a one-line list of 100,000 names', 'Kabul, Kandahar, Islamabad, Paris, '.repeat(25_000)],
  ])(
    '%s builds with output and memory linear in the input',
    (_name, body) => {
      const { bytes, heapGrowth, ms } = buildAndSerialize(body);
      // Each mention's JSON is a few hundred bytes: a bound per mention, not per sentence.
      const mentions = body.split(' ').length;
      expect(bytes).toBeLessThan(mentions * 1500);
      expect(heapGrowth).toBeLessThan(mentions * 20_000);
      expect(ms).toBeLessThan(60_000);
    },
    120_000,
  );

  it('extract prints a one-line list of 100,000 names with output and memory linear in it', () => {
    const body = 'Kabul, Kandahar, Islamabad, Paris, '.repeat(25_000);
    const heapBefore = process.memoryUsage().heapUsed;
    const { collection } = extractMentions(body, fakeGeoparser());
    const bytes = JSON.stringify(collection).length;
    expect(collection.features.length).toBe(100_000);
    expect(bytes).toBeLessThan(100_000 * 1500);
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(100_000 * 20_000);
  }, 120_000);
});

describe('two million mentions', () => {
  // Their mentions.geojson is past V8's longest string (about 2^29 characters): it is written
  // in chunks, as the real geoparser finds that many in the README's 50 MB example.
  it('serialize to files of the right size', () => {
    const body = 'Kabul and Kandahar met. '.repeat(1_000_000);
    const file = new TextEncoder().encode(`---\nid: many\ntitle: Many\n---\n${body}`);
    const { sources } = checkSourceFiles([{ file: 'data/sources/many.txt', bytes: file }]);
    const { dataset } = buildDataset(sources, fakeGeoparser());
    expect(dataset.mentions.features.length).toBe(2_000_000);
    const mentions = datasetFiles(dataset).get('mentions.geojson');
    expect(mentions).toBeDefined();
    const size = sizeOf(mentions ?? '');
    expect(size).toBeGreaterThan(2 ** 29);
    // The chunks are what JSON.stringify gives (the golden build compares it byte for byte).
    const chunks = typeof mentions === 'string' || mentions instanceof Uint8Array ? [] : mentions!;
    expect(chunks[0]?.startsWith('{"type":"FeatureCollection","features":[{')).toBe(true);
    expect(chunks.at(-1)).toBe(']}');
  }, 300_000);
});
