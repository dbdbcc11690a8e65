import { CARRIERS, type CarrierId } from '../domain/carrier';
import type { ServicePlan, Settings, Warehouse } from '../domain/settings';
import type { ServiceInfo } from '../catalog/types';
import { minutesOfDay, WEEKDAYS, type Weekday } from '../time/dateTime';
import type { EngineCatalog } from './engineCatalog';
import type { MessageKey } from '../i18n/catalogue';
import { dayNumber, deadlineInstant, offsetAt, weekdayIndex, yearOfDay } from '../time/timezone';

/*
 * Business-day calendar of one warehouse and carrier service (a "lane").
 *
 * Rules (documented assumptions, mirrored by the reference oracle in test/reference):
 * - A warehouse-local date D is a ship day of a lane when: its weekday is an operating day; it has a
 *   seller cutoff (the per-service override for that weekday if any, else the warehouse cutoff); it is
 *   neither a warehouse closure nor a warehouse holiday (a settings holiday without `carriers`); the
 *   service has a handover that weekday *at or after* the seller cutoff (the first pickup time >= cutoff,
 *   or a drop-off whose latest time >= cutoff: parcels packed by the cutoff must still reach the carrier
 *   that day); a Saturday/Sunday handover is offered by the carrier ('yes' in the weekend matrix, or
 *   'limited' with the lane's special plan for that day — such shipments are outside Buy Shipping;
 *   'no' never counts); and the carrier is not closed that day. Carrier holidays add up: the catalog's
 *   built-in calendar, minus the days the settings reopen for that carrier (`reopenedCarrierDays`), plus
 *   every settings holiday that lists the carrier.
 * - The customer-facing cutoff of a ship day is the instant the warehouse clock reaches the seller
 *   cutoff (in a spring-forward gap: the change itself, see deadlineInstant) minus
 *   `customerCutoffLeadMinutes` of elapsed time. A view ships on the first ship day whose customer
 *   cutoff is strictly after the view instant (an order placed exactly at the cutoff misses it).
 * - Transit: with N business days in transit, the parcel is delivered on the N-th transit day after the
 *   handover date (a transit day: weekday in the service's transitDays and not a carrier holiday); N = 0
 *   means the handover date itself. If that date is not a delivery day (weekday in deliveryDays and not
 *   a carrier holiday), delivery moves to the next delivery day. Dates are counted on the calendar from
 *   the warehouse-local handover date; the delivery date is read as a date at the destination.
 * - With holidays switched off ("typical week"), carrier holidays, settings holidays and closures are all
 *   ignored.
 */

/** A ship day counts only if its customer cutoff comes within this many days (x 1440 min) after the view. */
export const SHIP_SEARCH_DAYS = 28;
/** How many calendar days transit + delivery may take before a lane is declared unable to deliver. */
export const DELIVERY_SEARCH_DAYS = 60;

/** Closed dates by carrier and for the warehouses, built once per settings. */
export interface HolidayBook {
  /** Whether holidays and closures apply at all (false = "typical week"). */
  readonly enabled: boolean;
  /** Name of the holiday that closes `carrier` on `day` (day number), or undefined. */
  carrierClosed(carrier: CarrierId, day: number): string | undefined;
  /** Why warehouse `warehouseIndex` does not ship on `day`, or undefined when it is open. */
  warehouseClosed(warehouseIndex: number, day: number): { kind: 'closure' | 'holiday'; name: string } | undefined;
}

/**
 * Collects carrier holidays, warehouse holidays (settings holidays without carriers) and warehouse
 * closures. Carrier holidays add up: a carrier is closed on a day of its built-in US calendar unless the
 * plan reopens that day for it (`reopenedCarrierDays`), and on every day the plan's own holidays list
 * it. Built-in years are read lazily.
 * @example createHolidayBook(settings, catalog, true).carrierClosed('usps', dayNumber('2026-12-25')) // 'Christmas Day'
 */
export function createHolidayBook(settings: Settings, catalog: EngineCatalog, enabled: boolean): HolidayBook {
  const carrierYears = new Map<number, Map<number, string>>(); // key: year * 8 + carrier index
  const settingsCarrier = new Map<CarrierId, Map<number, string>>();
  const reopened = new Map<CarrierId, Set<number>>();
  const warehouseHolidays = new Map<number, string>();
  for (const h of settings.holidays) {
    const day = dayNumber(h.date);
    if (!h.carriers) warehouseHolidays.set(day, h.name);
    else {
      for (const c of h.carriers) {
        let m = settingsCarrier.get(c);
        if (!m) settingsCarrier.set(c, (m = new Map()));
        m.set(day, h.name);
      }
    }
  }
  for (const r of settings.reopenedCarrierDays) {
    let days = reopened.get(r.carrier);
    if (!days) reopened.set(r.carrier, (days = new Set()));
    days.add(dayNumber(r.date));
  }
  const closures = settings.warehouses.map((w) => new Set(w.closures.map(dayNumber)));

  function carrierYear(carrier: CarrierId, year: number): Map<number, string> {
    const key = year * 8 + CARRIERS.indexOf(carrier);
    let m = carrierYears.get(key);
    if (!m) {
      m = new Map();
      for (const h of catalog.carrierHolidays(carrier, year)) m.set(dayNumber(h.date), h.name);
      carrierYears.set(key, m);
    }
    return m;
  }

  return {
    enabled,
    carrierClosed(carrier, day) {
      if (!enabled) return undefined;
      const own = settingsCarrier.get(carrier)?.get(day);
      if (own !== undefined) return own;
      if (reopened.get(carrier)?.has(day)) return undefined;
      return carrierYear(carrier, yearOfDay(day)).get(day);
    },
    warehouseClosed(warehouseIndex, day) {
      if (!enabled) return undefined;
      if (closures[warehouseIndex]?.has(day)) return { kind: 'closure', name: '' };
      const name = warehouseHolidays.get(day);
      return name === undefined ? undefined : { kind: 'holiday', name };
    },
  };
}

/** A lane: one enabled service plan of one warehouse, with its weekday tables precomputed. */
export interface Lane {
  warehouseIndex: number;
  planIndex: number;
  warehouse: Warehouse;
  plan: ServicePlan;
  info: ServiceInfo;
  /** Seller cutoff (minute of day) per weekday index, -1 when the warehouse does not ship that weekday. */
  sellerCutoff: readonly number[];
  /** Why a weekday cannot ship (i18n key + params), or null when its weekday rules allow shipping. */
  weekdayBlock: readonly ({ key: MessageKey; params: Record<string, string | number> } | null)[];
  /** Handover used per weekday: kind, minute of day; specialPlan when it relies on a 'limited' option. */
  handover: readonly ({ kind: 'pickup' | 'dropoff'; minute: number; specialPlan: boolean } | null)[];
  transitMask: readonly boolean[];
  deliveryMask: readonly boolean[];
  book: HolidayBook;
}

/**
 * Builds the lane of `settings.warehouses[warehouseIndex].services[planIndex]`.
 * @example createLane(settings, 0, 0, DEFAULT_ENGINE_CATALOG, book).sellerCutoff[0] // 840 for a 14:00 Monday cutoff
 */
export function createLane(
  settings: Settings,
  warehouseIndex: number,
  planIndex: number,
  catalog: EngineCatalog,
  book: HolidayBook,
  /**
   * Weekend days the service also moves and delivers parcels on, for the destinations this lane serves
   * (extraDeliveryDays).
   */
  extraDays: readonly Weekday[] = [],
): Lane {
  const warehouse = settings.warehouses[warehouseIndex]!;
  const plan = warehouse.services[planIndex]!;
  const info = catalog.services[plan.serviceId];
  const operating = new Set<Weekday>(warehouse.operatingDays);
  const overrides = warehouse.serviceCutoffs[plan.serviceId] ?? {};
  const sellerCutoff: number[] = [];
  const weekdayBlock: Lane['weekdayBlock'][number][] = [];
  const handover: Lane['handover'][number][] = [];
  WEEKDAYS.forEach((wd) => {
    const cut = overrides[wd] ?? warehouse.cutoffs[wd];
    const cutMin = cut === undefined ? -1 : minutesOfDay(cut);
    let block: Lane['weekdayBlock'][number] = null;
    let ho: Lane['handover'][number] = null;
    if (!operating.has(wd)) block = { key: 'engine.skip.notOperating', params: { weekday: wd } };
    else if (cutMin < 0) block = { key: 'engine.skip.noCutoff', params: { weekday: wd } };
    else {
      const day = plan.days[wd];
      if (!day) block = { key: 'engine.skip.noHandover', params: { weekday: wd, service: plan.serviceId } };
      else {
        let minute = -1;
        if (day.kind === 'pickup') {
          for (const t of day.times) {
            const m = minutesOfDay(t);
            if (m >= cutMin && (minute < 0 || m < minute)) minute = m;
          }
        } else if (minutesOfDay(day.latest) >= cutMin) minute = minutesOfDay(day.latest);
        if (minute < 0) {
          block = {
            key: 'engine.skip.handoverBeforeCutoff',
            params: { weekday: wd, service: plan.serviceId, cutoff: cut! },
          };
        } else {
          let specialPlan = false;
          if (wd === 'sat' || wd === 'sun') {
            const cap = catalog.weekendCapability(plan.serviceId, wd, day.kind);
            if (cap === 'no')
              block = {
                key: 'engine.skip.weekendNotOffered',
                params: { weekday: wd, service: plan.serviceId, kind: day.kind },
              };
            else if (cap === 'limited') {
              if (plan.specialPlans[wd]) specialPlan = true;
              else
                block = {
                  key: 'engine.skip.weekendNeedsPlan',
                  params: { weekday: wd, service: plan.serviceId, kind: day.kind },
                };
            }
          }
          if (!block) ho = { kind: day.kind, minute, specialPlan };
        }
      }
    }
    sellerCutoff.push(block ? -1 : cutMin);
    weekdayBlock.push(block);
    handover.push(ho);
  });
  const transitSet = new Set<Weekday>([...info.transitDays, ...extraDays]);
  const deliverySet = new Set<Weekday>([...info.deliveryDays, ...extraDays]);
  return {
    warehouseIndex,
    planIndex,
    warehouse,
    plan,
    info,
    sellerCutoff,
    weekdayBlock,
    handover,
    transitMask: WEEKDAYS.map((d) => transitSet.has(d)),
    deliveryMask: WEEKDAYS.map((d) => deliverySet.has(d)),
    book,
  };
}

/** Outcome of asking whether a lane ships on a date. */
export type ShipDayVerdict =
  | {
      ok: true;
      sellerCutoff: number;
      customerCutoffInstant: number;
      handover: { kind: 'pickup' | 'dropoff'; minute: number; specialPlan: boolean };
    }
  | { ok: false; key: MessageKey; params: Record<string, string | number> };

/**
 * Whether the lane ships on warehouse-local `day`, and if so its cutoffs and handover.
 * @example shipDayVerdict(lane, dayNumber('2026-06-08')) // { ok: true, sellerCutoff: 840, ... }
 */
export function shipDayVerdict(lane: Lane, day: number): ShipDayVerdict {
  const wd = weekdayIndex(day);
  const block = lane.weekdayBlock[wd];
  if (block) return { ok: false, key: block.key, params: block.params };
  const closed = lane.book.warehouseClosed(lane.warehouseIndex, day);
  if (closed) {
    return closed.kind === 'closure'
      ? { ok: false, key: 'engine.skip.closure', params: {} }
      : { ok: false, key: 'engine.skip.warehouseHoliday', params: { name: closed.name } };
  }
  const carrierHoliday = lane.book.carrierClosed(lane.info.carrier, day);
  if (carrierHoliday !== undefined) {
    return {
      ok: false,
      key: 'engine.skip.carrierHoliday',
      params: { name: carrierHoliday, carrier: lane.info.carrier },
    };
  }
  const sellerCutoff = lane.sellerCutoff[wd]!;
  const customerCutoffInstant =
    deadlineInstant(lane.warehouse.timeZone, day * 1440 + sellerCutoff) - lane.warehouse.customerCutoffLeadMinutes;
  return { ok: true, sellerCutoff, customerCutoffInstant, handover: lane.handover[wd]! };
}

/** Whether the lane's carrier moves parcels on `day`. */
export function isTransitDay(lane: Lane, day: number): boolean {
  return lane.transitMask[weekdayIndex(day)]! && lane.book.carrierClosed(lane.info.carrier, day) === undefined;
}

/** Whether the lane's carrier delivers on `day`. */
export function isDeliveryDay(lane: Lane, day: number): boolean {
  return lane.deliveryMask[weekdayIndex(day)]! && lane.book.carrierClosed(lane.info.carrier, day) === undefined;
}

/**
 * Delivery date (day number) for a parcel handed over on `handoverDay` with `transitDays` business days
 * in transit, or -1 when the service cannot deliver within DELIVERY_SEARCH_DAYS.
 * @example deliveryDay(upsGroundLane, dayNumber('2026-06-12'), 1) === dayNumber('2026-06-15') // Friday + 1 -> Monday
 */
export function deliveryDay(lane: Lane, handoverDay: number, transitDays: number): number {
  const limit = handoverDay + DELIVERY_SEARCH_DAYS;
  let d = handoverDay;
  for (let n = 0; n < transitDays; n++) {
    do {
      d++;
      if (d > limit) return -1;
    } while (!isTransitDay(lane, d));
  }
  while (!isDeliveryDay(lane, d)) {
    d++;
    if (d > limit) return -1;
  }
  return d;
}

/** Warehouse-local day numbers to scan when looking for the ship day of a view at `viewInstant`. */
export function firstCandidateShipDay(viewInstant: number): number {
  // A ship day's customer cutoff is at most 12 h (maximum lead) before that day's local midnight, and the
  // zone offset is at most ±14 h, so starting two days before the view's UTC day is always early enough.
  return Math.floor(viewInstant / 1440) - 2;
}

/** The ship day found for a view, with the days passed over on the way (for explanations). */
export interface ShipDayFound {
  day: number;
  verdict: Extract<ShipDayVerdict, { ok: true }>;
  skipped: { day: number; key: MessageKey; params: Record<string, string | number> }[];
}

/**
 * First ship day of the lane whose customer cutoff is strictly after `viewInstant` (epoch minutes), or
 * undefined when none comes within SHIP_SEARCH_DAYS. Days from the view's warehouse-local date on that
 * cannot be used are listed in `skipped` with the reason.
 * @example findShipDay(lane, viewInstant)?.day === dayNumber('2026-06-13') // Friday 15:30 view, Saturday ships
 */
export function findShipDay(lane: Lane, viewInstant: number): ShipDayFound | undefined {
  const tz = lane.warehouse.timeZone;
  const viewLocalDay = Math.floor((viewInstant + offsetAt(tz, viewInstant)) / 1440);
  const limit = viewInstant + SHIP_SEARCH_DAYS * 1440;
  const skipped: ShipDayFound['skipped'] = [];
  for (let day = firstCandidateShipDay(viewInstant); day <= viewLocalDay + SHIP_SEARCH_DAYS + 1; day++) {
    const verdict = shipDayVerdict(lane, day);
    if (verdict.ok && verdict.customerCutoffInstant > viewInstant) {
      return verdict.customerCutoffInstant <= limit ? { day, verdict, skipped } : undefined;
    }
    if (day < viewLocalDay) continue;
    if (verdict.ok) skipped.push({ day, key: 'engine.skip.cutoffPassed', params: {} });
    else skipped.push({ day, key: verdict.key, params: verdict.params });
  }
  return undefined;
}
