/**
 * Golden files: `expectGolden(name, actual)` compares with fixtures/out/<name>; run the tests
 * with UPDATE_GOLDEN=1 to (re)write them after a deliberate change, then review the diff.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';

export const FIXTURES = path.join(import.meta.dirname, 'fixtures');
export const IN = path.join(FIXTURES, 'in');
const OUT = path.join(FIXTURES, 'out');

export function expectGolden(name: string, actual: string): void {
  const file = path.join(OUT, name);
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
