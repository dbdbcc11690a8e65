import type { CarrierId } from '../domain/carrier';
import { addDays, dateFromParts, lastWeekdayOfMonth, nthWeekdayOfMonth, weekdayOf } from '../time/civilDate';

/*
 * Carrier holiday calendars computed by rule, so any year works without a data update.
 *
 * USPS closes on the 11 US federal holidays; UPS and FedEx on six of them (New Year's Day, Memorial
 * Day, Independence Day, Labor Day, Thanksgiving, Christmas). Fixed-date holidays that fall on a
 * weekend are observed on the nearest weekday (Saturday -> Friday before, Sunday -> Monday after),
 * as federal offices do. We list BOTH the observed weekday and the weekend date itself: weekend
 * pickups, Saturday deliveries and USPS Sunday service are not available on the holiday either.
 */

export interface CarrierHoliday {
  date: string;
  /** English name; the UI translates via `catalog.holiday.<key>`. */
  name: string;
  /**
   * Stable key for i18n: 'newYear', 'mlk', 'washington', 'memorial', 'juneteenth', 'independence', 'labor', 'columbus',
   * 'veterans', 'thanksgiving', 'christmas'.
   */
  key: HolidayKey;
  /** True for the weekday a weekend holiday is observed on. */
  observed: boolean;
}

export const HOLIDAY_KEYS = [
  'newYear',
  'mlk',
  'washington',
  'memorial',
  'juneteenth',
  'independence',
  'labor',
  'columbus',
  'veterans',
  'thanksgiving',
  'christmas',
] as const;
export type HolidayKey = (typeof HOLIDAY_KEYS)[number];

const HOLIDAY_NAMES: Record<HolidayKey, string> = {
  newYear: "New Year's Day",
  mlk: 'Birthday of Martin Luther King, Jr.',
  washington: "Washington's Birthday",
  memorial: 'Memorial Day',
  juneteenth: 'Juneteenth National Independence Day',
  independence: 'Independence Day',
  labor: 'Labor Day',
  columbus: 'Columbus Day',
  veterans: 'Veterans Day',
  thanksgiving: 'Thanksgiving Day',
  christmas: 'Christmas Day',
};

/** Holidays the private carriers close for (the rest of the federal list is a normal day for them). */
const UPS_FEDEX_HOLIDAYS: ReadonlySet<HolidayKey> = new Set([
  'newYear',
  'memorial',
  'independence',
  'labor',
  'thanksgiving',
  'christmas',
]);

/** The legal date of each holiday in a year (before weekend observance). */
function legalDates(year: number): [HolidayKey, string][] {
  return [
    ['newYear', dateFromParts(year, 1, 1)],
    ['mlk', nthWeekdayOfMonth(year, 1, 'mon', 3)],
    ['washington', nthWeekdayOfMonth(year, 2, 'mon', 3)],
    ['memorial', lastWeekdayOfMonth(year, 5, 'mon')],
    ['juneteenth', dateFromParts(year, 6, 19)],
    ['independence', dateFromParts(year, 7, 4)],
    ['labor', nthWeekdayOfMonth(year, 9, 'mon', 1)],
    ['columbus', nthWeekdayOfMonth(year, 10, 'mon', 2)],
    ['veterans', dateFromParts(year, 11, 11)],
    ['thanksgiving', nthWeekdayOfMonth(year, 11, 'thu', 4)],
    ['christmas', dateFromParts(year, 12, 25)],
  ];
}

/**
 * A carrier's holidays falling in a calendar year, sorted by date. A weekend holiday yields two
 * entries: the weekend date and its observed weekday. Observed dates can cross a year boundary
 * (New Year's Day on a Saturday is observed on Friday 31 December of the year before): each entry
 * is reported in the year its date falls in.
 * @example carrierHolidays('ups', 2026).map((h) => h.date)
 *   // ['2026-01-01', '2026-05-25', '2026-07-03', '2026-07-04', '2026-09-07', '2026-11-26', '2026-12-25']
 */
export function carrierHolidays(carrier: CarrierId, year: number): CarrierHoliday[] {
  const out: CarrierHoliday[] = [];
  // Look at the neighbouring years too, for observances that cross 1 January.
  for (const y of [year - 1, year, year + 1]) {
    for (const [key, date] of legalDates(y)) {
      if (carrier !== 'usps' && !UPS_FEDEX_HOLIDAYS.has(key)) continue;
      const name = HOLIDAY_NAMES[key];
      out.push({ date, name, key, observed: false });
      const wd = weekdayOf(date);
      if (wd === 'sat') out.push({ date: addDays(date, -1), name: `${name} (observed)`, key, observed: true });
      if (wd === 'sun') out.push({ date: addDays(date, 1), name: `${name} (observed)`, key, observed: true });
    }
  }
  return out.filter((h) => h.date.startsWith(`${year}-`)).sort((a, b) => a.date.localeCompare(b.date));
}

/**
 * The built-in holiday of `carrier` on `date` (YYYY-MM-DD), if that date is one; what a reopening
 * must name, since only a built-in day can be reopened.
 * @example builtInCarrierHoliday('ups', '2026-12-25')?.name // 'Christmas Day'
 * @example builtInCarrierHoliday('ups', '2026-12-24') // undefined
 */
export function builtInCarrierHoliday(carrier: CarrierId, date: string): CarrierHoliday | undefined {
  const year = Number(date.slice(0, 4));
  if (!Number.isInteger(year)) return undefined;
  return carrierHolidays(carrier, year).find((h) => h.date === date);
}

/**
 * Holidays of several carriers over several years, merged by date, in the settings file's shape
 * (`carriers` lists who is closed that day).
 * @example
 * carrierHolidaySettings(['ups', 'usps'], [2026])[0]
 * // { date: '2026-01-01', name: "New Year's Day", carriers: ['ups', 'usps'] }
 */
export function carrierHolidaySettings(
  carriers: readonly CarrierId[],
  years: readonly number[],
): { date: string; name: string; carriers: CarrierId[] }[] {
  const byDate = new Map<string, { date: string; name: string; carriers: CarrierId[] }>();
  for (const year of years) {
    for (const carrier of carriers) {
      for (const h of carrierHolidays(carrier, year)) {
        const entry = byDate.get(h.date) ?? { date: h.date, name: h.name, carriers: [] };
        if (!entry.carriers.includes(carrier)) entry.carriers.push(carrier);
        byDate.set(h.date, entry);
      }
    }
  }
  return [...byDate.values()].sort((a, b) => a.date.localeCompare(b.date));
}

/**
 * Recognises a built-in holiday by the English name stored in a settings file, so screens can show
 * it in the user's language; a name the user typed is not recognised and is shown as typed.
 * @example builtInHoliday('Independence Day (observed)') // { key: 'independence', observed: true }
 */
export function builtInHoliday(name: string): { key: HolidayKey; observed: boolean } | undefined {
  const observed = name.endsWith(' (observed)');
  const base = observed ? name.slice(0, -' (observed)'.length) : name;
  const key = HOLIDAY_KEYS.find((k) => HOLIDAY_NAMES[k] === base);
  return key ? { key, observed } : undefined;
}
