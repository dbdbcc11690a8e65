import { mapBand, mapScale, type MapScale } from '../../../shared/report/mapScale';
import { SIZE_TIERS, type SizeTier } from '../../../shared/domain/carrier';
import type { SimulationCheck, SimulationResult } from '../../../shared/engine/simulate';
import type { DeliveredWeekdays } from '../../../shared/engine/deliveredWeekdays';
import { CONTIGUOUS_48_DC } from '../../../shared/geo';
import { weakStates } from '../../../shared/report/planOfAction';

/*
 * What the Simulation dashboard shows, derived once per simulation result (in the store, never in
 * components): metric cells per size tier against the policy's targets, the requirement cards, the
 * per-state rows and the map's colour band of each state (the report's bands, shared/report/mapScale.ts).
 */

export type Bucket = 'le1' | 'le2' | 'le3' | 'le5';
const BUCKET_DAYS: Record<Bucket, number> = { le1: 1, le2: 2, le3: 3, le5: 5 };

export interface MetricCell {
  id: string;
  tier: SizeTier;
  bucket: Bucket;
  days: number;
  /** Share of page views promised within `days` (0..1). */
  value: number;
  /** The policy's target, or null when it sets none for this tier and bucket. */
  target: number | null;
  /** null when there is no target to pass or fail. */
  pass: boolean | null;
  /** Shortfall below the target (0 when passing or without target). */
  gap: number;
  /** Value and target rounded up to whole percents, as Amazon's dashboard compares them; null without target. */
  rounded: { value: number; target: number } | null;
}

export interface RequirementCard {
  /** Whether the policy requires it (a check exists). */
  required: boolean;
  pass: boolean;
}

/**
 * Speed classes of a promise length, fastest first; 'none' = no promise. Half-day steps up to 3 days.
 * They judge how a single promise reads (promiseTone); the map colours by ≤ 2-day share instead.
 */
export const SPEED_CLASSES = ['d1', 'd15', 'd2', 'd25', 'd3', 'd4', 'slow', 'none'] as const;
export type SpeedClass = (typeof SPEED_CLASSES)[number];
const SPEED_LIMITS: readonly [SpeedClass, number][] = [
  ['d1', 1],
  ['d15', 1.5],
  ['d2', 2],
  ['d25', 2.5],
  ['d3', 3],
  ['d4', 4],
];

/**
 * A mean promise length as the app shows it (one decimal). The map's colour is chosen from this same
 * figure, so a state the tooltip and the table call "2.0 days" is never painted as "over 2 days".
 * @example shownDays(2.04) // 2
 */
export function shownDays(meanDays: number): number {
  return Math.round(meanDays * 10) / 10;
}

/**
 * The map class of a mean promise length (days), as shown (one decimal): ≤1, ≤1.5, ≤2, ≤2.5, ≤3, ≤4,
 * longer, or none.
 * @example speedClass(1.7) // 'd2'
 */
export function speedClass(meanDays: number | null): SpeedClass {
  if (meanDays === null || !Number.isFinite(meanDays)) return 'none';
  const shown = shownDays(meanDays);
  for (const [cls, limit] of SPEED_LIMITS) if (shown <= limit + 1e-9) return cls;
  return 'slow';
}

/**
 * How a single promise should read: within two days is what Prime shoppers expect (good news); up to
 * four days is slow; longer is bad. The same day limits as the map's classes.
 * @example promiseTone(2) // 'success'
 */
export function promiseTone(days: number): 'success' | 'warning' | 'error' {
  const cls = speedClass(days);
  return cls === 'd1' || cls === 'd15' || cls === 'd2' ? 'success' : cls === 'slow' ? 'error' : 'warning';
}

export interface StateRow {
  code: string;
  weight: number;
  le1: number;
  le2: number;
  /** Share of the state's standard-size views promised within 5 days (speed, not coverage). */
  le5: number;
  meanDays: number | null;
  /** Amazon's rule: every populated ZIP3 reachable by an enabled standard-size service. */
  covered: boolean;
  /** The populated ZIP3s no enabled standard-size service reaches (why a state is not covered). */
  unreachableZip3s: string[];
  /**
   * The map's colour band of the state's ≤ 2-day share (mapBand of the view's mapScale, the report's
   * bands around the 2-day target), or 'none' when the state is not covered (hatched).
   */
  band: number | 'none';
  /**
   * Points of the national standard-size ≤2-day share this state costs: its share of views × how far
   * its ≤2-day share is below the target (0 when it meets it); null when the policy has no such
   * target. The same ranking as the plan of action's weakest states.
   */
  pointsLost: number | null;
}

export interface DashboardView {
  policyId: string;
  pass: boolean;
  failed: number;
  checks: number;
  tiers: { tier: SizeTier; cells: MetricCell[] }[];
  nationwide: RequirementCard & { covered: number; total: number; missing: string[] };
  sixDayOperation: RequirementCard;
  sixDayDelivery: RequirementCard & { delivered: DeliveredWeekdays };
  outsideBuyShippingShare: number;
  states: StateRow[];
  /** Standard-size ≤2-day share per [weekday Mon..Sun][hour]; null where no view counts (outside a date range). */
  heatmap: (number | null)[][];
  /** Heatmap hours with a share (168 unless a date range or Prime-off leaves hours unmeasured). */
  heatMeasured: number;
  /** The figures are over a date range's days, not whole weeks. */
  overRange: boolean;
  /** The standard-size ≤2-day target the heatmap cells are compared with, if the policy has one. */
  heatTarget: number | null;
  /** The map's colour bands around heatTarget, the same as the report's map (shared/report/mapScale.ts). */
  mapScale: MapScale;
  /** The slowest measured heatmap cell (the first of equals, Monday 00:00 onwards), for the summary line. */
  heatLow: { weekday: number; hour: number; value: number } | null;
  /** Measured heatmap hours below heatTarget (0 without a target). */
  heatBelow: number;
}

/**
 * The dashboard's data for one simulation result.
 * @example dashboardView(simulate(sampleSettings(), loadGeo())).tiers[0].cells[0].bucket // 'le1'
 */
export function dashboardView(result: SimulationResult): DashboardView {
  const checkById = new Map<string, SimulationCheck>(result.checks.map((c) => [c.id, c]));
  const tiers = SIZE_TIERS.map((tier) => {
    const buckets: Bucket[] = ['le1', 'le2', 'le5'];
    // ≤3 days only shows when the policy targets it for this tier.
    if (checkById.has(`speed.${tier}.le3`)) buckets.splice(2, 0, 'le3');
    const cells = buckets.map((bucket): MetricCell => {
      const check = checkById.get(`speed.${tier}.${bucket}`);
      return {
        id: `${tier}.${bucket}`,
        tier,
        bucket,
        days: BUCKET_DAYS[bucket],
        value: result.tiers[tier][bucket],
        target: check ? check.target : null,
        pass: check ? check.pass : null,
        gap: check ? check.gap : 0,
        rounded: check?.rounded ?? null,
      };
    });
    return { tier, cells };
  });
  const nationwideCheck = checkById.get('coverage.nationwide');
  const heatTarget = checkById.get('speed.standard.le2')?.target ?? null;
  const scale = mapScale(heatTarget);
  const total = CONTIGUOUS_48_DC.length;
  const lost = new Map(
    heatTarget === null ? [] : weakStates(result.byState, 'le2', heatTarget).map((w) => [w.state, w.cost * 100]),
  );
  const states = Object.entries(result.byState)
    .map(([code, s]) => ({
      code,
      weight: s.weight,
      le1: s.le1,
      le2: s.le2,
      le5: s.le5,
      meanDays: s.meanDays,
      covered: s.covered,
      unreachableZip3s: s.unreachableZip3s,
      band: s.covered ? mapBand(scale, s.le2) : ('none' as const),
      pointsLost: heatTarget === null ? null : (lost.get(code) ?? 0),
    }))
    .sort((a, b) => a.code.localeCompare(b.code));
  const measured = result.heatmap.flat().filter((v): v is number => v !== null);
  let heatLow: DashboardView['heatLow'] = null;
  result.heatmap.forEach((row, weekday) =>
    row.forEach((value, hour) => {
      if (value !== null && (!heatLow || value < heatLow.value - 1e-12)) heatLow = { weekday, hour, value };
    }),
  );
  return {
    policyId: result.policyId,
    pass: result.pass,
    failed: result.checks.filter((c) => !c.pass).length,
    checks: result.checks.length,
    tiers,
    nationwide: {
      required: nationwideCheck !== undefined,
      pass: result.nationwide,
      covered: total - result.missingStates.length,
      total,
      missing: result.missingStates,
    },
    sixDayOperation: { required: checkById.has('operation.sixDays'), pass: result.sixDayOperation },
    sixDayDelivery: {
      required: checkById.has('delivery.sixDays'),
      pass: result.sixDayDelivery,
      delivered: result.deliveredWeekdays,
    },
    outsideBuyShippingShare: result.outsideBuyShippingShare,
    states,
    heatmap: result.heatmap,
    heatMeasured: measured.length,
    overRange: result.range !== undefined,
    heatTarget,
    mapScale: scale,
    heatLow,
    heatBelow: heatTarget === null ? 0 : measured.filter((v) => v < heatTarget - 1e-9).length,
  };
}
