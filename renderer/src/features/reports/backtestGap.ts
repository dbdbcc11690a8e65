/**
 * The backtest's gap by state, as the map paints it: each state's mean of ShipWeek's promised date
 * minus Amazon's (the same BacktestGroup the states table shows), in half-day bands around zero, and
 * states where the plan promised none of the orders apart.
 */
import type { BacktestResultDto } from '../../../../shared/ipc/orderReportSchemas';

export type BacktestGroupDto = BacktestResultDto['byState'][number];

/** earlier*: ShipWeek promised sooner than Amazon; later*: ShipWeek promised later. */
export const GAP_CLASSES = ['earlier2', 'earlier1', 'even', 'later1', 'later2', 'unserved'] as const;
export type GapClass = (typeof GAP_CLASSES)[number];

/**
 * A diverging palette (ColorBrewer PuOr ends, green for "even") readable by the common colour-vision deficiencies;
 * "unserved" is hatched on the map.
 */
export const GAP_FILL: Record<Exclude<GapClass, 'unserved'>, string> = {
  earlier2: '#542788',
  earlier1: '#998ec3',
  even: '#a6dba0',
  later1: '#f1a340',
  later2: '#b35806',
};

/**
 * @example gapClass({ compared: 10, unserved: 0, meanDiffDays: 1.2, ... }) // 'later1'
 */
export function gapClass(g: Pick<BacktestGroupDto, 'compared' | 'unserved' | 'meanDiffDays'>): GapClass {
  if (g.compared > 0 && g.unserved === g.compared) return 'unserved';
  const m = g.meanDiffDays;
  if (m <= -1.5) return 'earlier2';
  if (m < -0.5) return 'earlier1';
  if (m <= 0.5) return 'even';
  if (m < 1.5) return 'later1';
  return 'later2';
}

/** The groups by state code. */
export function gapByState(result: Pick<BacktestResultDto, 'byState'>): Map<string, BacktestGroupDto> {
  return new Map(result.byState.map((g) => [g.key, g]));
}
