/**
 * Whether a cost grows linearly with the input, measured so that a busy machine cannot fail it:
 * the same work at size n and at size FACTOR·n, best of a few runs each, taking turns so that
 * load slows both alike. Linear work grows about FACTOR times; quadratic work FACTOR² times. The absolute
 * speed is the benchmarks' business (`npm run bench`), not a test's.
 */
import { expect } from 'vitest';

const FACTOR = 8;
/** Linear grows ~8×, quadratic ~64×; 24× leaves room for noise and garbage collection. */
const MAX_GROWTH = 3 * FACTOR;
const RUNS = 5;

function timed(run: () => void): number {
  const t = performance.now();
  run();
  return performance.now() - t;
}

/** How many times longer `work` takes on `input(FACTOR * n)` than on `input(n)`. */
export function growth<T>(input: (n: number) => T, work: (input: T) => void, n: number): number {
  const small = input(n);
  const large = input(FACTOR * n);
  work(small); // warm up the JIT, so the small run is not charged for compiling
  // Taking turns, so that a busy spell of the machine slows both sizes, not one.
  let smallMs = Number.POSITIVE_INFINITY;
  let largeMs = Number.POSITIVE_INFINITY;
  for (let i = 0; i < RUNS; i++) {
    largeMs = Math.min(
      largeMs,
      timed(() => work(large)),
    );
    smallMs = Math.min(
      smallMs,
      timed(() => work(small)),
    );
  }
  // A floor of 1 ms: below it the timer's resolution, not the work, would make the ratio.
  return largeMs / Math.max(1, smallMs);
}

export function expectLinear<T>(
  input: (n: number) => T,
  work: (input: T) => void,
  n: number,
): void {
  expect(growth(input, work, n)).toBeLessThan(MAX_GROWTH);
}
