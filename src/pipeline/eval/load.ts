/**
 * Reads the evaluation set: data/eval/src/<group>/<name>.ann.txt, converted in memory, so the
 * inline markup is the single source of truth (no generated offset files to drift).
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import countries from 'world-countries';
import type { Problem } from '../problems.ts';
import { checkSourceFiles, readSourceDir } from '../sources/read.ts';
import { convertAnnotated } from './annotated.ts';
import type { EvalDoc } from './score.ts';
import { type CheckedSource, parseYearSet } from './years.ts';

export const EVAL_SRC_DIR = path.resolve('data/eval/src');
const SUFFIX = '.ann.txt';

/**
 * Gold standards in the literature (GeoWebNews, LGL, WikToR) give a country the coordinates of its
 * GeoNames entry. world-countries' latlng (CIA Factbook) equals those for most countries; where
 * they differ by more than a few km, these are the GeoNames values ([lat, lon], GeoNames id).
 */
const GEONAMES_COUNTRY_POINTS: Readonly<Record<string, readonly [number, number]>> = {
  AF: [33.0, 66.0], // 1149361
  CA: [60.10867, -113.64258], // 6251999
  CO: [4.0, -73.25], // 3686110
  GB: [54.75844, -2.69531], // 2635167
  IN: [22.0, 79.0], // 1269750
  JP: [35.68536, 139.75309], // 1861060
  ML: [18.0, -2.0], // 2453866
  NE: [18.0, 9.0], // 2440476
  NZ: [-42.0, 174.0], // 2186224
  PE: [-10.0, -75.25], // 3932488
  TJ: [38.5, 71.0], // 1220409
  TW: [24.0, 121.0], // 1668284
  US: [39.76, -98.5], // 6252001
  UZ: [41.66667, 63.83333], // 1512440
  YE: [15.5, 47.5], // 69543
};

const countryPoints = new Map<string, readonly [number, number]>(
  countries.flatMap((c) => {
    const [lat, lon] = c.latlng;
    const point =
      GEONAMES_COUNTRY_POINTS[c.cca2] ??
      (lat === undefined || lon === undefined ? undefined : ([lat, lon] as const));
    return point ? [[c.cca2, point]] : [];
  }),
);

/** [lat, lon] of a country by ISO alpha-2: its GeoNames point (see above). */
export function countryPoint(code: string): readonly [number, number] | undefined {
  return countryPoints.get(code.toUpperCase());
}

export interface LoadedSet {
  docs: EvalDoc[];
  problems: Problem[];
}

/** Every document, groups and names in sorted order. */
export async function loadEvalSet(dir: string = EVAL_SRC_DIR): Promise<LoadedSet> {
  const docs: EvalDoc[] = [];
  const problems: Problem[] = [];
  const groups = (await readdir(dir, { withFileTypes: true }))
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  for (const group of groups) {
    const files = (await readdir(path.join(dir, group))).filter((f) => f.endsWith(SUFFIX)).sort();
    for (const file of files) {
      const full = path.join(dir, group, file);
      const source = await readFile(full, 'utf8');
      const rel = path.relative(process.cwd(), full);
      const converted = convertAnnotated(source, { file: rel, countryPoint });
      problems.push(...converted.problems);
      docs.push({
        name: file.slice(0, -SUFFIX.length),
        group,
        text: converted.text,
        annotations: converted.annotations,
      });
    }
  }
  return { docs, problems };
}

export const YEAR_SET_DIR = path.resolve('data/eval/years');
export const SOURCES_DIR = path.resolve('data/sources');

/**
 * The year check's files (data/eval/years/<source id>.txt) with the text and date of the
 * source each one checks, read as the build reads data/sources/.
 */
export async function loadYearSet(
  dir: string = YEAR_SET_DIR,
  sourcesDir: string = SOURCES_DIR,
): Promise<{ sources: CheckedSource[]; problems: Problem[] }> {
  const { sources: read, problems } = checkSourceFiles(await readSourceDir(sourcesDir));
  const byId = new Map(read.map((s) => [s.id, s]));
  const sources: CheckedSource[] = [];
  const files = (await readdir(dir)).filter((f) => f.endsWith('.txt')).sort();
  for (const name of files) {
    const full = path.join(dir, name);
    const file = path.relative(process.cwd(), full);
    const sourceId = name.slice(0, -'.txt'.length);
    const set = parseYearSet(await readFile(full, 'utf8'), file, sourceId);
    problems.push(...set.problems);
    const source = byId.get(sourceId);
    if (!source) {
      const at = { line: 1, column: 1, offset: 0 };
      problems.push({
        file,
        from: at,
        to: at,
        severity: 'error',
        message: `expected a source ${sourceId} in data/sources/, found none`,
      });
      continue;
    }
    sources.push({ set, body: source.body, published: source.published, file });
  }
  return { sources, problems: problems.filter((p) => p.severity === 'error') };
}
