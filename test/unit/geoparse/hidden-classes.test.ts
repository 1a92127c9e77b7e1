/**
 * Spans and resolutions are read in many hot functions; each new hidden class one of them
 * meets makes V8 throw its optimised code away and compile it again (in every worker thread).
 * So every span, however it was found or adjusted, and every resolution, however its place
 * was chosen, has the one class of a span or resolution built from scratch.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const SCRIPT = fileURLToPath(new URL('./scripts/hidden-classes.ts', import.meta.url));

it('gives spans and resolutions one hidden class whichever way they were made', () => {
  const out = execFileSync(
    process.execPath,
    ['--allow-natives-syntax', '--import', 'tsx', SCRIPT],
    { encoding: 'utf8' },
  );
  const { spans, resolutionWithPlace } = JSON.parse(out) as {
    spans: Record<string, boolean>;
    resolutionWithPlace: boolean;
  };
  expect(Object.keys(spans)).toEqual(
    expect.arrayContaining(['Kandahar', 'Helmand River', 'Lake Kandahar', 'Kurdistan Region']),
  );
  expect(Object.entries(spans).filter(([, same]) => !same)).toEqual([]);
  expect(resolutionWithPlace).toBe(true);
}, 20_000);
