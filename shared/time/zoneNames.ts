/**
 * IANA time-zone helpers built on Intl (no tz library): validity and "same clock" comparison.
 * Two names can keep the same clock (America/Indiana/Indianapolis and America/New_York), so a
 * warehouse's zone is compared with its ZIP's zone by UTC offsets, not by name. The Intl work and its
 * cache live in timezone.ts beside this file, so there is one implementation of zone offsets.
 */
import { assertTimeZone, offsetAt } from './timezone';

/**
 * Whether the runtime knows this IANA zone name.
 * @example isValidTimeZone('America/Chicago') // true
 * @example isValidTimeZone('Mars/Olympus') // false
 */
export function isValidTimeZone(timeZone: string): boolean {
  if (!timeZone) return false;
  try {
    assertTimeZone(timeZone);
    return true;
  } catch {
    return false;
  }
}

/**
 * Offset of a zone from UTC, in minutes, at one instant (positive east of Greenwich).
 * @example utcOffsetMinutes('America/New_York', Date.UTC(2026, 0, 15)) // -300
 */
export function utcOffsetMinutes(timeZone: string, utcMs: number): number {
  return offsetAt(timeZone, Math.floor(utcMs / 60_000));
}

/**
 * Whether two zones show the same local time at every hour-aligned instant of the given years
 * (checked every 6 hours, which catches any difference in DST dates or offsets). Unknown zones never agree.
 * @example timeZonesAgree('America/Indiana/Indianapolis', 'America/New_York') // true
 * @example timeZonesAgree('America/Phoenix', 'America/Denver') // false (Phoenix keeps standard time)
 */
export function timeZonesAgree(a: string, b: string, fromYear = 2025, years = 3): boolean {
  if (a === b) return isValidTimeZone(a);
  if (!isValidTimeZone(a) || !isValidTimeZone(b)) return false;
  const start = Date.UTC(fromYear, 0, 1);
  const end = Date.UTC(fromYear + years, 0, 1);
  for (let t = start; t < end; t += 6 * 3_600_000) {
    if (utcOffsetMinutes(a, t) !== utcOffsetMinutes(b, t)) return false;
  }
  return true;
}
