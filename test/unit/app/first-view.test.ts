import { describe, expect, it } from 'vitest';
import { DataError, parseFirstView, parsePlaces } from '../../../src/app/parse-data.ts';
import { buildDataset, datasetFiles } from '../../../src/pipeline/dataset/dataset.ts';
import { checkSourceFiles, readSourceDir } from '../../../src/pipeline/sources/read.ts';
import { citedBounds } from '../../../src/shared/geometry/view-bounds.ts';
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
