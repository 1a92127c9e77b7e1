/** What `extract` makes of one file, computed and written in whichever thread runs the job. */
import { writeFile } from 'node:fs/promises';
import { extractMentions } from '../dataset/extract.ts';
import { replaceFile } from '../fs/replace-file.ts';
import type { Geoparser } from '../geoparse/types.ts';

export interface ExtractedFile {
  /** The file's output, byte for byte: compact JSON, or indented with `pretty`. */
  json: string;
  mentions: number;
  droppedAsFurniture: number;
}

export function extractFile(text: string, geoparser: Geoparser, pretty: boolean): ExtractedFile {
  const { collection, droppedAsFurniture } = extractMentions(text, geoparser);
  return {
    json: `${pretty ? JSON.stringify(collection, null, 2) : JSON.stringify(collection)}\n`,
    mentions: collection.features.length,
    droppedAsFurniture,
  };
}

/** A job of `extract --out`: a file's text and where its output goes. */
export interface OutputJob {
  text: string;
  target: string;
}

export interface WrittenFile {
  mentions: number;
  droppedAsFurniture: number;
  /** Why the output could not be written (the file was extracted), or null. */
  writeError: string | null;
}

/**
 * Extracts a file (now) and writes its output whole (a temporary file renamed into place: a
 * run stopped midway leaves each output whole or as it was); the write goes on while the
 * caller extracts the next file. Not synced here: the caller syncs each output folder once at
 * the end. A failed extraction throws.
 */
export function extractTo(
  job: OutputJob,
  geoparser: Geoparser,
  pretty: boolean,
): Promise<WrittenFile> {
  const { json, mentions, droppedAsFurniture } = extractFile(job.text, geoparser, pretty);
  return replaceFile(job.target, (temporary) => writeFile(temporary, json)).then(
    () => ({ mentions, droppedAsFurniture, writeError: null }),
    (error: unknown) => ({
      mentions: 0,
      droppedAsFurniture: 0,
      writeError: error instanceof Error ? error.message : String(error),
    }),
  );
}
