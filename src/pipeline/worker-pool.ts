/**
 * Jobs run on a pool of worker threads, each taking the next job when it is free (documents
 * vary in size, so a fixed split would leave a core idle). A job that throws in its worker, or
 * whose worker dies (out of memory, a crash), is reported as that job's failure; a dead worker
 * is replaced and the other jobs go on.
 *
 * A worker module calls serveJobs(handler) (worker-jobs.ts). Worker modules are TypeScript; each thread would
 * otherwise load its whole module graph through tsx's loader (over a second of CPU per thread,
 * most of a small run), so the module is bundled once per run with esbuild — the compiler tsx
 * itself uses — into one plain JavaScript file, content-addressed under .cache/workers/, which
 * every thread loads directly. This works under `tsx` and under vitest alike.
 */
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { buildSync } from 'esbuild';
import { temporaryPathFor } from './fs/replace-file.ts';

import type { JobOutcome, Reply, Request } from './worker-jobs.ts';

export type { JobOutcome } from './worker-jobs.ts';

export interface PoolOptions {
  /** The worker module (a file calling serveJobs). */
  module: URL;
  /** Number of threads. */
  size: number;
  /** Given to every worker (SharedArrayBuffers in it are shared, not copied). */
  data?: unknown;
}

/** Threads for "every core": what the runtime says this process may use. */
export function defaultPoolSize(): number {
  return os.availableParallelism();
}

const DAY_MS = 24 * 60 * 60 * 1000;
/** Jobs given to a thread at a time. */
const IN_FLIGHT = 2;
const BUNDLE_DIR = fileURLToPath(new URL('../../.cache/workers/', import.meta.url));

const sha = (bytes: string | Buffer): string =>
  createHash('sha256').update(bytes).digest('hex').slice(0, 16);

/** Which bundle was built from which inputs (file → content hash). */
interface BundleRecord {
  bundle: string;
  inputs: Record<string, string>;
}

function writeWhole(file: string, content: string): void {
  const temporary = temporaryPathFor(file);
  writeFileSync(temporary, content);
  renameSync(temporary, file);
}

/** The bundle built before, if none of its inputs has changed since. */
function upToDate(recordFile: string): string | null {
  try {
    const record = JSON.parse(readFileSync(recordFile, 'utf8')) as BundleRecord;
    const bundle = path.join(BUNDLE_DIR, record.bundle);
    if (!existsSync(bundle)) return null;
    for (const [input, hash] of Object.entries(record.inputs))
      if (sha(readFileSync(input)) !== hash) return null;
    return bundle;
  } catch {
    return null;
  }
}

/**
 * The worker module and everything it imports as one ES module file; its URL. Rebuilt only
 * when one of its inputs changed (checked by content, a few milliseconds).
 */
export function bundleWorker(module: URL): URL {
  const name = path.basename(fileURLToPath(module), '.ts');
  const recordFile = path.join(BUNDLE_DIR, `${name}.inputs.json`);
  const cached = upToDate(recordFile);
  if (cached !== null) return pathToFileURL(cached);
  const built = buildSync({
    entryPoints: [fileURLToPath(module)],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Packages are bundled too (tree-shaken: @turf/turf whole is hundreds of modules to load).
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const code = built.outputFiles[0]?.text ?? '';
  const file = path.join(BUNDLE_DIR, `${name}-${sha(code)}.mjs`);
  mkdirSync(BUNDLE_DIR, { recursive: true });
  // Content-addressed and written whole (renamed into place): a run starting its threads
  // never reads a file another run is writing.
  if (!existsSync(file)) writeWhole(file, code);
  const inputs: Record<string, string> = {};
  for (const input of Object.keys(built.metafile.inputs)) {
    const absolute = path.resolve(input);
    inputs[absolute] = sha(readFileSync(absolute));
  }
  writeWhole(
    recordFile,
    JSON.stringify({ bundle: path.basename(file), inputs } satisfies BundleRecord),
  );
  // Bundles of older code: kept a day, since a run started before an edit may still load one.
  for (const old of readdirSync(BUNDLE_DIR)) {
    const stale = path.join(BUNDLE_DIR, old);
    if (
      old.startsWith(`${name}-`) &&
      stale !== file &&
      statSync(stale).mtimeMs < Date.now() - DAY_MS
    )
      rmSync(stale, { force: true });
  }
  return pathToFileURL(file);
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
  if (jobs.length === 0) return;
  const bundle = bundleWorker(options.module);
  let next = 0;
  /** Jobs handed back by a thread that died before starting them. */
  const retry: number[] = [];
  const take = (): number | undefined => retry.shift() ?? (next < jobs.length ? next++ : undefined);
  const pending: Promise<void>[] = [];
  const finish = (index: number, outcome: JobOutcome<R>): void => {
    pending.push(Promise.resolve(onDone(index, outcome)));
  };
  const thread = (): Promise<void> =>
    new Promise((resolve) => {
      const first = take();
      if (first === undefined) {
        resolve();
        return;
      }
      const worker = new Worker(bundle, { workerData: options.data });
      // Jobs posted and not answered, in order: the thread works on the first, and the next
      // waits in its queue, so it never idles while this thread handles a reply.
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
        // Died with a job in hand (jobs run one at a time, in order): that job failed; the
        // ones queued behind it go back, and a fresh thread takes the rest.
        finish(current, {
          ok: false,
          message: `the worker thread stopped (${failure ?? `exit code ${code}`})`,
        });
        retry.unshift(...unstarted);
        queued.length = 0;
        thread().then(resolve);
      });
      post(first);
      feed();
    });
  await Promise.all(Array.from({ length: Math.min(options.size, jobs.length) }, thread));
  await Promise.all(pending);
}
