/**
 * The slow, obvious promise oracle. It shares no scheduling code with the engine: it reads the raw
 * settings, converts times with its own memoised Intl lookups, and walks forward minute by minute from
 * the view instant until some warehouse clock reaches a cutoff, then minute by minute to the handover,
 * then day by day through transit. Used only by the property tests and the benchmark.
 *
 * It encodes the rules documented in shared/engine/calendar.ts and routing.ts, written out plainly.
 */
import type { SizeTier } from '../../shared/domain/carrier';
import type { Settings, ServicePlan, Warehouse } from '../../shared/domain/settings';
import { minutesOfDay, WEEKDAYS } from '../../shared/time/dateTime';
import { remoteRegionOf } from '../../shared/geo/remoteRegions';
import { defaultArea } from '../../shared/engine/extraDeliveryDays';
import { whereAvailableDefault } from '../../shared/domain/deliveryCoverage';
import { distanceMiles, zoneForDistance, type GeoData, type Zip3Record } from '../../shared/geo';
import type { EngineCatalog } from '../../shared/engine/engineCatalog';
import { costRank, serviceCarriesTier } from '../../shared/engine/routing';

const slotOffsets = new Map<string, number>();

/** Local-minus-UTC offset, read from Intl for the 15-minute UTC slot (all real zone changes fall on one). */
function refOffset(timeZone: string, epochMinute: number): number {
  const slot = Math.floor(epochMinute / 15);
  const key = `${timeZone}|${slot}`;
  let off = slotOffsets.get(key);
  if (off === undefined) {
    const f = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    });
    const p = Object.fromEntries(f.formatToParts(new Date(slot * 15 * 60_000)).map((x) => [x.type, x.value]));
    const local =
      Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute)) / 60_000;
    off = local - slot * 15;
    slotOffsets.set(key, off);
  }
  return off;
}

/** Local wall clock of an instant: day number and minute of day. */
function clock(timeZone: string, epochMinute: number): { day: number; minute: number } {
  const local = epochMinute + refOffset(timeZone, epochMinute);
  const day = Math.floor(local / 1440);
  return { day, minute: local - day * 1440 };
}

const dateOf = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);
const weekdayOf = (day: number) => WEEKDAYS[(((day + 3) % 7) + 7) % 7]!;

export interface ReferencePromise {
  /** Delivery day number, or -1 when nothing can serve the destination. */
  deliveryDay: number;
  promiseDays: number;
  warehouseId?: string;
  serviceId?: string;
  shipDay?: number;
  customerCutoff?: number;
  handoverMinute?: number;
  outsideBuyShipping?: boolean;
}

interface RefOptions {
  holidays: boolean;
  sizeTier: SizeTier;
  /** Destination ZIP5 when the question names one (its overrides win over the ZIP3's). */
  zip5?: string;
}

/**
 * The promise for a view at `view` (epoch minutes) to a destination ZIP3, the slow way.
 * @example
 * referencePromise(settings, geo, catalog, view, geo.byZip3.get('100')!, { holidays: true, sizeTier: 'standard' })
 */
export function referencePromise(
  settings: Settings,
  geo: GeoData,
  catalog: EngineCatalog,
  view: number,
  dest: Zip3Record,
  opts: RefOptions,
): ReferencePromise {
  const destTz = dest.timeZone;
  const viewDay = clock(destTz, view).day;
  let best: (ReferencePromise & { rank: number[] }) | undefined;
  let order = 0;
  for (const warehouse of settings.warehouses) {
    const originZip3 = geo.lookup(warehouse.zip)?.zip3 ?? warehouse.zip.slice(0, 3);
    const origin = geo.byZip3.get(originZip3);
    for (const plan of warehouse.services) {
      if (!plan.enabled) continue;
      order++;
      const info = catalog.services[plan.serviceId];
      if (!serviceCarriesTier(info, opts.sizeTier) || !origin) continue;
      const zone = zoneForDistance(distanceMiles(origin, dest));
      if (plan.zoneCap !== undefined && zone > plan.zoneCap) continue;
      // Alaska, Hawaii, Puerto Rico and the Pacific territories have their own figure per service; null = not served.
      const region = remoteRegionOf(opts.zip5 ?? dest.zip3);
      let transit = region && info.remoteTransit ? (info.remoteTransit[region] ?? -1) : info.transitByZone[zone - 1]!;
      for (const o of settings.transitOverrides)
        if (o.serviceId === plan.serviceId && o.dest === dest.zip3) transit = o.businessDays;
      if (opts.zip5) {
        for (const o of settings.transitOverrides)
          if (o.serviceId === plan.serviceId && o.dest === opts.zip5) transit = o.businessDays;
      }
      if (transit < 0) continue;
      const shipped = walkToHandover(settings, catalog, warehouse, plan, view, opts.holidays);
      if (!shipped) continue;
      const extraDays = settings.extraDeliveryDays
        .filter((e) => e.serviceId === plan.serviceId)
        .filter((e) =>
          e.area.kind === 'states'
            ? e.area.states.includes(dest.state)
            : e.area.kind === 'zip3s'
              ? e.area.zip3s.includes(dest.zip3)
              : defaultArea(geo, whereAvailableDefault(plan.serviceId, e.day)!.populationShare).has(dest.zip3),
        )
        .map((e) => e.day);
      const delivery = walkTransit(settings, catalog, plan, shipped.day, transit, opts.holidays, extraDays);
      if (delivery < 0) continue;
      const outside = !info.buyShipping || shipped.specialPlan;
      const rank = [delivery, outside ? 1 : 0, costRank(info), order];
      if (!best || lexLess(rank, best.rank)) {
        best = {
          rank,
          deliveryDay: delivery,
          promiseDays: delivery - viewDay,
          warehouseId: warehouse.id,
          serviceId: plan.serviceId,
          shipDay: shipped.day,
          customerCutoff: shipped.customerCutoff,
          handoverMinute: shipped.handoverMinute,
          outsideBuyShipping: outside,
        };
      }
    }
  }
  if (!best) return { deliveryDay: -1, promiseDays: Number.POSITIVE_INFINITY };
  const { rank: _rank, ...result } = best;
  void _rank;
  return result;
}

function lexLess(a: number[], b: number[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! < b[i]!;
  return false;
}

function carrierClosed(
  settings: Settings,
  catalog: EngineCatalog,
  carrier: string,
  day: number,
  holidays: boolean,
): boolean {
  if (!holidays) return false;
  const date = dateOf(day);
  // Holidays add up: the plan's own days for this carrier, and the built-in calendar less the days it reopens.
  if (settings.holidays.some((h) => h.date === date && h.carriers?.includes(carrier as never))) return true;
  if (settings.reopenedCarrierDays.some((r) => r.date === date && r.carrier === carrier)) return false;
  return catalog.carrierHolidays(carrier as never, Number(date.slice(0, 4))).some((h) => h.date === date);
}

/** Everything about warehouse-local `day` that decides whether this plan ships on it (cutoff excluded). */
function dayAllowsShipping(
  settings: Settings,
  catalog: EngineCatalog,
  warehouse: Warehouse,
  plan: ServicePlan,
  day: number,
  holidays: boolean,
): boolean {
  const wd = weekdayOf(day);
  if (!warehouse.operatingDays.includes(wd)) return false;
  const date = dateOf(day);
  if (holidays) {
    if (warehouse.closures.includes(date)) return false;
    if (settings.holidays.some((h) => h.date === date && !h.carriers)) return false;
  }
  const handover = plan.days[wd];
  if (!handover) return false;
  if (wd === 'sat' || wd === 'sun') {
    const cap = catalog.weekendCapability(plan.serviceId, wd, handover.kind);
    if (cap === 'no') return false;
    if (cap === 'limited' && !plan.specialPlans[wd]) return false;
  }
  return !carrierClosed(settings, catalog, catalog.services[plan.serviceId].carrier, day, holidays);
}

/**
 * Walks minute by minute from just after the view: at each minute t, the warehouse clock at t + lead is
 * checked; the first time it reaches a usable day's seller cutoff, t is the customer cutoff. From the
 * seller cutoff it walks on to the first handover that same local date; a day without one is passed by.
 */
function walkToHandover(
  settings: Settings,
  catalog: EngineCatalog,
  warehouse: Warehouse,
  plan: ServicePlan,
  view: number,
  holidays: boolean,
): { day: number; customerCutoff: number; handoverMinute: number; specialPlan: boolean } | undefined {
  const tz = warehouse.timeZone;
  const lead = warehouse.customerCutoffLeadMinutes;
  const cutoffOf = (day: number): number | undefined => {
    const wd = weekdayOf(day);
    const t = warehouse.serviceCutoffs[plan.serviceId]?.[wd] ?? warehouse.cutoffs[wd];
    return t === undefined ? undefined : minutesOfDay(t);
  };
  const limit = view + 28 * 1440; // SHIP_SEARCH_DAYS: a customer cutoff must come within 28 days
  // A cutoff passes the FIRST time the clock shows it that date (in a repeated fall-back hour the clock
  // shows it twice). The walk starts a day before the view so such first passes are known; only cutoffs
  // strictly after the view count.
  const passedDays = new Set<number>();
  let prev = clock(tz, view - 1440 + lead);
  for (let t = view - 1440 + 1; t <= limit; t++) {
    const now = clock(tz, t + lead);
    // Did the clock reach a cutoff between the previous minute and this one (same day, or a new day)?
    const cut = cutoffOf(now.day);
    const reached =
      cut !== undefined && now.minute >= cut && (prev.day < now.day || prev.minute < cut) && !passedDays.has(now.day);
    prev = now;
    if (!reached) continue;
    passedDays.add(now.day);
    if (t <= view || !dayAllowsShipping(settings, catalog, warehouse, plan, now.day, holidays)) continue;
    const handover = plan.days[weekdayOf(now.day)]!;
    // Walk the clock on from the seller cutoff to the first handover time it passes that same date.
    const times = handover.kind === 'pickup' ? handover.times.map(minutesOfDay) : [minutesOfDay(handover.latest)];
    let before = cut - 1;
    for (let u = t + lead; ; u++) {
      const c = clock(tz, u);
      if (c.day !== now.day) break;
      const passed = times.filter((p) => p >= cut && before < p && p <= c.minute);
      before = c.minute;
      if (passed.length > 0) {
        const wd = weekdayOf(now.day);
        const special =
          (wd === 'sat' || wd === 'sun') && catalog.weekendCapability(plan.serviceId, wd, handover.kind) === 'limited';
        return { day: now.day, customerCutoff: t, handoverMinute: Math.min(...passed), specialPlan: special };
      }
    }
  }
  return undefined;
}

/** Counts transit days one calendar day at a time, then waits for a delivery day. */
function walkTransit(
  settings: Settings,
  catalog: EngineCatalog,
  plan: ServicePlan,
  handoverDay: number,
  transit: number,
  holidays: boolean,
  extraDays: readonly string[] = [],
): number {
  const info = catalog.services[plan.serviceId];
  const open = (day: number) => !carrierClosed(settings, catalog, info.carrier, day, holidays);
  // A weekend day the service also delivers on at this destination is a transit and a delivery day there.
  const moves = (day: number) => info.transitDays.includes(weekdayOf(day)) || extraDays.includes(weekdayOf(day));
  const delivers = (day: number) => info.deliveryDays.includes(weekdayOf(day)) || extraDays.includes(weekdayOf(day));
  let day = handoverDay;
  let counted = 0;
  while (counted < transit) {
    day++;
    if (day > handoverDay + 60) return -1;
    if (moves(day) && open(day)) counted++;
  }
  while (!(delivers(day) && open(day))) {
    day++;
    if (day > handoverDay + 60) return -1;
  }
  return day;
}
