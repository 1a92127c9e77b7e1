/**
 * Jobs run on a pool of worker threads, each taking the next job when it is free (documents
 * vary in size, so a fixed split would leave a core idle). A job that throws in its worker, or
 * whose worker dies (out of memory, a crash), is reported as that job's failure; a dead worker
 * is replaced and the other jobs go on.
 *
 * The threads start first (startPool) and load their module while the caller gets ready (lists
 * its inputs, loads the gazetteer); the data every job needs comes with the jobs (Pool.run).
 *
 * A worker module calls serveJobs(handler) (worker-jobs.ts). Worker modules are TypeScript; each
 * thread loads the module's bundle (bundle.mjs) rather than its whole module graph through
 * tsx's loader (over a second of CPU per thread, most of a small run). This works under `tsx`,
 * under vitest and from a bundle alike.
 */
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { bundleModule } from './bundle.mjs';

import type { JobOutcome, Reply, Request } from './worker-jobs.ts';

export type { JobOutcome } from './worker-jobs.ts';

export interface PoolOptions {
  /** The worker module (a file calling serveJobs). */
  module: URL;
  /** Number of threads. */
  size: number;
}

/** Threads for "every core": what the runtime says this process may use. */
export function defaultPoolSize(): number {
  return os.availableParallelism();
}

/**
 * Jobs given to a thread at a time: one being worked on, one whose handler may still be
 * finishing (an output being written), one waiting.
 */
const IN_FLIGHT = 3;

export interface Pool<J, R> {
  /**
   * Runs every job, then ends the threads; `data` is handed to every thread's handler
   * (SharedArrayBuffers in it are shared, not copied). `onDone` is called once per job with its
   * index, in the order jobs finish, and may be async (its promise is awaited before run
   * returns). With `here`, this thread takes jobs from the same queue too and runs them with
   * it (a throw is that job's failure), letting the threads' replies in between jobs: on N
   * cores, this thread and N - 1 workers extract, rather than N workers while it waits.
   */
  run(
    jobs: readonly J[],
    data: unknown,
    onDone: (index: number, outcome: JobOutcome<R>) => void | Promise<void>,
    here?: (job: J) => R | Promise<R>,
  ): Promise<void>;
  /** Ends the threads without running anything (the caller could not get the jobs ready). */
  close(): Promise<void>;
}

/** Starts the threads, which load their module while the caller prepares the jobs. */
export async function startPool<J, R>(options: PoolOptions): Promise<Pool<J, R>> {
  const bundle = await bundleModule(options.module);
  const started = Array.from({ length: options.size }, () => new Worker(bundle));
  return {
    async run(jobs, data, onDone, here) {
      let next = 0;
      /** Jobs handed back by a thread that died before starting them. */
      const retry: number[] = [];
      const take = (): number | undefined =>
        retry.shift() ?? (next < jobs.length ? next++ : undefined);
      const pending: Promise<void>[] = [];
      const finish = (index: number, outcome: JobOutcome<R>): void => {
        pending.push(Promise.resolve(onDone(index, outcome)));
      };
      const thread = (worker: Worker): Promise<void> =>
        new Promise((resolve) => {
          const first = take();
          if (first === undefined) {
            void worker.terminate().then(() => resolve());
            return;
          }
          worker.postMessage({ data } satisfies Request<J>);
          // Jobs posted and not answered, in order: the thread works on the first, and the
          // next waits in its queue, so it never idles while this thread handles a reply.
          const queued: number[] = [];
          const post = (id: number): void => {
            queued.push(id);
            worker.postMessage({ id, job: jobs[id] as J } satisfies Request<J>);
          };
          const feed = (): void => {
            while (queued.length < IN_FLIGHT) {
              const id = take();
              if (id === undefined) break;
              post(id);
            }
            if (queued.length === 0) void worker.terminate();
          };
          worker.on('message', (reply: Reply<R>) => {
            queued.splice(queued.indexOf(reply.id), 1);
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
            const [current, ...unstarted] = queued;
            if (current === undefined) {
              resolve();
              return;
            }
            // Died with a job in hand (answered in order): the oldest unanswered job failed —
            // it was being worked on, or its handler was still finishing (an output not yet
            // renamed into place) while the next one ran; the ones queued behind it go back,
            // and a fresh thread takes the rest.
            finish(current, {
              ok: false,
              message: `the worker thread stopped (${failure ?? `exit code ${code}`})`,
            });
            retry.unshift(...unstarted);
            queued.length = 0;
            thread(new Worker(bundle)).then(resolve);
          });
          post(first);
          feed();
        });
      // This thread's own share: the next job whenever it is free, like a worker's.
      const inThisThread = async (handle: (job: J) => R | Promise<R>): Promise<void> => {
        for (let id = take(); id !== undefined; id = take()) {
          try {
            finish(id, { ok: true, value: await handle(jobs[id] as J) });
          } catch (error) {
            finish(id, {
              ok: false,
              message: error instanceof Error ? error.message : String(error),
            });
          }
          // A macrotask turn: the workers' replies (and their next jobs) are handled now, not
          // after all of this thread's jobs.
          await new Promise((resolve) => setImmediate(resolve));
        }
      };
      const threads = started.map(thread);
      if (here !== undefined) await inThisThread(here);
      await Promise.all(threads);
      await Promise.all(pending);
    },
    async close() {
      await Promise.all(started.map((worker) => worker.terminate()));
    },
  };
}

/** startPool and run in one: for jobs that need nothing prepared while the threads start. */
export async function runPool<J, R>(
  jobs: readonly J[],
  options: PoolOptions & { data?: unknown },
  onDone: (index: number, outcome: JobOutcome<R>) => void | Promise<void>,
): Promise<void> {
  if (jobs.length === 0) return;
  const pool = await startPool<J, R>({ ...options, size: Math.min(options.size, jobs.length) });
  await pool.run(jobs, options.data, onDone);
}
