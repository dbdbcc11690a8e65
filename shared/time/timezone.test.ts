import { describe, expect, it } from 'vitest';
import {
  dayNumber,
  deadlineInstant,
  formatLocalDateTime,
  fromLocalMinutes,
  isoDate,
  offsetAt,
  parseLocalDateTime,
  toLocalMinutes,
  weekdayIndex,
} from './timezone';

const utc = (y: number, mo: number, d: number, h = 0, mi = 0) => Date.UTC(y, mo - 1, d, h, mi) / 60_000;

describe('time zones', () => {
  it('knows winter and summer offsets of US zones, and that Phoenix keeps standard time', () => {
    expect(offsetAt('America/New_York', utc(2026, 1, 15, 12))).toBe(-300);
    expect(offsetAt('America/New_York', utc(2026, 7, 15, 12))).toBe(-240);
    expect(offsetAt('America/Phoenix', utc(2026, 7, 15, 12))).toBe(-420);
    expect(offsetAt('America/Los_Angeles', utc(2026, 7, 15, 12))).toBe(-420);
    expect(offsetAt('Pacific/Honolulu', utc(2026, 7, 15, 12))).toBe(-600);
  });

  it('switches at 02:00 local on the DST change days (2026-03-08 and 2026-11-01)', () => {
    // New York springs forward at 07:00Z and falls back at 06:00Z.
    expect(offsetAt('America/New_York', utc(2026, 3, 8, 6, 59))).toBe(-300);
    expect(offsetAt('America/New_York', utc(2026, 3, 8, 7, 0))).toBe(-240);
    expect(offsetAt('America/New_York', utc(2026, 11, 1, 5, 59))).toBe(-240);
    expect(offsetAt('America/New_York', utc(2026, 11, 1, 6, 0))).toBe(-300);
  });

  it('round-trips wall-clock times, moving skipped times forward and taking the earlier of repeated ones', () => {
    const ny = 'America/New_York';
    const local = (s: string) => parseLocalDateTime(s);
    expect(fromLocalMinutes(ny, local('2026-06-12T15:30'))).toBe(utc(2026, 6, 12, 19, 30));
    expect(fromLocalMinutes(ny, local('2026-01-12T15:30'))).toBe(utc(2026, 1, 12, 20, 30));
    // 02:30 does not exist on 8 March: it is read as 03:30 EDT.
    expect(fromLocalMinutes(ny, local('2026-03-08T02:30'))).toBe(utc(2026, 3, 8, 7, 30));
    expect(formatLocalDateTime(toLocalMinutes(ny, fromLocalMinutes(ny, local('2026-03-08T02:30'))))).toBe(
      '2026-03-08T03:30',
    );
    // 01:30 happens twice on 1 November: the first (EDT) is chosen.
    expect(fromLocalMinutes(ny, local('2026-11-01T01:30'))).toBe(utc(2026, 11, 1, 5, 30));
    for (const s of [
      '2026-03-08T01:59',
      '2026-03-08T03:00',
      '2026-11-01T00:59',
      '2026-11-01T02:00',
      '2026-12-31T23:59',
    ]) {
      expect(formatLocalDateTime(toLocalMinutes(ny, fromLocalMinutes(ny, local(s))))).toBe(s);
    }
  });

  it('passes a local deadline when the clock first shows it (gap: at the change; repeated hour: first time)', () => {
    const ny = 'America/New_York';
    expect(deadlineInstant(ny, parseLocalDateTime('2026-03-08T02:30'))).toBe(utc(2026, 3, 8, 7, 0));
    expect(deadlineInstant(ny, parseLocalDateTime('2026-03-08T03:00'))).toBe(utc(2026, 3, 8, 7, 0));
    expect(deadlineInstant(ny, parseLocalDateTime('2026-11-01T01:30'))).toBe(utc(2026, 11, 1, 5, 30));
    expect(deadlineInstant(ny, parseLocalDateTime('2026-06-12T14:00'))).toBe(utc(2026, 6, 12, 18, 0));
  });

  it('numbers days and weekdays (Monday = 0)', () => {
    expect(isoDate(dayNumber('2026-06-08'))).toBe('2026-06-08');
    expect(weekdayIndex(dayNumber('2026-06-08'))).toBe(0);
    expect(weekdayIndex(dayNumber('2026-06-14'))).toBe(6);
    expect(() => parseLocalDateTime('2026-02-30T10:00')).toThrow(/not a real/);
    expect(() => parseLocalDateTime('tomorrow')).toThrow(/YYYY-MM-DDTHH:MM/);
  });

  it('reads only 1970-2199: year 0100 (read as 1900 by Date.UTC) and 1969 are refused, both ends accepted', () => {
    expect(() => parseLocalDateTime('0100-01-01T10:00')).toThrow(/not a real/);
    expect(() => parseLocalDateTime('1969-12-31T23:59')).toThrow(/not a real/);
    expect(() => parseLocalDateTime('2200-01-01T00:00')).toThrow(/not a real/);
    expect(formatLocalDateTime(parseLocalDateTime('1970-01-01T00:00'))).toBe('1970-01-01T00:00');
    expect(formatLocalDateTime(parseLocalDateTime('2199-12-31T23:59'))).toBe('2199-12-31T23:59');
  });

  it('rejects unknown zones with a clear message', () => {
    expect(() => offsetAt('Mars/Olympus', 0)).toThrow(/unknown time zone "Mars\/Olympus"/);
  });
});
