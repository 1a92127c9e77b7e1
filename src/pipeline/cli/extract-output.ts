/** What `extract --out` writes for one file, computed in whichever thread runs the job. */
import { extractMentions } from '../dataset/extract.ts';
import type { Geoparser } from '../geoparse/types.ts';

export interface ExtractedFile {
  /** The file's output, byte for byte. */
  json: string;
  mentions: number;
  droppedAsFurniture: number;
}

export function extractFile(text: string, geoparser: Geoparser): ExtractedFile {
  const { collection, droppedAsFurniture } = extractMentions(text, geoparser);
  return {
    json: `${JSON.stringify(collection, null, 2)}\n`,
    mentions: collection.features.length,
    droppedAsFurniture,
  };
}
