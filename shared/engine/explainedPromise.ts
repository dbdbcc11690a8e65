import type { CarrierId, ServiceId, SizeTier } from '../domain/carrier';
import type { Settings } from '../domain/settings';
import { remoteRegionOf, type RemoteRegion } from '../geo/remoteRegions';
import { primeOffInstant } from '../domain/primeOff';
import { createExtraDeliveryDays } from './extraDeliveryDays';
import { timeOfDay, WEEKDAYS } from '../time/dateTime';
import type { GeoData } from '../geo';
import { createHolidayBook, createLane, deliveryDay, findShipDay, isTransitDay } from './calendar';
import { DEFAULT_ENGINE_CATALOG, type EngineCatalog } from './engineCatalog';
import { isBetterPromise } from './promiseOrder';
import type { MessageKey } from '../i18n/catalogue';
import {
  costRank,
  createTransitLookup,
  route,
  serviceCarriesTier,
  warehouseOrigin,
  type TransitSource,
} from './routing';
import {
  formatLocalDateTime,
  fromLocalMinutes,
  isoDate,
  parseLocalDateTime,
  toLocalMinutes,
  weekdayIndex,
} from '../time/timezone';

/** States and territories outside the 48 + DC with their own locative phrase (catalog.placeIn.<code>). */
const PLACES_WITH_PHRASE = new Set(['AK', 'HI', 'PR', 'VI', 'GU', 'AS', 'MP']);

/*
 * The explained promise engine: one view, one destination, every step written down (Explain, the
 * CLI's `promise`, the backtest's worst orders). Its twin for volume is compiledPromiseEngine.ts, which
 * answers the same question for millions of views; both pick among lanes with promiseOrder.ts, and the
 * property tests hold both to the naive reference in test/reference/.
 */

/** One line of a promise's explanation: an i18n key (`engine.*`) and its interpolation params. */
export interface ExplanationStep {
  key: MessageKey;
  params: Record<string, string | number>;
}

/** What a page view is asking: when would an order placed now at `to` be delivered? */
export interface PromiseQuery {
  /** Destination-local wall-clock time of the page view, 'YYYY-MM-DDTHH:MM'. */
  at: string;
  /** Destination ZIP5 or ZIP3. */
  to: string;
  sizeTier?: SizeTier;
  /** Apply carrier/settings holidays and closures (default true); false = a "typical" calendar. */
  holidays?: boolean;
}

/** How one warehouse + service fared for the query (the chosen one included). */
export interface PromiseAlternative {
  warehouseId: string;
  serviceId: ServiceId;
  /** Delivery date when the lane can serve the destination, else null and a reason key. */
  deliveryDate: string | null;
  reasonKey?: MessageKey;
  zone?: number;
  transitDays?: number;
  shipDate?: string;
  outsideBuyShipping?: boolean;
}

export type PromiseResult =
  | {
      ok: true;
      warehouseId: string;
      /** The cutoff the customer sees, destination-local 'YYYY-MM-DDTHH:MM'. */
      customerCutoff: string;
      /** The same instant on the warehouse clock. */
      customerCutoffWarehouseLocal: string;
      /** The seller cutoff that applies (per-service override honoured), 'HH:MM' warehouse time. */
      sellerCutoff: string;
      /** Warehouse-local ship date. */
      shipDate: string;
      handover: { kind: 'pickup' | 'dropoff'; time: string; date: string; specialPlan: boolean };
      service: { carrier: CarrierId; serviceId: ServiceId };
      /** True for services outside Buy Shipping or a 'limited' weekend handover (special plan). */
      outsideBuyShipping: boolean;
      zone: number;
      miles: number;
      transitDays: number;
      transitSource: TransitSource;
      /**
       * Set for a destination in Alaska, Hawaii, Puerto Rico / the Virgin Islands or a Pacific territory:
       * outside the Prime regions of a standard shipping template by default, so the date is a regular
       * order's and Amazon's delivery speed does not count it.
       */
      remoteRegion?: RemoteRegion;
      deliveryDate: string;
      /** The view's destination-local date. */
      viewDate: string;
      /** Calendar days from the view's local date to the delivery date. */
      promiseDays: number;
      destination: { zip: string; zip3: string; state: string; timeZone: string };
      explanation: ExplanationStep[];
      alternatives: PromiseAlternative[];
    }
  | {
      ok: false;
      reason: MessageKey;
      params: Record<string, string | number>;
      explanation: ExplanationStep[];
      alternatives: PromiseAlternative[];
    };

/**
 * The Prime promise a customer at `q.to` sees at `q.at`, with a step-by-step explanation. Each
 * warehouse and enabled service (within its zone cap and able to carry the size tier) is tried; the
 * earliest delivery wins, ties going to Buy Shipping, then the cheaper service (see routing.ts).
 * @example computePromise(sampleSettings(), loadGeo(), { at: '2026-06-12T15:30', to: '10001' }).promiseDays
 */
export function computePromise(
  settings: Settings,
  geo: GeoData,
  q: PromiseQuery,
  catalog: EngineCatalog = DEFAULT_ENGINE_CATALOG,
): PromiseResult {
  const explanation: ExplanationStep[] = [];
  const alternatives: PromiseAlternative[] = [];
  const fail = (reason: MessageKey, params: Record<string, string | number>): PromiseResult => ({
    ok: false,
    reason,
    params,
    explanation,
    alternatives,
  });
  const dest = geo.lookup(q.to);
  if (!dest) return fail('engine.reason.unknownZip', { zip: q.to });
  const tz = geo.timeZoneOf(q.to) ?? dest.timeZone;
  // Alaska, Hawaii, Puerto Rico and the Pacific territories: own transit per service, outside Prime by default.
  const region = remoteRegionOf(q.to);
  const extra = createExtraDeliveryDays(settings, geo);
  let viewLocal: number;
  try {
    viewLocal = parseLocalDateTime(q.at);
  } catch {
    return fail('engine.reason.badViewTime', { at: q.at });
  }
  const view = fromLocalMinutes(tz, viewLocal);
  const viewDay = Math.floor(toLocalMinutes(tz, view) / 1440);
  const tier = q.sizeTier ?? 'standard';
  explanation.push({
    key: 'engine.explain.view',
    params: {
      at: formatLocalDateTime(toLocalMinutes(tz, view)),
      timeZone: tz,
      zip: q.to,
      zip3: dest.zip3,
      state: dest.state,
      tier,
    },
  });
  // A real-calendar view while Prime was off still gets its date, but Amazon leaves it out of the metric.
  const off =
    q.holidays === false
      ? undefined
      : (settings.primeOffPeriods ?? []).find(
          (p) => primeOffInstant(p.start, p.timeZone) <= view && view < primeOffInstant(p.end, p.timeZone),
        );
  if (off)
    explanation.push({
      key: 'engine.primeOff.atView',
      params: { start: off.start.replace('T', ' '), end: off.end.replace('T', ' '), timeZone: off.timeZone },
    });

  const book = createHolidayBook(settings, catalog, q.holidays ?? true);
  const transit = createTransitLookup(settings);
  const zip5 = q.to.length === 5 ? q.to : undefined;

  interface Candidate {
    order: number;
    alt: PromiseAlternative;
    lane: ReturnType<typeof createLane>;
    ship: NonNullable<ReturnType<typeof findShipDay>>;
    miles: number;
    zone: number;
    transitDays: number;
    transitSource: TransitSource;
    delivery: number;
    outside: boolean;
    cost: number;
  }
  let best: Candidate | undefined;
  let contenders = 0;
  let order = 0;
  settings.warehouses.forEach((warehouse, wi) => {
    const origin = warehouseOrigin(geo, warehouse);
    warehouse.services.forEach((plan, pi) => {
      if (!plan.enabled) return;
      order++;
      const alt: PromiseAlternative = { warehouseId: warehouse.id, serviceId: plan.serviceId, deliveryDate: null };
      alternatives.push(alt);
      const info = catalog.services[plan.serviceId];
      if (!serviceCarriesTier(info, tier)) return void (alt.reasonKey = 'engine.alt.tierNotCarried');
      if (!origin) return void (alt.reasonKey = 'engine.alt.originUnknown');
      const r = route(origin, dest);
      alt.zone = r.zone;
      if (plan.zoneCap !== undefined && r.zone > plan.zoneCap) return void (alt.reasonKey = 'engine.alt.zoneCap');
      const t = transit(plan.serviceId, info, r.zone, dest.zip3, zip5);
      if (t.days < 0) return void (alt.reasonKey = 'engine.alt.notServed');
      alt.transitDays = t.days;
      const lane = createLane(settings, wi, pi, catalog, book, extra.daysFor(plan.serviceId, dest.zip3));
      const ship = findShipDay(lane, view);
      if (!ship) return void (alt.reasonKey = 'engine.alt.noShipDay');
      alt.shipDate = isoDate(ship.day);
      const delivery = deliveryDay(lane, ship.day, t.days);
      if (delivery < 0) return void (alt.reasonKey = 'engine.alt.noDelivery');
      alt.deliveryDate = isoDate(delivery);
      const outside = !info.buyShipping || ship.verdict.handover.specialPlan;
      alt.outsideBuyShipping = outside;
      const c: Candidate = {
        order,
        alt,
        lane,
        ship,
        miles: r.miles,
        zone: r.zone,
        transitDays: t.days,
        transitSource: t.source,
        delivery,
        outside,
        cost: costRank(info),
      };
      contenders++;
      if (!best || isBetterPromise(c, best)) best = c;
    });
  });
  if (!best) return fail('engine.reason.noService', { zip: q.to, tier });
  const c: Candidate = best;
  const { lane, ship } = c;
  const warehouse = lane.warehouse;
  const info = lane.info;
  const origin = warehouseOrigin(geo, warehouse)!;

  // The place by its state or territory when it has its own phrase ("à Porto Rico", "en Alaska"), else the region's.
  if (region)
    explanation.push({
      // The plan may include the region in its Prime templates (settings.primeRemoteRegions): then it counts.
      key: settings.primeRemoteRegions?.includes(region)
        ? 'engine.explain.remoteInPrime'
        : 'engine.explain.outsidePrime',
      params: { region, zip: q.to, place: PLACES_WITH_PHRASE.has(dest.state) ? dest.state : region },
    });
  explanation.push({
    key: 'engine.explain.route',
    params: {
      warehouse: warehouse.name,
      fromZip3: origin.zip3,
      toZip3: dest.zip3,
      miles: Math.round(c.miles),
      zone: c.zone,
    },
  });
  for (const s of ship.skipped) {
    explanation.push({
      key: s.key,
      params: { ...s.params, date: isoDate(s.day), weekday: WEEKDAYS[weekdayIndex(s.day)]!, service: plan(lane) },
    });
  }
  const cutoffInstant = ship.verdict.customerCutoffInstant;
  const customerCutoff = formatLocalDateTime(toLocalMinutes(tz, cutoffInstant));
  const customerCutoffWarehouseLocal = formatLocalDateTime(toLocalMinutes(warehouse.timeZone, cutoffInstant));
  explanation.push({
    key: 'engine.explain.cutoff',
    params: {
      date: isoDate(ship.day),
      weekday: WEEKDAYS[weekdayIndex(ship.day)]!,
      sellerCutoff: timeOfDay(ship.verdict.sellerCutoff),
      lead: warehouse.customerCutoffLeadMinutes,
      customerCutoff,
      warehouseTime: customerCutoffWarehouseLocal.slice(11),
      warehouse: warehouse.name,
      service: plan(lane),
    },
  });
  const ho = ship.verdict.handover;
  explanation.push({
    key: ho.kind === 'pickup' ? 'engine.explain.handoverPickup' : 'engine.explain.handoverDropoff',
    params: { date: isoDate(ship.day), time: timeOfDay(ho.minute), service: plan(lane) },
  });
  if (ho.specialPlan) {
    explanation.push({
      key: 'engine.explain.specialPlan',
      params: { weekday: WEEKDAYS[weekdayIndex(ship.day)]!, service: plan(lane) },
    });
  }
  explanation.push({
    key:
      c.transitSource === 'zone'
        ? 'engine.explain.transitZone'
        : c.transitSource === 'region'
          ? 'engine.explain.transitRegion'
          : 'engine.explain.transitOverride',
    params: {
      service: plan(lane),
      days: c.transitDays,
      zone: c.zone,
      dest: c.transitSource === 'zip5' ? zip5! : dest.zip3,
      region: region ?? '',
    },
  });
  const transitEnd = nthTransitDay(lane, ship.day, c.transitDays);
  if (transitEnd !== c.delivery) {
    explanation.push({
      key: 'engine.explain.deliveryRolled',
      params: {
        from: isoDate(transitEnd),
        to: isoDate(c.delivery),
        service: plan(lane),
        days: info.deliveryDays.join(','),
      },
    });
  }
  explanation.push({
    key: contenders > 1 ? 'engine.explain.chosenAmong' : 'engine.explain.chosen',
    params: { service: plan(lane), warehouse: warehouse.name, count: contenders, deliveryDate: isoDate(c.delivery) },
  });
  const promiseDays = c.delivery - viewDay;
  explanation.push({
    key: 'engine.explain.promise',
    params: { days: promiseDays, viewDate: isoDate(viewDay), deliveryDate: isoDate(c.delivery) },
  });

  return {
    ok: true,
    warehouseId: warehouse.id,
    customerCutoff,
    customerCutoffWarehouseLocal,
    sellerCutoff: timeOfDay(ship.verdict.sellerCutoff),
    shipDate: isoDate(ship.day),
    handover: { kind: ho.kind, time: timeOfDay(ho.minute), date: isoDate(ship.day), specialPlan: ho.specialPlan },
    service: { carrier: info.carrier, serviceId: info.id },
    outsideBuyShipping: c.outside,
    zone: c.zone,
    miles: Math.round(c.miles * 10) / 10,
    transitDays: c.transitDays,
    transitSource: c.transitSource,
    ...(region ? { remoteRegion: region } : {}),
    deliveryDate: isoDate(c.delivery),
    viewDate: isoDate(viewDay),
    promiseDays,
    destination: { zip: q.to, zip3: dest.zip3, state: dest.state, timeZone: tz },
    explanation,
    alternatives,
  };
}

function plan(lane: { plan: { serviceId: ServiceId } }): string {
  return lane.plan.serviceId;
}

/** The date transit ends before any delivery-day roll (for the explanation only). */
function nthTransitDay(lane: ReturnType<typeof createLane>, handoverDay: number, n: number): number {
  let d = handoverDay;
  for (let i = 0; i < n; i++) {
    do d++;
    while (!isTransitDay(lane, d));
  }
  return d;
}
