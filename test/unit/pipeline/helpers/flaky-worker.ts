/** A worker for the pool's tests: "crash" kills its thread, "throw" fails the job, else echoes. */
import { serveJobs } from '../../../../src/pipeline/worker-jobs.ts';

serveJobs<string, string>((job) => {
  if (job === 'crash') process.exit(3);
  if (job === 'throw') throw new Error('cannot read this one');
  return `done: ${job}`;
});
