/**
 * The worker side of worker-pool.ts: a worker module calls serveJobs(handler). Kept apart from
 * the pool so a worker's bundle holds only this.
 */
import { parentPort, workerData } from 'node:worker_threads';

export type JobOutcome<R> = { ok: true; value: R } | { ok: false; message: string };

export interface Request<J> {
  id: number;
  job: J;
}
export type Reply<R> = { id: number } & JobOutcome<R>;

/** In a worker module: answers each job with `handler`; a throw is that job's failure. */
export function serveJobs<J, R>(handler: (job: J, data: unknown) => R): void {
  const port = parentPort;
  if (!port) throw new Error('serveJobs: expected to run in a worker thread');
  port.on('message', ({ id, job }: Request<J>) => {
    let reply: Reply<R>;
    try {
      reply = { id, ok: true, value: handler(job, workerData) };
    } catch (error) {
      reply = { id, ok: false, message: error instanceof Error ? error.message : String(error) };
    }
    port.postMessage(reply);
  });
}
