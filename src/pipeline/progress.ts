/**
 * Progress of a long run over many files. On a terminal: one line redrawn in place, a bar
 * with the count and an estimate of the time left; elsewhere (a pipe, a log, CI) nothing
 * while it runs, so logs stay one line per event and the caller prints its summary.
 * Used by `npm run data` and `npm run extract`.
 */

export interface Progress {
  /** One more item done. */
  tick(): void;
  /** Clears the bar (the caller then prints its summary). */
  finish(): void;
}

export interface ProgressOptions {
  stream?: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  /** Milliseconds; injected by tests. */
  now?: () => number;
}

export const NO_PROGRESS: Progress = { tick() {}, finish() {} };

const BAR_WIDTH = 24;
/** Redraws at most this often: a terminal redrawn per file would slow the run down. */
const REDRAW_MS = 100;

/** "1:05", "12 s": minutes and seconds, rounded up. */
export function duration(ms: number): string {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  if (seconds < 60) return `${seconds} s`;
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** The line drawn: "extract [#########...............] 1,234/10,000 · 0:42 left". */
export function progressLine(
  label: string,
  done: number,
  total: number,
  elapsedMs: number,
): string {
  const share = total === 0 ? 1 : done / total;
  const filled = Math.round(share * BAR_WIDTH);
  const bar = `${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}`;
  const left =
    done === 0 ? 'estimating time left' : `${duration((elapsedMs / done) * (total - done))} left`;
  return `${label} [${bar}] ${done.toLocaleString('en')}/${total.toLocaleString('en')} · ${left}`;
}

export function startProgress(
  label: string,
  total: number,
  options: ProgressOptions = {},
): Progress {
  const stream = options.stream ?? process.stderr;
  const now = options.now ?? (() => performance.now());
  if (!stream.isTTY) return NO_PROGRESS;
  const started = now();
  let done = 0;
  let drawnAt = Number.NEGATIVE_INFINITY;
  const draw = (): void => {
    drawnAt = now();
    stream.write(`\r${progressLine(label, done, total, drawnAt - started)}\u001b[K`);
  };
  draw();
  return {
    tick() {
      done++;
      if (now() - drawnAt >= REDRAW_MS || done === total) draw();
    },
    finish() {
      stream.write('\r\u001b[K');
    },
  };
}
