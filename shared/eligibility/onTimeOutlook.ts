import type { Settings } from '../domain/settings';
import type { GeoData } from '../geo';
import { resolvePolicy } from '../catalog/policies';
import { compileHorizonOrders } from './orderTable';
import { resolveOperations } from './operations';

/*
 * On-time delivery of a plan without a Monte Carlo: the expected share of orders delivered by the
 * promised day over the same compiled weeks the horizon draws from (transit spread, missed pickups,
 * OTDR protection as the horizon applies them), and the probability that a week passes the policy's
 * on-time threshold, by the normal approximation of the binomial over the week's shipped orders.
 * The advisor uses it as a constraint: a change that speeds the promise past what the carriers
 * deliver would make the speed checks pass and then lose Prime on on-time delivery.
 */

/**
 * A week must pass on-time delivery at least this often for a plan to count as safe (the Eligibility page's trial bar).
 */
export const ON_TIME_PASS_BAR = 0.95;

export interface OnTimeOutlook {
  /** Expected on-time share of the worst week of the window. */
  expectedOnTime: number;
  /** The policy's on-time delivery minimum; null when it sets none (then every plan is ok). */
  threshold: number | null;
  /** Probability that the worst week passes the threshold (1 without a threshold). */
  weeklyPassProbability: number;
  ok: boolean;
}

export interface OnTimeOutlookOptions {
  /** First day of the window (the horizon's weeks start on it). */
  start: string;
  weeks: number;
  policyId?: string;
}

/** Standard normal CDF (Abramowitz-Stegun 7.1.26 on erf, error < 1.5e-7). */
export function normalCdf(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const erf =
    1 -
    ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.exp(-x * x);
  return z >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}

/**
 * Up to this many orders a week the binomial tail is summed exactly; above, the normal approximation is within 0.002.
 */
const EXACT_UP_TO = 20_000;

/**
 * P(on-time count / n >= threshold) for n orders each on time with probability p: the binomial
 * tail, summed exactly (in logs) up to EXACT_UP_TO orders, by the normal approximation with
 * continuity correction above.
 * @example weeklyOnTimePass(0.96, 200, 0.95) // 0.820 (the trial check's binomial case)
 */
export function weeklyOnTimePass(p: number, n: number, threshold: number): number {
  if (n <= 0) return 1;
  const need = Math.max(0, Math.ceil(threshold * n - 1e-9));
  if (p >= 1) return 1;
  if (p <= 0) return need <= 0 ? 1 : 0;
  if (n > EXACT_UP_TO) {
    const sd = Math.sqrt(n * p * (1 - p));
    return 1 - normalCdf((need - 0.5 - n * p) / sd);
  }
  let logFact = 0;
  const lf = new Float64Array(n + 1);
  for (let i = 1; i <= n; i++) lf[i] = logFact += Math.log(i);
  const lp = Math.log(p);
  const lq = Math.log1p(-p);
  let sum = 0;
  for (let x = need; x <= n; x++) sum += Math.exp(lf[n]! - lf[x]! - lf[n - x]! + x * lp + (n - x) * lq);
  return Math.min(1, sum);
}

/**
 * The plan's on-time outlook over a window of weeks.
 * @example onTimeOutlook(sampleSettings(), loadGeo(), { start: '2026-06-07', weeks: 1 }).ok // true
 */
export function onTimeOutlook(settings: Settings, geo: GeoData, opts: OnTimeOutlookOptions): OnTimeOutlook {
  const threshold = resolvePolicy(settings, opts.policyId).thresholds.onTimeDeliveryMin ?? null;
  const ops = resolveOperations(settings);
  const compiled = compileHorizonOrders(settings, geo, { start: opts.start, weeks: opts.weeks });
  const pm = ops.missedPickupShare;
  const protect = ops.buyShippingShare * ops.otdrProtectedShare;
  let worst = 1;
  for (const wk of compiled.weeks) {
    if (wk.size === 0) continue;
    let late = 0;
    for (let s = 0; s < wk.size; s++) {
      // A protected label (Buy Shipping, OTDR protected, shipped on time) delivered late does not count.
      const onTimeShipLate = wk.lateOnTime[s]! * (wk.outsideBuyShipping[s] === 0 ? 1 - protect : 1);
      late += wk.weight[s]! * ((1 - pm) * onTimeShipLate + pm * wk.lateMissed[s]!);
    }
    worst = Math.min(worst, 1 - late);
  }
  if (threshold === null) return { expectedOnTime: worst, threshold, weeklyPassProbability: 1, ok: true };
  const shipped = Math.round(ops.weeklyOrders * (1 - ops.cancellationRate));
  const weeklyPassProbability = weeklyOnTimePass(worst, shipped, threshold);
  return { expectedOnTime: worst, threshold, weeklyPassProbability, ok: weeklyPassProbability >= ON_TIME_PASS_BAR };
}
