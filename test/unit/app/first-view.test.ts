import { describe, expect, it } from 'vitest';
import { type AppConfig, type Loading, mapStartWithin } from '../../../src/app/data.ts';
import { DataError, parseFirstView, parsePlaces } from '../../../src/app/parse-data.ts';
import { buildDataset, datasetFiles } from '../../../src/pipeline/dataset/dataset.ts';
import { checkSourceFiles, readSourceDir } from '../../../src/pipeline/sources/read.ts';
import { citedBounds, type LonLatBounds } from '../../../src/shared/geometry/view-bounds.ts';
import { fakeGeoparser } from '../pipeline/fake-geoparser.ts';
import { FIXTURES, IN } from '../pipeline/golden.ts';

describe('the first view (data/view.json)', () => {
  it('is the view the app would work out from the places it describes', async () => {
    const { sources } = checkSourceFiles(await readSourceDir(`${IN}/sources`, FIXTURES));
    const files = datasetFiles(buildDataset(sources, fakeGeoparser()).dataset);
    const json = (name: string): unknown => JSON.parse(String(files.get(name)));
    const bounds = parseFirstView(json('view.json'));
    expect(bounds).not.toBeNull();
    expect(bounds).toEqual(citedBounds(parsePlaces(json('places.geojson')).items));
  });

  it('may say that nothing is cited', () => {
    expect(parseFirstView({ version: 1, bounds: null })).toBeNull();
  });

  it('is refused with a message naming the file, what was expected and what was found', () => {
    expect(() => parseFirstView({ version: 2, bounds: null })).toThrow(DataError);
    const swapped = {
      version: 1,
      bounds: [
        [70, 30],
        [60, 35],
      ],
    };
    expect(() => parseFirstView(swapped)).toThrow(
      'data/view.json: expected bounds [[west, south], [east, north]] in degrees, found [[70,30],[60,35]]',
    );
    expect(() =>
      parseFirstView({
        version: 1,
        bounds: [
          [0, 0],
          [200, 10],
        ],
      }),
    ).toThrow(DataError);
    expect(() => parseFirstView({ version: 1 })).toThrow(DataError);
  });
});

describe('what the map starts with at the first render (mapStartWithin)', () => {
  const never = <T>() => new Promise<T>(() => {});
  const loading = (config: Promise<AppConfig>, view: Promise<LonLatBounds | null>): Loading => ({
    config,
    view,
    data: never(),
  });
  const bounds: LonLatBounds = [
    [60, 30],
    [70, 35],
  ];

  it('has the configuration and first view when they come in time', async () => {
    const start = await mapStartWithin(
      loading(Promise.resolve({ style: null }), Promise.resolve(bounds)),
      1000,
    );
    expect(start).toEqual({ config: { style: null }, view: { bounds } });
  });

  it('does not hold the page for what is slow: the rest is waited for after', async () => {
    const start = await mapStartWithin(loading(Promise.resolve({ style: null }), never()), 20);
    expect(start).toEqual({ config: { style: null }, view: null });
  });

  it('starts without a view when the data itself failed (the error screen says why)', async () => {
    const start = await mapStartWithin(
      loading(Promise.resolve({ style: null }), Promise.reject(new Error('places.geojson'))),
      1000,
    );
    expect(start).toEqual({ config: { style: null }, view: null });
  });
});
