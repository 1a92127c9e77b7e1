/**
 * Reading data/corrections/: every `<source-id>.json`, regular files only (as sources are read),
 * parsed with their problems; and the corrections of sources that do not exist, reported.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Geoparser } from '../geoparse/types.ts';
import type { Problem } from '../problems.ts';
import { readRegularFile } from '../sources/read-file.ts';
import { decodeUtf8 } from '../text/utf8.ts';
import { type PlacedCorrection, parseCorrectionsFile } from './parse.ts';
import { checkUserPlaces, type UserPlaces } from './user-places.ts';

/** A corrections file larger than this is refused (a million corrections is far below it). */
export const MAX_CORRECTIONS_BYTES = 64 * 1024 * 1024;

export interface CorrectionsRead {
  /** Source id → its corrections, in file order. */
  bySource: Map<string, PlacedCorrection[]>;
  /** The file of each source's corrections, as problems name it. */
  files: Map<string, string>;
  problems: Problem[];
}

const at = { line: 1, column: 1, offset: 0 };

/** A regular file's text as UTF-8, or the problem with it. */
async function readText(full: string, file: string, within: string): Promise<string | Problem> {
  const read = await readRegularFile(full, { within, maxBytes: MAX_CORRECTIONS_BYTES });
  if (!read.ok) return { file, from: at, to: at, severity: 'error', message: read.problem };
  const decoded = decodeUtf8(read.bytes);
  if (!decoded.ok)
    return {
      file,
      from: at,
      to: at,
      severity: 'error',
      message: 'expected UTF-8 text, found bytes that are not',
    };
  return decoded.text;
}

/** data/user-places.json, checked against the gazetteer; none when the file is absent. */
export async function readUserPlaces(
  full: string,
  geoparser: Geoparser,
  root = process.cwd(),
): Promise<UserPlaces> {
  const file = path.relative(root, full);
  const text = await readText(full, file, path.dirname(full));
  if (typeof text !== 'string') {
    // No file: no places added by hand yet.
    return text.message === 'expected a file, found nothing there'
      ? { entries: [], problems: [] }
      : { entries: [], problems: [text] };
  }
  return checkUserPlaces(file, text, geoparser);
}

export async function readCorrectionsDir(
  dir: string,
  root = process.cwd(),
): Promise<CorrectionsRead> {
  const result: CorrectionsRead = { bySource: new Map(), files: new Map(), problems: [] };
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return result;
    throw error;
  }
  for (const name of names.filter((n) => n.endsWith('.json')).sort()) {
    const full = path.join(dir, name);
    const file = path.relative(root, full);
    const read = await readRegularFile(full, { within: dir, maxBytes: MAX_CORRECTIONS_BYTES });
    if (!read.ok) {
      result.problems.push({ file, from: at, to: at, severity: 'error', message: read.problem });
      continue;
    }
    const decoded = decodeUtf8(read.bytes);
    if (!decoded.ok) {
      result.problems.push({
        file,
        from: at,
        to: at,
        severity: 'error',
        message: 'expected UTF-8 text, found bytes that are not',
      });
      continue;
    }
    const parsed = parseCorrectionsFile(file, decoded.text);
    result.problems.push(...parsed.problems);
    if (parsed.source === null) continue;
    result.bySource.set(parsed.source, parsed.corrections);
    result.files.set(parsed.source, file);
  }
  return result;
}

/** Corrections files whose source is not among the sources built: a warning each. */
export function orphanProblems(read: CorrectionsRead, sourceIds: ReadonlySet<string>): Problem[] {
  return [...read.files]
    .filter(([id]) => !sourceIds.has(id))
    .map(([id, file]) => ({
      file,
      from: at,
      to: at,
      severity: 'warning' as const,
      message: `expected a source with id "${id}", found none; its corrections were not applied`,
    }));
}
