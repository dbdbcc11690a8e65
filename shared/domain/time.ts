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

/** A calendar date "YYYY-MM-DD" that really exists (2026-02-30 is refused). */
export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a date YYYY-MM-DD' })
  .refine((s) => {
    const [y, m, d] = s.split('-').map(Number) as [number, number, number];
    const t = new Date(Date.UTC(y, m - 1, d));
    return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
  }, { message: 'is not a real calendar date' });
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
