/**
 * A worker thread of `npm run extract`: the geoparser over the gazetteer index the main thread
 * loaded and shares (workerData.index); each job is one file, read, extracted and written here.
 */
import { workerData } from 'node:worker_threads';
import { sharedGazetteer } from '../gazetteer/store.ts';
import { createGeoparser } from '../geoparse/index.ts';
import { serveJobs } from '../worker-jobs.ts';
import { extractTo, type FileOutcome, type OutputJob } from './extract-output.ts';

const { index, pretty } = workerData as { index: SharedArrayBuffer; pretty: boolean };
const geoparser = createGeoparser(sharedGazetteer(index));

serveJobs<OutputJob, FileOutcome>((job) => extractTo(job, geoparser, pretty));
