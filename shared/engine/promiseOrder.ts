/**
 * The one rule that picks the promise a view gets among the lanes (warehouse x service) that can serve
 * it, shared by both promise engines:
 *   1. the earliest delivery day;
 *   2. then a handover inside Buy Shipping (no special operating plan);
 *   3. then the cheaper service (routing.ts costRank);
 *   4. then the lane listed first in the plan.
 * explainedPromise.ts compares candidates with isBetterPromise; compiledPromiseEngine.ts, whose inner
 * loop runs millions of times per simulation, packs the same order into one number per candidate with
 * promiseKey (steps 3 and 4 folded into a per-lane rank from laneRanks), so the smallest key wins.
 * promiseOrder.test.ts checks that both forms always pick the same lane.
 */

/** What the rule looks at in a candidate promise. */
export interface PromiseCandidateOrder {
  /** Delivery day number (days since the epoch). */
  delivery: number;
  /** True when the handover is outside Buy Shipping. */
  outside: boolean;
  /** routing.ts costRank of the service: lower is cheaper. */
  cost: number;
  /** Position of the lane in the plan's listing (warehouses, then their services). */
  order: number;
}

/** Whether candidate a wins over candidate b under the rule above. */
export function isBetterPromise(a: PromiseCandidateOrder, b: PromiseCandidateOrder): boolean {
  if (a.delivery !== b.delivery) return a.delivery < b.delivery;
  if (a.outside !== b.outside) return !a.outside;
  if (a.cost !== b.cost) return a.cost < b.cost;
  return a.order < b.order;
}

// Weights of the packed key: the lane rank takes the low 19 bits, the Buy Shipping flag the next one,
// the delivery day the rest. Day numbers up to year 2199 (~84,000) times 2^20 stay far below 2^53.
const OUTSIDE_WEIGHT = 524_288;
const DELIVERY_WEIGHT = 1_048_576;

/**
 * Each lane's rank under steps 3 and 4 (by cost, then listing order), from the lanes' costs in listing
 * order. @example laneRanks([30, 10, 30]) // [1, 0, 2]
 */
export function laneRanks(costs: readonly number[]): Int32Array {
  if (costs.length > OUTSIDE_WEIGHT) throw new RangeError(`too many lanes to rank: ${costs.length}`);
  const byCost = costs.map((c, i) => ({ i, c })).sort((a, b) => a.c - b.c || a.i - b.i);
  const ranks = new Int32Array(costs.length);
  byCost.forEach((x, r) => (ranks[x.i] = r));
  return ranks;
}

/**
 * The candidate's place in the rule as one number: smaller wins.
 * @example promiseKey(20600, 0, 3) < promiseKey(20600, 1, 0) // true: inside Buy Shipping wins a tie on the day
 */
export function promiseKey(delivery: number, outside: number, laneRank: number): number {
  return delivery * DELIVERY_WEIGHT + outside * OUTSIDE_WEIGHT + laneRank;
}

/** The delivery day a promiseKey was packed from. */
export function promiseKeyDelivery(key: number): number {
  return Math.floor(key / DELIVERY_WEIGHT);
}

/** 1 when the promiseKey's handover is outside Buy Shipping, else 0. */
export function promiseKeyOutside(key: number): number {
  return Math.floor(key / OUTSIDE_WEIGHT) & 1;
}
