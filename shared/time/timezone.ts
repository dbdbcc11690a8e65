/**
 * Wall-clock <-> instant conversion for IANA time zones, DST-correct, using only Intl.DateTimeFormat.
 *
 * Units used across the engine:
 * - an *instant* is a whole number of minutes since 1970-01-01T00:00Z ("epoch minutes");
 * - a *local minute* is the same count read on the wall clock of a zone, as if that wall clock were UTC
 *   (so `Math.floor(local / 1440)` is the local day number and `local % 1440` the minute of that day).
 *
 * Intl is slow (microseconds per call), so offsets are computed once per zone and UTC day and cached:
 * a day whose offset is the same at its start and end is taken as constant (zones change offset at most
 * a few times a year, never twice within a day); a day with a change has its transition minute found by
 * bisection. After warm-up, an offset lookup is two Map reads.
 */
import { checkIsoDate } from './dateTime';

const MINUTES_PER_DAY = 1440;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
      });
    } catch {
      throw new RangeError(
        `unknown time zone ${JSON.stringify(timeZone)} (expected an IANA name such as America/New_York)`,
      );
    }
    formatters.set(timeZone, f);
  }
  return f;
}

/** Offset (local minus UTC, minutes) straight from Intl; uncached. */
function intlOffset(timeZone: string, epochMinutes: number): number {
  const parts = formatterFor(timeZone).formatToParts(new Date(epochMinutes * 60_000));
  let y = 0,
    mo = 0,
    d = 0,
    h = 0,
    mi = 0;
  for (const p of parts) {
    switch (p.type) {
      case 'year':
        y = Number(p.value);
        break;
      case 'month':
        mo = Number(p.value);
        break;
      case 'day':
        d = Number(p.value);
        break;
      case 'hour':
        h = Number(p.value);
        break;
      case 'minute':
        mi = Number(p.value);
        break;
    }
  }
  const localAsUtc = Date.UTC(y, mo - 1, d, h, mi) / 60_000;
  return localAsUtc - epochMinutes;
}

/** Offsets of one UTC day: `start` applies before `changeAt` (epoch minute), `end` from it on. */
interface DayOffsets {
  start: number;
  end: number;
  changeAt: number;
}

const dayCache = new Map<string, Map<number, DayOffsets>>();

function dayOffsets(timeZone: string, utcDay: number): DayOffsets {
  let zone = dayCache.get(timeZone);
  if (!zone) {
    zone = new Map();
    dayCache.set(timeZone, zone);
  }
  let entry = zone.get(utcDay);
  if (!entry) {
    const t0 = utcDay * MINUTES_PER_DAY;
    const start = intlOffset(timeZone, t0);
    const end = intlOffset(timeZone, t0 + MINUTES_PER_DAY);
    let changeAt = t0 + MINUTES_PER_DAY;
    if (start !== end) {
      // Invariant: offset(lo) === start, offset(hi) === end.
      let lo = t0;
      let hi = t0 + MINUTES_PER_DAY;
      while (hi - lo > 1) {
        const mid = (lo + hi) >> 1;
        if (intlOffset(timeZone, mid) === start) lo = mid;
        else hi = mid;
      }
      changeAt = hi;
    }
    entry = { start, end, changeAt };
    zone.set(utcDay, entry);
  }
  return entry;
}

/**
 * UTC offset (local minus UTC, in minutes) of `timeZone` at an instant.
 * @example offsetAt('America/New_York', Date.UTC(2026, 0, 15) / 60000) // -300
 */
export function offsetAt(timeZone: string, epochMinutes: number): number {
  const e = dayOffsets(timeZone, Math.floor(epochMinutes / MINUTES_PER_DAY));
  return epochMinutes < e.changeAt ? e.start : e.end;
}

/**
 * Offsets at `count` consecutive UTC hours from hour number `firstHour` (epoch minutes / 60), NaN for an
 * hour in which the offset changes. Reads the per-day cache once per day, so filling a week is cheap.
 * @example hourlyOffsets('America/New_York', 491_000, 24) // Float64Array of -240 (or -300) values
 */
export function hourlyOffsets(timeZone: string, firstHour: number, count: number): Float64Array {
  const out = new Float64Array(count);
  let day = Number.NaN;
  let e: DayOffsets | undefined;
  for (let i = 0; i < count; i++) {
    const t = (firstHour + i) * 60;
    const d = Math.floor(t / MINUTES_PER_DAY);
    if (d !== day) {
      day = d;
      e = dayOffsets(timeZone, d);
    }
    // An hour [t, t + 60) is uniform unless the change falls strictly inside it.
    out[i] = e!.changeAt > t && e!.changeAt < t + 60 ? Number.NaN : t < e!.changeAt ? e!.start : e!.end;
  }
  return out;
}

/**
 * The local wall-clock minute of an instant.
 * @example toLocalMinutes('America/Chicago', Date.UTC(2026, 6, 1, 17) / 60000) === Date.UTC(2026, 6, 1, 12) / 60000
 */
export function toLocalMinutes(timeZone: string, epochMinutes: number): number {
  return epochMinutes + offsetAt(timeZone, epochMinutes);
}

/**
 * The instant of a local wall-clock minute. Like Temporal's "compatible" disambiguation: a time that
 * does not exist (skipped by a spring-forward change) is moved forward by the gap (02:30 -> 03:30), and
 * a time that exists twice (fall-back) resolves to the earlier instant.
 * @example fromLocalMinutes('America/New_York', Date.UTC(2026, 2, 8, 2, 30) / 60000) // instant of 03:30 EDT
 */
export function fromLocalMinutes(timeZone: string, localMinutes: number): number {
  // Offsets before and after the instant we are looking for, taken a day apart so a change sits between.
  const before = offsetAt(timeZone, localMinutes - MINUTES_PER_DAY);
  const after = offsetAt(timeZone, localMinutes + MINUTES_PER_DAY);
  if (before === after) {
    const t = localMinutes - before;
    if (offsetAt(timeZone, t) === before) return t;
    // A change and its reversal within two days does not happen in real zones; fall through safely.
  }
  const tBefore = localMinutes - before; // valid if still before the change
  const tAfter = localMinutes - after; // valid if already after the change
  const okBefore = offsetAt(timeZone, tBefore) === before;
  const okAfter = offsetAt(timeZone, tAfter) === after;
  if (okBefore && okAfter) return Math.min(tBefore, tAfter); // repeated hour: earlier instant
  if (okBefore) return tBefore;
  if (okAfter) return tAfter;
  // Skipped hour: read the wall clock with the offset in force before the change (moves it forward).
  return localMinutes - before;
}

/** Days since 1970-01-01 for a 'YYYY-MM-DD' date. @example dayNumber('1970-01-02') // 1 */
export function dayNumber(isoDate: string): number {
  const y = Number(isoDate.slice(0, 4));
  const m = Number(isoDate.slice(5, 7));
  const d = Number(isoDate.slice(8, 10));
  return Date.UTC(y, m - 1, d) / 86_400_000;
}

/** 'YYYY-MM-DD' for a day number. @example isoDate(0) // '1970-01-01' */
export function isoDate(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** Calendar year of a day number. @example yearOfDay(dayNumber('2026-12-31')) // 2026 */
export function yearOfDay(day: number): number {
  return new Date(day * 86_400_000).getUTCFullYear();
}

/**
 * Weekday index of a day number, 0 = Monday .. 6 = Sunday (1970-01-01 was a Thursday).
 * @example
 * weekdayIndex(0) // 3
 */
export function weekdayIndex(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}

/**
 * Local minutes for 'YYYY-MM-DDTHH:MM' (also accepts a space or seconds, which are ignored).
 * @example parseLocalDateTime('1970-01-02T01:30') // 1530
 */
export function parseLocalDateTime(s: string): number {
  const m = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(?::\d{2})?$/.exec(s.trim());
  if (!m) throw new RangeError(`expected a local date-time YYYY-MM-DDTHH:MM, got ${JSON.stringify(s)}`);
  const hh = Number(m[2]);
  const mm = Number(m[3]);
  const day = dayNumber(m[1]!);
  // Outside 1970-2199 the calendar lookups miss and years 0-99 wrap to the 1900s (a search that never ends).
  if (!Number.isFinite(day) || isoDate(day) !== m[1] || hh > 23 || mm > 59 || checkIsoDate(m[1]!) !== 'ok') {
    throw new RangeError(`not a real local date-time: ${JSON.stringify(s)}`);
  }
  return day * MINUTES_PER_DAY + hh * 60 + mm;
}

/** 'YYYY-MM-DDTHH:MM' for local minutes. @example formatLocalDateTime(1530) // '1970-01-02T01:30' */
export function formatLocalDateTime(localMinutes: number): string {
  const day = Math.floor(localMinutes / MINUTES_PER_DAY);
  const mod = localMinutes - day * MINUTES_PER_DAY;
  return `${isoDate(day)}T${String(Math.floor(mod / 60)).padStart(2, '0')}:${String(mod % 60).padStart(2, '0')}`;
}

/** Throws a clear error unless `timeZone` is a zone Intl knows. @example assertTimeZone('Europe/Paris') */
export function assertTimeZone(timeZone: string): void {
  formatterFor(timeZone);
}

/**
 * The first instant at which the zone's wall clock shows `localMinutes` or later: the moment a deadline
 * written as a local time passes. Equal to fromLocalMinutes except inside a spring-forward gap, where
 * the deadline passes at the change itself (a 02:30 cutoff on 8 March 2026 in New York passes at 03:00
 * EDT, when clocks jump past 02:30), and in a repeated hour, where the first occurrence counts.
 * @example deadlineInstant('America/New_York', parseLocalDateTime('2026-03-08T02:30')) // instant of 03:00 EDT
 */
export function deadlineInstant(timeZone: string, localMinutes: number): number {
  const t = fromLocalMinutes(timeZone, localMinutes);
  if (toLocalMinutes(timeZone, t) === localMinutes) return t;
  // Inside a gap: t reads later than asked; the deadline passed at the offset change just before t.
  for (const day of [Math.floor(t / MINUTES_PER_DAY), Math.floor(t / MINUTES_PER_DAY) - 1]) {
    const e = dayOffsets(timeZone, day);
    if (e.start !== e.end && e.changeAt <= t) return e.changeAt;
  }
  return t;
}
