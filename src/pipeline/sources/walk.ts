/**
 * The files of a folder and its subfolders whose names end in one of `extensions`, in a stable
 * order (sorted by path). Hidden entries (`.x`, the writers' temporary files) are skipped, and
 * links to folders are not followed (a loop, or a folder elsewhere). An entry with a source
 * extension is listed whatever it is — a folder named `x.txt`, a pipe, a link — so that the
 * reader can say what it is rather than pass over it in silence.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';

export async function filesIn(dir: string, extensions: readonly string[]): Promise<string[]> {
  const found: string[] = [];
  const wanted = (name: string): boolean => extensions.includes(path.extname(name).toLowerCase());
  const walk = async (folder: string): Promise<void> => {
    const entries = await readdir(folder, { withFileTypes: true });
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const full = path.join(folder, entry.name);
      if (wanted(entry.name)) found.push(full);
      else if (entry.isDirectory()) await walk(full);
    }
  };
  try {
    await walk(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return found.sort();
}
