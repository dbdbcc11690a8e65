import { addDays, weekdayOf } from '../time/civilDate';
import { IsoDateSchema, WEEKDAYS } from '../time/dateTime';

/**
 * The Monday 'YYYY-MM-DD' that names a real week (simulate()'s `weekStart`; the exports' week).
 * @example WeekStartSchema.parse('2026-11-23') // ok; '2026-11-26' (a Thursday) fails
 */
export const WeekStartSchema = IsoDateSchema.refine((date) => weekdayOf(date) === 'mon', {
  message: 'must be a Monday (the first day of the week)',
});

/**
 * The Monday of the week a date falls in (weeks run Monday to Sunday).
 * @example mondayOf('2026-11-26') // '2026-11-23'
 */
export function mondayOf(date: string): string {
  return addDays(date, -WEEKDAYS.indexOf(weekdayOf(date)));
}
