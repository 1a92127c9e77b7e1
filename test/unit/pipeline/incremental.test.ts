/**
 * Incremental builds (README "Incremental builds"): a source whose geoparse inputs are
 * unchanged is not geoparsed again, each input of the cache key makes it geoparsed again, the
 * output is byte-identical with and without the cache, corrections apply on top of a cache
 * hit, and a damaged or unwritable cache costs time, never a wrong result or a failed build.
 */
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PARSE_CACHE_MODULE } from '../../../src/pipeline/dataset/parse-cache.ts';
import {
  cached,
  cacheKey,
  moduleClosure,
  PACK_UNUSED_DAYS,
} from '../../../src/pipeline/fs/cache.ts';
import type { Geoparser } from '../../../src/pipeline/geoparse/types.ts';
import { runBuild } from '../../../src/pipeline/orchestration/build.ts';
import { correctionAt, serializeCorrections } from '../../../src/shared/corrections.ts';
import { snapshot } from '../snapshot.ts';
import { fakeGeoparser } from './fake-geoparser.ts';

const BODIES = {
  kabul: 'Fighting was reported near Kabul on Monday, as it has been since 2019.\n',
  kandahar: 'Officials in Kandahar said the road to Islamabad is closed this year.\n',
  paris: 'Talks in Paris last year were about Springfield and Pakistan.\n',
};
type Id = keyof typeof BODIES;

let work: string;
let sourcesDir: string;
let outDir: string;
const version = { code: 'code-1', gazetteer: 'gazetteer-1' };

/** Each source's body as its file now has it. */
let current: Record<Id, string>;

function writeSource(id: Id, body = BODIES[id], published = '2021-05-04', title = `About ${id}`) {
  current[id] = body;
  writeFileSync(
    path.join(sourcesDir, `${id}.txt`),
    `---\nid: ${id}\ntitle: ${title}\npublished: ${published}\n---\n${body}`,
  );
}

beforeEach(() => {
  work = mkdtempSync(path.join(tmpdir(), 'citemap-incremental-'));
  sourcesDir = path.join(work, 'data', 'sources');
  outDir = path.join(work, 'public', 'data');
  mkdirSync(sourcesDir, { recursive: true });
  current = { ...BODIES };
  for (const id of Object.keys(BODIES) as Id[]) writeSource(id);
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

const cacheFile = (): string => path.join(work, '.cache', 'build', 'sources.pack');

/** A build through a geoparser that records the texts it was asked to parse. */
async function build(
  options: { cache?: boolean; code?: string; gazetteer?: string; geoparser?: Geoparser } = {},
) {
  const base = options.geoparser ?? fakeGeoparser();
  const parsed: string[] = [];
  const geoparser: Geoparser = {
    ...base,
    parse: (text, o) => {
      parsed.push(text);
      return base.parse(text, o);
    },
  };
  const summary = await runBuild({
    sourcesDir,
    outDir,
    root: work,
    geoparser,
    report: () => {},
    ...(options.cache === false
      ? {}
      : {
          parseCache: {
            file: cacheFile(),
            code: options.code ?? version.code,
            gazetteer: options.gazetteer ?? version.gazetteer,
          },
        }),
  });
  /** The sources geoparsed, by id. */
  const geoparsed = (Object.keys(BODIES) as Id[]).filter((id) => parsed.includes(current[id]));
  return { summary, geoparsed, files: snapshot(outDir) };
}

const mentionsOf = (files: Record<string, string>) =>
  (
    JSON.parse(files['mentions.geojson'] ?? '') as {
      features: { properties: Record<string, unknown> }[];
    }
  ).features.map((f) => f.properties);

describe('incremental builds', () => {
  it('geoparses every source once, then none while nothing changes', async () => {
    expect((await build()).geoparsed).toEqual(['kabul', 'kandahar', 'paris']);
    const warm = await build();
    expect(warm.geoparsed).toEqual([]);
    expect(warm.summary.geoparsed).toBe(0);
  });

  it('geoparses again a source whose body changed, and only that one', async () => {
    await build();
    writeSource('kandahar', BODIES.kandahar.replace('Islamabad', 'Kabul'));
    const again = await build();
    expect(again.geoparsed).toEqual(['kandahar']);
    expect(mentionsOf(again.files).filter((m) => m.sourceId === 'kandahar')).toHaveLength(2);
    expect(
      mentionsOf(again.files).some((m) => m.sourceId === 'kandahar' && m.text === 'Kabul'),
    ).toBe(true);
  });

  it('geoparses again a source whose publication date changed (its relative years move)', async () => {
    await build();
    writeSource('paris', BODIES.paris, '2015-02-01');
    const again = await build();
    expect(again.geoparsed).toEqual(['paris']);
    const paris = mentionsOf(again.files).find((m) => m.sourceId === 'paris');
    expect(paris?.years).toEqual([2014]);
  });

  it('does not geoparse again for metadata the stage does not read, yet shows it', async () => {
    await build();
    writeSource('kabul', BODIES.kabul, '2021-05-04', 'A new title');
    const again = await build();
    expect(again.geoparsed).toEqual([]);
    expect(again.files['sources.json']).toContain('A new title');
  });

  it('geoparses everything again when the code of the stage or geoparser changes', async () => {
    await build();
    expect((await build({ code: 'code-2' })).geoparsed).toEqual(['kabul', 'kandahar', 'paris']);
  });

  it('geoparses everything again when the gazetteer changes', async () => {
    await build();
    expect((await build({ gazetteer: 'gazetteer-2' })).geoparsed).toEqual([
      'kabul',
      'kandahar',
      'paris',
    ]);
  });

  it('writes byte-identical output without the cache, with a cold one and a warm one', async () => {
    const without = (await build({ cache: false })).files;
    const cold = await build();
    const warm = await build();
    expect(warm.geoparsed).toEqual([]);
    expect(cold.files).toEqual(without);
    expect(warm.files).toEqual(without);
  });

  it('applies a changed correction on top of a cache hit', async () => {
    const before = await build();
    const correctionsDir = path.join(work, 'data', 'corrections');
    mkdirSync(correctionsDir);
    const at = BODIES.kandahar.indexOf('Islamabad');
    writeFileSync(
      path.join(correctionsDir, 'kandahar.json'),
      serializeCorrections({
        source: 'kandahar',
        corrections: [correctionAt(BODIES.kandahar, at, at + 9, 'not-a-place')],
      }),
    );
    const after = await build();
    expect(after.geoparsed).toEqual([]);
    const texts = (files: Record<string, string>) =>
      mentionsOf(files)
        .filter((m) => m.sourceId === 'kandahar')
        .map((m) => m.text);
    expect(texts(before.files)).toEqual(['Kandahar', 'Islamabad']);
    expect(texts(after.files)).toEqual(['Kandahar']);
  });

  it('computes again an entry that was damaged into another valid value', async () => {
    const cold = await build();
    const pack = readFileSync(cacheFile(), 'utf8');
    // Kabul's city id becomes Kandahar's (same length): valid JSON, a known place, wrong.
    expect(pack).toContain('geonames:1138958');
    writeFileSync(cacheFile(), pack.replaceAll('geonames:1138958', 'geonames:1138336'));
    const again = await build();
    expect(again.geoparsed).toEqual(['kabul']);
    expect(again.files).toEqual(cold.files);
  });

  it('computes again entries naming a place the gazetteer lacks, or not read back whole', async () => {
    const cold = await build();
    const withoutParis = fakeGeoparser();
    const place = withoutParis.place;
    withoutParis.place = (id) => (id === 'geonames:2988507' ? undefined : place(id));
    expect((await build({ geoparser: withoutParis })).geoparsed).toEqual(['paris']);
    writeFileSync(cacheFile(), 'not a pack\n\u0000\u0001 garbage');
    const again = await build();
    expect(again.geoparsed).toEqual(['kabul', 'kandahar', 'paris']);
    expect(again.files).toEqual(cold.files);
  });

  it('builds when the cache cannot be written', async () => {
    // The cache folder's place is taken by a file: no cache can be made there.
    mkdirSync(path.join(work, '.cache'));
    writeFileSync(path.join(work, '.cache', 'build'), 'a file, not a folder');
    const first = await build();
    expect(first.summary.sources).toBe(3);
    expect((await build()).geoparsed).toEqual(['kabul', 'kandahar', 'paris']);
  });

  it("removes other folders' packs unused for two weeks, and keeps the others", async () => {
    const dir = path.dirname(cacheFile());
    mkdirSync(dir, { recursive: true });
    const days = (n: number) => new Date(Date.now() - n * 24 * 3600 * 1000);
    for (const [name, age] of [
      ['old.pack', PACK_UNUSED_DAYS + 1],
      ['recent.pack', PACK_UNUSED_DAYS - 1],
    ] as const) {
      writeFileSync(path.join(dir, name), '');
      utimesSync(path.join(dir, name), days(age), days(age));
    }
    await build();
    expect(readdirSync(dir).sort()).toEqual(['recent.pack', 'sources.pack']);
    // A build with nothing new keeps its own pack marked as used.
    utimesSync(cacheFile(), days(3), days(3));
    await build();
    expect(statSync(cacheFile()).mtimeMs).toBeGreaterThan(days(1).getTime());
  });
});

describe('the code version of the cache', () => {
  it('covers every module the stage and the geoparser import, transitively', () => {
    const geoparser = path.resolve('src/pipeline/geoparse/index.ts');
    const files = moduleClosure([PARSE_CACHE_MODULE, geoparser]).map((f) =>
      path.relative(process.cwd(), f),
    );
    for (const f of [
      'src/pipeline/dataset/parse-source.ts',
      'src/pipeline/furniture/index.ts',
      'src/pipeline/geoparse/resolve.ts',
      'src/pipeline/geoparse/lexicon/data/common-words.ts',
      'src/pipeline/years/rules.ts',
      'src/pipeline/years/tense.ts',
      'src/pipeline/text/sentences.ts',
    ])
      expect(files).toContain(f);
    // The corrections are applied after the cached stage: their code is not part of it.
    expect(files).not.toContain('src/pipeline/corrections/apply.ts');
  });

  it('changes when any imported module changes, and only then', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'citemap-closure-'));
    try {
      mkdirSync(path.join(dir, 'lib'));
      writeFileSync(
        path.join(dir, 'a.ts'),
        "import { b } from './lib/b.ts';\nexport const a = b;\n",
      );
      writeFileSync(
        path.join(dir, 'lib', 'b.ts'),
        "export { c } from '../c.ts';\nexport const b = 1;\n",
      );
      writeFileSync(path.join(dir, 'c.ts'), 'export const c = 2;\n');
      writeFileSync(path.join(dir, 'unrelated.ts'), 'export const u = 3;\n');
      const key = () => cacheKey(moduleClosure([path.join(dir, 'a.ts')]));
      const first = await key();
      writeFileSync(path.join(dir, 'unrelated.ts'), 'export const u = 4;\n');
      expect(await key()).toBe(first);
      writeFileSync(path.join(dir, 'c.ts'), 'export const c = 5;\n');
      expect(await key()).not.toBe(first);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('a single cached value (basemap, search.tsv)', () => {
  it('is served while its inputs are unchanged, and made again when damaged or salted anew', async () => {
    const input = path.join(work, 'input.txt');
    writeFileSync(input, 'one');
    const dir = path.join(work, 'cache');
    let made = 0;
    const value = (salt = 'gazetteer-1') =>
      cached(dir, 'search.tsv', [input], async () => `value ${++made}`, salt);
    expect(await value()).toBe('value 1');
    expect(await value()).toBe('value 1');
    const [file] = readdirSync(dir);
    const stored = readFileSync(path.join(dir, file ?? ''), 'utf8');
    writeFileSync(path.join(dir, file ?? ''), stored.replace('value 1', 'value 9'));
    expect(await value()).toBe('value 2');
    expect(await value('gazetteer-2')).toBe('value 3');
    writeFileSync(input, 'two');
    expect(await value('gazetteer-2')).toBe('value 4');
  });
});
