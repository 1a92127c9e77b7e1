/** The progress bar: a count and the time left on a terminal, nothing in a log. */
import { describe, expect, it } from 'vitest';
import { duration, progressLine, startProgress } from '../../../src/pipeline/progress.ts';

function fakeStream(isTTY: boolean) {
  const written: string[] = [];
  return {
    written,
    stream: Object.assign(
      {
        write(chunk: string) {
          written.push(chunk);
          return true;
        },
      } as unknown as NodeJS.WritableStream,
      { isTTY },
    ),
  };
}

describe('progress', () => {
  it('draws a bar with the count and the time left, in place, on a terminal', () => {
    const { stream, written } = fakeStream(true);
    let now = 0;
    const progress = startProgress('extracting', 10_000, { stream, now: () => now });
    for (let i = 0; i < 2_500; i++) {
      now += 10;
      progress.tick();
    }
    const last = written.at(-1) ?? '';
    expect(last.startsWith('\r')).toBe(true);
    expect(last).toContain('extracting [######..................] 2,500/10,000 · 1:15 left');
    progress.finish();
    expect(written.at(-1)).toBe('\r\u001b[K');
  });

  it('redraws at most every 100 ms, not for every file', () => {
    const { stream, written } = fakeStream(true);
    let now = 0;
    const progress = startProgress('geoparsing', 10_000, { stream, now: () => now });
    for (let i = 0; i < 10_000; i++) {
      now += 1;
      progress.tick();
    }
    expect(written.length).toBeLessThan(120);
    expect(written.at(-1)).toContain('10,000/10,000 · 0 s left');
  });

  it('writes nothing when the output is not a terminal', () => {
    const { stream, written } = fakeStream(false);
    const progress = startProgress('extracting', 3, { stream });
    progress.tick();
    progress.finish();
    expect(written).toEqual([]);
  });

  it('says so before it can estimate', () => {
    expect(progressLine('reading', 0, 5, 0)).toBe(
      'reading [........................] 0/5 · estimating time left',
    );
    expect(duration(61_000)).toBe('1:01');
  });
});
