import type { SimulationCheck, SimulationResult } from '../../../../shared/engine/simulate';

/** One policy check across the compared scenarios (null where a scenario's policy has no such check). */
export interface CheckRow {
  id: string;
  /** The first scenario's check that has it: its label parameters (tier, days). */
  sample: SimulationCheck;
  cells: (SimulationCheck | null)[];
  /** The check passes in one scenario and fails in another. */
  flips: boolean;
}

/**
 * Every policy check of every size tier across the scenarios, in the order the policies list them
 * (the first scenario's order, then checks only later policies have), with the rows whose verdict
 * differs between scenarios marked.
 * @example checkRows([a, b]).filter((r) => r.flips).map((r) => r.id) // ['speed.oversize.le1']
 */
export function checkRows(results: readonly SimulationResult[]): CheckRow[] {
  const ids: string[] = [];
  for (const r of results) for (const c of r.checks) if (!ids.includes(c.id)) ids.push(c.id);
  return ids.map((id) => {
    const cells = results.map((r) => r.checks.find((c) => c.id === id) ?? null);
    const verdicts = new Set(cells.filter((c): c is SimulationCheck => c !== null).map((c) => c.pass));
    return { id, sample: cells.find((c): c is SimulationCheck => c !== null)!, cells, flips: verdicts.size > 1 };
  });
}
