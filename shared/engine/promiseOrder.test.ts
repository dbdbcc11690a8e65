import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isBetterPromise,
  laneRanks,
  promiseKey,
  promiseKeyDelivery,
  promiseKeyOutside,
  type PromiseCandidateOrder,
} from './promiseOrder';

describe('the promise ordering rule', () => {
  it('prefers the earlier day, then Buy Shipping, then the cheaper service, then the first listed', () => {
    const base: PromiseCandidateOrder = { delivery: 20_600, outside: false, cost: 20, order: 2 };
    expect(isBetterPromise({ ...base, delivery: 20_599, outside: true, cost: 99 }, base)).toBe(true);
    expect(isBetterPromise({ ...base, outside: true, cost: 1, order: 0 }, base)).toBe(false);
    expect(isBetterPromise({ ...base, cost: 19, order: 9 }, base)).toBe(true);
    expect(isBetterPromise({ ...base, order: 1 }, base)).toBe(true);
    expect(isBetterPromise(base, base)).toBe(false);
  });

  it('reads the day and the Buy Shipping flag back from a key', () => {
    for (const [day, out, rank] of [
      [0, 0, 0],
      [84_000, 1, 524_287],
      [20_600, 0, 17],
    ] as const) {
      expect(promiseKeyDelivery(promiseKey(day, out, rank))).toBe(day);
      expect(promiseKeyOutside(promiseKey(day, out, rank))).toBe(out);
    }
  });

  it('ranks lanes by cost, then listing order', () => {
    expect([...laneRanks([30, 10, 30, 5])]).toEqual([2, 1, 3, 0]);
  });

  it('the packed key picks the same winner as the comparison, for any set of lanes', () => {
    const lane = fc.record({
      cost: fc.integer({ min: 0, max: 60 }),
      delivery: fc.integer({ min: 0, max: 84_000 }),
      outside: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(lane, { minLength: 1, maxLength: 40 }), (lanes) => {
        const ranks = laneRanks(lanes.map((l) => l.cost));
        let byCompare = 0;
        let byKey = 0;
        lanes.forEach((l, i) => {
          const best = lanes[byCompare]!;
          if (isBetterPromise({ ...l, order: i }, { ...best, order: byCompare })) byCompare = i;
          const k = lanes[byKey]!;
          if (
            promiseKey(l.delivery, l.outside ? 1 : 0, ranks[i]!) <
            promiseKey(k.delivery, k.outside ? 1 : 0, ranks[byKey]!)
          )
            byKey = i;
        });
        expect(byKey).toBe(byCompare);
      }),
      { seed: 20261201, numRuns: 500 },
    );
  });
});
