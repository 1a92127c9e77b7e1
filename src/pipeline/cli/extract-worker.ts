/**
 * A worker thread of `npm run extract`: the geoparser over the gazetteer index the main thread
 * loaded and shares (workerData.index), extracting one file per job and writing its output.
 */
import { workerData } from 'node:worker_threads';
import { sharedGazetteer } from '../gazetteer/store.ts';
import { createGeoparser } from '../geoparse/index.ts';
import { serveJobs } from '../worker-jobs.ts';
import { extractTo, type OutputJob, type WrittenFile } from './extract-output.ts';

const { index, pretty } = workerData as { index: SharedArrayBuffer; pretty: boolean };
const geoparser = createGeoparser(sharedGazetteer(index));

serveJobs<OutputJob, WrittenFile>((job) => extractTo(job, geoparser, pretty));
