import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../../src/app/filters.ts';
import { readerSteps } from '../../../src/app/model/reader.ts';
import { detailsOf, mention, place, source } from './helpers.ts';

describe('stepping through the reader', () => {
  it("counts the current mention among its place's mentions in the same source", () => {
    const ms = [
      mention('s', 'a', 2020),
      mention('s', 'b', 2020),
      mention('s', 'a', 2020),
      mention('t', 'a', 2020),
      mention('s', 'a', 2020),
    ];
    const index = buildIndex(
      [place('a', 'city'), place('b', 'city')],
      [source('s'), source('t')],
      ms,
    );
    const starts = [0, 2, 4].map((k) => ms[k]!.properties.start);
    const details = detailsOf(index, ms);
    expect(readerSteps(index, 0, starts[1]!, details)).toEqual({ place: 0, starts, at: 1 });
    expect(readerSteps(index, 0, -1, details)).toBeNull();
    // Before the source's quotes (which hold the offsets) arrive, there is nothing to step.
    expect(readerSteps(index, 0, starts[1]!, () => null)).toBeNull();
  });
});
