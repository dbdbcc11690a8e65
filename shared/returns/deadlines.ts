/**
 * When each return must be refunded, read in the warehouse's calendar:
 * - the arrival is the warehouse-local date of "item received" (a date-time with an offset is moved
 *   into the warehouse's zone: 2026-11-28T02:00Z is still the 27th in Columbus; a date or date-time
 *   without an offset is taken as the warehouse's own wall clock, an assumption the caller states);
 * - refund by = two business days after it (sellerObligations.refundDeadline): Saturdays, Sundays,
 *   the plan's holidays — every one, as the Reports page's calculator counts them — and this
 *   warehouse's closures are not business days;
 * - the status on a given day: refunded, awaiting arrival, due, due today, or overdue.
 */
import type { Settings } from '../domain/settings';
import { refundDeadline } from '../catalog/sellerObligations';
import { parseDateTime } from '../orders/isoInstant';
import { isoDate, offsetAt } from '../time/timezone';
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
 * The calendar of a plan's warehouse (the first one unless `warehouseId` names another): its zone,
 * the plan's holidays and its closures.
 * @example calendarFor(sampleSettings()).timeZone // 'America/New_York'
 */
export function calendarFor(settings: Pick<Settings, 'warehouses' | 'holidays'>, warehouseId?: string): ReturnsCalendar {
  const warehouse = settings.warehouses.find((w) => w.id === warehouseId) ?? settings.warehouses[0];
  const closed = new Set<string>(settings.holidays.map((h) => h.date));
  for (const d of warehouse?.closures ?? []) closed.add(d);
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
export function returnDeadline(entry: Pick<ReturnEntry, 'receivedAt' | 'refunded'>, calendar: ReturnsCalendar, today: string): ReturnDeadline {
  const arrival = entry.receivedAt === '' ? undefined : localDateOf(entry.receivedAt, calendar.timeZone);
  if (!arrival) return { arrivedOn: '', refundBy: '', status: entry.refunded ? 'refunded' : 'awaiting', assumedZone: false };
  const refundBy = refundDeadline(arrival.date, calendar.closedDates);
  const status: ReturnStatus = entry.refunded ? 'refunded' : today > refundBy ? 'overdue' : today === refundBy ? 'dueToday' : 'due';
  return { arrivedOn: arrival.date, refundBy, status, assumedZone: arrival.assumedZone };
}
