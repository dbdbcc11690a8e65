import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstIndexAfter } from './firstIndexAfter';

describe('firstIndexAfter', () => {
  it('finds the first element strictly greater, within the given range', () => {
    expect(firstIndexAfter([10, 20, 20, 30], 20)).toBe(3);
    expect(firstIndexAfter([10, 20, 20, 30], 5)).toBe(0);
    expect(firstIndexAfter([10, 20, 20, 30], 30)).toBe(4);
    expect(firstIndexAfter([10, 20, 20, 30], 15, 2, 4)).toBe(2);
    expect(firstIndexAfter([], 1)).toBe(0);
  });

  it('agrees with a linear scan on random sorted arrays', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 50 })), fc.integer({ min: -60, max: 60 }), (xs, x) => {
        const sorted = [...xs].sort((a, b) => a - b);
        const linear = sorted.findIndex((v) => v > x);
        expect(firstIndexAfter(sorted, x)).toBe(linear < 0 ? sorted.length : linear);
      }),
    );
  });
});
