import { SIZE_TIERS, type SizeTier } from '../domain/carrier';
import type { Settings } from '../domain/settings';
import { WEEKDAYS } from '../time/dateTime';
import type { GeoData } from '../geo';
import { judgeDeliveredWeekdays } from './deliveredWeekdays';
import { policyChecks } from './policyChecks';
import { sixDayDeliveryFindings } from './validate';
import { simulate, type SimulateOptions, type SimulationResult, type StateStats, type TierShares } from './simulate';
import { dayNumber, isoDate } from '../time/timezone';
import { primeOffSpans } from '../domain/primeOff';

/*
 * Amazon measures delivery speed over a window (7 days, 30 days, 6 months, a custom range), not one
 * typical week. A window here is consecutive real weeks from a Monday, each with its own holidays,
 * closures and clock changes; every week has the same traffic (the view profile), so the window's
 * shares are the plain average of the weeks' shares and its checks are judged on those averages
 * (rounded up as the dashboard does, policyChecks). A state is covered over the window when it is
 * covered in every week. Mean promise days average the weeks' means weighted by their served views
 * (per size tier); per state and ZIP3, where the served share is the same every week (reachability
 * does not change with the date), the plain average is that same weighted mean. Views while Prime was
 * off are not counted: each week weighs by the share of its views that count (exact for the tiers and
 * checks; per state and ZIP3 the week's overall counted share stands in for the destination's own,
 * which differs only by the few hours between US clocks).
 */

/** Longest window, in weeks (a quarter: Amazon's longer windows are for looking back, not planning). */
export const MAX_WINDOW_WEEKS = 13;

export interface WindowOptions extends Omit<SimulateOptions, 'weekStart'> {
  /** Monday 'YYYY-MM-DD' of the first week. */
  weekStart: string;
  /** Consecutive weeks, 1..MAX_WINDOW_WEEKS. */
  weeks: number;
  /**
   * Called after each week is simulated (a long window takes a second or more on a big plan, so a
   * caller can show how far it got and stop between weeks by throwing from here).
   */
  onWeekDone?: (done: number, total: number) => void;
}

export type WindowResult = SimulationResult & { weekStarts: string[] };

/**
 * Simulates `weeks` consecutive real weeks and combines them into one result over the window.
 * @example simulateWindow(sampleSettings(), loadGeo(), { weekStart: '2026-11-23', weeks: 2 }).weekStarts // ['2026-11-23', '2026-11-30']
 */
export function simulateWindow(settings: Settings, geo: GeoData, opts: WindowOptions): WindowResult {
  const steps = simulateWindowSteps(settings, geo, opts);
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return step.value;
    opts.onWeekDone?.(step.value.done, step.value.total);
  }
}

/**
 * The same window, one week per step: yields after each week so a caller that must stay responsive
 * (the app's main process, which answers progress and cancel calls meanwhile) can give its event
 * loop a turn between weeks, or stop by not asking for the next one. Returns the combined result.
 * @example const steps = simulateWindowSteps(settings, geo, { weekStart: '2026-11-23', weeks: 13 }); steps.next().value // { done: 1, total: 13 }
 */
export function* simulateWindowSteps(
  settings: Settings,
  geo: GeoData,
  opts: WindowOptions,
): Generator<{ done: number; total: number }, WindowResult, undefined> {
  if (!Number.isInteger(opts.weeks) || opts.weeks < 1 || opts.weeks > MAX_WINDOW_WEEKS) {
    throw new RangeError(`weeks must be a whole number from 1 to ${MAX_WINDOW_WEEKS} (got ${opts.weeks})`);
  }
  const first = dayNumber(opts.weekStart);
  const weekStarts = Array.from({ length: opts.weeks }, (_, i) => isoDate(first + 7 * i));
  const { onWeekDone: _onWeekDone, ...simOpts } = opts;
  const runs: SimulationResult[] = [];
  for (const weekStart of weekStarts) {
    runs.push(simulate(settings, geo, { ...simOpts, weekStart }));
    yield { done: runs.length, total: weekStarts.length };
  }
  if (runs.length === 1) return { ...runs[0]!, weekStarts };
  const n = runs.length;
  // Equal traffic every week, but the views of a week while Prime was off do not count: each week
  // weighs by its counted share (all weeks alike when Prime was never off, the plain average).
  const counted = runs.map((r) => 1 - r.primeOff.excludedShare);
  const countedSum = counted.reduce((a, b) => a + b, 0);
  const avg = (pick: (r: SimulationResult) => number) =>
    countedSum > 0 ? runs.reduce((a, r, i) => a + counted[i]! * pick(r), 0) / countedSum : 0;

  const tiers = {} as Record<SizeTier, TierShares>;
  for (const tier of SIZE_TIERS) {
    const served = runs.map((r, i) => counted[i]! * (1 - r.tiers[tier].none));
    const servedSum = served.reduce((a, b) => a + b, 0);
    tiers[tier] = {
      le1: avg((r) => r.tiers[tier].le1),
      le2: avg((r) => r.tiers[tier].le2),
      le3: avg((r) => r.tiers[tier].le3),
      le5: avg((r) => r.tiers[tier].le5),
      none: avg((r) => r.tiers[tier].none),
      meanDays:
        servedSum > 0 ? runs.reduce((a, r, i) => a + served[i]! * (r.tiers[tier].meanDays ?? 0), 0) / servedSum : null,
    };
  }

  const meanOf = (values: (number | null)[]) => {
    const known = values.filter((v): v is number => v !== null);
    return known.length ? known.reduce((a, b) => a + b, 0) / known.length : null;
  };
  const byState: Record<string, StateStats> = {};
  for (const code of Object.keys(runs[0]!.byState)) {
    const states = runs.map((r) => r.byState[code]!);
    byState[code] = {
      weight: states[0]!.weight,
      le1: avg((r) => r.byState[code]!.le1),
      le2: avg((r) => r.byState[code]!.le2),
      le5: avg((r) => r.byState[code]!.le5),
      meanDays: meanOf(states.map((s) => s.meanDays)),
      covered: states.every((s) => s.covered),
      unreachableZip3s: [...new Set(states.flatMap((s) => s.unreachableZip3s))].sort(),
    };
  }
  const z0 = runs[0]!.byZip3;
  const byZip3 = {
    zip3: z0.zip3,
    weight: z0.weight,
    meanDays: z0.zip3.map((_, d) => meanOf(runs.map((r) => r.byZip3.meanDays[d]!))),
    le1: z0.zip3.map((_, d) => avg((r) => r.byZip3.le1[d]!)),
    le2: z0.zip3.map((_, d) => avg((r) => r.byZip3.le2[d]!)),
    le5: z0.zip3.map((_, d) => avg((r) => r.byZip3.le5[d]!)),
    minDays: z0.zip3.map((_, d) => {
      const seen = runs.map((r) => r.byZip3.minDays[d]!).filter((v): v is number => v !== null);
      return seen.length ? Math.min(...seen) : null;
    }),
    reachable: z0.zip3.map((_, d) => runs.every((r) => r.byZip3.reachable[d])),
  };
  const heatmap = runs[0]!.heatmap.map((row, wd) => row.map((_, h) => avg((r) => r.heatmap[wd]![h]!)));
  const missingStates = [...new Set(runs.flatMap((r) => r.missingStates))].sort();
  const deliveredWeekdays = judgeDeliveredWeekdays(
    settings,
    WEEKDAYS.map((d) => avg((r) => r.deliveredWeekdays.shares[d])),
    opts.catalog,
  );
  const checks = policyChecks(settings, opts.policyId, tiers, missingStates, deliveredWeekdays.pass);
  return {
    ...runs[0]!,
    typicalWeek: false,
    tiers,
    byState,
    byZip3,
    heatmap,
    nationwide: missingStates.length === 0,
    missingStates,
    sixDayDelivery: deliveredWeekdays.pass,
    // The first week's findings, with six-day delivery judged on the whole window's deliveries.
    findings: [
      ...runs[0]!.findings.filter((f) => f.ruleId !== 'sixDay.delivery'),
      ...sixDayDeliveryFindings(
        opts.policyId === undefined ? settings : { ...settings, policyId: opts.policyId },
        deliveredWeekdays,
      ),
    ],
    primeOff: {
      periods: primeOffSpans(settings.primeOffPeriods ?? [], (first - 2) * 1440, (first + 7 * n + 2) * 1440).length,
      excludedShare: 1 - countedSum / n,
    },
    deliveredWeekdays,
    outsideBuyShippingShare: avg((r) => r.outsideBuyShippingShare),
    checks,
    pass: checks.every((c) => c.pass),
    weekStarts,
  };
}
