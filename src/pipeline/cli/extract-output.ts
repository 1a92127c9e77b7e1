/** What `extract` makes of one file, computed and written in whichever thread runs the job. */
import { extractMentions } from '../dataset/extract.ts';
import { writeFileWholeSync } from '../fs/replace-file.ts';
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
 * Extracts a file and writes its output whole (a temporary file renamed into place: a run
 * stopped midway leaves each output whole or as it was). Not synced here: the caller syncs
 * each output directory once at the end. A failed extraction throws.
 */
export function extractTo(job: OutputJob, geoparser: Geoparser, pretty: boolean): WrittenFile {
  const { json, mentions, droppedAsFurniture } = extractFile(job.text, geoparser, pretty);
  try {
    writeFileWholeSync(job.target, json);
    return { mentions, droppedAsFurniture, writeError: null };
  } catch (error) {
    const writeError = error instanceof Error ? error.message : String(error);
    return { mentions: 0, droppedAsFurniture: 0, writeError };
  }
}
