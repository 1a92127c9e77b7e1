/** A worker for the pool's tests that leaves a mark (a file) as soon as its module is loaded. */
import { writeFileSync } from 'node:fs';
import { serveJobs } from '../../../../src/pipeline/worker-jobs.ts';

const mark = process.env.CITEMAP_TEST_LOADED_MARK;
if (mark) writeFileSync(mark, 'loaded\n');

serveJobs<string, string, string>((job, data) => `${data}: ${job}`);
