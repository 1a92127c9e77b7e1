/**
 * The worker pool of `extract --out`: every job gets an outcome; a job that throws, or whose
 * thread dies, is that job's failure and the other jobs still run.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { bundleModule } from '../../../src/pipeline/bundle.mjs';
import { type JobOutcome, runPool, startPool } from '../../../src/pipeline/worker-pool.ts';

const WORKER = new URL('./helpers/flaky-worker.ts', import.meta.url);
const SLOW_WORKER = new URL('./helpers/slow-worker.ts', import.meta.url);

async function run(
  jobs: string[],
  size: number,
  module = WORKER,
): Promise<(JobOutcome<string> | undefined)[]> {
  const outcomes: (JobOutcome<string> | undefined)[] = jobs.map(() => undefined);
  await runPool<string, string>(jobs, { module, size }, (i, outcome) => {
    outcomes[i] = outcome;
  });
  return outcomes;
}

describe('worker pool', () => {
  it('reports a crashed thread and a failing job, and runs the rest', async () => {
    const jobs = ['a', 'crash', 'b', 'throw', 'c', 'crash', 'd'];
    const outcomes = await run(jobs, 2);
    expect(outcomes).toEqual([
      { ok: true, value: 'done: a' },
      { ok: false, message: 'the worker thread stopped (exit code 3)' },
      { ok: true, value: 'done: b' },
      { ok: false, message: 'cannot read this one' },
      { ok: true, value: 'done: c' },
      { ok: false, message: 'the worker thread stopped (exit code 3)' },
      { ok: true, value: 'done: d' },
    ]);
  }, 60_000);

  it('takes answers that come later, each for its own job, and a rejected one as its failure', async () => {
    const jobs = ['late-60', 'a', 'reject', 'late-30', 'b', 'late-1', 'c'];
    expect(await run(jobs, 1, SLOW_WORKER)).toEqual([
      { ok: true, value: 'done: late-60' },
      { ok: true, value: 'done: a' },
      { ok: false, message: 'could not finish this one' },
      { ok: true, value: 'done: late-30' },
      { ok: true, value: 'done: b' },
      { ok: true, value: 'done: late-1' },
      { ok: true, value: 'done: c' },
    ]);
  }, 60_000);

  it('runs jobs in this thread too, from the same queue, each job once', async () => {
    const jobs = Array.from({ length: 40 }, (_, i) => `j${i}`);
    const outcomes: JobOutcome<string>[] = [];
    const pool = await startPool<string, string>({ module: WORKER, size: 1 });
    await pool.run(
      jobs,
      null,
      (i, outcome) => {
        expect(outcomes[i]).toBeUndefined();
        outcomes[i] = outcome;
      },
      (job) => {
        if (job === 'j7') throw new Error('cannot read this one here');
        return `here: ${job}`;
      },
    );
    const values = outcomes.map((o) => (o.ok ? o.value : o.message));
    expect(values).toHaveLength(jobs.length);
    // Each job answered once, by the worker or by this thread.
    jobs.forEach((job, i) => {
      expect([`done: ${job}`, `here: ${job}`, 'cannot read this one here']).toContain(values[i]);
    });
    expect(values.filter((v) => v.startsWith('here: ')).length).toBeGreaterThan(0);
    expect(values.filter((v) => v.startsWith('done: ')).length).toBeGreaterThan(0);
  }, 60_000);

  it('runs every job once with more threads than jobs', async () => {
    expect(await run(['x'], 4)).toEqual([{ ok: true, value: 'done: x' }]);
  }, 60_000);

  it('starts its threads, which load their module, before the jobs and their data are ready', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'citemap-pool-'));
    const mark = path.join(dir, 'loaded');
    process.env.CITEMAP_TEST_LOADED_MARK = mark;
    try {
      const pool = await startPool<string, string>({
        module: new URL('./helpers/marking-worker.ts', import.meta.url),
        size: 1,
      });
      // No job yet: the thread is up and has loaded its module all the same.
      for (let waited = 0; !existsSync(mark) && waited < 30_000; waited += 20) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      expect(existsSync(mark)).toBe(true);
      const outcomes: JobOutcome<string>[] = [];
      await pool.run(['a', 'b'], 'data', (i, outcome) => {
        outcomes[i] = outcome;
      });
      expect(outcomes).toEqual([
        { ok: true, value: 'data: a' },
        { ok: true, value: 'data: b' },
      ]);
    } finally {
      delete process.env.CITEMAP_TEST_LOADED_MARK;
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('ends its threads when closed without jobs, so the process can end', async () => {
    // A process whose threads were left waiting would never end: the timeout kills it.
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', fileURLToPath(new URL('./helpers/closed-pool.ts', import.meta.url))],
      { timeout: 60_000 },
    );
    expect(stdout).toBe('closed\n');
  }, 90_000);
});

describe('module bundle', () => {
  it('is rebuilt when a file it is built from changes, and reused while none does', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'citemap-bundle-'));
    const part = path.join(dir, 'part.ts');
    const module = path.join(dir, 'probe.ts');
    writeFileSync(module, "import { word } from './part.ts';\nexport const said: string = word;\n");
    writeFileSync(part, "export const word = 'first';\n");
    const bundles: string[] = [];
    try {
      const first = await bundleModule(pathToFileURL(module));
      bundles.push(path.dirname(fileURLToPath(first)));
      expect((await bundleModule(pathToFileURL(module))).href).toBe(first.href);
      writeFileSync(part, "export const word = 'second';\n");
      const second = await bundleModule(pathToFileURL(module));
      bundles.push(path.dirname(fileURLToPath(second)));
      expect(second.href).not.toBe(first.href);
      expect(readFileSync(second, 'utf8')).toContain('"second"');
    } finally {
      rmSync(dir, { recursive: true, force: true });
      const record = `${bundles[0]?.replace(/-[0-9a-f]{16}$/, '')}.inputs.json`;
      for (const f of [...bundles, record]) rmSync(f, { recursive: true, force: true });
    }
  });
});
