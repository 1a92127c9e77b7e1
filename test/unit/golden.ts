/**
 * Golden files, the one mechanism for every suite: `expectGoldenFile(file, actual)` compares
 * with the file; run the tests with UPDATE_GOLDEN=1 to (re)write it after a deliberate change,
 * then review the diff. Never silent: without it a missing or different file fails the test.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';

export function expectGoldenFile(file: string, actual: string): void {
  if (process.env.UPDATE_GOLDEN === '1') {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, actual);
    return;
  }
  if (!existsSync(file)) {
    throw new Error(
      `missing golden file ${path.relative(process.cwd(), file)}: run with UPDATE_GOLDEN=1`,
    );
  }
  expect(actual).toBe(readFileSync(file, 'utf8'));
}
