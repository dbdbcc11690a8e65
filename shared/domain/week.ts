import { z } from 'zod';
import { addDays, daysBetween, weekdayOf } from '../time/civilDate';
import { IsoDateSchema, WEEKDAYS } from '../time/dateTime';

/*
 * Amazon evaluates Seller Fulfilled Prime weekly, Sunday to Saturday (customer-local), so a real week
 * is named by its Sunday. Monday-started weeks came first in ShipWeek (older CLI scripts, saved
 * choices): a Monday is still accepted and simulates Monday to Sunday, always named as such, never
 * silently moved to the Sunday before it.
 */

/** Which days a real week spans: Amazon's Sunday–Saturday, or the older Monday–Sunday. */
export type WeekKind = 'sunSat' | 'monSun';

/** Longest custom date range, in days (13 weeks, the longest window). */
export const MAX_RANGE_DAYS = 91;

/**
 * The first day of a real week: a Sunday (Amazon's week) or a Monday (a Monday–Sunday week).
 * @example WeekStartSchema.parse('2026-11-22') // ok (Sunday); '2026-11-26' (a Thursday) fails
 */
export const WeekStartSchema = IsoDateSchema.refine((date) => ['sun', 'mon'].includes(weekdayOf(date)), {
  message: 'must be a Sunday (an Amazon week, Sunday to Saturday) or a Monday (a Monday to Sunday week)',
});

/**
 * The kind of the week starting `weekStart` (a Sunday or a Monday).
 * @example weekKindOf('2026-11-22') // 'sunSat'
 */
export function weekKindOf(weekStart: string): WeekKind {
  return weekdayOf(weekStart) === 'mon' ? 'monSun' : 'sunSat';
}

/**
 * The Monday of the week a date falls in (weeks run Monday to Sunday).
 * @example mondayOf('2026-11-26') // '2026-11-23'
 */
export function mondayOf(date: string): string {
  return addDays(date, -WEEKDAYS.indexOf(weekdayOf(date)));
}

/**
 * The Sunday of the Amazon week (Sunday to Saturday) a date falls in.
 * @example sundayOf('2026-11-26') // '2026-11-22'; sundayOf('2026-11-22') // '2026-11-22'
 */
export function sundayOf(date: string): string {
  return addDays(date, -((WEEKDAYS.indexOf(weekdayOf(date)) + 1) % 7));
}

/**
 * A custom date range ('YYYY-MM-DD', both days included), as Amazon's dashboard offers next to its
 * weeks: `to` not before `from`, at most MAX_RANGE_DAYS days. Each problem names its field.
 * @example DateRangeSchema.parse({ from: '2026-11-25', to: '2026-11-27' }) // ok (3 days)
 */
export const DateRangeSchema = z
  .object({ from: IsoDateSchema, to: IsoDateSchema })
  .strict()
  .superRefine((r, ctx) => {
    const days = daysBetween(r.from, r.to) + 1;
    if (days < 1)
      ctx.addIssue({ code: 'custom', path: ['to'], message: `must not be before from (${r.from}; got ${r.to})` });
    else if (days > MAX_RANGE_DAYS)
      ctx.addIssue({
        code: 'custom',
        path: ['to'],
        message: `the range is ${days} days; it may span at most ${MAX_RANGE_DAYS} days (13 weeks)`,
      });
  });

/**
 * What is wrong with a date range, or 'ok': the reasons the app and the CLI explain in words.
 * @example rangeProblem('2026-11-27', '2026-11-25') // 'toBeforeFrom'
 */
export function rangeProblem(from: string, to: string): 'ok' | 'toBeforeFrom' | 'tooLong' {
  const days = daysBetween(from, to) + 1;
  return days < 1 ? 'toBeforeFrom' : days > MAX_RANGE_DAYS ? 'tooLong' : 'ok';
}
