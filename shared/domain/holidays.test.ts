import { describe, it, expect } from 'vitest';
import { carrierHolidays, carrierHolidaySettings } from './holidays';
import { addDays, daysBetween, lastWeekdayOfMonth, nthWeekdayOfMonth, weekdayOf } from '../time/civilDate';

describe('civil date helpers (time/civilDate.ts)', () => {
  it('knows weekdays, month arithmetic and day counts', () => {
    expect(weekdayOf('2026-07-04')).toBe('sat');
    expect(weekdayOf('1970-01-01')).toBe('thu');
    expect(weekdayOf('1969-12-28')).toBe('sun');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-01-01', -1)).toBe('2026-12-31');
    expect(nthWeekdayOfMonth(2026, 11, 'thu', 4)).toBe('2026-11-26');
    expect(lastWeekdayOfMonth(2026, 5, 'mon')).toBe('2026-05-25');
    expect(lastWeekdayOfMonth(2026, 12, 'thu')).toBe('2026-12-31');
    expect(daysBetween('2026-03-07', '2026-03-09')).toBe(2); // across the US DST change
  });
});

describe('carrierHolidays', () => {
  it('USPS 2026: the 11 federal holidays, Independence Day observed Friday 3 July', () => {
    const h = carrierHolidays('usps', 2026);
    expect(h.map((x) => x.date)).toEqual([
      '2026-01-01', // New Year's Day (Thu)
      '2026-01-19', // MLK (3rd Mon)
      '2026-02-16', // Washington (3rd Mon)
      '2026-05-25', // Memorial (last Mon)
      '2026-06-19', // Juneteenth (Fri)
      '2026-07-03', // Independence Day observed
      '2026-07-04', // Independence Day (Sat)
      '2026-09-07', // Labor Day
      '2026-10-12', // Columbus Day
      '2026-11-11', // Veterans Day (Wed)
      '2026-11-26', // Thanksgiving
      '2026-12-25', // Christmas (Fri)
    ]);
    expect(h.find((x) => x.date === '2026-07-03')).toMatchObject({ key: 'independence', observed: true });
    expect(new Set(h.map((x) => x.key)).size).toBe(11);
  });

  it('UPS and FedEx 2026: six holidays only', () => {
    for (const carrier of ['ups', 'fedex'] as const) {
      expect(carrierHolidays(carrier, 2026).map((x) => x.date)).toEqual([
        '2026-01-01',
        '2026-05-25',
        '2026-07-03',
        '2026-07-04',
        '2026-09-07',
        '2026-11-26',
        '2026-12-25',
      ]);
    }
  });

  it('Sunday holidays are observed on Monday (Juneteenth 2022, Christmas 2022)', () => {
    const d = carrierHolidays('usps', 2022).map((x) => x.date);
    expect(d).toContain('2022-06-20');
    expect(d).toContain('2022-12-26');
  });

  it("New Year's Day on a Saturday is observed the Friday before, in the previous year", () => {
    // 1 Jan 2022 was a Saturday: observed Friday 31 Dec 2021.
    expect(carrierHolidays('ups', 2021).map((x) => x.date)).toContain('2021-12-31');
    const y2022 = carrierHolidays('ups', 2022).map((x) => x.date);
    expect(y2022[0]).toBe('2022-01-01');
    expect(y2022).not.toContain('2021-12-31');
  });

  it('Thanksgiving is always the fourth Thursday (22-28 November)', () => {
    for (let y = 2020; y <= 2040; y++) {
      const t = carrierHolidays('fedex', y).find((x) => x.key === 'thanksgiving')!;
      expect(weekdayOf(t.date)).toBe('thu');
      const day = Number(t.date.slice(8));
      expect(day).toBeGreaterThanOrEqual(22);
      expect(day).toBeLessThanOrEqual(28);
    }
  });

  it('merges carriers per date for the settings file', () => {
    const merged = carrierHolidaySettings(['ups', 'fedex', 'usps'], [2026, 2027]);
    expect(merged.find((h) => h.date === '2026-11-26')!.carriers).toEqual(['ups', 'fedex', 'usps']);
    expect(merged.find((h) => h.date === '2026-10-12')!.carriers).toEqual(['usps']);
    expect(merged.every((h, i) => i === 0 || merged[i - 1]!.date < h.date)).toBe(true);
    expect(merged.every((h) => daysBetween('2026-01-01', h.date) >= 0 && h.date <= '2027-12-31')).toBe(true);
    // 1 Jan 2028 is a Saturday: its observed Friday, 31 Dec 2027, is the last closure listed for 2027.
    expect(merged.at(-1)).toEqual({
      date: '2027-12-31',
      name: "New Year's Day (observed)",
      carriers: ['ups', 'fedex', 'usps'],
    });
  });
});

describe('builtInHoliday', () => {
  it('recognises the stored English names of the built-in holidays, observed or not, and nothing else', async () => {
    const { builtInHoliday, carrierHolidays } = await import('./holidays');
    for (const h of carrierHolidays('usps', 2026))
      expect(builtInHoliday(h.name)).toEqual({ key: h.key, observed: h.observed });
    expect(builtInHoliday('Inventory day')).toBeUndefined();
  });
});
