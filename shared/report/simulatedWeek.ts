import type { SimulationResult } from '../engine/simulate';
import { periodName, periodOf } from '../engine/periodName';
import type { Translator } from './format';

/*
 * How the report and the CSV exports name the week their figures are for: the typical week, one
 * real week (Amazon's Sunday–Saturday, or a Monday–Sunday week named as such), a custom date range,
 * or a window of several consecutive weeks (simulateWindow's result lists them in
 * `weekStarts`). One place, so the report header, its assumptions and the metrics CSV agree.
 */

/** A result that may cover a window of weeks. */
export type MaybeWindowResult = SimulationResult & { weekStarts?: readonly string[] };

/** Consecutive weeks the result covers (1 for the typical week or one real week). */
export function windowWeeks(result: MaybeWindowResult): number {
  return result.typicalWeek ? 1 : Math.max(1, result.weekStarts?.length ?? 1);
}

/**
 * The machine-readable week: 'typical', the first day of one week (a Sunday, or a Monday for a
 * Monday–Sunday week), or an ISO 8601 interval 'first/last day' for a window or a date range.
 * @example
 * simulatedWeekValue({ ...result, weekStart: '2026-11-22', weekStarts: ['2026-11-22', '2026-11-29'] })
 * // '2026-11-22/2026-12-05'
 */
export function simulatedWeekValue(result: MaybeWindowResult): string {
  if (result.typicalWeek) return 'typical';
  const period = periodOf(result);
  if (period.kind !== 'range' && period.weeks === 1) return result.weekStart;
  return `${period.from}/${period.to}`;
}

/** The period named as on screen ("Sun 22 Nov – Sat 28 Nov 2026", "… (date range, 3 days)"). */
function periodText(result: MaybeWindowResult, tr: Translator): string {
  return periodName(periodOf(result), tr.lang, (key, params) => tr.t(key, params));
}

/** The week (or window, or date range) named for people, as the report header and the metrics CSV show it. */
export function simulatedWeekText(result: MaybeWindowResult, tr: Translator): string {
  if (result.typicalWeek) return tr.t('report.typicalWeek');
  const period = periodText(result, tr);
  if (result.range) return tr.t('report.realRange', { period });
  return tr.t(windowWeeks(result) === 1 ? 'report.realWeek' : 'report.realWindow', { period });
}

/** The same, as an assumption the figures rest on (the report's Assumptions section). */
export function simulatedWeekAssumption(result: MaybeWindowResult, tr: Translator): string {
  if (result.typicalWeek) return tr.t('engine.assumption.typicalWeek');
  const period = periodText(result, tr);
  if (result.range) return tr.t('report.assumption.realRange', { period });
  return tr.t(windowWeeks(result) === 1 ? 'report.assumption.realWeek' : 'report.assumption.realWindow', { period });
}
