/**
 * Replacing a file or directory whole or not at all: what `write` makes under a temporary name
 * beside the target is renamed over it (one rename, atomic on POSIX), so a reader never sees a
 * half-written one; on failure the temporary one is removed and the error passed on.
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import { link, open, rename, rm } from 'node:fs/promises';
import path from 'node:path';

/** A temporary name beside `target`, unique to this process and moment. */
export function temporaryPathFor(target: string): string {
  return `${target}.tmp-${process.pid}-${Date.now()}`;
}

export async function replaceFile(
  target: string,
  write: (temporary: string) => Promise<void>,
): Promise<void> {
  const temporary = temporaryPathFor(target);
  try {
    await write(temporary);
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { recursive: true, force: true });
    throw error;
  }
}

/** The same, in this thread: for many small files, where a round trip per call costs more. */
export function replaceFileSync(target: string, write: (temporary: string) => void): void {
  const temporary = temporaryPathFor(target);
  try {
    write(temporary);
    renameSync(temporary, target);
  } catch (error) {
    rmSync(temporary, { recursive: true, force: true });
    throw error;
  }
}

/** The same for a directory: a rename cannot replace a non-empty one, so the old one goes first. */
export function replaceDirectorySync(target: string, write: (temporary: string) => void): void {
  const temporary = temporaryPathFor(target);
  try {
    write(temporary);
    if (existsSync(target)) rmSync(target, { recursive: true, force: true });
    renameSync(temporary, target);
  } catch (error) {
    rmSync(temporary, { recursive: true, force: true });
    throw error;
  }
}

/**
 * A text file written whole or not at all, fsynced: under a temporary name beside it, then
 * renamed over it with `replace`, else hard-linked to its name, which fails with EEXIST when
 * the name is taken (even by a writer that came meanwhile): no source is ever overwritten
 * unasked.
 */
export async function writeFileAtomically(
  file: string,
  content: string,
  options: { replace: boolean },
): Promise<void> {
  const temporary = temporaryPathFor(file);
  try {
    const handle = await open(temporary, 'w');
    try {
      await handle.writeFile(content);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (options.replace) await rename(temporary, file);
    else await link(temporary, file);
    await syncDirectory(path.dirname(file));
  } finally {
    await rm(temporary, { force: true });
  }
}

/** Makes the names last written in a directory (creations, renames) durable. */
export async function syncDirectory(dir: string): Promise<void> {
  const handle = await open(dir, 'r');
  await handle.sync().finally(() => handle.close());
}
