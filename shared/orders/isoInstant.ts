/**
 * Date-time cells of Amazon order reports, read without Date.parse (which is slow, accepts almost
 * anything and reads offset-less text in the machine's own zone).
 *
 * Accepted: `YYYY-MM-DD`, then optionally `T` or a space, `HH:MM`, `:SS`, fractional seconds, and an
 * offset `Z`, `±HH:MM`, `±HHMM`, `±HH`, or a US zone abbreviation that Seller Central's older flat
 * files print (PST, PDT, MST, MDT, CST, CDT, EST, EDT, UTC, GMT).
 */

/** A parsed cell: the instant (epoch minutes, seconds dropped) or, for text without an offset, the wall clock. */
export interface ParsedDateTime {
  /** Epoch minutes when `offsetMinutes` is known; local minutes (wall clock read as UTC) otherwise. */
  minutes: number;
  /** Offset east of UTC in minutes, or null when the text carries none (the caller picks a zone). */
  offsetMinutes: number | null;
  /** Whether the text had a time of day (`2026-06-12` alone has none). */
  hasTime: boolean;
  /** The calendar date as written, as a day number (days since 1970-01-01). */
  writtenDay: number;
}

const ABBREVIATIONS: Readonly<Record<string, number>> = {
  UTC: 0,
  GMT: 0,
  Z: 0,
  EST: -300,
  EDT: -240,
  CST: -360,
  CDT: -300,
  MST: -420,
  MDT: -360,
  PST: -480,
  PDT: -420,
  AKST: -540,
  AKDT: -480,
  HST: -600,
};

/** Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil). */
export function daysFromCivil(y: number, m: number, d: number): number {
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** Two ASCII digits at `i` as a number, or -1. */
function two(s: string, i: number): number {
  const a = s.charCodeAt(i) - 48;
  const b = s.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/**
 * Reads an ISO-8601-style date or date-time; undefined when the text is not one (or not a real date,
 * or outside 1970-2199, the range the engine's calendars cover).
 * @example
 * parseDateTime('2026-06-12T15:30:00-07:00')
 * // { minutes: <epoch minutes of 22:30Z>, offsetMinutes: -420, hasTime: true, writtenDay: 20616 }
 * @example parseDateTime('2026-06-12 08:00:00')?.offsetMinutes // null (the caller assumes a zone)
 */
export function parseDateTime(text: string): ParsedDateTime | undefined {
  const s = text;
  const n = s.length;
  if (n < 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return undefined;
  const y = two(s, 0) * 100 + two(s, 2);
  const mo = two(s, 5);
  const d = two(s, 8);
  if (two(s, 0) < 0 || two(s, 2) < 0 || mo < 1 || mo > 12 || d < 1) return undefined;
  if (y < 1970 || y > 2199) return undefined;
  if (d > (mo === 2 && isLeap(y) ? 29 : DAYS_IN_MONTH[mo - 1]!)) return undefined;
  const day = daysFromCivil(y, mo, d);
  if (n === 10) return { minutes: day * 1440, offsetMinutes: null, hasTime: false, writtenDay: day };
  const sep = s.charCodeAt(10);
  if (sep !== 84 && sep !== 116 && sep !== 32) return undefined; // T, t, space
  const hh = two(s, 11);
  const mm = two(s, 14);
  if (hh < 0 || hh > 24 || s.charCodeAt(13) !== 58 || mm < 0 || mm > 59) return undefined;
  let i = 16;
  if (s.charCodeAt(i) === 58) {
    const ss = two(s, i + 1);
    if (ss < 0 || ss > 60) return undefined;
    i += 3;
    if (s.charCodeAt(i) === 46 || s.charCodeAt(i) === 44) {
      i++;
      const start = i;
      while (i < n && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) i++;
      if (i === start) return undefined;
    }
  }
  // 24:00 is the end of the day (ISO 8601); nothing else may follow 24.
  if (hh === 24 && mm !== 0) return undefined;
  const local = day * 1440 + hh * 60 + mm;
  while (i < n && s.charCodeAt(i) === 32) i++;
  if (i === n) return { minutes: local, offsetMinutes: null, hasTime: true, writtenDay: day };
  const c = s.charCodeAt(i);
  let offset: number | undefined;
  if (c === 43 || c === 45) {
    const oh = two(s, i + 1);
    if (oh < 0 || oh > 18) return undefined;
    let j = i + 3;
    let om = 0;
    if (s.charCodeAt(j) === 58) j++;
    if (j < n) {
      om = two(s, j);
      if (om < 0 || om > 59) return undefined;
      j += 2;
    }
    if (j !== n) return undefined;
    offset = (c === 45 ? -1 : 1) * (oh * 60 + om);
  } else {
    offset = ABBREVIATIONS[s.slice(i).toUpperCase()];
    if (offset === undefined) return undefined;
  }
  return { minutes: local - offset, offsetMinutes: offset, hasTime: true, writtenDay: day };
}
