import { describe, expect, it } from 'vitest';
import { type RebuildResult, serialized } from '../../../src/devserver/rebuild.ts';

function controlledBuild() {
  const started: Array<(r: RebuildResult) => void> = [];
  const build = () => new Promise<RebuildResult>((resolve) => started.push(resolve));
  return { build, started };
}

describe('serialized rebuilds', () => {
  it('runs one build at a time, and a request made during a build gets the next one', async () => {
    const { build, started } = controlledBuild();
    const rebuild = serialized(build);
    const first = rebuild();
    const second = rebuild();
    const third = rebuild();
    expect(started).toHaveLength(1);
    started[0]!({ ok: true, message: 'one' });
    expect(await first).toEqual({ ok: true, message: 'one' });
    await Promise.resolve();
    await new Promise((r) => setTimeout(r, 0));
    expect(started).toHaveLength(2); // second and third share the build after the first
    started[1]!({ ok: true, message: 'two' });
    expect(await second).toEqual({ ok: true, message: 'two' });
    expect(await third).toEqual({ ok: true, message: 'two' });
  });
});
