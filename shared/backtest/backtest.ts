/**
 * Backtest: ShipWeek's promise for each past Prime order against the date Amazon actually promised.
 *
 * For every Prime order with a promised date, the question is the one the customer's page view asked:
 * "placed now, to this ZIP, when does it arrive?" — a view at the purchase instant, to the order's
 * ZIP, with the plan, real calendar (holidays and closures applied). Compared are delivery DATES
 * (ShipWeek's delivery date against Amazon's promised date), so time zones only matter for the
 * weekday × hour breakdown, which uses the customer's clock.
 *
 * Fast path: the compiled engine (compiledPromiseEngine.ts), compiled lazily for 28-day blocks of purchase
 * dates, so orders stream through in any order and a year of orders costs about 14 compilations.
 * ZIP5 transit overrides are not in the compiled engine; orders to such ZIPs take the explained engine
 * (explainedPromise.ts), which the tests hold equal to it. The orders shown as the worst disagreements are
 * recomputed with the explained engine for their step-by-step explanation.
 *
 * Transit suggestions: for a disagreeing or agreeing order, the compiled engine tells which numbers of
 * business days in transit on the winning lane would have delivered on Amazon's date. Per service and
 * destination ZIP3, when one figure would match clearly more orders than today's (at least
 * `minOrdersForOverride` more, and `minShareForOverride` of the group), it is suggested as a transit
 * override. Applying it changes the plan, so its effect is claimed only after backtesting again
 * (applyTransitSuggestions, then a new backtest).
 */
import type { ServiceId } from '../domain/carrier';
import type { Settings, TransitOverride } from '../domain/settings';
import { MAX_TRANSIT_OVERRIDES } from '../domain/settings';
import { WEEKDAYS, type Weekday } from '../time/dateTime';
import type { GeoData } from '../geo/index';
import { computePromise, type ExplanationStep } from '../engine/explainedPromise';
import { createPromiseEngine, type PromiseEngine } from '../engine/compiledPromiseEngine';
import { dayNumber, formatLocalDateTime, isoDate, offsetAt, toLocalMinutes } from '../time/timezone';
import type { OrderLine } from '../orders/orderReport';

export interface BacktestOptions {
  /** Orders listed as the worst disagreements (default 20). */
  worstCount?: number;
  /** Least extra agreeing orders for a transit suggestion (default 3). */
  minOrdersForOverride?: number;
  /** Least share of its group's orders a suggested figure must match (default 0.6). */
  minShareForOverride?: number;
  /** Days per compiled block (default 28). */
  blockDays?: number;
  /**
   * Other plans that were in force during date ranges (the customer's local date of purchase, both
   * ends included): an order bought then is judged with that plan; the first range that holds the
   * date wins, and orders outside every range get the plan given to createBacktest. Transit
   * suggestions come only from orders judged with that plan (they are meant for it).
   */
  plansInForce?: PlanInForce[];
}

export interface PlanInForce {
  name: string;
  /** 'YYYY-MM-DD', included. */
  from: string;
  /** 'YYYY-MM-DD', included. */
  to: string;
  settings: Settings;
}

/** Agreement within one group (a state, a ZIP3, a service level, a weekday × hour cell). */
export interface BacktestGroup {
  key: string;
  compared: number;
  agree: number;
  /** ShipWeek promised an earlier date than Amazon. */
  earlier: number;
  /** ShipWeek promised a later date than Amazon. */
  later: number;
  /** No enabled service of the plan could promise at all. */
  unserved: number;
  /** Mean of ShipWeek's date − Amazon's date over the orders both promised, in days. */
  meanDiffDays: number;
}

export interface BacktestDisagreement {
  orderId: string;
  row: number;
  zip: string;
  state: string;
  /** Purchase instant, ISO UTC. */
  purchaseDate: string;
  /** The view as the customer's clock showed it, 'YYYY-MM-DDTHH:MM'. */
  purchaseLocal: string;
  serviceLevel: string;
  amazonPromise: string;
  /** null when the plan cannot promise this order at all. */
  shipweekPromise: string | null;
  /** ShipWeek's date − Amazon's date in days (null when unserved). */
  diffDays: number | null;
  serviceId: ServiceId | null;
  explanation: ExplanationStep[];
  /** The plan in force that judged this order; null for the backtested plan itself. */
  planName: string | null;
}

export interface TransitSuggestion {
  serviceId: ServiceId;
  /** Destination ZIP3. */
  dest: string;
  businessDays: number;
  /** The figure the plan uses today (the most common one among the group's lanes). */
  currentBusinessDays: number;
  /** Prime orders compared in the group (this service won them). */
  orders: number;
  agreeNow: number;
  /** Orders whose Amazon date the suggested figure reproduces on the same lane. */
  agreeWith: number;
}

export interface BacktestResult {
  /** Order lines given (first line of each order). */
  orders: number;
  primeOrders: number;
  /** Prime orders without a readable promised date (not compared). */
  withoutAmazonPromise: number;
  compared: number;
  agree: number;
  agreeShare: number;
  earlier: number;
  later: number;
  unserved: number;
  /** ShipWeek's date − Amazon's date, in days (clamped to ±10), → orders. */
  diffHistogram: { diffDays: number; orders: number }[];
  byState: BacktestGroup[];
  byZip3: BacktestGroup[];
  byServiceLevel: BacktestGroup[];
  /** Customer-local weekday (mon..sun) × hour: agreement share (NaN-free: null when nothing compared). */
  byWeekdayHour: { weekday: Weekday; hour: number; compared: number; agree: number }[];
  worst: BacktestDisagreement[];
  suggestedOverrides: TransitSuggestion[];
  /** Orders that took the explained engine (ZIP5 transit overrides). */
  slowPathOrders: number;
  /** Engine compilations (28-day blocks). */
  blocksCompiled: number;
  /** Orders compared per plan: the backtested plan (name null) and each plan in force that judged some. */
  byPlan: { name: string | null; compared: number; agree: number }[];
}

const CLAMP = 10;
const UNSERVED_SEVERITY = 1000;

interface GroupAcc {
  compared: number;
  agree: number;
  earlier: number;
  later: number;
  unserved: number;
  diffSum: number;
  diffCount: number;
}
const newAcc = (): GroupAcc => ({ compared: 0, agree: 0, earlier: 0, later: 0, unserved: 0, diffSum: 0, diffCount: 0 });

interface WorstCandidate {
  severity: number;
  plan: number;
  line: OrderLine;
  deliveryDay: number;
  diff: number | null;
}

interface TransitTally {
  serviceId: ServiceId;
  zip3: string;
  orders: number;
  agreeNow: number;
  matches: Int32Array;
  current: Int32Array;
}

/**
 * A backtest fed one order at a time (as the report streams in), then finished.
 * @example
 * const bt = createBacktest(settings, loadGeo());
 * for (const line of orderLines) bt.add(line);
 * const result = bt.finish(); // { compared, agree, agreeShare, byState, worst, suggestedOverrides, ... }
 */
export function createBacktest(settings: Settings, geo: GeoData, options: BacktestOptions = {}) {
  const worstCount = options.worstCount ?? 20;
  const minOrders = options.minOrdersForOverride ?? 3;
  const minShare = options.minShareForOverride ?? 0.6;
  const blockDays = options.blockDays ?? 28;

  // ZIP3 as a number (0..999) → index into geo.zip3s, -1 when not in the data.
  const zip3Index = new Int16Array(1000).fill(-1);
  geo.zip3s.forEach((z, i) => (zip3Index[Number(z.zip3)] = i));
  const D = geo.zip3s.length;
  // Plan 0 is the backtested plan; the others judge the orders bought in their date ranges.
  const plans = [
    { name: null as string | null, from: -Infinity, to: Infinity, settings },
    ...(options.plansInForce ?? []).map((p) => ({
      name: p.name,
      from: dayNumber(p.from),
      to: dayNumber(p.to),
      settings: p.settings,
    })),
  ].map((p) => ({
    ...p,
    zip5Overridden: new Set(p.settings.transitOverrides.filter((o) => o.dest.length === 5).map((o) => o.dest)),
    blocks: new Map<number, PromiseEngine>(),
    compared: 0,
    agree: 0,
  }));
  let laneCount = 0;
  let laneServices: ServiceId[] = [];

  let orders = 0;
  let primeOrders = 0;
  let withoutPromise = 0;
  let slowPath = 0;
  const total = newAcc();
  const histogram = new Int32Array(2 * CLAMP + 1);
  // Per ZIP3 index, in typed arrays (a million orders touch them): states are summed from them at the end.
  const z3Compared = new Int32Array(D);
  const z3Agree = new Int32Array(D);
  const z3Earlier = new Int32Array(D);
  const z3Later = new Int32Array(D);
  const z3Unserved = new Int32Array(D);
  const z3DiffSum = new Float64Array(D);
  const byLevel = new Map<string, GroupAcc>();
  const cellCompared = new Int32Array(7 * 24);
  const cellAgree = new Int32Array(7 * 24);
  const worst: WorstCandidate[] = [];
  const tallies = new Map<number, TransitTally>();
  const deliveries = new Int32Array(16);

  function engineFor(view: number, plan: number): PromiseEngine {
    const block = Math.floor(Math.floor(view / 1440) / blockDays);
    const blocks = plans[plan]!.blocks;
    let engine = blocks.get(block);
    if (!engine) {
      engine = createPromiseEngine(plans[plan]!.settings, geo, {
        from: isoDate(block * blockDays),
        days: blockDays,
        holidays: true,
      });
      blocks.set(block, engine);
      // Lanes are the same in every block of a plan; the transit tallies only use the backtested plan's.
      if (plan === 0) {
        laneCount = engine.lanes.length;
        laneServices = engine.lanes.map((l) => l.serviceId);
      }
    }
    return engine;
  }

  /** The plan in force on the customer's local day of purchase. */
  function planOn(localDay: number): number {
    for (let p = 1; p < plans.length; p++) if (localDay >= plans[p]!.from && localDay <= plans[p]!.to) return p;
    return 0;
  }

  function record(map: Map<string, GroupAcc>, key: string, diff: number | null): void {
    let acc = map.get(key);
    if (!acc) map.set(key, (acc = newAcc()));
    count(acc, diff);
  }
  function count(acc: GroupAcc, diff: number | null): void {
    acc.compared++;
    if (diff === null) acc.unserved++;
    else {
      if (diff === 0) acc.agree++;
      else if (diff < 0) acc.earlier++;
      else acc.later++;
      acc.diffSum += diff;
      acc.diffCount++;
    }
  }

  function keepIfWorst(line: OrderLine, plan: number, deliveryDay: number, diff: number | null): void {
    const severity = diff === null ? UNSERVED_SEVERITY : Math.abs(diff);
    if (severity === 0) return;
    if (worst.length === worstCount && severity <= worst[worst.length - 1]!.severity) return;
    // Sorted by severity, first-come first within a severity; the list stays short.
    let i = worst.length;
    while (i > 0 && worst[i - 1]!.severity < severity) i--;
    worst.splice(i, 0, { severity, plan, line, deliveryDay, diff });
    if (worst.length > worstCount) worst.pop();
  }

  return {
    /** Adds one order (the first line of an order, as the report reader returns it). */
    add(line: OrderLine): void {
      orders++;
      if (!line.prime) return;
      primeOrders++;
      if (line.promiseDay < 0) {
        withoutPromise++;
        return;
      }
      const zip = line.zip;
      const zi =
        zip3Index[(zip.charCodeAt(0) - 48) * 100 + (zip.charCodeAt(1) - 48) * 10 + (zip.charCodeAt(2) - 48)] ?? -1;
      if (zi < 0) return;
      const record3 = geo.zip3s[zi]!;
      const view = line.purchase;
      const amazonDay = line.promiseDay;
      const local = view + offsetAt(record3.timeZone, view);
      const localDay = Math.floor(local / 1440);
      const p = plans.length > 1 ? planOn(localDay) : 0;
      const plan = plans[p]!;
      let deliveryDay = -1;
      let lane = -1;
      let engine: PromiseEngine | undefined;
      if (plan.zip5Overridden.has(line.zip)) {
        slowPath++;
        const tz = geo.timeZoneOf(line.zip) ?? record3.timeZone;
        const r = computePromise(plan.settings, geo, {
          at: formatLocalDateTime(toLocalMinutes(tz, view)),
          to: line.zip,
        });
        if (r.ok) deliveryDay = dayNumber(r.deliveryDate);
      } else {
        engine = engineFor(view, p);
        const days = engine.promise(view, zi);
        if (days !== Number.POSITIVE_INFINITY) {
          deliveryDay = engine.lastDeliveryDay;
          lane = engine.lastLane;
        }
      }
      const diff = deliveryDay < 0 ? null : deliveryDay - amazonDay;
      count(total, diff);
      plan.compared++;
      if (diff === 0) plan.agree++;
      z3Compared[zi]!++;
      if (diff === null) z3Unserved[zi]!++;
      else {
        histogram[Math.max(-CLAMP, Math.min(CLAMP, diff)) + CLAMP]!++;
        if (diff === 0) z3Agree[zi]!++;
        else if (diff < 0) z3Earlier[zi]!++;
        else z3Later[zi]!++;
        z3DiffSum[zi]! += diff;
      }
      record(byLevel, line.serviceLevel || '(none)', diff);
      const cell = ((((localDay + 3) % 7) + 7) % 7) * 24 + Math.floor((local - localDay * 1440) / 60);
      cellCompared[cell]!++;
      if (diff === 0) cellAgree[cell]!++;
      keepIfWorst(line, p, deliveryDay, diff);

      if (p === 0 && engine && lane >= 0 && engine.laneDeliveries(lane, view, deliveries)) {
        const key = zi * 4096 + lane;
        let tally = tallies.get(key);
        if (!tally)
          tallies.set(
            key,
            (tally = {
              serviceId: laneServices[lane]!,
              zip3: record3.zip3,
              orders: 0,
              agreeNow: 0,
              matches: new Int32Array(16),
              current: new Int32Array(16),
            }),
          );
        tally.orders++;
        if (diff === 0) tally.agreeNow++;
        tally.current[engine.transit[zi * laneCount + lane]!]!++;
        for (let n = 0; n < 16; n++) if (deliveries[n] === amazonDay) tally.matches[n]!++;
      }
    },

    /** The result; the worst orders get the explained engine's reasoning. */
    finish(): BacktestResult {
      const groups = (map: Map<string, GroupAcc>): BacktestGroup[] =>
        [...map]
          .map(([key, a]) => group(key, a))
          .sort((x, y) => y.compared - y.agree - (x.compared - x.agree) || x.key.localeCompare(y.key));
      const byZip3 = new Map<string, GroupAcc>();
      const byState = new Map<string, GroupAcc>();
      for (let d = 0; d < D; d++) {
        if (z3Compared[d] === 0) continue;
        const served = z3Compared[d]! - z3Unserved[d]!;
        const acc: GroupAcc = {
          compared: z3Compared[d]!,
          agree: z3Agree[d]!,
          earlier: z3Earlier[d]!,
          later: z3Later[d]!,
          unserved: z3Unserved[d]!,
          diffSum: z3DiffSum[d]!,
          diffCount: served,
        };
        byZip3.set(geo.zip3s[d]!.zip3, acc);
        const state = geo.zip3s[d]!.state;
        const s = byState.get(state) ?? newAcc();
        for (const k of ['compared', 'agree', 'earlier', 'later', 'unserved', 'diffSum', 'diffCount'] as const)
          s[k] += acc[k];
        byState.set(state, s);
      }
      return {
        orders,
        primeOrders,
        withoutAmazonPromise: withoutPromise,
        compared: total.compared,
        agree: total.agree,
        agreeShare: total.compared === 0 ? 0 : total.agree / total.compared,
        earlier: total.earlier,
        later: total.later,
        unserved: total.unserved,
        diffHistogram: [...histogram].flatMap((n, i) => (n > 0 ? [{ diffDays: i - CLAMP, orders: n }] : [])),
        byState: groups(byState),
        byZip3: groups(byZip3),
        byServiceLevel: groups(byLevel),
        byWeekdayHour: WEEKDAYS.flatMap((weekday, d) =>
          Array.from({ length: 24 }, (_, hour) => ({
            weekday,
            hour,
            compared: cellCompared[d * 24 + hour]!,
            agree: cellAgree[d * 24 + hour]!,
          })),
        ),
        worst: worst.map((w) => explainWorst(w)),
        suggestedOverrides: suggestions(),
        slowPathOrders: slowPath,
        blocksCompiled: plans.reduce((n, p) => n + p.blocks.size, 0),
        byPlan: plans
          .filter((p, i) => i === 0 || p.compared > 0)
          .map((p) => ({ name: p.name, compared: p.compared, agree: p.agree })),
      };
    },
  };

  function group(key: string, a: GroupAcc): BacktestGroup {
    return {
      key,
      compared: a.compared,
      agree: a.agree,
      earlier: a.earlier,
      later: a.later,
      unserved: a.unserved,
      meanDiffDays: a.diffCount === 0 ? 0 : Math.round((a.diffSum / a.diffCount) * 100) / 100,
    };
  }

  function explainWorst(w: WorstCandidate): BacktestDisagreement {
    const line = w.line;
    const tz = geo.timeZoneOf(line.zip) ?? geo.lookup(line.zip)!.timeZone;
    const at = formatLocalDateTime(toLocalMinutes(tz, line.purchase));
    const r = computePromise(plans[w.plan]!.settings, geo, { at, to: line.zip });
    return {
      orderId: line.orderId,
      row: line.row,
      zip: line.zip,
      state: geo.lookup(line.zip)!.state,
      purchaseDate: new Date(line.purchase * 60_000).toISOString(),
      purchaseLocal: at,
      serviceLevel: line.serviceLevel,
      amazonPromise: isoDate(line.promiseDay),
      shipweekPromise: w.deliveryDay < 0 ? null : isoDate(w.deliveryDay),
      diffDays: w.diff,
      serviceId: r.ok ? r.service.serviceId : null,
      explanation: r.explanation,
      planName: plans[w.plan]!.name,
    };
  }

  function suggestions(): TransitSuggestion[] {
    // Lanes of one service (several warehouses) share an override: merge their tallies per ZIP3.
    const merged = new Map<string, TransitTally>();
    for (const t of tallies.values()) {
      const key = `${t.serviceId}|${t.zip3}`;
      const m = merged.get(key);
      if (!m) merged.set(key, { ...t, matches: Int32Array.from(t.matches), current: Int32Array.from(t.current) });
      else {
        m.orders += t.orders;
        m.agreeNow += t.agreeNow;
        for (let n = 0; n < 16; n++) {
          m.matches[n]! += t.matches[n]!;
          m.current[n]! += t.current[n]!;
        }
      }
    }
    const out: TransitSuggestion[] = [];
    for (const t of merged.values()) {
      let current = 0;
      for (let n = 1; n < 16; n++) if (t.current[n]! > t.current[current]!) current = n;
      // The figure matching most orders; on a tie, the one nearest today's.
      let best = current;
      for (let n = 0; n < 16; n++) {
        const better =
          t.matches[n]! > t.matches[best]! ||
          (t.matches[n] === t.matches[best] && Math.abs(n - current) < Math.abs(best - current));
        if (better) best = n;
      }
      const gain = t.matches[best]! - t.agreeNow;
      if (best === current || gain < minOrders || t.matches[best]! < minShare * t.orders) continue;
      out.push({
        serviceId: t.serviceId,
        dest: t.zip3,
        businessDays: best,
        currentBusinessDays: current,
        orders: t.orders,
        agreeNow: t.agreeNow,
        agreeWith: t.matches[best]!,
      });
    }
    return out.sort(
      (a, b) =>
        b.agreeWith - b.agreeNow - (a.agreeWith - a.agreeNow) ||
        a.dest.localeCompare(b.dest) ||
        a.serviceId.localeCompare(b.serviceId),
    );
  }
}
export type Backtest = ReturnType<typeof createBacktest>;

/**
 * Backtests a list (or any iterable) of order lines in one call.
 * @example backtestOrders(settings, loadGeo(), lines).agreeShare // 0.93
 */
export function backtestOrders(
  settings: Settings,
  geo: GeoData,
  lines: Iterable<OrderLine>,
  options: BacktestOptions = {},
): BacktestResult {
  const bt = createBacktest(settings, geo, options);
  for (const line of lines) bt.add(line);
  return bt.finish();
}

/**
 * The plan with suggested transit figures as ZIP3 overrides (replacing an override for the same
 * service and destination), ready to save as a new scenario and backtest again.
 * @example applyTransitSuggestions(settings, result.suggestedOverrides).transitOverrides.length
 */
export function applyTransitSuggestions(
  settings: Settings,
  suggestions: readonly Pick<TransitSuggestion, 'serviceId' | 'dest' | 'businessDays'>[],
): Settings {
  const incoming = new Map<string, TransitOverride>(
    suggestions.map((s) => [
      `${s.serviceId}|${s.dest}`,
      { serviceId: s.serviceId, dest: s.dest, businessDays: s.businessDays },
    ]),
  );
  const kept = settings.transitOverrides.filter((o) => !incoming.has(`${o.serviceId}|${o.dest}`));
  const transitOverrides = [...kept, ...incoming.values()].slice(0, MAX_TRANSIT_OVERRIDES);
  return { ...settings, transitOverrides };
}
