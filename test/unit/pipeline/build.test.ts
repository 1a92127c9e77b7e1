/**
 * The whole build on fixture sources with the fake geoparser: outputs compared with golden
 * files, the output checks each shown to catch what they are for, and the atomic write shown
 * to leave the previous output byte-identical when anything fails.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Geometry } from 'geojson';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { validateDataset } from '../../../src/pipeline/dataset/checks/index.ts';
import type { OutputIssue } from '../../../src/pipeline/dataset/checks/types.ts';
import { buildDataset, type Dataset } from '../../../src/pipeline/dataset/dataset.ts';
import { leftoversOf } from '../../../src/pipeline/fs/atomic-dir.ts';
import { OutputInvalidError, runBuild } from '../../../src/pipeline/orchestration/build.ts';
import { ProblemsError } from '../../../src/pipeline/problems.ts';
import { checkSourceFiles, readSourceDir } from '../../../src/pipeline/sources/read.ts';
import { snapshot } from '../snapshot.ts';
import { fakeGeoparser, square } from './fake-geoparser.ts';
import { expectGolden, FIXTURES, IN } from './golden.ts';

const SOURCES = path.join(IN, 'sources');
let work: string;
let outDir: string;

beforeEach(() => {
  work = mkdtempSync(path.join(tmpdir(), 'citemap-build-'));
  outDir = path.join(work, 'public', 'data');
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

const quiet = { report: () => {} };

async function fixtureDataset(): Promise<Dataset> {
  const { sources } = checkSourceFiles(await readSourceDir(SOURCES, FIXTURES));
  return buildDataset(sources, fakeGeoparser()).dataset;
}

describe('runBuild', () => {
  it('writes the golden outputs', async () => {
    const warnings: string[] = [];
    const summary = await runBuild({
      sourcesDir: SOURCES,
      outDir,
      root: FIXTURES,
      geoparser: fakeGeoparser(),
      extraFiles: async () =>
        new Map([['basemap.json', '{"type":"FeatureCollection","features":[]}']]),
      report: (line) => warnings.push(line),
    });
    expect(summary).toMatchObject({ sources: 3, droppedAsFurniture: 2, unresolved: 1 });
    const files = snapshot(outDir);
    expect(Object.keys(files)).toEqual([
      'basemap.json',
      'corrections.json',
      'mention-index.json',
      'mentions.geojson',
      'places.geojson',
      'quotes/crlf-note.0.json',
      'quotes/kabul-report.0.json',
      'quotes/no-date.0.json',
      'sources.json',
      'texts/crlf-note.txt',
      'texts/kabul-report.txt',
      'texts/no-date.txt',
      'unresolved.json',
      'view.json',
    ]);
    for (const name of [
      'mentions.geojson',
      'mention-index.json',
      'places.geojson',
      'sources.json',
      'unresolved.json',
    ]) {
      const pretty = JSON.stringify(JSON.parse(files[name] ?? ''), null, 1);
      expectGolden(`build/${name}`, `${pretty}\n`);
    }
    expectGolden('build/warnings.txt', `${warnings.join('\n')}\n`);
    expect(leftoversOf(outDir)).toEqual([]);
  });

  it('includes ancestors of mentioned places with zero counts of their own', async () => {
    const d = await fixtureDataset();
    const kabulProvince = d.places.features.find((f) => f.id === 'admin1:AF-KAB');
    expect(kabulProvince?.properties).toMatchObject({ mentionCount: 0, sourceCount: 0 });
    const kabul = d.places.features.find((f) => f.id === 'geonames:1138958');
    expect(kabul?.properties.mentionCount).toBeGreaterThan(1);
    expect(kabul?.properties.sourceCount).toBe(2);
  });

  it('texts/<id>.txt holds the body exactly, and offsets index into it', async () => {
    await runBuild({
      sourcesDir: SOURCES,
      outDir,
      root: FIXTURES,
      geoparser: fakeGeoparser(),
      ...quiet,
    });
    const mentions = JSON.parse(
      readFileSync(path.join(outDir, 'mentions.geojson'), 'utf8'),
    ) as Dataset['mentions'];
    for (const f of mentions.features) {
      const body = readFileSync(path.join(outDir, 'texts', `${f.properties.sourceId}.txt`), 'utf8');
      expect(body.slice(f.properties.start, f.properties.end)).toBe(f.properties.text);
      const q = f.properties;
      expect(body.slice(q.quoteStart, q.quoteStart + q.quote.length)).toBe(q.quote);
    }
  });
});

describe('atomic output', () => {
  async function previousOutput(): Promise<Record<string, string>> {
    await runBuild({
      sourcesDir: SOURCES,
      outDir,
      root: FIXTURES,
      geoparser: fakeGeoparser(),
      ...quiet,
    });
    writeFileSync(path.join(outDir, 'marker.txt'), 'previous build');
    return snapshot(outDir);
  }

  it('a failing validation leaves the previous output byte-identical', async () => {
    const before = await previousOutput();
    const broken = fakeGeoparser({
      // Lat/lon swapped and out of range: the checks must refuse it.
      geometry: (): Geometry => ({ type: 'Point', coordinates: [200, 34] }),
    });
    await expect(
      runBuild({ sourcesDir: SOURCES, outDir, root: FIXTURES, geoparser: broken, ...quiet }),
    ).rejects.toBeInstanceOf(OutputInvalidError);
    expect(snapshot(outDir)).toEqual(before);
    expect(leftoversOf(outDir)).toEqual([]);
  });

  it('source errors leave the previous output byte-identical', async () => {
    const before = await previousOutput();
    const bad = path.join(work, 'sources');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(bad);
    writeFileSync(
      path.join(bad, 'x.txt'),
      '---\nid: x\ntitle: t\npublished: last spring\n---\nKabul.\n',
    );
    const error = await runBuild({
      sourcesDir: bad,
      outDir,
      geoparser: fakeGeoparser(),
      ...quiet,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProblemsError);
    expect(String((error as Error).message)).toMatch(/x\.txt:4:12: error: expected a date/);
    expect(snapshot(outDir)).toEqual(before);
  });

  it('a failure while writing leaves the previous output and no temp dir', async () => {
    const before = await previousOutput();
    await expect(
      runBuild({
        sourcesDir: SOURCES,
        outDir,
        root: FIXTURES,
        geoparser: fakeGeoparser(),
        ...quiet,
        hooks: {
          beforeSwap: () => {
            throw new Error('disk full (simulated)');
          },
        },
      }),
    ).rejects.toThrow('disk full');
    expect(snapshot(outDir)).toEqual(before);
    expect(leftoversOf(outDir)).toEqual([]);
  });

  it('a geoparser that throws leaves the previous output', async () => {
    const before = await previousOutput();
    await expect(
      runBuild({
        sourcesDir: SOURCES,
        outDir,
        root: FIXTURES,
        geoparser: async () => {
          throw new Error('gazetteer missing');
        },
        ...quiet,
      }),
    ).rejects.toThrow('gazetteer missing');
    expect(snapshot(outDir)).toEqual(before);
  });
});

describe('output checks', () => {
  // [what is broken, how to break a fresh dataset, the issues the checks report]
  const BREAKS: [string, (d: Dataset) => void, OutputIssue[]][] = [
    [
      'longitude out of range',
      (d) => {
        d.mentions.features[0]!.geometry.coordinates = [265, 34];
      },
      [
        {
          file: 'mentions.geojson',
          path: 'features[0].geometry.coordinates',
          message: 'expected lon in [-180, 180], found 265 (crlf-note:14)',
        },
      ],
    ],
    [
      'latitude out of range',
      (d) => {
        d.mentions.features[0]!.geometry.coordinates = [69, 95];
      },
      [
        {
          file: 'mentions.geojson',
          path: 'features[0].geometry.coordinates',
          message: 'expected lat in [-90, 90], found 95 (crlf-note:14)',
        },
      ],
    ],
    [
      'NaN',
      (d) => {
        d.mentions.features[0]!.geometry.coordinates = [Number.NaN, 34];
      },
      [
        {
          file: 'mentions.geojson',
          path: 'features[0].geometry.coordinates',
          message: 'expected [lon, lat] finite numbers, found [null,34] (crlf-note:14)',
        },
      ],
    ],
    [
      'swapped lon/lat',
      (d) => {
        const f = d.places.features.find((p) => p.id === 'geonames:1138958')!;
        f.properties.point = [34.53, 69.17];
      },
      [
        {
          file: 'places.geojson',
          path: 'features[6].properties.point',
          message:
            'Kabul (geonames:1138958), named in in/sources/kabul-report.txt: expected it inside its country AF (lon 62.0…70.0, lat 30.0…38.0), found [34.53, 69.17] (lon/lat swapped?)',
        },
      ],
    ],
    [
      'open ring',
      (d) => {
        const f = d.places.features.find((p) => p.id === 'country:AF')!;
        const g = square([66, 34], 4) as { coordinates: number[][][] };
        g.coordinates[0]!.pop();
        f.geometry = g as Geometry;
      },
      [
        {
          file: 'places.geojson',
          path: '$',
          message: 'at 2: at 0: The first and last positions must be equivalent',
        },
        {
          file: 'places.geojson',
          path: 'features[2].geometry.coordinates[0]',
          message: 'expected a closed ring, found first [62,30] and last [62,38]',
        },
      ],
    ],
    [
      'ring too short',
      (d) => {
        const f = d.places.features.find((p) => p.id === 'country:PK')!;
        f.geometry = {
          type: 'Polygon',
          coordinates: [
            [
              [69, 30],
              [70, 31],
              [69, 30],
            ],
          ],
        };
      },
      [
        {
          file: 'places.geojson',
          path: '$',
          message: 'at 4: at 0: coordinates must have at least four positions',
        },
        {
          file: 'places.geojson',
          path: 'features[4].geometry.coordinates[0]',
          message: 'expected a ring of at least 4 positions, found 3',
        },
        {
          file: 'places.geojson',
          path: 'features[7].properties.point',
          message:
            'Islamabad (geonames:1176615), named in in/sources/kabul-report.txt: expected it inside its country PK (lon 69.0…70.0, lat 30.0…31.0), found [73.04, 33.72] (lon/lat swapped?)',
        },
      ],
    ],
    [
      'duplicate place id',
      (d) => {
        d.places.features.push(structuredClone(d.places.features[0]!));
      },
      [
        {
          file: 'places.geojson',
          path: 'features[9].properties.id',
          message: "expected a unique id, found 'admin1:AF-KAB' again (first at features[0])",
        },
      ],
    ],
    [
      'feature id differs from properties.id',
      (d) => {
        d.places.features[0]!.id = 'other';
      },
      [
        {
          file: 'places.geojson',
          path: 'features[0].id',
          message: 'expected \'admin1:AF-KAB\' (its properties.id), found "other"',
        },
      ],
    ],
    [
      'mention of a missing place',
      (d) => {
        d.mentions.features[0]!.properties.placeId = 'geonames:0';
      },
      [
        {
          file: 'mentions.geojson',
          path: 'features[0].properties.placeId',
          message: "expected a place in places.geojson, found 'geonames:0'",
        },
      ],
    ],
    [
      'offsets off by one',
      (d) => {
        d.mentions.features[0]!.properties.start += 1;
      },
      [
        {
          file: 'mentions.geojson',
          path: 'features[0].properties',
          message:
            "'Pakistan' at in/sources/crlf-note.txt:6: expected body.slice(15, 22) to be 'Pakistan', found 'akistan'",
        },
      ],
    ],
    [
      'a confidence the map would round (finer than hundredths)',
      (d) => {
        d.mentions.features[0]!.properties.confidence = 0.955;
      },
      [
        {
          file: 'mention-index.json',
          path: 'confidence[0]',
          message:
            'expected 0.955 as in quotes/crlf-note.0.json mentions[0] (crlf-note:14), found 0.96',
        },
      ],
    ],
    [
      'invalid GeoJSON',
      (d) => {
        (d.mentions.features[0]!.geometry as { type: string }).type = 'Pointy';
      },
      [
        {
          file: 'mentions.geojson',
          path: '$',
          message:
            'at 0: type must be one of: "Point", "MultiPoint", "LineString", "MultiLineString", "Polygon", "MultiPolygon" or "GeometryCollection"',
        },
      ],
    ],
  ];

  it('the fixture dataset passes every check', async () => {
    expect(validateDataset(await fixtureDataset())).toEqual([]);
  });

  it.each(BREAKS)('catches %s', async (_name, breakIt, expected) => {
    const d = await fixtureDataset();
    breakIt(d);
    expect(validateDataset(d)).toEqual(expected);
  });
});

describe('one document must not block a collection', () => {
  it('a place name with an abbreviation’s period (Sault Ste. Marie) passes every check', () => {
    const content =
      '---\nid: soo\ntitle: Soo\n---\nThey drove to Sault Ste. Marie on Monday. Then home.\n';
    const { sources } = checkSourceFiles([
      { file: 'data/sources/soo.txt', bytes: new TextEncoder().encode(content) },
    ]);
    const fake = fakeGeoparser();
    // The fake knows no Sault Ste. Marie: report the name as a mention of a known place.
    const geoparser = {
      ...fake,
      parse(text: string) {
        const start = text.indexOf('Sault Ste. Marie');
        const [kabul] = fake.parse('Kabul');
        return [
          { ...kabul!, start, end: start + 'Sault Ste. Marie'.length, text: 'Sault Ste. Marie' },
        ];
      },
    };
    const { dataset } = buildDataset(sources, geoparser);
    expect(validateDataset(dataset)).toEqual([]);
    expect(dataset.mentions.features[0]?.properties.quote).toBe(
      'They drove to Sault Ste. Marie on Monday.',
    );
  });
});

describe('output check messages name what a user can act on', () => {
  it('a mention outside its quote: the source file, its line and the name', async () => {
    const d = await fixtureDataset();
    const m = d.mentions.features[0]!.properties;
    m.quoteStart = m.end + 1;
    const file = d.sourceFiles.get(m.sourceId)!;
    expect(file).toMatch(/^in\/sources\//);
    const messages = validateDataset(d).map((i) => i.message);
    expect(messages.join('\n')).toContain(`'${m.text}' at ${file}:${m.line}`);
  });

  it('a place point outside its country: the place’s name and a source that names it', async () => {
    const d = await fixtureDataset();
    const f = d.places.features.find((p) => p.id === 'geonames:1138958')!;
    f.properties.point = [34.53, 69.17];
    const m = d.mentions.features.find((x) => x.properties.placeId === 'geonames:1138958')!;
    const file = d.sourceFiles.get(m.properties.sourceId)!;
    const messages = validateDataset(d).map((i) => i.message);
    expect(messages.join('\n')).toContain(`Kabul (geonames:1138958), named in ${file}`);
  });
});
