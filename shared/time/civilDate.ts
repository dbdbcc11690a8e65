import { WEEKDAYS, type Weekday } from './dateTime';

/*
 * Minimal calendar arithmetic on "YYYY-MM-DD" strings for the catalog (holidays, seller deadlines).
 * Dates are civil dates with no time zone: they are mapped to UTC midnight only to count days,
 * so DST and the machine's zone never matter.
 */

const DAY_MS = 86_400_000;

function toUtcMs(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
}

function fromUtcMs(ms: number): string {
  const d = new Date(ms);
  return `${String(d.getUTCFullYear()).padStart(4, '0')}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
}

/** The date `days` calendar days later (negative = earlier). @example addDays('2026-12-31', 1) // '2027-01-01' */
export function addDays(date: string, days: number): string {
  return fromUtcMs(toUtcMs(date) + days * DAY_MS);
}

/** Weekday key of a date. @example weekdayOf('2026-07-04') // 'sat' */
export function weekdayOf(date: string): Weekday {
  // 1970-01-01 was a Thursday (index 3 with Monday = 0).
  const idx = (((Math.floor(toUtcMs(date) / DAY_MS) + 3) % 7) + 7) % 7;
  return WEEKDAYS[idx]!;
}

/**
 * An ISO date from parts (month 1-12).
 * @example
 * dateFromParts(2026, 7, 4) // '2026-07-04' (engine day numbers: time/timezone.ts isoDate)
 */
export function dateFromParts(year: number, month: number, day: number): string {
  return fromUtcMs(Date.UTC(year, month - 1, day));
}

/**
 * The n-th given weekday of a month (n = 1..5).
 * @example nthWeekdayOfMonth(2026, 11, 'thu', 4) // '2026-11-26' (Thanksgiving)
 */
export function nthWeekdayOfMonth(year: number, month: number, weekday: Weekday, n: number): string {
  const first = dateFromParts(year, month, 1);
  const shift = (WEEKDAYS.indexOf(weekday) - WEEKDAYS.indexOf(weekdayOf(first)) + 7) % 7;
  return addDays(first, shift + 7 * (n - 1));
}

/** The last given weekday of a month. @example lastWeekdayOfMonth(2026, 5, 'mon') // '2026-05-25' (Memorial Day) */
export function lastWeekdayOfMonth(year: number, month: number, weekday: Weekday): string {
  const last = addDays(dateFromParts(year, month + 1, 1), -1);
  const back = (WEEKDAYS.indexOf(weekdayOf(last)) - WEEKDAYS.indexOf(weekday) + 7) % 7;
  return addDays(last, -back);
}

/** Whole days from `a` to `b` (positive when b is later). @example daysBetween('2026-01-30', '2026-02-02') // 3 */
export function daysBetween(a: string, b: string): number {
  return Math.round((toUtcMs(b) - toUtcMs(a)) / DAY_MS);
}
