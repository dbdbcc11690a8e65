/**
 * Pass / at risk / fail for a simulated policy check. "At risk" is a passing delivery-speed check
 * within AT_RISK_MARGIN of its target: a plan that clears 75% by half a point fails as soon as a
 * carrier runs a day late or traffic shifts to the evening, so the report and the plan of action
 * treat it as a metric to act on. Yes/no checks (coverage, six days) are never "at risk".
 */
import type { SimulationCheck } from '../engine/simulate';

/** Two percentage points: about the week-to-week noise of a delivery-speed share. */
export const AT_RISK_MARGIN = 0.02;

export type CheckStatus = 'pass' | 'atRisk' | 'fail';

/**
 * @example checkStatus({ id: 'speed.standard.le2', value: 0.76, target: 0.75, pass: true, ... }) // 'atRisk'
 */
export function checkStatus(check: Pick<SimulationCheck, 'id' | 'value' | 'target' | 'pass'>): CheckStatus {
  if (!check.pass) return 'fail';
  if (check.id.startsWith('speed.') && check.value - check.target < AT_RISK_MARGIN) return 'atRisk';
  return 'pass';
}
