/**
 * Index of the first element of an ascending array (within [lo, hi)) that is strictly greater than
 * `x`; `hi` when none is. The one binary search the promise engine, the simulation and the
 * eligibility order tables use to find the first customer cutoff after a moment.
 * @example firstIndexAfter([10, 20, 20, 30], 20) // 3
 */
export function firstIndexAfter(sorted: ArrayLike<number>, x: number, lo = 0, hi = sorted.length): number {
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! > x) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
