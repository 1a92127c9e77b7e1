/**
 * Structure of each curated record: required members present with the right JSON types. The
 * other rules assume this and skip what they cannot read, so a record is never reported twice.
 */
import type { Problem } from '../../problems.ts';
import { type CuratedFile, problemAt, type Rule } from '../curated/document.ts';
import { type JsonNode, member } from '../curated/json.ts';

type Expect =
  | 'string'
  | 'string?'
  | 'strings'
  | 'strings?'
  | 'point'
  | 'point?'
  | 'number?'
  | 'country'
  | 'area?';

/** Members checked here; "kind", "provenance" and country codes have rules of their own. */
const SCHEMAS: Readonly<Record<string, Readonly<Record<string, Expect>>>> = {
  entries: {
    id: 'string',
    name: 'string',
    names: 'strings?',
    country: 'country',
    point: 'point?',
    area: 'area?',
    population: 'number?',
  },
  fixes: {
    gn_a1_code: 'string',
    iso_3166_2: 'string?',
    name: 'string?',
    names: 'strings?',
    mergeInto: 'string?',
  },
  aliases: { id: 'string', names: 'strings' },
  demonyms: { name: 'string', countries: 'strings' },
  countryPoints: { country: 'country', point: 'point' },
};

const ID = /^[a-z0-9]+:[A-Za-z0-9][A-Za-z0-9-]*$/;

function describe(node: JsonNode): string {
  return node.type === 'string' ? `"${node.value}"` : node.type;
}

function checkValue(file: CuratedFile, key: string, expect: Expect, v: JsonNode): Problem[] {
  const bad = (what: string): Problem[] => [
    problemAt(file, v, `expected "${key}" to be ${what}, found ${describe(v)}`),
  ];
  switch (expect) {
    case 'string':
    case 'string?':
      return v.type === 'string' && v.value.trim() !== '' ? [] : bad('a non-empty string');
    case 'strings':
    case 'strings?':
      return v.type === 'array' &&
        v.items.length > 0 &&
        v.items.every((i) => i.type === 'string' && i.value.trim() !== '')
        ? []
        : bad('a non-empty array of non-empty strings');
    case 'number?':
      return v.type === 'number' && v.value >= 0 ? [] : bad('a number ≥ 0');
    case 'country':
      return v.type === 'string' || v.type === 'null' ? [] : bad('a country code or null');
    case 'point':
    case 'point?':
      return v.type === 'array' && v.items.length === 2 && v.items.every((i) => i.type === 'number')
        ? []
        : bad('[lon, lat] (two numbers)');
    case 'area?': {
      if (v.type !== 'object') return bad('an object with "countries" or "naturalEarthAdmin1"');
      const known = ['countries', 'naturalEarthAdmin1'];
      const problems: Problem[] = [];
      for (const e of v.entries) {
        if (!known.includes(e.key))
          problems.push(
            problemAt(
              file,
              { start: e.keyStart, end: e.keyEnd },
              `expected "countries" or "naturalEarthAdmin1" in "area", found "${e.key}"`,
            ),
          );
        else problems.push(...checkValue(file, e.key, 'strings', e.value));
      }
      if (v.entries.length === 0)
        problems.push(...bad('an object with "countries" or "naturalEarthAdmin1"'));
      return problems;
    }
  }
}

export const shape: Rule = {
  name: 'shape',
  check: ({ files }) =>
    files.flatMap((file) => {
      if (file.root === null) return [];
      if (file.root.type !== 'object')
        return [
          problemAt(
            file,
            file.root,
            `expected an object with one of ${Object.keys(SCHEMAS).join(', ')}, found ${file.root.type}`,
          ),
        ];
      const lists = file.root.entries.filter((e) => e.key in SCHEMAS);
      if (lists.length === 0)
        return [
          problemAt(
            file,
            file.root,
            `expected a top-level array among ${Object.keys(SCHEMAS).join(', ')}, found none`,
          ),
        ];
      const problems: Problem[] = [];
      for (const list of lists) {
        if (list.value.type !== 'array') {
          problems.push(
            problemAt(
              file,
              list.value,
              `expected "${list.key}" to be an array, found ${list.value.type}`,
            ),
          );
          continue;
        }
        const schema = SCHEMAS[list.key] ?? {};
        for (const node of list.value.items) {
          if (node.type !== 'object') {
            problems.push(
              problemAt(file, node, `expected an object in "${list.key}", found ${node.type}`),
            );
            continue;
          }
          for (const [key, expect] of Object.entries(schema)) {
            const m = member(node, key);
            if (!m) {
              if (!expect.endsWith('?'))
                problems.push(problemAt(file, node, `expected a "${key}" member, found none`));
              continue;
            }
            problems.push(...checkValue(file, key, expect, m.value));
          }
          const id = member(node, 'id')?.value;
          if (list.key === 'entries' && id?.type === 'string' && !ID.test(id.value))
            problems.push(
              problemAt(
                file,
                id,
                `expected an id like "curated:tora-bora" (namespace:slug), found "${id.value}"`,
              ),
            );
          if (list.key === 'entries' && !member(node, 'point') && !member(node, 'area'))
            problems.push(problemAt(file, node, 'expected a "point" or an "area", found neither'));
        }
      }
      return problems;
    }),
};
