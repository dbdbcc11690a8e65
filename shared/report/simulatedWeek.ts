import type { SimulationResult } from '../engine/simulate';
import { addDays } from '../time/civilDate';
import { formatDate, type Translator } from './format';

/*
 * How the report and the CSV exports name the week their figures are for: the typical week, one
 * real week, or a window of several consecutive weeks (simulateWindow's result lists them in
 * `weekStarts`). One place, so the report header, its assumptions and the metrics CSV agree.
 */

/** A result that may cover a window of weeks. */
export type MaybeWindowResult = SimulationResult & { weekStarts?: readonly string[] };

/** Consecutive weeks the result covers (1 for the typical week or one real week). */
export function windowWeeks(result: MaybeWindowResult): number {
  return result.typicalWeek ? 1 : Math.max(1, result.weekStarts?.length ?? 1);
}

/** The window's first Monday and last Sunday. */
function span(result: MaybeWindowResult): { from: string; to: string } {
  return { from: result.weekStart, to: addDays(result.weekStart, 7 * windowWeeks(result) - 1) };
}

/**
 * The machine-readable week: 'typical', a Monday, or an ISO 8601 interval 'Monday/Sunday' for a window.
 * @example simulatedWeekValue({ ...result, weekStart: '2026-11-23', weekStarts: ['2026-11-23', '2026-11-30'] }) // '2026-11-23/2026-12-06'
 */
export function simulatedWeekValue(result: MaybeWindowResult): string {
  if (result.typicalWeek) return 'typical';
  if (windowWeeks(result) === 1) return result.weekStart;
  const { from, to } = span(result);
  return `${from}/${to}`;
}

/** The week (or window) named for people, as the report header and the metrics CSV show it. */
export function simulatedWeekText(result: MaybeWindowResult, tr: Translator): string {
  if (result.typicalWeek) return tr.t('report.typicalWeek');
  const weeks = windowWeeks(result);
  if (weeks === 1) return tr.t('report.realWeek', { date: formatDate(result.weekStart, tr) });
  const { from, to } = span(result);
  return tr.t('report.realWindow', { weeks, from: formatDate(from, tr), to: formatDate(to, tr) });
}

/** The same, as an assumption the figures rest on (the report's Assumptions section). */
export function simulatedWeekAssumption(result: MaybeWindowResult, tr: Translator): string {
  if (result.typicalWeek) return tr.t('engine.assumption.typicalWeek');
  const weeks = windowWeeks(result);
  if (weeks === 1) return tr.t('report.assumption.realWeek', { date: formatDate(result.weekStart, tr) });
  const { from, to } = span(result);
  return tr.t('report.assumption.realWindow', { weeks, from: formatDate(from, tr), to: formatDate(to, tr) });
}
