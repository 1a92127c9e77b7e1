/**
 * The worker pool of `extract --out`: every job gets an outcome; a job that throws, or whose
 * thread dies, is that job's failure and the other jobs still run.
 */
import { describe, expect, it } from 'vitest';
import { type JobOutcome, runPool } from '../../../src/pipeline/worker-pool.ts';

const WORKER = new URL('./helpers/flaky-worker.ts', import.meta.url);

async function run(jobs: string[], size: number): Promise<(JobOutcome<string> | undefined)[]> {
  const outcomes: (JobOutcome<string> | undefined)[] = jobs.map(() => undefined);
  await runPool<string, string>(jobs, { module: WORKER, size }, (i, outcome) => {
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

  it('runs every job once with more threads than jobs', async () => {
    expect(await run(['x'], 4)).toEqual([{ ok: true, value: 'done: x' }]);
  }, 60_000);
});
