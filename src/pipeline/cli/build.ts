/**
 * `npm run data`: builds everything the map reads under public/data/ (see README "Data
 * formats"): sources → problems → geoparse → checks → atomic write. On any failure it says
 * why, exits non-zero and leaves the previous public/data untouched.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBasemap } from '../../basemap/build.ts';
import { searchIndexTsv } from '../corrections/search-index.ts';
import { PARSE_CACHE_MODULE, parseCacheFile } from '../dataset/parse-cache.ts';
import { outputVersion } from '../fs/atomic-dir.ts';
import { cached, cacheKey, moduleClosure } from '../fs/cache.ts';
import {
  cacheKey as gazetteerKey,
  loadGazetteer,
  type StoredGazetteer,
} from '../gazetteer/index.ts';
import { createGeoparser } from '../geoparse/index.ts';
import { formatSummary, OutputInvalidError, runBuild } from '../orchestration/build.ts';
import { ProblemsError } from '../problems.ts';
import { terminalSafe } from '../terminal.ts';
import { parseArgs } from './args.ts';

const root = process.cwd();
const USAGE = 'usage: npm run data -- [--sources DIR] [--out DIR]';

/** `--sources DIR` and `--out DIR` (defaults data/sources and public/data), or why not. */
function directories(argv: readonly string[]): { sourcesDir: string; outDir: string } | string {
  const args = parseArgs(argv, [
    { name: '--sources', value: 'a directory' },
    { name: '--out', value: 'a directory' },
  ]);
  if (args.kind === 'help') return USAGE;
  if (args.kind === 'error') return args.message;
  const [stray] = args.positionals;
  if (stray !== undefined) return `unexpected argument ${stray}`;
  return {
    sourcesDir: path.resolve(root, args.values.get('--sources') ?? 'data/sources'),
    outDir: path.resolve(root, args.values.get('--out') ?? 'public/data'),
  };
}

const dirs = directories(process.argv.slice(2));
if (typeof dirs === 'string') {
  console.error(dirs === USAGE ? USAGE : `${terminalSafe(`data: ${dirs}`)}\n${USAGE}`);
  process.exit(dirs === USAGE ? 0 : 2);
}
const { sourcesDir, outDir } = dirs;
const relativeOut = path.relative(root, outDir);
const shownOut = terminalSafe(
  relativeOut === '' ? '.' : relativeOut.startsWith('..') ? outDir : relativeOut,
);

/** The basemap files by name, rebuilt only when their code or the installed packages change. */
async function basemapFiles(): Promise<Map<string, string>> {
  const inputs = [
    path.resolve(root, 'src/basemap'),
    path.resolve(root, 'src/shared/basemap.ts'),
    path.resolve(root, 'src/shared/geometry'),
    path.resolve(root, 'src/shared/country-codes.ts'),
    path.resolve(root, 'data/gazetteer/admin1-fixes.json'),
    path.resolve(root, 'package-lock.json'),
  ];
  const both = await cached(
    path.resolve(root, '.cache/basemap'),
    'basemap.json',
    inputs,
    async () => {
      const { basemap, towns } = await buildBasemap();
      return JSON.stringify({ basemap, towns });
    },
  );
  const { basemap, towns } = JSON.parse(both) as Record<'basemap' | 'towns', unknown>;
  return new Map([
    ['basemap.json', JSON.stringify(basemap)],
    ['basemap-towns.json', JSON.stringify(towns)],
  ]);
}

// Loaded once (only after the sources pass): the geoparser and the place search share it.
let gazetteer: Promise<StoredGazetteer> | null = null;
const theGazetteer = (): Promise<StoredGazetteer> => {
  gazetteer ??= loadGazetteer({ onProgress: (m) => process.stderr.write(`citemap: ${m}\n`) });
  return gazetteer;
};

/** public/data/search.tsv, made again only when the gazetteer or its own code changes. */
function searchFile(): Promise<string> {
  return cached(
    path.resolve(root, '.cache/build'),
    'search.tsv',
    moduleClosure([fileURLToPath(new URL('../corrections/search-index.ts', import.meta.url))]),
    async () => searchIndexTsv((await theGazetteer()).all()),
    gazetteerKey(),
  );
}

/**
 * The geoparse cache of these sources: its entries are keyed by the code of the cached stage
 * and of the geoparser given to it below (every module they import), and the gazetteer's key.
 */
async function parseCache() {
  const geoparserModule = fileURLToPath(new URL('../geoparse/index.ts', import.meta.url));
  return {
    file: parseCacheFile(path.resolve(root, '.cache/build'), sourcesDir),
    code: await cacheKey(moduleClosure([PARSE_CACHE_MODULE, geoparserModule])),
    gazetteer: gazetteerKey(),
  };
}

/** What public/data showed when this run began: a failure says "left as it was" only if true. */
const outputBefore = outputVersion(outDir);

async function main(): Promise<void> {
  const summary = await runBuild({
    sourcesDir,
    outDir,
    root,
    geoparser: async () => createGeoparser(await theGazetteer()),
    parseCache: await parseCache(),
    extraFiles: async () => {
      const files = await basemapFiles();
      files.set('search.tsv', await searchFile());
      return files;
    },
  });
  console.log(formatSummary(summary, shownOut));
}

main().catch((error: unknown) => {
  // Another run may have replaced the output meanwhile: say so rather than "left as it was".
  const keep =
    outputVersion(outDir) === outputBefore
      ? `${shownOut} was left as it was`
      : `${shownOut} was not written by this run (another run replaced it meanwhile)`;
  if (error instanceof ProblemsError) {
    const errors = error.problems.filter((p) => p.severity === 'error').length;
    const warnings = error.problems.length - errors;
    console.error(error.message);
    console.error(`citemap: ${errors} error(s), ${warnings} warning(s) in the sources; ${keep}`);
  } else if (error instanceof OutputInvalidError) {
    console.error(error.message);
    console.error(`citemap: the generated data failed its checks; ${keep}`);
  } else {
    console.error(
      `citemap: build failed: ${terminalSafe(error instanceof Error ? error.message : String(error))}; ${keep}`,
    );
  }
  process.exit(1);
});
