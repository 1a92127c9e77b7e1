/**
 * A worker for the pool's tests whose answers come later (as extract's do, once its output is
 * written): "late-N" answers after N ms, "reject" fails the job, else echoes.
 */
import { serveJobs } from '../../../../src/pipeline/worker-jobs.ts';

serveJobs<string, string>(async (job) => {
  const late = /^late-(\d+)$/.exec(job);
  if (late) await new Promise((resolve) => setTimeout(resolve, Number(late[1])));
  if (job === 'reject') throw new Error('could not finish this one');
  return `done: ${job}`;
});
