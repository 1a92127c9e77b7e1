/**
 * What `extract` makes of one file, in whichever thread runs the job: read, extracted,
 * serialised and written.
 */
import { writeFileSync } from 'node:fs';
import { extractMentions } from '../dataset/extract.ts';
import { replaceFileSync } from '../fs/replace-file.ts';
import type { Geoparser } from '../geoparse/types.ts';
import { readInput } from './extract-input.ts';
import type { Input } from './inputs.ts';

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

/** A job of `extract --out`: an input and where its output goes. */
export interface OutputJob {
  input: Input;
  target: string;
}

export type FileOutcome =
  /** The input could not be read: the message names it (file:line:column: error: …). */
  | { read: false; problem: string }
  | {
      read: true;
      mentions: number;
      droppedAsFurniture: number;
      /** Why the output could not be written (the file was extracted), or null. */
      writeError: string | null;
    };

/**
 * Reads and extracts a file and writes its output whole (a temporary file renamed into place:
 * a run stopped midway leaves each output whole or as it was), before returning: written
 * here, in this thread, a file costs a few system calls and no round trip through the thread
 * pool. Not synced here: the caller syncs each output folder once at the end. A failed
 * extraction throws.
 */
export async function extractTo(
  job: OutputJob,
  geoparser: Geoparser,
  pretty: boolean,
): Promise<FileOutcome> {
  const input = await readInput(job.input);
  if (!input.ok) return { read: false, problem: input.problem };
  const { json, mentions, droppedAsFurniture } = extractFile(input.text, geoparser, pretty);
  try {
    replaceFileSync(job.target, (temporary) => writeFileSync(temporary, json));
    return { read: true, mentions, droppedAsFurniture, writeError: null };
  } catch (error) {
    return {
      read: true,
      mentions: 0,
      droppedAsFurniture: 0,
      writeError: error instanceof Error ? error.message : String(error),
    };
  }
}
