/**
 * The app's model (state.ts and model/) is state, derived values and actions: it never reaches
 * into the views (components/) or the map's wrapper (map/), so it runs and is tested without a
 * browser and the arrows point one way.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const APP = path.resolve('src/app');
const MODEL_FILES = [
  'state.ts',
  ...readdirSync(path.join(APP, 'model')).map((name) => path.join('model', name)),
];

/** Every module a file imports (static or dynamic), resolved against src/app. */
function importsOf(file: string): string[] {
  const text = readFileSync(path.join(APP, file), 'utf8');
  const specifiers = [...text.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)['"]([^'"]+)['"]/g)];
  return specifiers
    .map((m) => m[1]!)
    .filter((s) => s.startsWith('.'))
    .map((s) => path.relative(APP, path.resolve(path.dirname(path.join(APP, file)), s)));
}

describe('the model apart from its views', () => {
  it('finds the imports it checks', () => {
    expect(importsOf('state.ts')).toContain('filters.ts');
  });

  it.each(MODEL_FILES)('%s imports nothing from components/ or map/', (file) => {
    const upward = importsOf(file).filter((m) => /^(components|map)[/\\]/.test(m));
    expect(upward).toEqual([]);
  });
});
