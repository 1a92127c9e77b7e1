/**
 * A content-addressed cache for slow, deterministic build steps (the basemap takes about a
 * second to simplify; its result only changes when its code or the data packages do).
 * The key hashes the given input files; a stale entry is never read, only replaced.
 */
import { createHash } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { replaceFile } from './replace-file.ts';

/** Files under each path (recursively for directories), sorted, for a stable key. */
function inputFiles(paths: readonly string[]): string[] {
  const out: string[] = [];
  const walk = (p: string): void => {
    if (statSync(p).isDirectory())
      for (const name of readdirSync(p).sort()) walk(path.join(p, name));
    else out.push(p);
  };
  for (const p of paths) walk(p);
  return out;
}

export async function cacheKey(inputs: readonly string[], salt = ''): Promise<string> {
  const hash = createHash('sha256').update(salt);
  for (const file of inputFiles(inputs)) {
    hash.update(`\n${file}\n`);
    hash.update(await readFile(file));
  }
  return hash.digest('hex').slice(0, 16);
}

/**
 * `<cacheDir>/<name>-<key>` if present, else compute, store (replacing older keys of the same
 * name) and return it. Failing to write the cache never fails the build.
 */
export async function cached(
  cacheDir: string,
  name: string,
  inputs: readonly string[],
  compute: () => Promise<string>,
): Promise<string> {
  const key = await cacheKey(inputs, name);
  const file = path.join(cacheDir, `${name}-${key}`);
  try {
    return await readFile(file, 'utf8');
  } catch {
    // Not cached yet.
  }
  const value = await compute();
  try {
    await mkdir(cacheDir, { recursive: true });
    for (const old of await readdir(cacheDir)) {
      if (old.startsWith(`${name}-`)) await rm(path.join(cacheDir, old), { force: true });
    }
    await replaceFile(file, (tmp) => writeFile(tmp, value));
  } catch {
    // A read-only or full disk only costs the next build its time.
  }
  return value;
}
