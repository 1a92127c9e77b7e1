/**
 * A worker thread of `npm run extract`: the geoparser over the gazetteer index the main thread
 * loaded and shares (workerData.index), answering one job per file with its output's text.
 */
import { workerData } from 'node:worker_threads';
import { sharedGazetteer } from '../gazetteer/store.ts';
import { createGeoparser } from '../geoparse/index.ts';
import { serveJobs } from '../worker-jobs.ts';
import { type ExtractedFile, extractFile } from './extract-output.ts';

const { index } = workerData as { index: SharedArrayBuffer };
const geoparser = createGeoparser(sharedGazetteer(index));

serveJobs<string, ExtractedFile>((text) => extractFile(text, geoparser));
