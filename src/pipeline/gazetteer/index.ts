/**
 * loadGazetteer(): the offline place index the geoparser queries. Built from the data packages
 * and data/gazetteer/*.json on first use (tens of seconds), then loaded from .cache/gazetteer/
 * (a fraction of a second: one file read into shared memory) until an input changes: the cache key hashes the data
 * packages' versions, the curated files and this directory's source code.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Progress } from './build.ts';
import { hasIndex, openIndex, readIndex, serializeIndex, writeIndex } from './cache.ts';
import {
  CURATED_DIR,
  DATA_PACKAGES,
  DEFAULT_CACHE_DIR,
  GAZETTEER_SRC_DIR,
  packageFile,
  REPO_ROOT,
  SHARED_BUILDER_DIRS,
  SHARED_BUILDER_FILES,
} from './paths.ts';
import { StoredGazetteer } from './store.ts';

export { normalizeName } from './normalize.ts';
export { StoredGazetteer, sharedGazetteer } from './store.ts';

export interface LoadOptions {
  /** Where the built index lives (default: <repo>/.cache/gazetteer). */
  cacheDir?: string;
  /** Where the curated files are (default: <repo>/data/gazetteer). For tests. */
  curatedDir?: string;
  /** Progress messages for the slow first build. */
  onProgress?: Progress;
}

/** Source files that do not shape the index (the developer CLI): not part of the cache key. */
const NOT_BUILDER = new Set(['cli.ts']);

function filesUnder(dir: string, suffix: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith(suffix) && !NOT_BUILDER.has(f))
    .sort()
    .map((f) => join(dir, f));
}

/** Hash of everything the index is built from. */
export function cacheKey(curatedDir: string = CURATED_DIR): string {
  const hash = createHash('sha256');
  for (const pkg of DATA_PACKAGES) {
    const version = (
      JSON.parse(readFileSync(packageFile(pkg, 'package.json'), 'utf8')) as { version?: string }
    ).version;
    hash.update(`${pkg}@${version}\n`);
  }
  for (const [dir, suffix] of [
    [curatedDir, '.json'],
    [GAZETTEER_SRC_DIR, '.ts'],
    ...SHARED_BUILDER_DIRS.map((d) => [d, '.ts'] as const),
  ] as const) {
    for (const file of filesUnder(dir, suffix)) {
      // Relative names: the key does not change when the checkout moves.
      hash.update(`${relative(dir, file)}\n`);
      hash.update(readFileSync(file));
    }
  }
  for (const file of SHARED_BUILDER_FILES) {
    hash.update(`${relative(REPO_ROOT, file)}\n`);
    hash.update(readFileSync(file));
  }
  return hash.digest('hex').slice(0, 16);
}

/**
 * Builds the index (and writes the cache) unconditionally. Throws ProblemsError, listing every
 * problem, when a curated file is wrong; nothing is written then.
 */
export async function buildGazetteer(options: LoadOptions = {}): Promise<StoredGazetteer> {
  // The builder and its package readers load only when an index must be built.
  const [{ buildIndex }, { buildNameIndex }, { readStopKeys }] = await Promise.all([
    import('./build.ts'),
    import('./name-index.ts'),
    import('./stop-keys.ts'),
  ]);
  const cacheDir = options.cacheDir ?? DEFAULT_CACHE_DIR;
  const progress = options.onProgress ?? (() => {});
  const key = cacheKey(options.curatedDir);
  const started = performance.now();
  const built = buildIndex(progress, options.curatedDir);
  progress('gazetteer: indexing names…');
  const names = buildNameIndex(built.entries, readStopKeys());
  const bytes = serializeIndex(built, names);
  const counts: Record<string, number> = { keys: names.keys.length };
  for (const d of built.entries) counts[d.entry.kind] = (counts[d.entry.kind] ?? 0) + 1;
  const buildMs = Math.round(performance.now() - started);
  writeIndex(cacheDir, key, bytes, { key, builtAt: new Date().toISOString(), buildMs, counts });
  progress(`gazetteer: built ${built.entries.length} entries in ${(buildMs / 1000).toFixed(1)} s`);
  return new StoredGazetteer(openIndex(bytes.buffer as SharedArrayBuffer));
}

export async function loadGazetteer(options: LoadOptions = {}): Promise<StoredGazetteer> {
  const cacheDir = options.cacheDir ?? DEFAULT_CACHE_DIR;
  const key = cacheKey(options.curatedDir);
  if (hasIndex(cacheDir, key)) return new StoredGazetteer(openIndex(readIndex(cacheDir, key)));
  options.onProgress?.('gazetteer: no index for the current inputs; building it (first run only)…');
  return buildGazetteer(options);
}
