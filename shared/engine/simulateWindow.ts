import { SIZE_TIERS, type SizeTier } from '../domain/carrier';
import type { Settings } from '../domain/settings';
import { WEEKDAYS } from '../time/dateTime';
import type { GeoData } from '../geo';
import { judgeDeliveredWeekdays } from './deliveredWeekdays';
import { policyChecks } from './policyChecks';
import { sixDayDeliveryFindings } from './validate';
import {
  simulate,
  type DateRange,
  type RemotePrimeFigures,
  type SimulateOptions,
  type SimulationResult,
  type StateStats,
  type TierShares,
} from './simulate';
import { dayNumber, isoDate, weekdayIndex } from '../time/timezone';
import { checkIsoDate, MAX_YEAR, MIN_YEAR } from '../time/dateTime';
import { MAX_RANGE_DAYS, rangeProblem, sundayOf } from '../domain/week';
import { primeOffSpans } from '../domain/primeOff';

/*
 * Amazon measures delivery speed over a window (7 days, 30 days, 6 months, a custom range), not one
 * typical week. A window here is consecutive real weeks from a Sunday (Amazon's Sunday–Saturday
 * weeks; a Monday gives Monday–Sunday weeks), or a custom date range: the Sunday–Saturday weeks
 * covering it, with the views of the days outside the range left out of every share (as Prime-off
 * views are), so partial weeks at both ends count their own days only. Each week has its own holidays,
 * closures and clock changes; every week has the same traffic (the view profile), so the window's
 * shares are the plain average of the weeks' shares and its checks are judged on those averages
 * (rounded up as the dashboard does, policyChecks). A state is covered over the window when it is
 * covered in every week. Mean promise days average the weeks' means weighted by their served views
 * (per size tier); per state and ZIP3, where the served share is the same every week (reachability
 * does not change with the date), the plain average is that same weighted mean. Views while Prime was
 * off are not counted: each week weighs by the share of its views that count (exact for the tiers and
 * checks; per state and ZIP3 the week's overall counted share stands in for the destination's own,
 * which differs only by the few hours between US clocks). With a range, a week weighs by the share of
 * its views inside the range that count, and each heat-map weekday by the weeks it is inside the range.
 */

/** Longest window, in weeks (a quarter: Amazon's longer windows are for looking back, not planning). */
export const MAX_WINDOW_WEEKS = 13;

export interface WindowOptions extends Omit<SimulateOptions, 'weekStart' | 'range'> {
  /** Sunday (or Monday) 'YYYY-MM-DD' of the first week; not with `range`. */
  weekStart?: string;
  /** Consecutive weeks, 1..MAX_WINDOW_WEEKS; with weekStart. */
  weeks?: number;
  /** A custom date range instead (both days included, at most MAX_RANGE_DAYS days). */
  range?: DateRange;
  /**
   * Called after each week is simulated (a long window takes a second or more on a big plan, so a
   * caller can show how far it got and stop between weeks by throwing from here).
   */
  onWeekDone?: (done: number, total: number) => void;
}

export type WindowResult = SimulationResult & { weekStarts: string[] };

/**
 * The Sundays of the Amazon weeks (Sunday to Saturday) a date range touches.
 * @example rangeWeekStarts({ from: '2026-11-25', to: '2026-12-01' }) // ['2026-11-22', '2026-11-29']
 */
export function rangeWeekStarts(range: DateRange): string[] {
  const out: string[] = [];
  for (let day = dayNumber(sundayOf(range.from)); isoDate(day) <= range.to; day += 7) out.push(isoDate(day));
  return out;
}

/**
 * The first days of the window's weeks: `weeks` from `weekStart`, or the weeks covering `range`.
 * Throws a RangeError naming the problem on a bad window.
 * @example windowWeekStarts({ weekStart: '2026-11-22', weeks: 2 }) // ['2026-11-22', '2026-11-29']
 */
export function windowWeekStarts(opts: Pick<WindowOptions, 'weekStart' | 'weeks' | 'range'>): string[] {
  const { weekStart, weeks: weekCount, range } = opts;
  if (range !== undefined) {
    if (weekStart !== undefined || weekCount !== undefined)
      throw new RangeError('a window is either weekStart + weeks or a range, not both');
    for (const date of [range.from, range.to])
      if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || checkIsoDate(date) !== 'ok')
        throw new RangeError(`range dates must be real 'YYYY-MM-DD' dates in ${MIN_YEAR}-${MAX_YEAR} (got ${date})`);
    if (rangeProblem(range.from, range.to) !== 'ok')
      throw new RangeError(
        `range must run forward and span at most ${MAX_RANGE_DAYS} days (got ${range.from} to ${range.to})`,
      );
    return rangeWeekStarts(range);
  }
  const weeks = weekCount ?? 1;
  if (!Number.isInteger(weeks) || weeks < 1 || weeks > MAX_WINDOW_WEEKS) {
    throw new RangeError(`weeks must be a whole number from 1 to ${MAX_WINDOW_WEEKS} (got ${weeks})`);
  }
  if (weekStart === undefined) throw new RangeError('a window needs a weekStart or a range');
  const first = dayNumber(weekStart);
  return Array.from({ length: weeks }, (_, i) => isoDate(first + 7 * i));
}

/**
 * Simulates `weeks` consecutive real weeks, or the weeks covering a date range, and combines them
 * into one result over the window.
 * @example
 * simulateWindow(sampleSettings(), loadGeo(), { weekStart: '2026-11-22', weeks: 2 }).weekStarts
 * // ['2026-11-22', '2026-11-29']
 * @example
 * simulateWindow(sampleSettings(), loadGeo(), { range: { from: '2026-11-25', to: '2026-11-27' } }).range
 * // { from: '2026-11-25', to: '2026-11-27', share: … }
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
 * @example
 * const steps = simulateWindowSteps(settings, geo, { weekStart: '2026-11-23', weeks: 13 });
 * steps.next().value // { done: 1, total: 13 }
 */
export function* simulateWindowSteps(
  settings: Settings,
  geo: GeoData,
  opts: WindowOptions,
): Generator<{ done: number; total: number }, WindowResult, undefined> {
  const weekStarts = windowWeekStarts(opts);
  const first = dayNumber(weekStarts[0]!);
  const { onWeekDone: _onWeekDone, weekStart: _weekStart, weeks: _weeks, range, ...simOpts } = opts;
  const runs: SimulationResult[] = [];
  for (const weekStart of weekStarts) {
    runs.push(simulate(settings, geo, { ...simOpts, weekStart, ...(range ? { range } : {}) }));
    yield { done: runs.length, total: weekStarts.length };
  }
  if (runs.length === 1) return { ...runs[0]!, weekStarts };
  const n = runs.length;
  // Equal traffic every week, but the views of a week while Prime was off (or outside the date range)
  // do not count: each week weighs by its counted share (the plain average when all count).
  const inRange = runs.map((r) => r.range?.share ?? 1);
  const primeOn = runs.map((r) => 1 - r.primeOff.excludedShare);
  const counted = runs.map((_, i) => inRange[i]! * primeOn[i]!);
  const countedSum = counted.reduce((a, b) => a + b, 0);
  const inRangeSum = inRange.reduce((a, b) => a + b, 0);
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

  // Weeks weigh by their counted views here too (equal weights, the plain mean, when all count).
  const meanOf = (values: (number | null)[]) => {
    let sum = 0;
    let w = 0;
    values.forEach((v, i) => {
      if (v === null) return;
      sum += counted[i]! * v;
      w += counted[i]!;
    });
    return w > 0 ? sum / w : null;
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
  // A heat-map weekday (Monday first) weighs per week by whether that week's day is in the range.
  const dayIn = (i: number, wd: number): boolean => {
    if (!range) return true;
    const start = dayNumber(weekStarts[i]!);
    const date = isoDate(start + ((wd - weekdayIndex(start) + 7) % 7));
    return date >= range.from && date <= range.to;
  };
  const heatmap = runs[0]!.heatmap.map((row, wd) =>
    row.map((_, h) => {
      let sum = 0;
      let w = 0;
      runs.forEach((r, i) => {
        const cell = r.heatmap[wd]![h]!;
        if (!dayIn(i, wd) || cell === null) return;
        sum += primeOn[i]! * cell;
        w += primeOn[i]!;
      });
      // No week had a counted view in this hour: nothing was measured, so no share (not 0).
      return w > 0 ? sum / w : null;
    }),
  );
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
      excludedShare: inRangeSum > 0 ? 1 - countedSum / inRangeSum : 0,
    },
    ...(range ? { range: { from: range.from, to: range.to, share: inRangeSum / n } } : {}),
    deliveredWeekdays,
    outsideBuyShippingShare: avg((r) => r.outsideBuyShippingShare),
    ...(runs[0]!.remotePrime ? { remotePrime: remotePrimeOver(runs, avg) } : {}),
    checks,
    pass: checks.every((c) => c.pass),
    weekStarts,
  };
}

/** The window's remote-region figures: each week's, weighted as the tiers are. */
function remotePrimeOver(
  runs: SimulationResult[],
  avg: (pick: (r: SimulationResult) => number) => number,
): RemotePrimeFigures {
  return {
    regions: runs[0]!.remotePrime!.regions,
    share: avg((r) => r.remotePrime!.share),
    contiguous: {
      le1: avg((r) => r.remotePrime!.contiguous.le1),
      le2: avg((r) => r.remotePrime!.contiguous.le2),
      le5: avg((r) => r.remotePrime!.contiguous.le5),
    },
  };
}
