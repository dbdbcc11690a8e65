/**
 * When each return must be refunded, read in the warehouse's calendar:
 * - the arrival is the warehouse-local date of "item received" (a date-time with an offset is moved
 *   into the warehouse's zone: 2026-11-28T02:00Z is still the 27th in Columbus; a date or date-time
 *   without an offset is taken as the warehouse's own wall clock, an assumption the caller states);
 * - refund by = two business days after it (sellerObligations.refundDeadline): Saturdays, Sundays,
 *   this warehouse's closures and the carrier calendar the engine uses are not business days — the
 *   built-in holidays of the carriers the warehouse ships with (every carrier when it has no enabled
 *   service), minus the days the plan reopens for that carrier, plus every holiday the plan lists
 *   (shared/engine/calendar.ts, createHolidayBook); the Returns page, the Reports page's calculator,
 *   the report and the CLI all read this one calendar;
 * - the status on a given day: refunded, awaiting arrival, due, due today, or overdue.
 */
import type { Settings } from '../domain/settings';
import { CARRIERS, type CarrierId } from '../domain/carrier';
import { createHolidayBook } from '../engine/calendar';
import { DEFAULT_ENGINE_CATALOG } from '../engine/engineCatalog';
import { refundDeadline } from '../catalog/sellerObligations';
import { parseDateTime } from '../orders/isoInstant';
import { dayNumber, isoDate, offsetAt } from '../time/timezone';
import type { ReturnEntry } from './model';

/** What the deadlines of one warehouse depend on. */
export interface ReturnsCalendar {
  /** Warehouse id ('' when no plan was given). */
  warehouseId: string;
  warehouseName: string;
  /** IANA zone dates are read in. */
  timeZone: string;
  /** Dates that are not business days besides weekends, sorted. */
  closedDates: string[];
}

/** Zone used when no plan is given (the CLI without --holidays-from): Amazon US reports' own zone. */
export const DEFAULT_RETURNS_TIME_ZONE = 'America/Los_Angeles';

/**
 * The years whose built-in carrier holidays a calendar needs around an instant: that year and the
 * ones either side (a return that arrives in late December is refunded in January).
 * @example yearsAround(Date.UTC(2026, 10, 30)) // [2025, 2026, 2027]
 */
export function yearsAround(epochMs: number): number[] {
  const y = new Date(epochMs).getUTCFullYear();
  return [y - 1, y, y + 1];
}

/**
 * The calendar of a plan's warehouse (the first one unless `warehouseId` names another): its zone,
 * its closures, the plan's holidays and, for `years` (default: those of the plan's own dates and the
 * years either side), the built-in holidays of its carriers that the plan does not reopen.
 * @example
 * calendarFor(sampleSettings(), undefined, [2026]).closedDates.includes('2026-11-11')
 * // true: Veterans Day, USPS is closed
 */
export function calendarFor(
  settings: Pick<Settings, 'warehouses' | 'holidays'> & Partial<Pick<Settings, 'reopenedCarrierDays'>>,
  warehouseId?: string,
  years?: readonly number[],
): ReturnsCalendar {
  const warehouse = settings.warehouses.find((w) => w.id === warehouseId) ?? settings.warehouses[0];
  const closed = new Set<string>(settings.holidays.map((h) => h.date));
  for (const d of warehouse?.closures ?? []) closed.add(d);
  // The engine's carrier calendar (built-in + own − reopened), for the carriers this warehouse ships with.
  const reopened = settings.reopenedCarrierDays ?? [];
  const book = createHolidayBook(
    { holidays: settings.holidays, reopenedCarrierDays: reopened, warehouses: [] } as unknown as Settings,
    DEFAULT_ENGINE_CATALOG,
    true,
  );
  const used = new Set<CarrierId>(
    (warehouse?.services ?? [])
      .filter((p) => p.enabled)
      .map((p) => DEFAULT_ENGINE_CATALOG.services[p.serviceId].carrier),
  );
  const carriers = used.size > 0 ? [...used] : [...CARRIERS];
  const ownYears = [
    ...settings.holidays.map((h) => h.date),
    ...(warehouse?.closures ?? []),
    ...reopened.map((r) => r.date),
  ].map((d) => Number(d.slice(0, 4)));
  const span = years ?? [...new Set(ownYears.flatMap((y) => [y - 1, y, y + 1]))];
  for (const year of span) {
    for (const carrier of carriers) {
      for (const h of DEFAULT_ENGINE_CATALOG.carrierHolidays(carrier, year))
        if (book.carrierClosed(carrier, dayNumber(h.date)) !== undefined) closed.add(h.date);
    }
  }
  return {
    warehouseId: warehouse?.id ?? '',
    warehouseName: warehouse?.name ?? '',
    timeZone: warehouse?.timeZone ?? DEFAULT_RETURNS_TIME_ZONE,
    closedDates: [...closed].sort(),
  };
}

/** A calendar with weekends only, for a zone. */
export function weekendsOnlyCalendar(timeZone: string = DEFAULT_RETURNS_TIME_ZONE): ReturnsCalendar {
  return { warehouseId: '', warehouseName: '', timeZone, closedDates: [] };
}

/** A written date read in a zone: the local date, and whether the zone was assumed (no offset written). */
export interface LocalDate {
  date: string;
  assumedZone: boolean;
}

/**
 * The warehouse-local date of a date or date-time as written; undefined when it is not one.
 * @example localDateOf('2026-11-28T02:00:00Z', 'America/New_York') // { date: '2026-11-27', assumedZone: false }
 * @example localDateOf('2026-11-27', 'America/New_York') // { date: '2026-11-27', assumedZone: true }
 */
export function localDateOf(text: string, timeZone: string): LocalDate | undefined {
  const parsed = parseDateTime(text.trim());
  if (!parsed) return undefined;
  if (parsed.offsetMinutes === null) return { date: isoDate(parsed.writtenDay), assumedZone: true };
  const local = parsed.minutes + offsetAt(timeZone, parsed.minutes);
  return { date: isoDate(Math.floor(local / 1440)), assumedZone: false };
}

/**
 * Today's date in the warehouse's zone.
 * @example todayIn('America/New_York', Date.UTC(2026, 10, 27, 3, 0)) // '2026-11-26' (10 pm the evening before)
 */
export function todayIn(timeZone: string, epochMs: number): string {
  const minutes = Math.floor(epochMs / 60_000);
  return isoDate(Math.floor((minutes + offsetAt(timeZone, minutes)) / 1440));
}

export type ReturnStatus = 'refunded' | 'awaiting' | 'due' | 'dueToday' | 'overdue';

/** A return with what follows from it on a given day. */
export interface ReturnDeadline {
  /** Warehouse-local arrival date, or '' while the item is on its way (or unreadable). */
  arrivedOn: string;
  /** Last day to refund, or '' without an arrival. */
  refundBy: string;
  status: ReturnStatus;
  /** The arrival was written without an offset and read in the warehouse's zone. */
  assumedZone: boolean;
}

/**
 * The refund-by date and status of one return on `today` (a warehouse-local date).
 * @example returnDeadline({ receivedAt: '2026-11-25', refunded: false }, weekendsOnlyCalendar(), '2026-11-27')
 * // { arrivedOn: '2026-11-25', refundBy: '2026-11-27', status: 'dueToday', assumedZone: true }
 */
export function returnDeadline(
  entry: Pick<ReturnEntry, 'receivedAt' | 'refunded'>,
  calendar: ReturnsCalendar,
  today: string,
): ReturnDeadline {
  const arrival = entry.receivedAt === '' ? undefined : localDateOf(entry.receivedAt, calendar.timeZone);
  if (!arrival)
    return { arrivedOn: '', refundBy: '', status: entry.refunded ? 'refunded' : 'awaiting', assumedZone: false };
  const refundBy = refundDeadline(arrival.date, calendar.closedDates);
  const status: ReturnStatus = entry.refunded
    ? 'refunded'
    : today > refundBy
      ? 'overdue'
      : today === refundBy
        ? 'dueToday'
        : 'due';
  return { arrivedOn: arrival.date, refundBy, status, assumedZone: arrival.assumedZone };
}
