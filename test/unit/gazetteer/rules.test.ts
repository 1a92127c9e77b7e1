/**
 * One fixture per curated-file rule (fixtures/rules/<rule>.json). Each fixture is caught by its
 * rule, at the right line and column, and passes every other rule: so it fails without the rule.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CuratedFile, RuleContext } from '../../../src/pipeline/gazetteer/curated/document.ts';
import { parseJsonWithPositions } from '../../../src/pipeline/gazetteer/curated/json.ts';
import { ruleContext } from '../../../src/pipeline/gazetteer/curated/load.ts';
import {
  loadCountries,
  readCountriesTopology,
} from '../../../src/pipeline/gazetteer/packages/countries.ts';
import { RULES } from '../../../src/pipeline/gazetteer/rules/index.ts';

const FIXTURES = join(import.meta.dirname, 'fixtures/rules');

function fixture(rule: string): CuratedFile {
  const text = readFileSync(join(FIXTURES, `${rule}.json`), 'utf8');
  return { file: `fixtures/rules/${rule}.json`, text, root: parseJsonWithPositions(text) };
}

/** 1-based line and column of the first occurrence of `needle` in the fixture. */
function where(file: CuratedFile, needle: string): { line: number; column: number } {
  const offset = file.text.indexOf(needle);
  const before = file.text.slice(0, offset).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

let ctx: Omit<RuleContext, 'files'>;
beforeAll(() => {
  ctx = ruleContext(loadCountries(readCountriesTopology()));
});

/** Rule → the text its problem must point at, and a word its message must contain. */
const CASES: Record<string, { at: string; says: string }> = {
  shape: { at: '{\n      "id": "curated:no-name"', says: '"name"' },
  provenance: { at: '""', says: 'provenance' },
  kind: { at: '"mountain"', says: 'kind' },
  'country-code': { at: '"XX"', says: 'country code' },
  'duplicate-id': { at: '"curated:twice",\n      "name": "Second"', says: 'unique id' },
  'coordinate-range': { at: '200.5', says: 'longitude' },
  'swapped-latlon': { at: '[34.53, 69.17]', says: 'lat/lon swapped' },
  'outside-country': { at: '[2.35, 48.85]', says: 'inside AF' },
};

describe('curated-file rules', () => {
  it('has a fixture for every rule', () => {
    expect(Object.keys(CASES).sort()).toEqual(RULES.map((r) => r.name).sort());
  });

  describe.each(RULES.map((r) => [r.name, r] as const))('%s', (name, rule) => {
    it('reports its fixture at the offending value', () => {
      const file = fixture(name);
      const problems = rule.check({ ...ctx, files: [file] });
      const expected = CASES[name];
      expect(expected).toBeDefined();
      expect(problems).toHaveLength(1);
      const [p] = problems;
      expect(p?.severity).toBe('error');
      expect(p?.message).toContain(expected?.says);
      expect(p?.from).toMatchObject(where(file, expected?.at ?? ''));
      expect(p?.file).toBe(`fixtures/rules/${name}.json`);
    });

    it('is the only rule that catches its fixture', () => {
      const file = fixture(name);
      const others = RULES.filter((r) => r !== rule).flatMap((r) =>
        r.check({ ...ctx, files: [file] }),
      );
      expect(others).toEqual([]);
    });
  });

  it('passes the real curated files', async () => {
    const { readCuratedFiles, checkCuratedFiles } = await import(
      '../../../src/pipeline/gazetteer/curated/load.ts'
    );
    const problems = checkCuratedFiles(readCuratedFiles(), ctx);
    expect(problems).toEqual([]);
  });
});

describe('country points', () => {
  const file = (text: string): CuratedFile => ({
    file: 'country-points.json',
    text,
    root: parseJsonWithPositions(text),
  });
  const check = (f: CuratedFile) => RULES.flatMap((r) => r.check({ ...ctx, files: [f] }));

  it('accepts a point inside its country', () => {
    const ok = file(
      '{"countryPoints": [{"country": "US", "point": [-98.5, 39.76], "provenance": "GeoNames 6252001"}]}',
    );
    expect(check(ok)).toEqual([]);
  });

  it('reports a swapped point and a point without provenance, at the value', () => {
    const bad = file('{"countryPoints": [{"country": "IN", "point": [22, 79], "provenance": ""}]}');
    const messages = check(bad).map((p) => `${p.from.column}: ${p.message}`);
    expect(messages.some((m) => m.startsWith('47:') && m.includes('lat/lon swapped'))).toBe(true);
    expect(messages.some((m) => m.includes('provenance'))).toBe(true);
  });
});
