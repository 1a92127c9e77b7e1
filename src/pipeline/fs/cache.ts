/**
 * A content-addressed cache for slow, deterministic build steps (the basemap takes about a
 * second to simplify; its result only changes when its code or the data packages do), and a
 * pack of many small entries (each source's geoparse, README "Incremental builds").
 * The key hashes the given inputs; a stale entry is never read, only replaced.
 */
import { createHash } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { moduleInputs } from '../bundle.mjs';
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

/** A short hex digest of the parts, each one delimited so that no two lists hash alike. */
export function hashKey(...parts: readonly string[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(`${part.length}:`).update(part);
  return hash.digest('hex').slice(0, 32);
}

/**
 * The given modules and every module and package file they import, transitively, sorted:
 * the code a cached result was computed by, so its hash changes whenever that code does.
 * Known the way the bundles are made (esbuild's resolution, bundle.mjs), so what a cached
 * result depends on and what a bundled command runs are one and the same closure.
 */
export function moduleClosure(entries: readonly string[]): string[] {
  return moduleInputs(entries);
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
 * `<cacheDir>/<name>-<key>` if present and whole, else compute, store (replacing older keys of
 * the same name) and return it. `salt` adds what the inputs do not show (another cache's key).
 * The value is stored after its digest, so a damaged file is computed again, never served.
 * Failing to write the cache never fails the build.
 */
export async function cached(
  cacheDir: string,
  name: string,
  inputs: readonly string[],
  compute: () => Promise<string>,
  salt = '',
): Promise<string> {
  const key = await cacheKey(inputs, `${name}\n${salt}`);
  const file = path.join(cacheDir, `${name}-${key}`);
  try {
    const stored = await readFile(file, 'utf8');
    const newline = stored.indexOf('\n');
    const value = stored.slice(newline + 1);
    if (newline > 0 && digestOf(value) === stored.slice(0, newline)) return value;
  } catch {
    // Not cached yet.
  }
  const value = await compute();
  try {
    await mkdir(cacheDir, { recursive: true });
    for (const old of await readdir(cacheDir)) {
      if (old.startsWith(`${name}-`)) await rm(path.join(cacheDir, old), { force: true });
    }
    await replaceFile(file, (tmp) => writeFile(tmp, `${digestOf(value)}\n${value}`));
  } catch {
    // A read-only or full disk only costs the next build its time.
  }
  return value;
}

/** A value's digest, stored beside it: a damaged entry reads as a miss, never as a value. */
const digestOf = (value: string): string =>
  createHash('sha256').update(value).digest('base64url').slice(0, 16);

/**
 * Many small cached values in one file, one `key digest value` a line (10,000 sources read
 * as one file, not 10,000). Only entries this run read or wrote are saved, so the pack never
 * grows past one collection; it is saved whole under a temporary name and renamed into place,
 * and a pack that cannot be read or written only costs the time to compute its entries.
 */
export class CachePack {
  private readonly used = new Map<string, string>();
  private changed = false;

  private constructor(
    private readonly file: string,
    /** Key → the rest of its line (digest and value), checked when read. */
    private readonly stored: ReadonlyMap<string, string>,
  ) {}

  static async open(file: string): Promise<CachePack> {
    const stored = new Map<string, string>();
    try {
      for (const line of (await readFile(file, 'utf8')).split('\n')) {
        const space = line.indexOf(' ');
        if (space > 0) stored.set(line.slice(0, space), line.slice(space + 1));
      }
    } catch {
      // No pack yet, or an unreadable one: every entry is computed.
    }
    return new CachePack(file, stored);
  }

  get(key: string): string | undefined {
    const hit = this.used.get(key);
    if (hit !== undefined) return hit;
    const rest = this.stored.get(key);
    const space = rest?.indexOf(' ') ?? -1;
    if (rest === undefined || space < 0) return undefined;
    const value = rest.slice(space + 1);
    if (digestOf(value) !== rest.slice(0, space)) return undefined;
    this.used.set(key, value);
    return value;
  }

  /** `value` is one line (JSON is). */
  set(key: string, value: string): void {
    this.used.set(key, value);
    this.changed = true;
  }

  /**
   * Writes the entries used, unless they are exactly the ones stored (then only marks the
   * pack as used now), and removes the packs beside it unused for PACK_UNUSED_DAYS (other
   * folders' — a test's or a benchmark's temporary sources). Never throws.
   */
  async save(): Promise<void> {
    try {
      const dir = path.dirname(this.file);
      if (!this.changed && this.used.size === this.stored.size) {
        const now = new Date();
        await utimes(this.file, now, now);
      } else {
        await mkdir(dir, { recursive: true });
        const lines: string[] = [];
        for (const [key, value] of this.used) lines.push(`${key} ${digestOf(value)} ${value}\n`);
        await replaceFile(this.file, (tmp) => writeFile(tmp, lines.join('')));
      }
      const unusedSince = Date.now() - PACK_UNUSED_DAYS * 24 * 3600 * 1000;
      for (const name of await readdir(dir)) {
        const other = path.join(dir, name);
        if (other === this.file || path.extname(name) !== path.extname(this.file)) continue;
        const stats = await stat(other).catch(() => null);
        if (stats && stats.mtimeMs < unusedSince) await rm(other, { force: true });
      }
    } catch {
      // A read-only or full disk only costs the next build its time.
    }
  }
}

/** A pack no build used for this long is removed by the next build of another folder. */
export const PACK_UNUSED_DAYS = 14;
