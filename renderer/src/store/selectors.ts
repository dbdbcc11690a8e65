import type { Settings } from '../../../shared/domain/settings';
import { validateSettings } from '../../../shared/engine/validate';
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
    lastFindings = sortFindings(validateSettings(settings, loadGeo()));
    lastSettings = settings;
  }
  return lastFindings;
}

/** Findings whose path is `prefix` or lies under it (e.g. "warehouses.0.cutoffs.sat"). */
export function findingsAt(findings: readonly Finding[], prefix: string): Finding[] {
  return findings.filter((f) => f.path === prefix || f.path.startsWith(`${prefix}.`));
}
