import { SIZE_TIERS, type ServiceId } from '../domain/carrier';
import type { DisruptionWeek, TransitSpread } from '../domain/operations';
import { disruptedCarriers, MAX_SPREAD_DAYS } from '../domain/operations';
import type { CarrierId } from '../domain/carrier';
import type { Settings } from '../domain/settings';
import { type GeoData, type Zip3Record } from '../geo';
import { measuredForSpeed } from '../geo/remoteRegions';
import { defaultSpreadShares } from '../catalog/transitSpread';
import {
  createHolidayBook,
  createLane,
  deliveryDay,
  shipDayVerdict,
  SHIP_SEARCH_DAYS,
  type Lane,
} from '../engine/calendar';
import { DEFAULT_ENGINE_CATALOG, type EngineCatalog } from '../engine/engineCatalog';
import { createPromiseEngine, type LaneSummary, type PromiseEngine } from '../engine/compiledPromiseEngine';
import { route, warehouseOrigin } from '../engine/routing';
import { dayNumber, fromLocalMinutes, isoDate, toLocalMinutes, weekdayIndex } from '../time/timezone';
import { firstIndexAfter } from '../engine/firstIndexAfter';

/*
 * From a plan to the orders of each evaluated week, compiled once so that the Monte Carlo draws an
 * order in a few array reads.
 *
 * view -> order: orders arrive like page views (the settings' view profile by customer-local weekday
 * and hour, destinations weighted by population or the imported weights, the size-tier mix); a view
 * no service can serve gives no Prime order.
 * order -> promise: the compiled promise engine (shared/engine/compiledPromiseEngine.ts) on the real dates of
 * the week, holidays and closures included, gives the lane and the promised delivery day. A promise only
 * changes at a customer cutoff or a local midnight, so each local day of each destination class is cut
 * at the cutoffs and each piece is asked once.
 * promise -> ship: the lane's first ship day after the view; an order that misses its pickup leaves on
 * the lane's next ship day.
 * ship -> transit -> delivered: the spread gives the transit days; since delivery is non-decreasing in
 * transit days, an order is late exactly when its transit reaches the first count whose delivery day is
 * after the promised one, so each piece keeps P(late) for both ship days (from the spread's CDF).
 * Pieces with the same lane and the same two probabilities are merged into one *slot*; the week's
 * orders are drawn from the slots with Walker's alias method.
 * disruption (optional, the user's assumption): in a listed window, `share` of the affected carriers'
 * parcels take `extraDays` more than the spread draws. It applies to the orders the window counts (the
 * orders Amazon judges that week), so P(late) of a slot becomes the mixture
 * (1 - share) P(late | spread) + share P(late | spread shifted by extraDays), exact and still one draw.
 */

/** One evaluated week's orders and its delivery-speed shares. */
export interface WeekOrders {
  /** First local date of the window ('YYYY-MM-DD'). */
  start: string;
  /** Number of slots. */
  size: number;
  /** Alias table: slot j is kept with probability aliasProb[j], else aliasIndex[j]. */
  aliasProb: Float64Array;
  aliasIndex: Int32Array;
  /** Per slot: probability of a late delivery when shipped on its day / after a missed pickup. */
  lateOnTime: Float64Array;
  lateMissed: Float64Array;
  /** Per slot: 1 when the promise relies on a label Buy Shipping cannot buy (limited weekend option). */
  outsideBuyShipping: Uint8Array;
  /** Per slot: lane index (into HorizonOrders.lanes). */
  lane: Int32Array;
  /** Per slot: share of the week's orders. */
  weight: Float64Array;
  /** Views served with a promise, per size tier, by promise length: share within 1, 2, 3, 5 days (of all views). */
  speed: Record<(typeof SIZE_TIERS)[number], { le1: number; le2: number; le3: number; le5: number }>;
  /** Share of the week's views (size-tier mix) that got a promise, hence can become a Prime order. */
  servedShare: number;
}

export interface HorizonOrders {
  lanes: readonly LaneSummary[];
  weeks: WeekOrders[];
}

export interface OrderTableOptions {
  /** First day of the first window ('YYYY-MM-DD'). */
  start: string;
  weeks: number;
  /** Spreads replacing the settings' own (e.g. an imported CSV). */
  transitSpread?: readonly TransitSpread[];
  catalog?: EngineCatalog;
  /**
   * Promise this service `days` more transit days than the carrier's nominal time (its zone times and
   * transit overrides), as a seller does by lengthening the transit time of the shipping template.
   * The carrier's real transit (the default spread around the nominal days) stays where it was.
   */
  promisePadding?: { serviceId: ServiceId; days: number };
  /** Disrupted windows replacing the settings' own (`operations.disruption.weeks`); [] for none. */
  disruption?: readonly DisruptionWeek[];
}

/**
 * The listed disruption weeks that hit the evaluation window opening on `windowStart` ('YYYY-MM-DD'):
 * those whose Sunday-Saturday week holds the window's first day (exactly that Sunday for Sunday
 * windows; the Monday after for a profile that evaluates Monday to Sunday).
 * @example
 * windowDisruptions([{ start: '2026-12-06', extraDays: 1, share: 0.2, reason: 'weather' }], '2026-12-06').length // 1
 */
export function windowDisruptions(weeks: readonly DisruptionWeek[], windowStart: string): DisruptionWeek[] {
  const day = dayNumber(windowStart);
  return weeks.filter((w) => {
    const offset = day - dayNumber(w.start);
    return offset >= 0 && offset <= 6;
  });
}

/**
 * Per carrier, the extra days and share of the disruption in a window (the schema allows one entry per week and
 * carrier).
 */
function heldUpByCarrier(
  weeks: readonly DisruptionWeek[],
  windowStart: string,
): Map<CarrierId, { extraDays: number; share: number }> {
  const out = new Map<CarrierId, { extraDays: number; share: number }>();
  for (const w of windowDisruptions(weeks, windowStart)) {
    if (!(w.share > 0)) continue;
    for (const c of disruptedCarriers(w)) if (!out.has(c)) out.set(c, { extraDays: w.extraDays, share: w.share });
  }
  return out;
}

/** The plan and catalog that promise `padding.days` more for one service. */
function padded(
  settings: Settings,
  catalog: EngineCatalog,
  padding: { serviceId: ServiceId; days: number },
): { settings: Settings; catalog: EngineCatalog } {
  const info = catalog.services[padding.serviceId];
  const more = (d: number) => Math.min(MAX_SPREAD_DAYS, d + padding.days);
  return {
    settings: {
      ...settings,
      transitOverrides: settings.transitOverrides.map((o) =>
        o.serviceId === padding.serviceId ? { ...o, businessDays: more(o.businessDays) } : o,
      ),
    },
    catalog: {
      ...catalog,
      services: {
        ...catalog.services,
        [padding.serviceId]: {
          ...info,
          transitByZone: info.transitByZone.map(more) as unknown as typeof info.transitByZone,
        },
      },
    },
  };
}

/**
 * Destination weights as the simulation weighs them (population or imported weights): over 48 + DC and
 * the remote regions the plan includes in Prime (measuredForSpeed), so the horizon draws Hawaii's orders
 * when the plan's figures count Hawaii's views.
 */
function destinationWeights(settings: Settings, geo: GeoData): Float64Array {
  const zip3s = geo.zip3s;
  const inScope = measuredForSpeed(zip3s, settings.primeRemoteRegions);
  const weight = new Float64Array(zip3s.length);
  const dw = settings.destinationWeights;
  if (dw.source === 'custom') {
    const indexOf = new Map(zip3s.map((z, i) => [z.zip3, i]));
    for (const [zip, w] of Object.entries(dw.byZip)) {
      const rec = geo.lookup(zip);
      const i = rec ? indexOf.get(rec.zip3) : undefined;
      if (i !== undefined && inScope[i]) weight[i] = weight[i]! + w;
    }
  }
  if (dw.source === 'population' || weight.every((w) => w === 0))
    zip3s.forEach((z, i) => (weight[i] = inScope[i] ? z.population : 0));
  return weight;
}

/**
 * A spread lookup: the most specific row for (service, zone, month) — zone and month, then zone,
 * then month, then the service — or undefined for the default spread around the promise's nominal days.
 */
function spreadIndex(
  spreads: readonly TransitSpread[],
): (serviceId: string, zone: number, month: number) => Float64Array | undefined {
  const cdfs = new Map<string, Float64Array>();
  for (const s of spreads) {
    const cdf = new Float64Array(MAX_SPREAD_DAYS + 1);
    let acc = 0;
    for (let d = 0; d <= MAX_SPREAD_DAYS; d++) {
      acc += s.shares[d] ?? 0;
      cdf[d] = acc;
    }
    // Shares may miss 1 by the accepted tolerance: scale so the CDF ends at exactly 1.
    for (let d = 0; d <= MAX_SPREAD_DAYS; d++) cdf[d] = cdf[d]! / acc;
    cdfs.set(`${s.serviceId}|${s.zone ?? ''}|${s.month ?? ''}`, cdf);
  }
  return (serviceId, zone, month) =>
    cdfs.get(`${serviceId}|${zone}|${month}`) ??
    cdfs.get(`${serviceId}|${zone}|`) ??
    cdfs.get(`${serviceId}||${month}`) ??
    cdfs.get(`${serviceId}||`);
}

/** Cumulative shares of the default spread (shared/catalog/transitSpread.ts). */
function defaultCdf(carrier: Parameters<typeof defaultSpreadShares>[0], month: number, nominal: number): Float64Array {
  const shares = defaultSpreadShares(carrier, month, nominal);
  const cdf = new Float64Array(MAX_SPREAD_DAYS + 1);
  let acc = 0;
  for (let d = 0; d <= MAX_SPREAD_DAYS; d++) {
    acc += shares[d]!;
    cdf[d] = acc;
  }
  return cdf;
}

/**
 * P(late) = P(transit + extra >= the first count delivered after the promise), `extra` being the days
 * a disruption adds to every parcel it holds up (0 normally).
 */
function lateProbability(cdf: Float64Array, deliveries: Int32Array, promisedDay: number, extra = 0): number {
  for (let t = 0; t <= MAX_SPREAD_DAYS; t++) {
    const d = deliveries[t]!;
    if (d < 0 || d > promisedDay) {
      const drawn = t - extra; // the spread's draw that reaches the first late count
      return drawn <= 0 ? 1 : Math.max(0, 1 - cdf[drawn - 1]!);
    }
  }
  return 0;
}

/** P(late) of a parcel of a carrier under a window's disruption: the mixture of held-up and normal parcels. */
function lateUnder(
  cdf: Float64Array,
  deliveries: Int32Array,
  promisedDay: number,
  held: { extraDays: number; share: number } | undefined,
): number {
  const normal = lateProbability(cdf, deliveries, promisedDay);
  if (!held) return normal;
  return (1 - held.share) * normal + held.share * lateProbability(cdf, deliveries, promisedDay, held.extraDays);
}

/** Month 1-12 of a day number. */
const monthOf = (day: number) => Number(isoDate(day).slice(5, 7));

/**
 * Compiles the plan into the orders of `weeks` consecutive 7-day windows from `start`.
 * @example
 * compileHorizonOrders(sampleSettings(), loadGeo(), { start: '2026-06-07', weeks: 13 }).weeks[0].size
 * // a few hundred slots
 */
export function compileHorizonOrders(planSettings: Settings, geo: GeoData, opts: OrderTableOptions): HorizonOrders {
  const pad = opts.promisePadding;
  const { settings, catalog } = pad
    ? padded(planSettings, opts.catalog ?? DEFAULT_ENGINE_CATALOG, pad)
    : { settings: planSettings, catalog: opts.catalog ?? DEFAULT_ENGINE_CATALOG };
  const firstDay = dayNumber(opts.start);
  const engine: PromiseEngine = createPromiseEngine(settings, geo, {
    from: opts.start,
    days: opts.weeks * 7,
    holidays: true,
    catalog,
  });
  const L = engine.lanes.length;
  const zip3s = geo.zip3s;
  const D = zip3s.length;

  // The engine's lanes, rebuilt to read ship days and delivery days (same order: warehouses x enabled services with an
  // origin).
  const book = createHolidayBook(settings, catalog, true);
  const lanes: Lane[] = [];
  const origins: Zip3Record[] = [];
  settings.warehouses.forEach((w, wi) => {
    const origin = warehouseOrigin(geo, w);
    w.services.forEach((p, pi) => {
      if (!p.enabled || !origin) return;
      lanes.push(createLane(settings, wi, pi, catalog, book));
      origins.push(origin);
    });
  });

  // Ship events per lane over the horizon (ship day and customer-cutoff instant, ascending).
  const lastDay = firstDay + opts.weeks * 7 + SHIP_SEARCH_DAYS + 2;
  const events = lanes.map((lane) => {
    const days: number[] = [];
    const cutoffs: number[] = [];
    for (let day = firstDay - 3; day <= lastDay; day++) {
      const v = shipDayVerdict(lane, day);
      if (!v.ok) continue;
      days.push(day);
      cutoffs.push(v.customerCutoffInstant);
    }
    return { days: Int32Array.from(days), cutoffs: Float64Array.from(cutoffs) };
  });
  const firstEventAfter = (l: number, view: number): number => firstIndexAfter(events[l]!.cutoffs, view);
  // Delivery day for 0..15 transit days after a ship day, per lane (memoised).
  const deliveryRows = lanes.map(() => new Map<number, Int32Array>());
  const deliveriesFrom = (l: number, shipDay: number): Int32Array => {
    let row = deliveryRows[l]!.get(shipDay);
    if (!row) {
      row = new Int32Array(MAX_SPREAD_DAYS + 1);
      for (let t = 0; t <= MAX_SPREAD_DAYS; t++) row[t] = deliveryDay(lanes[l]!, shipDay, t);
      deliveryRows[l]!.set(shipDay, row);
    }
    return row;
  };

  // Zones per lane and destination.
  const zones = origins.map((o) => {
    const z = new Uint8Array(D);
    for (let d = 0; d < D; d++) z[d] = route(o, zip3s[d]!).zone;
    return z;
  });

  // Destination classes: same clock, same transit days and zones on every lane.
  const weight = destinationWeights(settings, geo);
  const totalWeight = weight.reduce((a, b) => a + b, 0) || 1;
  const classes = new Map<string, { rep: number; weight: number }>();
  for (let d = 0; d < D; d++) {
    if (weight[d] === 0) continue;
    let key = String(engine.tzGroupOf[d]);
    for (let l = 0; l < L; l++) key += `,${engine.transit[d * L + l]}:${zones[l]![d]}`;
    const c = classes.get(key);
    if (c) c.weight += weight[d]!;
    else classes.set(key, { rep: d, weight: weight[d]! });
  }

  // View profile: cumulative weight within each local day (minute resolution by hour), normalised over the week.
  const profile = settings.viewProfile.weights;
  let profileTotal = 0;
  for (const row of profile) for (const v of row) profileTotal += v;
  const uniform = !(profileTotal > 0);
  if (uniform) profileTotal = 168;
  const dayWeight = (wd: number, fromMinute: number, toMinute: number): number => {
    const row = profile[wd]!;
    let sum = 0;
    for (let h = Math.floor(fromMinute / 60); h < 24 && h * 60 < toMinute; h++) {
      const a = Math.max(fromMinute, h * 60);
      const b = Math.min(toMinute, h * 60 + 60);
      if (b > a) sum += ((uniform ? 1 : row[h]!) * (b - a)) / 60;
    }
    return sum / profileTotal;
  };

  const mixRaw = SIZE_TIERS.map((t) => settings.sizeTierMix[t]);
  const mixTotal = mixRaw.reduce((a, b) => a + b, 0);
  const mix = mixTotal > 0 ? mixRaw.map((m) => m / mixTotal) : [1, 0, 0];
  const spreadOf = spreadIndex(opts.transitSpread ?? settings.transitSpread ?? []);
  const defaultCdfs = new Map<string, Float64Array>();
  const cutoffs = engine.cutoffInstants;
  const disruption = opts.disruption ?? settings.operations?.disruption?.weeks ?? [];

  const weeks: WeekOrders[] = [];
  for (let w = 0; w < opts.weeks; w++) {
    const weekDay0 = firstDay + w * 7;
    const heldUp = heldUpByCarrier(disruption, isoDate(weekDay0));
    const slotKey = new Map<string, number>();
    const sLane: number[] = [];
    const sOn: number[] = [];
    const sMiss: number[] = [];
    const sOut: number[] = [];
    const sW: number[] = [];
    const hist = SIZE_TIERS.map(() => new Float64Array(7)); // promise days 0..5, then longer
    let served = 0;
    for (const { rep, weight: cw } of classes.values()) {
      const share = cw / totalWeight;
      const tz = zip3s[rep]!.timeZone;
      for (let k = 0; k < 7; k++) {
        const day = weekDay0 + k;
        const wd = weekdayIndex(day);
        const a = fromLocalMinutes(tz, day * 1440);
        const b = fromLocalMinutes(tz, (day + 1) * 1440);
        let lo = firstIndexAfter(cutoffs, a);
        let p = a;
        while (p < b) {
          const q = lo < cutoffs.length && cutoffs[lo]! < b ? cutoffs[lo]! : b;
          const fromMinute = Math.max(0, toLocalMinutes(tz, p) - day * 1440);
          const toMinute = q >= b ? 1440 : Math.min(1440, toLocalMinutes(tz, q) - day * 1440);
          const vw = toMinute > fromMinute ? share * dayWeight(wd, fromMinute, toMinute) : 0;
          if (vw > 0) {
            for (let t = 0; t < 3; t++) {
              if (!(mix[t]! > 0)) continue;
              const days = engine.promise(p, rep, t);
              if (days === Number.POSITIVE_INFINITY) continue;
              const tw = vw * mix[t]!;
              served += tw;
              const bucket = hist[t]!;
              bucket[Math.min(6, days)] = bucket[Math.min(6, days)]! + vw;
              const l = engine.lastLane;
              const promisedDay = engine.lastDeliveryDay;
              const e = firstEventAfter(l, p);
              const ev = events[l]!;
              const shipDay = ev.days[e]!;
              const nextShip = e + 1 < ev.days.length ? ev.days[e + 1]! : -1;
              // The carrier's own nominal days: the promise's, less any padding of this service.
              const nominal = Math.max(
                0,
                engine.transit[rep * L + l]! - (pad && lanes[l]!.info.id === pad.serviceId ? pad.days : 0),
              );
              const zone = zones[l]![rep]!;
              const month = monthOf(shipDay);
              const info = lanes[l]!.info;
              let cdf = spreadOf(info.id, zone, month);
              if (!cdf) {
                const dk = `${info.carrier}|${month}|${nominal}`;
                cdf = defaultCdfs.get(dk);
                if (!cdf) defaultCdfs.set(dk, (cdf = defaultCdf(info.carrier, month, nominal)));
              }
              const held = heldUp.get(info.carrier);
              const pOn = lateUnder(cdf, deliveriesFrom(l, shipDay), promisedDay, held);
              const pMiss = nextShip < 0 ? 1 : lateUnder(cdf, deliveriesFrom(l, nextShip), promisedDay, held);
              const outside = engine.lastOutsideBuyShipping ? 1 : 0;
              const key = `${l}|${pOn}|${pMiss}|${outside}`;
              const s = slotKey.get(key);
              if (s === undefined) {
                slotKey.set(key, sW.length);
                sLane.push(l);
                sOn.push(pOn);
                sMiss.push(pMiss);
                sOut.push(outside);
                sW.push(tw);
              } else sW[s] = sW[s]! + tw;
            }
          }
          if (q >= b) break;
          p = q;
          while (lo < cutoffs.length && cutoffs[lo]! <= p) lo++;
        }
      }
    }
    const size = sW.length;
    const total = sW.reduce((x, y) => x + y, 0);
    const weightArr = Float64Array.from(sW, (x) => (total > 0 ? x / total : 0));
    const { prob, alias } = aliasTable(weightArr);
    const speed = {} as WeekOrders['speed'];
    SIZE_TIERS.forEach((tier, t) => {
      const h = hist[t]!;
      const cum = (n: number) => {
        let s = 0;
        for (let i = 0; i <= n; i++) s += h[i]!;
        return s;
      };
      speed[tier] = { le1: cum(1), le2: cum(2), le3: cum(3), le5: cum(5) };
    });
    weeks.push({
      start: isoDate(weekDay0),
      size,
      aliasProb: prob,
      aliasIndex: alias,
      lateOnTime: Float64Array.from(sOn),
      lateMissed: Float64Array.from(sMiss),
      outsideBuyShipping: Uint8Array.from(sOut),
      lane: Int32Array.from(sLane),
      weight: weightArr,
      speed,
      servedShare: served,
    });
  }
  return { lanes: engine.lanes, weeks };
}

/**
 * Walker's alias table (Vose's construction) for drawing index i with probability weights[i] (summing
 * to 1): draw x uniform in [0, n), keep j = floor(x) when the fraction x - j is below prob[j], else take alias[j].
 * @example aliasTable(Float64Array.of(0.5, 0.5)) // { prob: [1, 1], alias: [0, 1] }
 */
export function aliasTable(weights: Float64Array): { prob: Float64Array; alias: Int32Array } {
  const n = weights.length;
  const prob = new Float64Array(n);
  const alias = new Int32Array(n);
  const scaled = Float64Array.from(weights, (w) => w * n);
  const small: number[] = [];
  const large: number[] = [];
  for (let i = 0; i < n; i++) (scaled[i]! < 1 ? small : large).push(i);
  while (small.length > 0 && large.length > 0) {
    const s = small.pop()!;
    const g = large.pop()!;
    prob[s] = scaled[s]!;
    alias[s] = g;
    scaled[g] = scaled[g]! + scaled[s]! - 1;
    (scaled[g]! < 1 ? small : large).push(g);
  }
  // Leftovers are 1 up to rounding.
  for (const i of [...small, ...large]) {
    prob[i] = 1;
    alias[i] = i;
  }
  return { prob, alias };
}
