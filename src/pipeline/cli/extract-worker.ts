/**
 * A worker thread of `npm run extract`: the geoparser over the gazetteer index the main thread
 * loaded and shares (the pool's data); each job is one file, read, extracted and written here.
 * The thread starts (and loads this module) while the main thread loads that index.
 */
import { sharedGazetteer } from '../gazetteer/store.ts';
import { createGeoparser } from '../geoparse/index.ts';
import type { Geoparser } from '../geoparse/types.ts';
import { serveJobs } from '../worker-jobs.ts';
import { extractTo, type FileOutcome, type OutputJob } from './extract-output.ts';

export interface ExtractData {
  index: SharedArrayBuffer | ArrayBuffer;
  pretty: boolean;
}

let geoparser: Geoparser | undefined;

serveJobs<OutputJob, FileOutcome, ExtractData>((job, { index, pretty }) => {
  geoparser ??= createGeoparser(sharedGazetteer(index));
  return extractTo(job, geoparser, pretty);
});
