/**
 * The worker side of worker-pool.ts: a worker module calls serveJobs(handler). Kept apart from
 * the pool so a worker's bundle holds only this.
 */
import { parentPort } from 'node:worker_threads';

export type JobOutcome<R> = { ok: true; value: R } | { ok: false; message: string };

/** The pool's data for every job (sent once, first), then the jobs. */
export type Request<J> = { data: unknown } | { id: number; job: J };
export type Reply<R> = { id: number } & JobOutcome<R>;

/**
 * In a worker module: answers each job with `handler`, given the pool's data; a throw (or a
 * rejected promise) is that job's failure. A handler may return a promise (to write while the
 * next job is worked on); replies still go out in the order the jobs came, which the pool
 * relies on.
 */
export function serveJobs<J, R, D = unknown>(handler: (job: J, data: D) => R | Promise<R>): void {
  const port = parentPort;
  if (!port) throw new Error('serveJobs: expected to run in a worker thread');
  let data: D;
  let replied: Promise<void> = Promise.resolve();
  port.on('message', (request: Request<J>) => {
    if ('data' in request) {
      data = request.data as D;
      return;
    }
    const { id, job } = request;
    let answer: Promise<R>;
    try {
      answer = Promise.resolve(handler(job, data));
    } catch (error) {
      answer = Promise.reject(error);
    }
    const reply = answer.then(
      (value): Reply<R> => ({ id, ok: true, value }),
      (error: unknown): Reply<R> => ({
        id,
        ok: false,
        message: error instanceof Error ? error.message : String(error),
      }),
    );
    replied = replied.then(async () => port.postMessage(await reply));
  });
}
