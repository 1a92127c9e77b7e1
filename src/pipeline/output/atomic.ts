/**
 * Replace a directory's contents all at once: readers (the dev server, the e2e tests) see
 * either the previous output or the new one, never a mix, and a failed or interrupted build
 * leaves the previous output as it was.
 *
 * 1. Write every file into `<dir>.tmp-<pid>` next to the target (same file system, so the
 *    renames below are atomic), fsync each file and each directory.
 * 2. Rename the target aside to `<dir>.old-<pid>`, rename the temp dir in, remove the old one.
 * 3. On SIGINT/SIGTERM meanwhile: remove the temp dir, put the old one back if it was aside,
 *    and exit 130/143. A run killed outright (SIGKILL) is recovered by the next run:
 *    temp dirs of dead processes are removed and an orphaned `.old-*` is restored.
 */
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { mkdir, open, readdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';

export type FileContent = string | Uint8Array;

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
    await handle.writeFile(content);
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

/** Leftovers of runs that died without cleaning up (see header, step 3). */
async function recoverLeftovers(target: string): Promise<void> {
  const parent = path.dirname(target);
  const base = path.basename(target);
  let names: string[];
  try {
    names = await readdir(parent);
  } catch {
    return;
  }
  for (const name of names) {
    const m = new RegExp(
      `^${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(tmp|old)-(\\d+)$`,
    ).exec(name);
    if (!m || isAlive(Number(m[2]))) continue;
    const leftover = path.join(parent, name);
    if (m[1] === 'old' && !existsSync(target)) await rename(leftover, target);
    else await rm(leftover, { recursive: true, force: true });
  }
}

export async function writeDirAtomically(
  target: string,
  files: ReadonlyMap<string, FileContent>,
  hooks: AtomicWriteHooks = {},
): Promise<void> {
  const tmp = `${target}.tmp-${process.pid}`;
  const old = `${target}.old-${process.pid}`;
  let asideDone = false;

  // Synchronous on purpose: it runs inside a signal handler, between awaits.
  const cleanUp = (): void => {
    rmSync(tmp, { recursive: true, force: true });
    if (asideDone && !existsSync(target) && existsSync(old)) renameSync(old, target);
  };
  const onSignal = (signal: NodeJS.Signals): void => {
    cleanUp();
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    await recoverLeftovers(target);
    await rm(tmp, { recursive: true, force: true });
    await mkdir(tmp, { recursive: true });
    const dirs = new Set<string>([tmp]);
    for (const [name, content] of files) {
      const file = path.join(tmp, name);
      const dir = path.dirname(file);
      if (!dirs.has(dir)) {
        await mkdir(dir, { recursive: true });
        dirs.add(dir);
      }
      await writeFileSynced(file, content);
    }
    for (const dir of dirs) await fsyncPath(dir);
    await hooks.beforeSwap?.(tmp);
    await mkdir(path.dirname(target), { recursive: true });
    try {
      await rename(target, old);
      asideDone = true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    await rename(tmp, target);
    await fsyncPath(path.dirname(target));
    if (asideDone) await rm(old, { recursive: true, force: true });
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
  const base = path.basename(target);
  try {
    return readdirSync(path.dirname(target)).filter(
      (n) => n.startsWith(`${base}.tmp-`) || n.startsWith(`${base}.old-`),
    );
  } catch {
    return [];
  }
}
