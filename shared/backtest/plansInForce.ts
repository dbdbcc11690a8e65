/*
 * The plans in force of a backtest must not overlap: each date of purchase is judged with one plan.
 * createBacktest would let the first listed range win, which silently hides the second plan's orders,
 * so the app and the CLI refuse overlapping ranges with this check, naming both plans and the dates
 * they share.
 */

/** A plan in force as the user listed it (name as shown to them; dates 'YYYY-MM-DD', both included). */
export interface PlanRange {
  name: string;
  from: string;
  to: string;
}

/** What is wrong with a list of plans in force. */
export type PlanRangeProblem =
  | { kind: 'backwards'; plan: PlanRange; index: number }
  | {
      kind: 'overlap';
      first: PlanRange;
      second: PlanRange;
      /** Positions in the list (0-based). */
      firstIndex: number;
      secondIndex: number;
      /** The dates both hold, both included. */
      from: string;
      to: string;
    };

/**
 * Ranges that end before they start, then every pair of ranges that share a date (ISO dates compare
 * as strings).
 * @example
 * plansInForceProblems([
 *   { name: 'June', from: '2026-06-01', to: '2026-06-30' },
 *   { name: 'Peak', from: '2026-06-20', to: '2026-07-10' },
 * ])
 * // [{ kind: 'overlap', first: June, second: Peak, firstIndex: 0, secondIndex: 1,
 * //    from: '2026-06-20', to: '2026-06-30' }]
 */
export function plansInForceProblems(plans: readonly PlanRange[]): PlanRangeProblem[] {
  const problems: PlanRangeProblem[] = [];
  plans.forEach((plan, index) => {
    if (plan.from > plan.to) problems.push({ kind: 'backwards', plan, index });
  });
  for (let i = 0; i < plans.length; i++) {
    for (let j = i + 1; j < plans.length; j++) {
      const a = plans[i]!;
      const b = plans[j]!;
      if (a.from > a.to || b.from > b.to) continue;
      const from = a.from > b.from ? a.from : b.from;
      const to = a.to < b.to ? a.to : b.to;
      if (from <= to) problems.push({ kind: 'overlap', first: a, second: b, firstIndex: i, secondIndex: j, from, to });
    }
  }
  return problems;
}

/**
 * Message key and parameters of a problem (the app's reports.backtest.* and the CLI's cli.backtest.* share the names).
 */
export function planRangeMessage(problem: PlanRangeProblem): {
  id: 'planRangeBackwards' | 'plansOverlap';
  params: Record<string, string>;
} {
  if (problem.kind === 'backwards')
    return {
      id: 'planRangeBackwards',
      params: { name: problem.plan.name, from: problem.plan.from, to: problem.plan.to },
    };
  return {
    id: 'plansOverlap',
    params: {
      first: problem.first.name,
      firstFrom: problem.first.from,
      firstTo: problem.first.to,
      second: problem.second.name,
      secondFrom: problem.second.from,
      secondTo: problem.second.to,
      from: problem.from,
      to: problem.to,
    },
  };
}
