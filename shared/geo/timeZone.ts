/**
 * IANA time-zone helpers built on Intl (no tz library): validity and "same clock" comparison.
 * Two names can keep the same clock (America/Indiana/Indianapolis and America/New_York), so a
 * warehouse's zone is compared with its ZIP's zone by UTC offsets, not by name.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/**
 * Whether the runtime knows this IANA zone name.
 * @example isValidTimeZone('America/Chicago') // true
 * @example isValidTimeZone('Mars/Olympus') // false
 */
export function isValidTimeZone(timeZone: string): boolean {
  if (!timeZone) return false;
  try {
    formatterFor(timeZone);
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
  const parts = formatterFor(timeZone).formatToParts(new Date(utcMs));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
  return Math.round((asUtc - Math.floor(utcMs / 60_000) * 60_000) / 60_000);
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
