import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * Every file under `dir` (relative path → content), for comparing whole outputs. Read as latin1
 * by default, one character a byte, so equal snapshots mean byte-identical files.
 */
export function snapshot(dir: string, encoding: BufferEncoding = 'latin1'): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const full = path.join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else out[path.relative(dir, full)] = readFileSync(full, encoding);
    }
  };
  walk(dir);
  return out;
}
