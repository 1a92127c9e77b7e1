import { describe, expect, it } from 'vitest';
import { growth } from './linear.ts';

// The check itself must be able to fail: a quadratic scan grows far past the bound.
describe('growth', () => {
  const text = (n: number): string => 'a'.repeat(n);
  it('is about 8 for linear work', () => {
    expect(growth(text, (s) => s.split('').reverse(), 200_000)).toBeLessThan(24);
  });
  it('is well above the bound for quadratic work', () => {
    // Each character compared with every later one, as a regex that backtracks would.
    const quadratic = (s: string): number => {
      let same = 0;
      for (let i = 0; i < s.length; i++)
        for (let j = i + 1; j < s.length; j++) if (s.charCodeAt(i) === s.charCodeAt(j)) same++;
      return same;
    };
    expect(growth(text, quadratic, 1_500)).toBeGreaterThan(24);
  });
});
