import { z } from 'zod';

/** Weekday keys in ISO order (Monday first); index 0 = Monday, 6 = Sunday. */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];
export const WeekdaySchema = z.enum(WEEKDAYS);

/**
 * A wall-clock time "HH:MM" (24 h, 00:00-23:59), read in the warehouse's time zone.
 * @example TimeOfDaySchema.parse('14:00') // ok; '25:00' fails with a clear message
 */
export const TimeOfDaySchema = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'must be a time HH:MM between 00:00 and 23:59' });
export type TimeOfDay = z.infer<typeof TimeOfDaySchema>;

/**
 * Years ShipWeek plans in. Below 1970 the engine's day numbers go negative and every lookup misses
 * ("no service can deliver"); years 0-99 are even read as 1900-1999 by Date.UTC, so a week search
 * never meets its target day. 2199 leaves two centuries of plans while keeping every date a
 * four-digit year the formats and the holiday rules handle.
 */
export const MIN_YEAR = 1970;
export const MAX_YEAR = 2199;
export const MIN_DATE = `${MIN_YEAR}-01-01`;
export const MAX_DATE = `${MAX_YEAR}-12-31`;
/** i18n key of the out-of-range refusal (params: value, min, max). */
export const DATE_RANGE_KEY = 'domain.date.outOfRange';

/**
 * Whether a 'YYYY-MM-DD' date (already in that shape) exists and lies in MIN_YEAR..MAX_YEAR.
 * @example checkIsoDate('2026-02-30') // 'notReal'
 * @example checkIsoDate('0100-01-01') // 'outOfRange'
 */
export function checkIsoDate(s: string): 'ok' | 'notReal' | 'outOfRange' {
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  // The range first: Date.UTC reads years 0-99 as 1900-1999, which would call 0050-01-01 "not real".
  if (!(y >= MIN_YEAR && y <= MAX_YEAR)) return 'outOfRange';
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d ? 'ok' : 'notReal';
}

/** A calendar date "YYYY-MM-DD" that really exists (2026-02-30 is refused), in 1970-2199. */
export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a date YYYY-MM-DD', abort: true })
  .superRefine((s, ctx) => {
    const verdict = checkIsoDate(s);
    if (verdict === 'notReal') ctx.addIssue({ code: 'custom', message: 'is not a real calendar date' });
    if (verdict === 'outOfRange') {
      ctx.addIssue({
        code: 'custom',
        message: `must be a date between ${MIN_DATE} and ${MAX_DATE} (got ${JSON.stringify(s)})`,
        params: { messageKey: DATE_RANGE_KEY, value: JSON.stringify(s), min: MIN_DATE, max: MAX_DATE },
      });
    }
  });
export type IsoDate = z.infer<typeof IsoDateSchema>;

/** Minutes since local midnight for an "HH:MM" string. @example minutesOfDay('14:30') // 870 */
export function minutesOfDay(t: TimeOfDay): number {
  return Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
}

/** "HH:MM" for minutes since midnight (wraps into 0..1439). @example timeOfDay(870) // '14:30' */
export function timeOfDay(minutes: number): TimeOfDay {
  const m = ((Math.round(minutes) % 1440) + 1440) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}
