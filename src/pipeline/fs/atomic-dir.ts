/**
 * Replace a directory's contents all at once: readers (the dev server, the e2e tests) see
 * either the previous output or the new one, never a mix and never nothing, and a failed or
 * interrupted build leaves the previous output as it was.
 *
 * The target (public/data) is a symbolic link to a version directory in `.<name>.versions/`
 * beside it. A run writes a new version (fsynced), makes a link to it under a temporary name
 * and renames that link over the target: one rename, atomic on POSIX, so there is no moment
 * without output (two renames of directories had one: killed between them, public/data was
 * gone). Versions no longer linked are removed afterwards.
 *
 * On SIGINT/SIGTERM the run removes what it wrote and exits 130/143. A run killed outright
 * (SIGKILL) is recovered by the next one: versions and links of dead processes that the
 * target does not point at are removed (and the leftovers of the older two-rename scheme,
 * `<dir>.tmp-<pid>` and an orphaned `<dir>.old-<pid>`, are cleaned up or restored).
 */
import { existsSync, lstatSync, readdirSync, readlinkSync, renameSync, rmSync } from 'node:fs';
import { link, mkdir, open, readdir, readFile, rename, rm, symlink } from 'node:fs/promises';
import path from 'node:path';
import { mapLimit } from '../map-limit.ts';

/** A file's content; a list of strings is written one after the other (for huge files). */
export type FileContent = string | Uint8Array | readonly string[];

export interface AtomicWriteHooks {
  /** Called after the temp dir is fully written, before the swap (tests simulate failures here). */
  beforeSwap?: (tmpDir: string) => void | Promise<void>;
}

async function fsyncPath(p: string, flags: 'r' | 'w' = 'r'): Promise<void> {
  const handle = await open(p, flags);
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function writeFileSynced(file: string, content: FileContent): Promise<void> {
  const handle = await open(file, 'w');
  try {
    if (typeof content === 'string' || content instanceof Uint8Array) {
      await handle.writeFile(content);
    } else {
      for (const chunk of content) await handle.write(chunk);
    }
    await handle.sync();
  } finally {
    await handle.close();
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Where the versions of `target` live, and the temporary name of a run's new link. */
function layout(target: string, pid = process.pid) {
  const parent = path.dirname(target);
  const base = path.basename(target);
  return {
    parent,
    base,
    versions: path.join(parent, `.${base}.versions`),
    link: path.join(parent, `.${base}.link-${pid}`),
  };
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** What `target` shows now: its link's text, 'directory' for a plain one, null if absent. */
export function outputVersion(target: string): string | null {
  try {
    return lstatSync(target).isSymbolicLink() ? readlinkSync(target) : 'directory';
  } catch {
    return null;
  }
}

/** Leftovers of runs that died without cleaning up (see header). */
async function recoverLeftovers(target: string): Promise<void> {
  const { parent, base, versions } = layout(target);
  let names: string[];
  try {
    names = await readdir(parent);
  } catch {
    return;
  }
  const pattern = new RegExp(
    `^(?:${escapeRegExp(base)}\\.(tmp|old)|\\.${escapeRegExp(base)}\\.(link))-(\\d+)$`,
  );
  for (const name of names) {
    const m = pattern.exec(name);
    if (!m || isAlive(Number(m[3]))) continue;
    const leftover = path.join(parent, name);
    if (m[1] === 'old' && !existsSync(target)) await rename(leftover, target);
    else await rm(leftover, { recursive: true, force: true });
  }
  await removeStaleVersions(target, versions);
}

/** Versions the target does not point at, of runs no longer alive. */
async function removeStaleVersions(target: string, versions: string): Promise<void> {
  const current = path.basename(outputVersion(target) ?? '');
  let names: string[];
  try {
    names = await readdir(versions);
  } catch {
    return;
  }
  for (const name of names) {
    const pid = Number(/^(\d+)-/.exec(name)?.[1]);
    if (name === current || (pid !== process.pid && isAlive(pid))) continue;
    await rm(path.join(versions, name), { recursive: true, force: true });
  }
}

/**
 * Files written and fsynced at once: one after the other, 10,000 texts took 7 s of waiting on
 * the disk, 16 at a time about 1 s (the file system commits their syncs together).
 */
const WRITTEN_AT_ONCE = 16;

/** The version directory `target` shows now, or null (absent, or a plain directory). */
function currentVersionDir(target: string): string | null {
  const link = outputVersion(target);
  return link === null || link === 'directory' ? null : path.resolve(path.dirname(target), link);
}

/**
 * Whether `file` of the previous version has exactly `content`. Only single strings and
 * bytes are compared (the texts); a version is never written to once made, so a file that is
 * equal now stays equal.
 */
async function sameAs(file: string, content: FileContent): Promise<boolean> {
  if (typeof content !== 'string' && !(content instanceof Uint8Array)) return false;
  try {
    const bytes = typeof content === 'string' ? Buffer.from(content) : content;
    return Buffer.from(bytes).equals(await readFile(file));
  } catch {
    return false;
  }
}

/**
 * Writes each file, fsynced; one whose bytes equal the previous version's file is hard-linked
 * to it instead (its data is on disk already; the directory fsync below covers the link), so
 * a build after adding one source rewrites only what changed.
 */
async function writeVersion(
  dir: string,
  files: ReadonlyMap<string, FileContent>,
  previous: string | null,
): Promise<void> {
  await mkdir(dir, { recursive: true });
  const dirs = new Set<string>([dir]);
  for (const name of files.keys()) {
    const sub = path.dirname(path.join(dir, name));
    if (!dirs.has(sub)) {
      await mkdir(sub, { recursive: true });
      dirs.add(sub);
    }
  }
  await mapLimit([...files], WRITTEN_AT_ONCE, async ([name, content]) => {
    const file = path.join(dir, name);
    const before = previous === null ? null : path.join(previous, name);
    if (before !== null && (await sameAs(before, content))) {
      try {
        await link(before, file);
        return;
      } catch {
        // Removed meanwhile by another run, or another file system: written instead.
      }
    }
    await writeFileSynced(file, content);
  });
  for (const d of dirs) await fsyncPath(d);
  await fsyncPath(path.dirname(dir));
}

/** Rename the new link over the target; a plain directory (older layout) is moved aside first. */
async function swapIn(link: string, target: string): Promise<void> {
  try {
    await rename(link, target);
    return;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EISDIR' && code !== 'ENOTEMPTY' && code !== 'EEXIST') throw error;
  }
  // Once only, when public/data is still a directory: the `.old-<pid>` recovery covers a kill here.
  const old = `${target}.old-${process.pid}`;
  await rename(target, old);
  await rename(link, target);
  await rm(old, { recursive: true, force: true });
}

export async function writeDirAtomically(
  target: string,
  files: ReadonlyMap<string, FileContent>,
  hooks: AtomicWriteHooks = {},
): Promise<void> {
  const { parent, versions, link } = layout(target);
  const name = `${process.pid}-${Date.now()}`;
  const version = path.join(versions, name);
  let swapped = false;

  // Synchronous on purpose: it runs inside a signal handler, between awaits.
  const cleanUp = (): void => {
    rmSync(link, { force: true });
    if (!swapped) rmSync(version, { recursive: true, force: true });
    const old = `${target}.old-${process.pid}`;
    if (!existsSync(target) && existsSync(old)) renameSync(old, target);
  };
  const onSignal = (signal: NodeJS.Signals): void => {
    cleanUp();
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    await mkdir(parent, { recursive: true });
    await recoverLeftovers(target);
    await writeVersion(version, files, currentVersionDir(target));
    await hooks.beforeSwap?.(version);
    await rm(link, { force: true });
    await symlink(path.relative(parent, version), link, 'dir');
    await swapIn(link, target);
    swapped = true;
    await fsyncPath(parent);
    await removeStaleVersions(target, versions);
  } catch (error) {
    cleanUp();
    throw error;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

/** Names of the leftovers next to `target` (for tests and diagnostics). */
export function leftoversOf(target: string): string[] {
  const { parent, base, versions } = layout(target);
  const current = path.basename(outputVersion(target) ?? '');
  const list = (dir: string): string[] => {
    try {
      return readdirSync(dir);
    } catch {
      return [];
    }
  };
  return [
    ...list(parent).filter(
      (n) =>
        n.startsWith(`${base}.tmp-`) ||
        n.startsWith(`${base}.old-`) ||
        n.startsWith(`.${base}.link-`),
    ),
    ...list(versions).filter((n) => n !== current),
  ];
}
