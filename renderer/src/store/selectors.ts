import type { Settings } from '../../../shared/domain/settings';
import { typicalDeliveredWeekdays, validatePlan } from '../../../shared/engine/planValidation';
import type { DeliveredWeekdays } from '../../../shared/engine/deliveredWeekdays';
import type { Finding } from '../../../shared/engine/findings';
import { sortFindings } from '../../../shared/engine/findings';
import { loadGeo } from '../../../shared/geo';

/**
 * Memoised by the settings object's identity: every edit produces a new object (plannerSlice), so
 * the engine's validation runs once per edit however many components read the findings.
 */
let lastSettings: Settings | null = null;
let lastFindings: Finding[] = [];
export function selectFindings(settings: Settings | null | undefined): Finding[] {
  if (!settings) return [];
  if (settings !== lastSettings) {
    lastFindings = sortFindings(validatePlan(settings, loadGeo(), selectDeliveredWeekdays(settings)));
    lastSettings = settings;
  }
  return lastFindings;
}

/**
 * The weekdays the plan's promises deliver on (typical week), memoised the same way: the Weekly
 * schedule's six-day finding and the Weekend check page read this one simulation.
 */
let lastDeliveredFor: Settings | null = null;
let lastDelivered: DeliveredWeekdays | null = null;
export function selectDeliveredWeekdays(settings: Settings): DeliveredWeekdays {
  if (settings !== lastDeliveredFor || !lastDelivered) {
    lastDelivered = typicalDeliveredWeekdays(settings, loadGeo());
    lastDeliveredFor = settings;
  }
  return lastDelivered;
}

/** Findings whose path is `prefix` or lies under it (e.g. "warehouses.0.cutoffs.sat"). */
export function findingsAt(findings: readonly Finding[], prefix: string): Finding[] {
  return findings.filter((f) => f.path === prefix || f.path.startsWith(`${prefix}.`));
}
