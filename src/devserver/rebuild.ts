/**
 * Rebuilding public/data after a route changed data/: the same build as `npm run data`, run
 * as a child process so a crash or a slow build never takes the dev server down, and one at
 * a time. A request that arrives during a build waits for the next one, which starts after
 * the current one ends and so sees every change made before the request.
 */
import { spawn } from 'node:child_process';
import { terminalSafe } from '../pipeline/terminal.ts';

export interface RebuildResult {
  ok: boolean;
  /** The build's own summary or error lines, for the page to show. */
  message: string;
}

export type RunBuild = () => Promise<RebuildResult>;

const BUILD_TIMEOUT_MS = 10 * 60 * 1000;
const MESSAGE_LINES = 20;

/** `npm run data` in `root`, as a child process. */
export function spawnBuild(root: string): RunBuild {
  return () =>
    new Promise((resolve) => {
      const child = spawn(process.execPath, ['--import', 'tsx', 'src/pipeline/cli/build.ts'], {
        cwd: root,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      const keep = (chunk: Buffer) => {
        output = (output + chunk.toString('utf8')).slice(-64 * 1024);
      };
      child.stdout.on('data', keep);
      child.stderr.on('data', keep);
      const timer = setTimeout(() => child.kill('SIGTERM'), BUILD_TIMEOUT_MS);
      child.on('close', (code) => {
        clearTimeout(timer);
        const lines = output.trim().split('\n').slice(-MESSAGE_LINES).map(terminalSafe);
        resolve({
          ok: code === 0,
          message: lines.join('\n') || (code === 0 ? 'built' : `the build stopped (exit ${code})`),
        });
      });
      child.on('error', (error) => {
        clearTimeout(timer);
        resolve({ ok: false, message: `the build could not start: ${error.message}` });
      });
    });
}

/** Runs `build` one at a time; each caller gets a build that started after its call. */
export function serialized(build: RunBuild): RunBuild {
  let running: Promise<RebuildResult> | null = null;
  let queued: Promise<RebuildResult> | null = null;
  const start = (): Promise<RebuildResult> => {
    const run = build().finally(() => {
      if (running === run) running = null;
    });
    running = run;
    return run;
  };
  return () => {
    if (running === null) return start();
    queued ??= running.then(() => {
      queued = null;
      return start();
    });
    return queued;
  };
}
