/** Checks that need generated entries: aliases, id clashes, areas that resolve to nothing. */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  applyAliases,
  areaProblems,
  duplicateIds,
} from '../../../src/pipeline/gazetteer/curated/integrity.ts';
import { type CuratedData, loadCuratedData } from '../../../src/pipeline/gazetteer/curated/load.ts';
import type { DraftEntry } from '../../../src/pipeline/gazetteer/model.ts';
import {
  type CountryRecord,
  loadCountries,
  readCountriesTopology,
} from '../../../src/pipeline/gazetteer/packages/countries.ts';

const DIR = join(import.meta.dirname, 'fixtures/integrity');

let countries: CountryRecord[];
let curated: CuratedData;
beforeAll(() => {
  countries = loadCountries(readCountriesTopology());
  curated = loadCuratedData(countries, DIR);
});

const generated = (id: string): DraftEntry => ({
  entry: {
    id,
    name: id,
    kind: 'country',
    country: null,
    admin1: null,
    parents: [],
    point: [0, 0],
    population: 0,
    featureCode: null,
    provenance: 'test',
  },
  names: [id],
  alternates: [],
  geometry: null,
});

describe('curated integrity', () => {
  it('reports an alias to an id that does not exist, and applies the others', () => {
    const drafts = [generated('country:PK')];
    const problems = applyAliases(drafts, curated);
    expect(problems.map((p) => p.message)).toEqual([
      'expected the id of an existing entry, found "border:AF-ZZ"',
    ]);
    expect(problems[0]?.from.line).toBe(29);
    expect(drafts[0]?.names).toContain('Pakistan again');
  });

  it('reports a curated id that clashes with a generated one', () => {
    const drafts = [generated('country:AF'), generated('country:PK')];
    const curatedDrafts = [generated('country:AF')];
    const problems = duplicateIds([...drafts, ...curatedDrafts], curated);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toContain('"country:AF"');
  });

  it('stops on two generated entries with one id', () => {
    expect(() =>
      duplicateIds([generated('country:XX'), generated('country:XX')], curated),
    ).toThrow();
  });

  it('reports areas that resolve to no polygon', () => {
    const withPolygon = new Set(countries.filter((c) => c.area).map((c) => c.code));
    const problems = areaProblems(curated, new Set(['PK.01']), withPolygon);
    expect(problems.map((p) => [p.from.line, p.message])).toEqual([
      [8, 'expected a gn_a1_code of Natural Earth admin-1, found "ZZ.99"'],
      [16, 'expected at least one member country with a polygon, found none'],
    ]);
  });
});
