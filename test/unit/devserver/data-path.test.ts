import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { dataPath } from '../../../src/devserver/data-path.ts';

let root: string;
beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'citemap-datapath-'));
  mkdirSync(path.join(root, 'data', 'corrections'), { recursive: true });
});

describe('dataPath', () => {
  it('gives a path inside data/', () => {
    const p = dataPath(root, 'corrections', 'seed-1.json');
    expect(p).toBe(path.join(root, 'data', 'corrections', 'seed-1.json'));
  });

  it.each([
    ['..', /not a file or folder name/],
    ['.', /not a file or folder name/],
    ['', /not a file or folder name/],
    ['../package.json', /one name, without \//],
    ['a\\b', /one name, without \//],
    ['.git', /starts with a dot/],
    ['x'.repeat(201), /longer than 200/],
  ])('refuses the name %j', (segment, message) => {
    expect(() => dataPath(root, 'corrections', segment)).toThrow(message);
  });

  it('refuses a link inside data/, which could point anywhere', () => {
    symlinkSync(tmpdir(), path.join(root, 'data', 'out'));
    expect(() => dataPath(root, 'out', 'x.json')).toThrow(/data\/out is a link/);
    writeFileSync(path.join(root, 'elsewhere.json'), '{}');
    symlinkSync(
      path.join(root, 'elsewhere.json'),
      path.join(root, 'data', 'corrections', 'a.json'),
    );
    expect(() => dataPath(root, 'corrections', 'a.json')).toThrow(/is a link/);
  });

  it('refuses to write over a folder', () => {
    expect(() => dataPath(root, 'corrections')).toThrow(/not a plain file/);
  });
});
