/** The pipeline's fixtures: inputs in fixtures/in, golden files in fixtures/out (see ../golden.ts). */
import path from 'node:path';
import { expectGoldenFile } from '../golden.ts';

export const FIXTURES = path.join(import.meta.dirname, 'fixtures');
export const IN = path.join(FIXTURES, 'in');
const OUT = path.join(FIXTURES, 'out');

export function expectGolden(name: string, actual: string): void {
  expectGoldenFile(path.join(OUT, name), actual);
}
