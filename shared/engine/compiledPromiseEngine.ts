import type { CarrierId, ServiceId, SizeTier } from '../domain/carrier';
import type { Settings } from '../domain/settings';
import type { GeoData, Zip3Record } from '../geo';
import {
  createHolidayBook,
  createLane,
  DELIVERY_SEARCH_DAYS,
  isDeliveryDay,
  isTransitDay,
  SHIP_SEARCH_DAYS,
  shipDayVerdict,
  type Lane,
} from './calendar';
import { DEFAULT_ENGINE_CATALOG, type EngineCatalog } from './engineCatalog';
import { costRank, createTransitLookup, route, serviceCarriesTier, warehouseOrigin } from './routing';
import { dayNumber, hourlyOffsets, offsetAt } from '../time/timezone';
import { firstIndexAfter } from './firstIndexAfter';
import { laneRanks, promiseKey, promiseKeyDelivery, promiseKeyOutside } from './promiseOrder';
import { remoteRegionOf } from '../geo/remoteRegions';
import { createExtraDeliveryDays } from './extraDeliveryDays';

/*
 * The compiled promise engine: the same rules as computePromise (explainedPromise.ts, which explains one
 * promise step by step), laid out as typed arrays so one promise costs a few binary searches. The choice
 * among lanes is promiseOrder.ts's rule, packed into one number per candidate.
 *
 * - Per lane (warehouse x enabled service), every ship day of the compiled window becomes an *event*:
 *   its customer-cutoff instant, whether it relies on a special plan, and its delivery day for each
 *   possible number of transit days. A view is served by the lane's first event whose cutoff is after it.
 * - Per destination ZIP3, only the transit days per lane (-1 = not offered, e.g. beyond the zone cap).
 * - Per destination time zone, UTC offsets per hour of the window, to read the view's local date.
 */

/** Size tiers in the order the engine indexes them. */
export const TIER_INDEX: Readonly<Record<SizeTier, number>> = { standard: 0, oversize: 1, extraLarge: 2 };

/** What the engine knows about one lane, for reports. */
export interface LaneSummary {
  warehouseId: string;
  serviceId: ServiceId;
  carrier: CarrierId;
  buyShipping: boolean;
}

export interface PromiseEngineOptions {
  /** First local date of the views the engine must answer for (default: TYPICAL_WEEK_START). */
  from?: string;
  /** Number of days of views (default 7). */
  days?: number;
  /** Apply holidays and closures (default true). */
  holidays?: boolean;
  catalog?: EngineCatalog;
}

/** The compiled engine. Views are epoch minutes; destinations are indexes into `geo.zip3s`. */
export interface PromiseEngine {
  readonly lanes: readonly LaneSummary[];
  readonly destinations: readonly Zip3Record[];
  /** First and last (exclusive) view instants the engine answers for. */
  readonly viewFrom: number;
  readonly viewTo: number;
  /**
   * Promise days for a view at `view` to destination `zip3Index`, or Infinity when no lane serves it.
   * After the call, `lastLane`, `lastDeliveryDay` and `lastOutsideBuyShipping` describe the winner.
   */
  promise(view: number, zip3Index: number, tier?: number): number;
  /**
   * The three size tiers at once (one pass over the lanes): writes promise days (Infinity = none) to
   * out[0..2] and 1/0 "outside Buy Shipping" to out[3..5]. Used by the simulation.
   */
  promiseAllTiers(view: number, zip3Index: number, out: Float64Array): void;
  /**
   * promiseAllTiers for a destination of ZIP3 `zip3Index` (its clock) whose transit days per lane are
   * `row` (as written by zip5Transit). The simulation's ZIP5 mode uses it for ZIP5s with their own figures.
   */
  promiseAllTiersWithTransit(view: number, zip3Index: number, rows: Int8Array, offset: number, out: Float64Array): void;
  /**
   * Transit days per lane to one ZIP5 of ZIP3 `zip3Index`, by the same rules as `transit` but with the
   * ZIP5's own override first (as single promises read it); writes out[offset..offset+lanes-1], -1 = not
   * offered. Returns whether any lane differs from the ZIP3's row.
   */
  zip5Transit(zip5: string, zip3Index: number, out: Int8Array, offset: number): boolean;
  lastLane: number;
  lastDeliveryDay: number;
  lastOutsideBuyShipping: boolean;
  /**
   * What lane `lane` would deliver for a view at `view` with 0..15 business days in transit: writes
   * delivery day numbers to out[0..15] (-1 = none) and returns false when the lane has no ship day.
   * The backtest uses it to find the transit figure that would match a promise actually made.
   */
  laneDeliveries(lane: number, view: number, out: Int32Array): boolean;
  /** Destination-local day number of an instant. */
  localDay(view: number, zip3Index: number): number;
  /** Time-zone group of a destination (destinations of one group share their clock over the window). */
  readonly tzGroupOf: Int32Array;
  /** Transit days per destination and lane (row-major, -1 when the lane does not serve it). */
  readonly transit: Int8Array;
  /** Every customer-cutoff instant of every lane, ascending (the only instants a promise can change at). */
  readonly cutoffInstants: Int32Array;
  /** Per lane: bitmask of size tiers it carries (1 << TIER_INDEX). */
  readonly tierMask: Uint8Array;
}

/** A Monday in a plain week (no US holiday, no DST change within a month) used as the "typical week". */
export const TYPICAL_WEEK_START = '2026-06-08';

/** Sentinel for "no delivery". */
const NONE = 0x3fffffff;
/** Transit days are 0..15 (settings schema), so 16 columns per event. */
const TRANSIT_COLUMNS = 16;

const zoneCache = new WeakMap<GeoData, Map<string, Uint8Array>>();

/** Zones from one origin ZIP3 to every ZIP3, memoised per geo dataset. */
function zonesFrom(geo: GeoData, origin: Zip3Record): Uint8Array {
  let perGeo = zoneCache.get(geo);
  if (!perGeo) zoneCache.set(geo, (perGeo = new Map()));
  let zones = perGeo.get(origin.zip3);
  if (!zones) {
    zones = new Uint8Array(geo.zip3s.length);
    geo.zip3s.forEach((d, i) => (zones![i] = route(origin, d).zone));
    perGeo.set(origin.zip3, zones);
  }
  return zones;
}

/**
 * Compiles settings into a fast promise function over a window of view dates.
 * @example
 * const engine = createPromiseEngine(sampleSettings(), loadGeo(), { from: '2026-06-08', days: 7 });
 * engine.promise(Date.UTC(2026, 5, 12, 19, 30) / 60000, loadGeo().zip3s.findIndex((z) => z.zip3 === '100'))
 * // promise days
 */
export function createPromiseEngine(settings: Settings, geo: GeoData, opts: PromiseEngineOptions = {}): PromiseEngine {
  const catalog = opts.catalog ?? DEFAULT_ENGINE_CATALOG;
  const fromDay = dayNumber(opts.from ?? TYPICAL_WEEK_START);
  const days = opts.days ?? 7;
  const book = createHolidayBook(settings, catalog, opts.holidays ?? true);
  // Per ZIP3 only ZIP3 overrides are read: leaving the ZIP5 ones out keeps a country-wide ZIP5 file
  // (tens of thousands of rows) from costing a map entry each on every compilation.
  const transitLookup = createTransitLookup({
    ...settings,
    transitOverrides: settings.transitOverrides.filter((o) => o.dest.length === 3),
  });
  // Views are local dates; any zone is within ±14 h of UTC.
  const viewFrom = fromDay * 1440 - 14 * 60;
  const viewTo = (fromDay + days) * 1440 + 14 * 60;

  const lanes: Lane[] = [];
  const summaries: LaneSummary[] = [];
  const origins: Zip3Record[] = [];
  // A service with extra weekend delivery days in part of the country gets one more lane per distinct
  // set of days; each destination is served by the lane whose days are its own (laneDays key).
  const extra = createExtraDeliveryDays(settings, geo);
  const laneDays: string[] = [];
  settings.warehouses.forEach((w, wi) => {
    const origin = warehouseOrigin(geo, w);
    w.services.forEach((p, pi) => {
      if (!p.enabled || !origin) return;
      for (const days of [[], ...extra.variantsOf(p.serviceId)]) {
        const lane = createLane(settings, wi, pi, catalog, book, days);
        lanes.push(lane);
        origins.push(origin);
        laneDays.push(days.join(','));
        summaries.push({
          warehouseId: w.id,
          serviceId: p.serviceId,
          carrier: lane.info.carrier,
          buyShipping: lane.info.buyShipping,
        });
      }
    });
  });
  const L = lanes.length;

  // Steps 3 and 4 of the ordering rule (promiseOrder.ts) as one rank per lane.
  const laneRank = laneRanks(lanes.map((l) => costRank(l.info)));

  // Events per lane.
  const eventStart = new Int32Array(L + 1);
  const cutoffs: number[] = [];
  const outside: number[] = [];
  const delivery: number[] = [];
  const firstShipDay = fromDay - 3;
  const lastShipDay = fromDay + days + SHIP_SEARCH_DAYS + 2;
  lanes.forEach((lane, l) => {
    eventStart[l] = cutoffs.length;
    for (let day = firstShipDay; day <= lastShipDay; day++) {
      const v = shipDayVerdict(lane, day);
      if (!v.ok) continue;
      cutoffs.push(v.customerCutoffInstant);
      outside.push(!lane.info.buyShipping || v.handover.specialPlan ? 1 : 0);
      pushDeliveries(lane, day, delivery);
    }
  });
  eventStart[L] = cutoffs.length;
  const eventCutoff = Int32Array.from(cutoffs);
  const eventOutside = Uint8Array.from(outside);
  const eventDelivery = Int32Array.from(delivery);

  // Destinations: transit days per lane.
  const dests = geo.zip3s;
  const D = dests.length;
  const transit = new Int8Array(D * L).fill(-1);
  const remote = dests.map((d) => remoteRegionOf(d.zip3) !== undefined);
  const tierMask = new Uint8Array(L);
  lanes.forEach((lane, l) => {
    for (const [tier, idx] of Object.entries(TIER_INDEX))
      if (serviceCarriesTier(lane.info, tier as SizeTier)) tierMask[l] = tierMask[l]! | (1 << idx);
    const zones = zonesFrom(geo, origins[l]!);
    const cap = lane.plan.zoneCap ?? 8;
    const byZone = lane.info.transitByZone;
    // Only ZIP3 overrides apply per ZIP3; look them up only for services that have some.
    const overridden = settings.transitOverrides.some(
      (o) => o.serviceId === lane.plan.serviceId && o.dest.length === 3,
    );
    const variants = settings.extraDeliveryDays.some((e) => e.serviceId === lane.plan.serviceId);
    for (let d = 0; d < D; d++) {
      const zone = zones[d]!;
      if (zone > cap) continue;
      if (variants && extra.daysFor(lane.plan.serviceId, dests[d]!.zip3).join(',') !== laneDays[l]) continue;
      // A remote destination the service does not go to (-1) stays unreachable, like one beyond the cap.
      transit[d * L + l] =
        overridden || remote[d]
          ? transitLookup(lane.plan.serviceId, lane.info, zone, dests[d]!.zip3).days
          : byZone[zone - 1]!;
    }
  });

  // Destination clocks: per time-zone group, the offset at each UTC hour of the window (NaN = changes within it).
  const hour0 = Math.floor(viewFrom / 60);
  const hours = Math.ceil(viewTo / 60) - hour0 + 1;
  const groupOffsets: Float64Array[] = [];
  const groupZone: string[] = [];
  const groupKey = new Map<string, number>();
  const zoneGroup = new Map<string, number>();
  const tzGroupOf = new Int32Array(D);
  for (let d = 0; d < D; d++) {
    const tz = dests[d]!.timeZone;
    let g = zoneGroup.get(tz);
    if (g === undefined) {
      const offs = hourlyOffsets(tz, hour0, hours);
      const key = offs.join(',');
      g = groupKey.get(key);
      if (g === undefined) {
        g = groupOffsets.length;
        groupOffsets.push(offs);
        groupZone.push(tz);
        groupKey.set(key, g);
      }
      zoneGroup.set(tz, g);
    }
    tzGroupOf[d] = g;
  }

  const allCutoffs = Int32Array.from(eventCutoff).sort();

  /** Within lane l's zone cap and weekend-delivery area (the ZIP3-level conditions of `transit`). */
  function laneReaches(l: number, d: number): boolean {
    const lane = lanes[l]!;
    if (zonesFrom(geo, origins[l]!)[d]! > (lane.plan.zoneCap ?? 8)) return false;
    const variants = settings.extraDeliveryDays.some((e) => e.serviceId === lane.plan.serviceId);
    return !variants || extra.daysFor(lane.plan.serviceId, dests[d]!.zip3).join(',') === laneDays[l];
  }

  // ZIP5 overrides as a table indexed by ZIP5 number × services + the service's slot (-1 = none; the
  // last one listed wins, as in createTransitLookup): a country-wide file has one per ZIP5, and a typed
  // table (100,000 × the plan's services, under 1 MB) reads faster than any map. Built on first use.
  const serviceSlot = new Map<ServiceId, number>();
  const laneService = Int32Array.from(lanes, (lane) => {
    let slot = serviceSlot.get(lane.plan.serviceId);
    if (slot === undefined) serviceSlot.set(lane.plan.serviceId, (slot = serviceSlot.size));
    return slot;
  });
  const slots = serviceSlot.size;
  let zip5Table: Int8Array | undefined;
  function zip5Overrides(): Int8Array {
    if (zip5Table) return zip5Table;
    zip5Table = new Int8Array(100_000 * slots).fill(-1);
    for (const o of settings.transitOverrides) {
      const slot = o.dest.length === 5 ? serviceSlot.get(o.serviceId) : undefined;
      if (slot !== undefined) zip5Table[Number(o.dest) * slots + slot] = o.businessDays;
    }
    return zip5Table;
  }

  /**
   * The first shipping event of lane `l` whose customer cutoff is after `view` (binary search over
   * the lane's sorted cutoffs), or -1 when there is none within the search window.
   */
  function firstEventAfter(l: number, view: number): number {
    const lo = firstIndexAfter(eventCutoff, view, eventStart[l]!, eventStart[l + 1]!);
    return lo === eventStart[l + 1]! || eventCutoff[lo]! - view > SHIP_SEARCH_DAYS * 1440 ? -1 : lo;
  }

  /** The three size tiers for a view, transit days per lane read from arr[base..base+lanes-1]. */
  function allTiers(view: number, zip3Index: number, arr: Int8Array, base: number, out: Float64Array): void {
    if (!(view >= viewFrom && view < viewTo)) {
      throw new RangeError(`view instant ${view} is outside the compiled window [${viewFrom}, ${viewTo})`);
    }
    let k0 = Number.POSITIVE_INFINITY;
    let k1 = Number.POSITIVE_INFINITY;
    let k2 = Number.POSITIVE_INFINITY;
    for (let l = 0; l < L; l++) {
      const n = arr[base + l]!;
      if (n < 0) continue;
      const lo = firstEventAfter(l, view);
      if (lo < 0) continue;
      const del = eventDelivery[lo * TRANSIT_COLUMNS + n]!;
      if (del === NONE) continue;
      const key = promiseKey(del, eventOutside[lo]!, laneRank[l]!);
      const mask = tierMask[l]!;
      if (mask & 1 && key < k0) k0 = key;
      if (mask & 2 && key < k1) k1 = key;
      if (mask & 4 && key < k2) k2 = key;
    }
    const day = engine.localDay(view, zip3Index);
    const keys = [k0, k1, k2];
    for (let t = 0; t < 3; t++) {
      const k = keys[t]!;
      if (k === Number.POSITIVE_INFINITY) {
        out[t] = Number.POSITIVE_INFINITY;
        out[t + 3] = 0;
      } else {
        out[t] = promiseKeyDelivery(k) - day;
        out[t + 3] = promiseKeyOutside(k);
      }
    }
  }

  const engine: PromiseEngine = {
    lanes: summaries,
    destinations: dests,
    viewFrom,
    viewTo,
    lastLane: -1,
    lastDeliveryDay: -1,
    lastOutsideBuyShipping: false,
    tzGroupOf,
    transit,
    cutoffInstants: allCutoffs,
    tierMask,
    laneDeliveries(l, view, out) {
      const lo = view >= viewFrom && view < viewTo ? firstEventAfter(l, view) : -1;
      for (let n = 0; n < TRANSIT_COLUMNS; n++) {
        const del = lo < 0 ? NONE : eventDelivery[lo * TRANSIT_COLUMNS + n]!;
        out[n] = del === NONE ? -1 : del;
      }
      return lo >= 0;
    },
    localDay(view, zip3Index) {
      const g = tzGroupOf[zip3Index]!;
      let off = groupOffsets[g]![Math.floor(view / 60) - hour0]!;
      if (off !== off) off = offsetAt(groupZone[g]!, view);
      return Math.floor((view + off) / 1440);
    },
    zip5Transit(zip5, zip3Index, out, offset) {
      const table = zip5Overrides();
      const zip = Number(zip5) * slots;
      let differs = false;
      for (let l = 0; l < L; l++) {
        const n = transit[zip3Index * L + l]!;
        const o = table[zip + laneService[l]!]!;
        // On the mainland -1 means beyond the zone cap or outside the lane's weekend-delivery area,
        // which an override never lifts; in a remote region it may also mean "not served", which it does.
        const days = o < 0 || (n < 0 && !(remote[zip3Index] && laneReaches(l, zip3Index))) ? n : o;
        out[offset + l] = days;
        if (days !== n) differs = true;
      }
      return differs;
    },
    promiseAllTiers(view, zip3Index, out) {
      allTiers(view, zip3Index, transit, zip3Index * L, out);
    },
    promiseAllTiersWithTransit(view, zip3Index, rows, offset, out) {
      allTiers(view, zip3Index, rows, offset, out);
    },
    promise(view, zip3Index, tier = 0) {
      if (!(view >= viewFrom && view < viewTo)) {
        throw new RangeError(`view instant ${view} is outside the compiled window [${viewFrom}, ${viewTo})`);
      }
      const bit = 1 << tier;
      const base = zip3Index * L;
      let bestKey = Number.POSITIVE_INFINITY;
      let bestLane = -1;
      let bestOutside = 0;
      let bestDelivery = NONE;
      for (let l = 0; l < L; l++) {
        if ((tierMask[l]! & bit) === 0) continue;
        const n = transit[base + l]!;
        if (n < 0) continue;
        const lo = firstEventAfter(l, view);
        if (lo < 0) continue;
        const del = eventDelivery[lo * TRANSIT_COLUMNS + n]!;
        if (del === NONE) continue;
        const out = eventOutside[lo]!;
        const key = promiseKey(del, out, laneRank[l]!);
        if (key < bestKey) {
          bestKey = key;
          bestLane = l;
          bestOutside = out;
          bestDelivery = del;
        }
      }
      engine.lastLane = bestLane;
      engine.lastOutsideBuyShipping = bestOutside === 1;
      if (bestLane < 0) {
        engine.lastDeliveryDay = -1;
        return Number.POSITIVE_INFINITY;
      }
      engine.lastDeliveryDay = bestDelivery;
      return bestDelivery - engine.localDay(view, zip3Index);
    },
  };
  return engine;
}

/** Appends the delivery day for 0..15 transit days of a handover on `day` (NONE when impossible). */
function pushDeliveries(lane: Lane, day: number, out: number[]): void {
  // Walk transit days once; the n-th one (rolled to a delivery day) is the answer for n transit days.
  let d = day;
  const limit = day + DELIVERY_SEARCH_DAYS;
  for (let n = 0; n < TRANSIT_COLUMNS; n++) {
    if (n > 0) {
      do d++;
      while (d <= limit && !isTransitDay(lane, d));
    }
    if (d > limit) {
      out.push(NONE);
      continue;
    }
    let r = d;
    while (r <= limit && !isDeliveryDay(lane, r)) r++;
    out.push(r > limit ? NONE : r);
  }
}
