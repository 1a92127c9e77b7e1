/**
 * The only way a dev-server route names a file to write: a path inside `<root>/data`, built
 * from segments that are each one plain name. Refused: empty names, `.` and `..`, names with
 * a path separator or NUL, hidden names (.git, .cache), overlong names, and any symbolic link
 * on the way or at the end — a link could point anywhere.
 */
import { lstatSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { RequestError } from './request-error.ts';

const MAX_SEGMENT = 200;

function checkSegment(segment: string): void {
  const shown = JSON.stringify(segment.slice(0, 80));
  if (segment === '' || segment === '.' || segment === '..') {
    throw new RequestError(400, `refused: ${shown} is not a file or folder name`);
  }
  if (/[/\\\0]/.test(segment)) {
    throw new RequestError(400, `refused: ${shown} must be one name, without / or \\`);
  }
  if (segment.startsWith('.')) {
    throw new RequestError(
      400,
      `refused: ${shown} starts with a dot; hidden files are not written`,
    );
  }
  if (segment.length > MAX_SEGMENT) {
    throw new RequestError(400, `refused: a name longer than ${MAX_SEGMENT} characters`);
  }
}

function kindAt(p: string): 'missing' | 'link' | 'directory' | 'file' | 'other' {
  try {
    const stat = lstatSync(p);
    if (stat.isSymbolicLink()) return 'link';
    if (stat.isDirectory()) return 'directory';
    return stat.isFile() ? 'file' : 'other';
  } catch {
    return 'missing';
  }
}

/** Absolute path of data/<segments…> under `root`; throws a RequestError when refused. */
export function dataPath(root: string, ...segments: readonly string[]): string {
  if (segments.length === 0) throw new RequestError(400, 'refused: no file named');
  for (const segment of segments) checkSegment(segment);
  const dataDir = path.join(root, 'data');
  if (kindAt(dataDir) !== 'directory') {
    throw new RequestError(500, `refused: ${dataDir} is not a plain folder`);
  }
  const base = realpathSync(dataDir);
  let current = base;
  for (const [i, segment] of segments.entries()) {
    current = path.join(current, segment);
    const kind = kindAt(current);
    const last = i === segments.length - 1;
    if (kind === 'link') {
      throw new RequestError(400, `refused: data/${segments.slice(0, i + 1).join('/')} is a link`);
    }
    if (!last && kind !== 'directory' && kind !== 'missing') {
      throw new RequestError(
        400,
        `refused: data/${segments.slice(0, i + 1).join('/')} is not a folder`,
      );
    }
    if (last && kind !== 'file' && kind !== 'missing') {
      throw new RequestError(400, `refused: data/${segments.join('/')} is not a plain file`);
    }
  }
  // Belt and braces: the joined path must still lie inside data/.
  if (!current.startsWith(base + path.sep)) {
    throw new RequestError(400, 'refused: the path leaves the data folder');
  }
  return current;
}
