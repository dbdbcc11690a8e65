/**
 * The period a command's figures cover, read the same way by `shipweek simulate` and `shipweek report`:
 * the typical week (no option), a real week (`--week`, its Sunday for Amazon's Sunday–Saturday week or
 * a Monday for a Monday–Sunday week), `--weeks N` consecutive weeks from it judged together, or a
 * custom date range (`--from`/`--to`, both days counted) as on the app's Simulation page.
 */
import { IsoDateSchema } from '../shared/time/dateTime';
import { weekdayOf } from '../shared/time/civilDate';
import { MAX_RANGE_DAYS, rangeProblem, sundayOf } from '../shared/domain/week';
import type { Settings } from '../shared/domain/settings';
import type { GeoData } from '../shared/geo/index';
import { simulate, type DateRange, type SimulateOptions, type SimulationResult } from '../shared/engine/simulate';
import { MAX_WINDOW_WEEKS, simulateWindow } from '../shared/engine/simulateWindow';
import { badInput, type CliContext, type CommandResult } from './context';
import { dateOutOfRange } from './dateOption';

export interface PeriodArgs {
  /** The Sunday of an Amazon week (Sunday–Saturday), or a Monday for a Monday–Sunday week. */
  week?: string;
  /** Consecutive weeks from --week judged together (1..13). */
  weeks?: string;
  /** A custom date range instead of --week: its first and last day (both counted, at most 91 days). */
  from?: string;
  to?: string;
}

/** A period the options asked for, checked. */
export interface CheckedPeriod {
  week?: string;
  weeks: number;
  range?: DateRange;
}

/**
 * Whether a real 'YYYY-MM-DD' date can start a simulated week: a Sunday (Amazon's week, Sunday to
 * Saturday) or a Monday (a Monday–Sunday week, as ShipWeek's weeks ran before).
 */
export function isWeekStart(date: string): boolean {
  return weekdayOf(date) === 'sun' || weekdayOf(date) === 'mon';
}

/**
 * The options checked before any file is read: a bad date, a backwards or too long range, a range with
 * --week, or --weeks without --week, each refused with its own message (exit 2).
 */
export function readPeriod(ctx: CliContext, args: PeriodArgs): { ok: true; period: CheckedPeriod } | CommandResult {
  if (args.week !== undefined) {
    const outOfRange = /^\d{4}-\d{2}-\d{2}$/.test(args.week)
      ? dateOutOfRange(ctx, '--week', args.week, args.week)
      : undefined;
    if (outOfRange) return outOfRange;
    const real = IsoDateSchema.safeParse(args.week).success;
    if (!real || !isWeekStart(args.week))
      return badInput(
        ctx.t('cli.simulate.badWeek', {
          value: JSON.stringify(args.week),
          sunday: real ? sundayOf(args.week) : '2026-11-22',
        }),
      );
  }
  if (args.from !== undefined || args.to !== undefined) {
    if (args.week !== undefined || args.weeks !== undefined) return badInput(ctx.t('cli.simulate.rangeAndWeek'));
    for (const [option, value] of [
      ['--from', args.from],
      ['--to', args.to],
    ] as const) {
      if (value === undefined) return badInput(ctx.t('cli.simulate.rangeNeedsBoth', { option }));
      const outOfRange = /^\d{4}-\d{2}-\d{2}$/.test(value) ? dateOutOfRange(ctx, option, value, value) : undefined;
      if (outOfRange) return outOfRange;
      if (!IsoDateSchema.safeParse(value).success)
        return badInput(ctx.t('cli.simulate.badRangeDate', { option, value: JSON.stringify(value) }));
    }
    const range = { from: args.from!, to: args.to! };
    const problem = rangeProblem(range.from, range.to);
    if (problem === 'toBeforeFrom') return badInput(ctx.t('cli.simulate.rangeBackwards', range));
    if (problem === 'tooLong') return badInput(ctx.t('cli.simulate.rangeTooLong', { ...range, max: MAX_RANGE_DAYS }));
    return { ok: true, period: { weeks: 1, range } };
  }
  const weeks = args.weeks === undefined ? 1 : /^\d{1,2}$/.test(args.weeks) ? Number(args.weeks) : NaN;
  if (!(weeks >= 1 && weeks <= MAX_WINDOW_WEEKS) || (weeks > 1 && args.week === undefined))
    return badInput(ctx.t('cli.simulate.badWeeks', { value: JSON.stringify(args.weeks) }));
  return { ok: true, period: { ...(args.week !== undefined ? { week: args.week } : {}), weeks } };
}

/** The simulation over a checked period: the window engine for a range or several weeks, else one week. */
export function simulatePeriod(
  settings: Settings,
  geo: GeoData,
  period: CheckedPeriod,
  opts: Pick<SimulateOptions, 'policyId' | 'destinations'>,
): SimulationResult {
  if (period.range) return simulateWindow(settings, geo, { ...opts, range: period.range });
  if (period.weeks > 1) return simulateWindow(settings, geo, { ...opts, weekStart: period.week!, weeks: period.weeks });
  return simulate(settings, geo, { ...opts, weekStart: period.week });
}
