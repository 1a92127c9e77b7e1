import { describe, expect, it } from 'vitest';
import { boundedMemo } from '../../../src/shared/bounded-memo.ts';

describe('boundedMemo', () => {
  it("gives the function's own answers, each worked out once", () => {
    const asked: string[] = [];
    const upper = boundedMemo((s: string) => {
      asked.push(s);
      return s.toUpperCase();
    });
    expect(['kabul', 'herat', 'kabul'].map(upper)).toEqual(['KABUL', 'HERAT', 'KABUL']);
    expect(asked).toEqual(['kabul', 'herat']);
  });

  it('starts afresh past its limit, still giving the same answers', () => {
    const asked: number[] = [];
    const double = boundedMemo((n: number) => {
      asked.push(n);
      return n * 2;
    }, 2);
    expect([1, 2, 3, 1].map(double)).toEqual([2, 4, 6, 2]);
    expect(asked).toEqual([1, 2, 3, 1]);
  });
});
