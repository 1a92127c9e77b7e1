/**
 * Jobs run on a pool of worker threads, each taking the next job when it is free (documents
 * vary in size, so a fixed split would leave a core idle). A job that throws in its worker, or
 * whose worker dies (out of memory, a crash), is reported as that job's failure; a dead worker
 * is replaced and the other jobs go on.
 *
 * A worker module calls serveJobs(handler). Workers are TypeScript: each registers tsx itself,
 * so the pool works under `tsx` and under vitest alike.
 */
import os from 'node:os';
import { parentPort, Worker, workerData } from 'node:worker_threads';

export type JobOutcome<R> = { ok: true; value: R } | { ok: false; message: string };

export interface PoolOptions {
  /** The worker module (a file calling serveJobs). */
  module: URL;
  /** Number of threads. */
  size: number;
  /** Given to every worker (SharedArrayBuffers in it are shared, not copied). */
  data?: unknown;
}

interface Request<J> {
  id: number;
  job: J;
}
type Reply<R> = { id: number } & JobOutcome<R>;

/** Threads for "every core": what the runtime says this process may use. */
export function defaultPoolSize(): number {
  return os.availableParallelism();
}

function start(options: PoolOptions): Worker {
  const boot = `import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(options.module.href)}); })`;
  return new Worker(boot, { eval: true, workerData: options.data });
}

/**
 * Runs every job; `onDone` is called once per job with its index, in the order jobs finish, and
 * may be async (its promise is awaited before the pool returns).
 */
export async function runPool<J, R>(
  jobs: readonly J[],
  options: PoolOptions,
  onDone: (index: number, outcome: JobOutcome<R>) => void | Promise<void>,
): Promise<void> {
  let next = 0;
  const pending: Promise<void>[] = [];
  const finish = (index: number, outcome: JobOutcome<R>): void => {
    pending.push(Promise.resolve(onDone(index, outcome)));
  };
  const thread = (): Promise<void> =>
    new Promise((resolve) => {
      if (next >= jobs.length) {
        resolve();
        return;
      }
      const worker = start(options);
      let current: number | null = null;
      const feed = (): void => {
        if (next >= jobs.length) {
          current = null;
          void worker.terminate();
          return;
        }
        current = next++;
        worker.postMessage({ id: current, job: jobs[current] as J } satisfies Request<J>);
      };
      worker.on('message', (reply: Reply<R>) => {
        finish(
          reply.id,
          reply.ok ? { ok: true, value: reply.value } : { ok: false, message: reply.message },
        );
        feed();
      });
      let failure: string | null = null;
      worker.on('error', (error) => {
        failure = error instanceof Error ? error.message : String(error);
      });
      worker.on('exit', (code) => {
        if (current === null) {
          resolve();
          return;
        }
        // Died with a job in hand: that job failed; a fresh thread takes the rest.
        finish(current, {
          ok: false,
          message: `the worker thread stopped (${failure ?? `exit code ${code}`})`,
        });
        current = null;
        thread().then(resolve);
      });
      feed();
    });
  await Promise.all(Array.from({ length: Math.min(options.size, jobs.length) }, thread));
  await Promise.all(pending);
}

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
