/** The real geoparser over the cached gazetteer; progress of a first (slow) build to stderr. */
import { loadGazetteer } from '../gazetteer/index.ts';
import { createGeoparser } from '../geoparse/index.ts';
import type { Geoparser } from '../geoparse/types.ts';

export async function loadGeoparser(
  progress: (message: string) => void = (m) => process.stderr.write(`citemap: ${m}\n`),
): Promise<Geoparser> {
  const gazetteer = await loadGazetteer({ onProgress: progress });
  return createGeoparser(gazetteer);
}
