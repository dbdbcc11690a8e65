import { describe, it, expect } from 'vitest';
import { zoneForDistance } from './zones';

describe('zoneForDistance', () => {
  it.each([
    [0, 1],
    [50, 1],
    [50.2, 2],
    [51, 2],
    [150, 2],
    [151, 3],
    [300, 3],
    [301, 4],
    [600, 4],
    [601, 5],
    [1000, 5],
    [1001, 6],
    [1400, 6],
    [1401, 7],
    [1800, 7],
    [1801, 8],
    [2800, 8],
    [6000, 8],
  ])('%d miles is zone %d', (miles, zone) => {
    expect(zoneForDistance(miles)).toBe(zone);
  });

  it('Columbus, OH to Los Angeles (~1,990 mi) is zone 8', () => {
    expect(zoneForDistance(1990)).toBe(8);
  });

  it('refuses negative and non-finite distances', () => {
    expect(() => zoneForDistance(-1)).toThrow(RangeError);
    expect(() => zoneForDistance(Number.NaN)).toThrow(RangeError);
    expect(() => zoneForDistance(Infinity)).toThrow(RangeError);
  });
});
