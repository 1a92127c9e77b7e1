/** A place picked on the map (model/pick.ts): the popup's quotes first, then the panel. */
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../../src/app/filters.ts';
import { createPicker, POPUP_SOURCES, popupMentions } from '../../../src/app/model/pick.ts';
import { mention, place, source } from './helpers.ts';

/** A picker whose quote loads and frames the test resolves by hand. */
function harness(fail = false) {
  const loads = new Map<number, () => void>();
  const frames: (() => void)[] = [];
  const opened: number[] = [];
  const picker = createPicker({
    loadQuotes: (p) =>
      new Promise<void>((resolve, reject) => {
        loads.set(p, fail ? () => reject(new Error('404')) : resolve);
      }),
    open: (p) => opened.push(p),
    afterPaint: (run) => frames.push(run),
  });
  const settle = async () => {
    for (let k = 0; k < 5; k++) await Promise.resolve();
    for (const run of frames.splice(0)) run();
  };
  return { picker, loads, opened, settle };
}

describe('a place picked on the map', () => {
  it('opens its panel only once the popup quotes are in, after the next frame', async () => {
    const h = harness();
    h.picker.pick(3);
    await h.settle();
    expect(h.opened).toEqual([]);
    h.loads.get(3)!();
    await h.settle();
    expect(h.opened).toEqual([3]);
  });

  it('opens the panel even when the quotes could not be fetched (the panel says why)', async () => {
    const h = harness(true);
    h.picker.pick(3);
    h.loads.get(3)!();
    await h.settle();
    expect(h.opened).toEqual([3]);
  });

  it('opens only the latest pick when a second comes before the first quotes', async () => {
    const h = harness();
    h.picker.pick(3);
    h.picker.pick(5);
    h.loads.get(5)!();
    h.loads.get(3)!();
    await h.settle();
    expect(h.opened).toEqual([5]);
  });

  it('opens nothing once cancelled (the popup closed, another place chosen)', async () => {
    const h = harness();
    h.picker.pick(3);
    h.picker.cancel();
    h.loads.get(3)!();
    await h.settle();
    expect(h.opened).toEqual([]);
  });
});

describe('what a popup quotes', () => {
  it('the first mention of each of its first sources, its own mentions before those inside', () => {
    const sources = ['a', 'b', 'c', 'd', 'e'].map((id) => source(id));
    const index = buildIndex([place('kabul', 'city'), place('afg', 'country')], sources, [
      ...sources.map((s) => mention(s.id, 'kabul', 2020)),
      mention('a', 'kabul', 2021),
      mention('a', 'afg', 2020),
    ]);
    const all = new Uint8Array(index.mentionSource.length).fill(1);
    const kabul = index.placeIndex.get('kabul')!;
    const { groups, quoted } = popupMentions(index, all, kabul);
    expect(groups.map((g) => g.mentions.length)).toEqual([2, 1, 1, 1, 1]);
    expect(quoted).toHaveLength(POPUP_SOURCES);
    expect(quoted).toEqual(groups.slice(0, POPUP_SOURCES).map((g) => g.mentions[0]));
  });
});
