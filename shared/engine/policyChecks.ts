import { SIZE_TIERS, type SizeTier } from '../domain/carrier';
import type { Settings } from '../domain/settings';
import { resolvePolicy } from '../catalog/policies';
import { CONTIGUOUS_48_DC } from '../geo';
import { sixDayOperation } from './weekend';
import { upToWholePercent } from './wholePercent';
import type { MessageKey } from '../i18n/catalogue';

/** One policy check of a simulated plan: its value against the policy's target. */
export interface SimulationCheck {
  id: string;
  /** i18n key naming the check, with its params. */
  messageKey: MessageKey;
  params: Record<string, string | number>;
  value: number;
  target: number;
  pass: boolean;
  /** How far below the target the value is (0 when passing). */
  gap: number;
  /**
   * Speed checks only: value and target rounded up to whole percents, as Amazon's dashboard shows and
   * compares them (the pass rule uses these). Absent for coverage and six-day checks (counts).
   */
  rounded?: { value: number; target: number };
}

/** The delivery-speed shares a check reads for one size tier (0..1). */
export type TierSpeedShares = Record<SizeTier, { le1: number; le2: number; le3: number; le5: number }>;

/**
 * The policy's checks for a simulated plan: speed per size tier and bucket, nationwide coverage,
 * six-day operation and delivery — ids, order, targets and pass rule in one place, shared by
 * simulate() and the advisor's fast evaluator so the two can never judge a plan differently.
 * `deliversSixDays` comes from the simulated week (promised deliveries on ≥ 6 weekdays, deliveredWeekdays.ts).
 * @example
 * policyChecks(settings, undefined, result.tiers, result.missingStates, result.sixDayDelivery).filter((c) => !c.pass)
 */
export function policyChecks(
  settings: Settings,
  policyId: string | undefined,
  tiers: TierSpeedShares,
  missingStates: readonly string[],
  deliversSixDays: boolean,
): SimulationCheck[] {
  const policy = resolvePolicy(settings, policyId);
  const checks: SimulationCheck[] = [];
  for (const tier of SIZE_TIERS) {
    const targets = policy.targets[tier];
    if (!targets) continue;
    for (const [k, days] of [
      ['le1', 1],
      ['le2', 2],
      ['le3', 3],
      ['le5', 5],
    ] as const) {
      const target = targets[k];
      if (target === undefined) continue;
      checks.push(speedCheck(`speed.${tier}.${k}`, { tier, days }, tiers[tier][k], target));
    }
  }
  if (policy.requireNationwide) {
    const covered = CONTIGUOUS_48_DC.length - missingStates.length;
    checks.push(
      check(
        'coverage.nationwide',
        'engine.check.nationwide',
        { missing: missingStates.join(', ') },
        covered,
        CONTIGUOUS_48_DC.length,
      ),
    );
  }
  if (policy.requireSixDayOperation)
    checks.push(
      check('operation.sixDays', 'engine.check.sixDayOperation', {}, sixDayOperation(settings).pass ? 1 : 0, 1),
    );
  if (policy.requireSixDayDelivery)
    checks.push(check('delivery.sixDays', 'engine.check.sixDayDelivery', {}, deliversSixDays ? 1 : 0, 1));
  return checks;
}

/** A delivery-speed check judged as the dashboard does: both shares rounded up to whole percents. */
function speedCheck(
  id: string,
  params: Record<string, string | number>,
  value: number,
  target: number,
): SimulationCheck {
  const rounded = { value: upToWholePercent(value), target: upToWholePercent(target) };
  const pass = rounded.value >= rounded.target - 1e-9;
  return { id, messageKey: 'engine.check.speed', params, value, target, pass, gap: pass ? 0 : target - value, rounded };
}

function check(
  id: string,
  messageKey: MessageKey,
  params: Record<string, string | number>,
  value: number,
  target: number,
): SimulationCheck {
  // Shares are sums of floating-point pieces: a hair's breadth under the target still passes.
  const pass = value >= target - 1e-9;
  return { id, messageKey, params, value, target, pass, gap: pass ? 0 : target - value };
}
