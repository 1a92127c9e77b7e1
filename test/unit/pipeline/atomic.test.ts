import { spawn } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  leftoversOf,
  outputVersion,
  writeDirAtomically,
} from '../../../src/pipeline/fs/atomic-dir.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
let work: string;
let target: string;

beforeEach(() => {
  work = mkdtempSync(path.join(tmpdir(), 'citemap-atomic-'));
  target = path.join(work, 'data');
  mkdirSync(target);
  writeFileSync(path.join(target, 'old.txt'), 'previous build');
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

/** A pid that is certainly not running (above the kernel's pid_max). */
const DEAD_PID = 4_194_305;

describe('writeDirAtomically', () => {
  it('replaces the whole directory, nested files included', async () => {
    await writeDirAtomically(
      target,
      new Map([
        ['a.json', '{}'],
        ['texts/x.txt', 'x'],
      ]),
    );
    expect(readdirSync(target).sort()).toEqual(['a.json', 'texts']);
    expect(readFileSync(path.join(target, 'texts/x.txt'), 'utf8')).toBe('x');
    expect(leftoversOf(target)).toEqual([]);
  });

  it('links a file unchanged since the previous output instead of writing it again', async () => {
    const write = (b: string) =>
      writeDirAtomically(
        target,
        new Map([
          ['texts/same.txt', 'unchanged text'],
          ['texts/changed.txt', b],
        ]),
      );
    await write('first');
    const inode = (name: string) => statSync(path.join(target, 'texts', name)).ino;
    const [same, changed] = [inode('same.txt'), inode('changed.txt')];
    await write('second');
    expect(inode('same.txt')).toBe(same);
    expect(inode('changed.txt')).not.toBe(changed);
    expect(readFileSync(path.join(target, 'texts', 'same.txt'), 'utf8')).toBe('unchanged text');
    expect(readFileSync(path.join(target, 'texts', 'changed.txt'), 'utf8')).toBe('second');
    expect(leftoversOf(target)).toEqual([]);
  });

  it('creates the directory when there was none', async () => {
    rmSync(target, { recursive: true });
    await writeDirAtomically(target, new Map([['a.json', '{}']]));
    expect(readdirSync(target)).toEqual(['a.json']);
  });

  it('removes leftovers of dead runs and restores an orphaned previous output', async () => {
    const tmp = `${target}.tmp-${DEAD_PID}`;
    mkdirSync(tmp);
    // A run killed between its two renames: the previous output is aside, the target gone.
    rmSync(target, { recursive: true });
    const old = `${target}.old-${DEAD_PID}`;
    mkdirSync(old);
    writeFileSync(path.join(old, 'old.txt'), 'previous build');
    await expect(
      writeDirAtomically(target, new Map([['a.json', '{}']]), {
        beforeSwap: () => {
          // Recovery happened before this write: the previous output is back in place.
          expect(readFileSync(path.join(target, 'old.txt'), 'utf8')).toBe('previous build');
          throw new Error('stop here');
        },
      }),
    ).rejects.toThrow('stop here');
    expect(existsSync(tmp)).toBe(false);
    expect(readFileSync(path.join(target, 'old.txt'), 'utf8')).toBe('previous build');
  });

  it('never leaves the target missing, not even for a moment during the swap', async () => {
    // The first write turns the plain directory of beforeEach into the link (a one-time move).
    await writeDirAtomically(target, new Map([['a.json', 'first']]));
    let missing = 0;
    let polling = true;
    const poll = (): void => {
      if (!existsSync(path.join(target, 'a.json')) && !existsSync(path.join(target, 'old.txt')))
        missing++;
      if (polling) setImmediate(poll);
    };
    poll();
    for (let i = 0; i < 20; i++) await writeDirAtomically(target, new Map([['a.json', `${i}`]]));
    polling = false;
    expect(missing).toBe(0);
    expect(readFileSync(path.join(target, 'a.json'), 'utf8')).toBe('19');
  });

  it('tells whether the output changed since a run began (another run may have written it)', async () => {
    const before = outputVersion(target);
    expect(outputVersion(target)).toBe(before);
    await writeDirAtomically(target, new Map([['a.json', '{}']]));
    expect(outputVersion(target)).not.toBe(before);
  });

  // Ctrl-C sends SIGINT; a service manager or `kill` sends SIGTERM. Both exit 128 + signal.
  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)(
    'on %s removes its temp dir and leaves the previous output',
    async (signal, code) => {
      // node itself (not npx → tsx → node) so the signal reaches the process that writes.
      const helper = path.join(ROOT, 'test/unit/pipeline/helpers/slow-atomic-write.ts');
      const child = spawn(process.execPath, ['--import', 'tsx', helper, target], {
        cwd: ROOT,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      await new Promise<void>((resolve, reject) => {
        child.stdout.on('data', (d: Buffer) => {
          if (d.toString().includes('ready')) resolve();
        });
        child.on('exit', () => reject(new Error('helper exited early')));
      });
      expect(leftoversOf(target).length).toBe(1);
      const exited = new Promise<number | null>((resolve) =>
        child.on('exit', (code) => resolve(code)),
      );
      child.kill(signal);
      expect(await exited).toBe(code);
      expect(leftoversOf(target)).toEqual([]);
      expect(readdirSync(target)).toEqual(['old.txt']);
    },
    60_000,
  );
});
