import { SIZE_TIERS, type ServiceId, type SizeTier } from '../domain/carrier';
import type { Settings } from '../domain/settings';
import { WEEKDAYS } from '../domain/time';
import { resolvePolicy } from '../catalog/policies';
import { CONTIGUOUS_48_DC, type GeoData, type Zip3Record } from '../geo';
import { createLane, DELIVERY_SEARCH_DAYS, isDeliveryDay, isTransitDay, SHIP_SEARCH_DAYS, shipDayVerdict, type HolidayBook, type Lane } from '../engine/calendar';
import { DEFAULT_ENGINE_CATALOG, type EngineCatalog } from '../engine/engineCatalog';
import { TYPICAL_WEEK_START } from '../engine/promiseEngine';
import { route, serviceCarriesTier, warehouseOrigin } from '../engine/routing';
import { NATIONWIDE_MAX_DAYS, type SimulationCheck } from '../engine/simulate';
import { dayNumber, fromLocalMinutes, hourlyOffsets, offsetAt } from '../engine/timezone';
import { sixDayDelivery, sixDayOperation } from '../engine/weekend';
import { dayKind, rateIndex, type ResolvedCostModel } from './costModel';

/*
 * The advisor's evaluator: the simulation's metrics (same views, destinations, size tiers, pieces of
 * the week and rules as shared/engine/simulate.ts, typical week) and the weekly cost, computed in one
 * sweep, with everything that does not depend on the plan compiled once and every lane compiled once
 * per distinct content:
 * - geography and clocks (time-zone groups, hour boundaries, zones from an origin) per evaluator;
 * - a lane's ship events (customer cutoffs and delivery days) keyed by what they depend on (the
 *   warehouse's clock, days, cutoffs and lead, the service's handovers and plans), so a move that
 *   changes one service recompiles that lane only;
 * - a lane's transit column keyed by origin ZIP3, service, zone cap and transit overrides.
 * It exists to make the search fast. The advisor never reports its figures as such: every suggested
 * plan is re-run through simulate() and weeklyCost() before it is shown (see advise.ts), and the tests
 * check that the two agree on random plans.
 */

/** Weekly cost of a plan, US dollars. */
export interface WeeklyCost {
  total: number;
  labels: number;
  fixed: {
    operatingDays: number;
    pickups: number;
    dropoffs: number;
    specialPlans: number;
    warehouses: number;
  };
  /** Label spend by service (cheapest service that still delivers by the promised date). */
  labelsByService: Partial<Record<ServiceId, number>>;
  /** Orders priced (the cost model's weekly orders, spread over the views that get a promise). */
  orders: number;
  /** Orders of a size tier no enabled service can carry: not priced. */
  unpricedOrders: number;
  /** Mean label price over priced orders; null when none. */
  meanLabel: number | null;
}

export interface Evaluation {
  /** The policy checks, in simulate()'s order and with its ids and targets. */
  checks: SimulationCheck[];
  pass: boolean;
  tiers: Record<SizeTier, { le1: number; le2: number; le3: number; le5: number; none: number }>;
  missingStates: string[];
  cost: WeeklyCost;
}

/** Work counters: what an evaluation compiled and what it reused (tests count work, not time). */
export interface EvaluatorStats {
  evaluations: number;
  lanesCompiled: number;
  lanesReused: number;
  transitCompiled: number;
  transitReused: number;
}

export interface Evaluator {
  evaluate(settings: Settings, cost: ResolvedCostModel, policyId?: string): Evaluation;
  readonly stats: EvaluatorStats;
}

interface CompiledEvents {
  cutoff: Int32Array;
  delivery: Int32Array;
}

const NONE = 0x3fffffff;
const TRANSIT_COLUMNS = 16;
const MAX_BUCKET = 8;
const NONE_BUCKET = MAX_BUCKET + 1;
const BUCKETS = MAX_BUCKET + 2;

/** Holidays and closures are ignored in the typical week the advisor judges. */
const TYPICAL_BOOK: HolidayBook = { enabled: false, carrierClosed: () => undefined, warehouseClosed: () => undefined };

/** Cache sizes beyond which old entries are dropped (a best-site search compiles thousands of lanes). */
const MAX_CACHED_LANES = 4096;

/**
 * A fresh evaluator. Keep one for a whole search: its caches are what make moves cheap.
 * `incremental: false` drops every cache before each evaluation (the "full rebuild" the benchmark
 * compares against; results are the same).
 * @example createEvaluator(loadGeo()).evaluate(sampleSettings(), resolveCostModel(sampleSettings())).pass
 */
export function createEvaluator(geo: GeoData, opts: { catalog?: EngineCatalog; incremental?: boolean } = {}): Evaluator {
  const catalog = opts.catalog ?? DEFAULT_ENGINE_CATALOG;
  const incremental = opts.incremental ?? true;
  const fromDay = dayNumber(TYPICAL_WEEK_START);
  const days = 7;
  const viewFrom = fromDay * 1440 - 14 * 60;
  const viewTo = (fromDay + days) * 1440 + 14 * 60;
  const firstShipDay = fromDay - 3;
  const lastShipDay = fromDay + days + SHIP_SEARCH_DAYS + 2;
  const dests = geo.zip3s;
  const D = dests.length;
  const contiguous = new Set(CONTIGUOUS_48_DC);
  const inScope = dests.map((z) => contiguous.has(z.state));
  // Local copies: imported bindings are read through getters in some module loaders, costly in the sweep.
  const shipSearchMinutes = SHIP_SEARCH_DAYS * 1440;
  const nationwideMaxDays = NATIONWIDE_MAX_DAYS;
  const offsetAtInstant = offsetAt;
  const stats: EvaluatorStats = { evaluations: 0, lanesCompiled: 0, lanesReused: 0, transitCompiled: 0, transitReused: 0 };

  let clocks: { tzGroupOf: Int32Array; zoneOfGroup: string[]; bounds: Float64Array[] } | undefined;
  let laneCache = new Map<string, CompiledEvents>();
  let transitCache = new Map<string, Int8Array>();
  let zoneCache = new Map<string, Uint8Array>();
  let weightCache: { key: string; weight: Float64Array; total: number } | undefined;
  const overrideCache = new WeakMap<Settings['transitOverrides'], Map<ServiceId, { sig: string; byZip3: Map<string, number> }>>();

  function getClocks() {
    if (clocks) return clocks;
    // Time-zone groups exactly as the promise engine forms them: zones with the same offsets hour by hour.
    const hour0 = Math.floor(viewFrom / 60);
    const hours = Math.ceil(viewTo / 60) - hour0 + 1;
    const groupKey = new Map<string, number>();
    const zoneGroup = new Map<string, number>();
    const zoneOfGroup: string[] = [];
    const tzGroupOf = new Int32Array(D);
    for (let d = 0; d < D; d++) {
      const tz = dests[d]!.timeZone;
      let g = zoneGroup.get(tz);
      if (g === undefined) {
        const key = hourlyOffsets(tz, hour0, hours).join(',');
        g = groupKey.get(key);
        if (g === undefined) {
          g = zoneOfGroup.length;
          zoneOfGroup.push(tz);
          groupKey.set(key, g);
        }
        zoneGroup.set(tz, g);
      }
      tzGroupOf[d] = g;
    }
    const bounds = zoneOfGroup.map((tz) => {
      const b = new Float64Array(169);
      for (let i = 0; i <= 168; i++) b[i] = fromLocalMinutes(tz, fromDay * 1440 + i * 60);
      return b;
    });
    return (clocks = { tzGroupOf, zoneOfGroup, bounds });
  }

  function zonesFrom(origin: Zip3Record): Uint8Array {
    let z = zoneCache.get(origin.zip3);
    if (!z) {
      z = new Uint8Array(D);
      for (let d = 0; d < D; d++) z[d] = route(origin, dests[d]!).zone;
      zoneCache.set(origin.zip3, z);
    }
    return z;
  }

  function weights(settings: Settings) {
    const dw = settings.destinationWeights;
    const key = dw.source === 'population' ? 'population' : JSON.stringify(dw.byZip);
    if (weightCache && weightCache.key === key) return weightCache;
    const weight = new Float64Array(D);
    if (dw.source === 'custom') {
      const indexOf = new Map(dests.map((z, i) => [z.zip3, i]));
      for (const [zip, w] of Object.entries(dw.byZip)) {
        const rec = geo.lookup(zip);
        const i = rec ? indexOf.get(rec.zip3) : undefined;
        if (i !== undefined && inScope[i]) weight[i] = weight[i]! + w;
      }
    }
    if (dw.source === 'population' || weight.every((w) => w === 0)) dests.forEach((z, i) => (weight[i] = inScope[i] ? z.population : 0));
    const total = weight.reduce((a, b) => a + b, 0) || 1;
    return (weightCache = { key, weight, total });
  }

  function overridesOf(settings: Settings, serviceId: ServiceId) {
    let perService = overrideCache.get(settings.transitOverrides);
    if (!perService) {
      perService = new Map();
      for (const o of settings.transitOverrides) {
        if (o.dest.length !== 3) continue;
        let e = perService.get(o.serviceId);
        if (!e) perService.set(o.serviceId, (e = { sig: '', byZip3: new Map() }));
        e.byZip3.set(o.dest, o.businessDays); // the last override wins, as in routing.ts
      }
      for (const e of perService.values()) e.sig = JSON.stringify([...e.byZip3]);
      overrideCache.set(settings.transitOverrides, perService);
    }
    return perService.get(serviceId);
  }

  function compileEvents(lane: Lane): CompiledEvents {
    const cutoffs: number[] = [];
    const delivery: number[] = [];
    for (let day = firstShipDay; day <= lastShipDay; day++) {
      const v = shipDayVerdict(lane, day);
      if (!v.ok) continue;
      cutoffs.push(v.customerCutoffInstant);
      let d = day;
      const limit = day + DELIVERY_SEARCH_DAYS;
      for (let n = 0; n < TRANSIT_COLUMNS; n++) {
        if (n > 0) {
          do d++;
          while (d <= limit && !isTransitDay(lane, d));
        }
        if (d > limit) {
          delivery.push(NONE);
          continue;
        }
        let r = d;
        while (r <= limit && !isDeliveryDay(lane, r)) r++;
        delivery.push(r > limit ? NONE : r);
      }
    }
    return { cutoff: Int32Array.from(cutoffs), delivery: Int32Array.from(delivery) };
  }

  function evaluate(settings: Settings, cost: ResolvedCostModel, policyId?: string): Evaluation {
    stats.evaluations++;
    if (!incremental) {
      clocks = undefined;
      laneCache = new Map();
      transitCache = new Map();
      zoneCache = new Map();
      weightCache = undefined;
    }
    if (laneCache.size > MAX_CACHED_LANES) laneCache = new Map();
    if (transitCache.size > MAX_CACHED_LANES) transitCache = new Map();
    const { tzGroupOf, zoneOfGroup, bounds } = getClocks();
    const { weight, total: totalWeight } = weights(settings);

    // Lanes: enabled services of warehouses whose ZIP is known, in settings order (as the engine).
    const events: CompiledEvents[] = [];
    const transit: Int8Array[] = [];
    const zones: Uint8Array[] = [];
    const tierMask: number[] = [];
    const laneService: ServiceId[] = [];
    settings.warehouses.forEach((w, wi) => {
      const origin = warehouseOrigin(geo, w);
      w.services.forEach((p, pi) => {
        if (!p.enabled || !origin) return;
        const info = catalog.services[p.serviceId];
        const key = JSON.stringify([w.timeZone, w.operatingDays, w.cutoffs, w.serviceCutoffs[p.serviceId] ?? null, w.customerCutoffLeadMinutes, p.serviceId, p.days, p.specialPlans]);
        let ev = laneCache.get(key);
        if (ev) stats.lanesReused++;
        else {
          stats.lanesCompiled++;
          ev = compileEvents(createLane(settings, wi, pi, catalog, TYPICAL_BOOK));
          laneCache.set(key, ev);
        }
        const ov = overridesOf(settings, p.serviceId);
        const tkey = `${origin.zip3}|${p.serviceId}|${p.zoneCap ?? 8}|${ov?.sig ?? ''}`;
        let tr = transitCache.get(tkey);
        const z = zonesFrom(origin);
        if (tr) stats.transitReused++;
        else {
          stats.transitCompiled++;
          tr = new Int8Array(D).fill(-1);
          const cap = p.zoneCap ?? 8;
          for (let d = 0; d < D; d++) {
            const zone = z[d]!;
            if (zone > cap) continue;
            tr[d] = ov?.byZip3.get(dests[d]!.zip3) ?? info.transitByZone[zone - 1]!;
          }
          transitCache.set(tkey, tr);
        }
        events.push(ev);
        transit.push(tr);
        zones.push(z);
        let mask = 0;
        SIZE_TIERS.forEach((t, i) => {
          if (serviceCarriesTier(info, t)) mask |= 1 << i;
        });
        tierMask.push(mask);
        laneService.push(p.serviceId);
      });
    });
    const L = events.length;

    // Every customer cutoff instant, ascending and distinct: the only instants a promise can change at.
    const all: number[] = [];
    for (const e of events) for (const c of e.cutoff) all.push(c);
    const cutoffs = Float64Array.from(new Set(all)).sort();

    // Destination groups: same clock, and per lane the same transit days and zone (so the same prices).
    const groupOf = new Int32Array(D);
    for (let d = 0; d < D; d++) groupOf[d] = inScope[d] ? tzGroupOf[d]! : -1;
    for (let l = 0; l < L; l++) {
      const renumber = new Map<number, number>();
      const tr = transit[l]!;
      const z = zones[l]!;
      for (let d = 0; d < D; d++) {
        const g = groupOf[d]!;
        if (g < 0) continue;
        const n = tr[d]!;
        const k = g * 256 + (n < 0 ? 0 : (n + 1) * 9 + z[d]!);
        let id = renumber.get(k);
        if (id === undefined) renumber.set(k, (id = renumber.size));
        groupOf[d] = id;
      }
    }
    const members: number[][] = [];
    for (let d = 0; d < D; d++) {
      const g = groupOf[d]!;
      if (g < 0) continue;
      (members[g] ??= []).push(d);
    }

    // Normalised view profile and size-tier mix, as simulate() does.
    const profile = settings.viewProfile.weights;
    let profileTotal = 0;
    for (const row of profile) for (const v of row) profileTotal += v;
    const evenProfile = !(profileTotal > 0);
    if (evenProfile) profileTotal = 168;
    const mixRaw = SIZE_TIERS.map((t) => settings.sizeTierMix[t]);
    const mixTotal = mixRaw.reduce((a, b) => a + b, 0);
    const mix = mixTotal > 0 ? mixRaw.map((m) => m / mixTotal) : [1, 0, 0];

    const tierHist = new Float64Array(3 * BUCKETS);
    const costByLane = new Float64Array(3 * L);
    const served = new Float64Array(3);
    const gHist = new Float64Array(3 * BUCKETS);
    const gCost = new Float64Array(3 * L);
    const gServed = new Float64Array(3);
    const del = new Int32Array(L);
    const laneOn = new Uint8Array(L);
    const rate = new Float64Array(L * 3);
    const lo = new Int32Array(L);
    const hi = new Int32Array(L);
    const stateCovered = new Map<string, boolean>();
    for (const s of CONTIGUOUS_48_DC) stateCovered.set(s, true);

    for (const group of members) {
      if (!group) continue;
      const rep = group[0]!;
      const tz = zoneOfGroup[tzGroupOf[rep]!]!;
      const b0 = bounds[tzGroupOf[rep]!]!;
      for (let l = 0; l < L; l++) {
        const n = transit[l]![rep]!;
        laneOn[l] = n >= 0 ? 1 : 0;
        const zone = zones[l]![rep]!;
        for (let t = 0; t < 3; t++) rate[l * 3 + t] = cost.rates[rateIndex(laneService[l]!, SIZE_TIERS[t]!, zone)]!;
      }
      gHist.fill(0);
      gCost.fill(0);
      gServed.fill(0);
      let gMin = Number.POSITIVE_INFINITY;
      // Per lane, a cursor on its events: views only move forward within the group.
      for (let l = 0; l < L; l++) {
        lo[l] = 0;
        hi[l] = events[l]!.cutoff.length;
      }
      let ci = 0;
      for (let wd = 0; wd < 7; wd++) {
        for (let h = 0; h < 24; h++) {
          const w = (evenProfile ? 1 : profile[wd]![h]!) / profileTotal;
          const a = b0[wd * 24 + h]!;
          const b = b0[wd * 24 + h + 1]!;
          const span = b - a;
          while (ci > 0 && cutoffs[ci - 1]! > a) ci--;
          while (ci < cutoffs.length && cutoffs[ci]! <= a) ci++;
          let p = a;
          for (;;) {
            const q = span > 0 && ci < cutoffs.length && cutoffs[ci]! < b ? cutoffs[ci]! : b;
            const frac = span > 0 ? (q - p) / span : 1;
            if (frac > 0) {
              const wf = w * frac;
              const day = Math.floor((p + offsetAtInstant(tz, p)) / 1440);
              for (let l = 0; l < L; l++) {
                del[l] = NONE;
                if (!laneOn[l]) continue;
                const cut = events[l]!.cutoff;
                // First event with cutoff > p (cursor search: pieces ascend within the group).
                let k = lo[l]!;
                while (k > 0 && cut[k - 1]! > p) k--;
                while (k < hi[l]! && cut[k]! <= p) k++;
                lo[l] = k;
                if (k === hi[l]! || cut[k]! - p > shipSearchMinutes) continue;
                del[l] = events[l]!.delivery[k * TRANSIT_COLUMNS + transit[l]![rep]!]!;
              }
              for (let t = 0; t < 3; t++) {
                const bit = 1 << t;
                let best = NONE;
                let bestLane = -1;
                for (let l = 0; l < L; l++) {
                  if (!(tierMask[l]! & bit)) continue;
                  const dl = del[l]!;
                  if (dl === NONE) continue;
                  if (dl < best || (dl === best && rate[l * 3 + t]! < rate[bestLane * 3 + t]!)) {
                    best = dl;
                    bestLane = l;
                  }
                }
                if (bestLane < 0) {
                  gHist[t * BUCKETS + NONE_BUCKET] = gHist[t * BUCKETS + NONE_BUCKET]! + wf;
                  continue;
                }
                const daysOut = best - day;
                const bucket = daysOut >= MAX_BUCKET ? MAX_BUCKET : daysOut;
                gHist[t * BUCKETS + bucket] = gHist[t * BUCKETS + bucket]! + wf;
                gServed[t] = gServed[t]! + wf;
                gCost[t * L + bestLane] = gCost[t * L + bestLane]! + wf * rate[bestLane * 3 + t]!;
                if (t === 0 && daysOut < gMin) gMin = daysOut;
              }
            }
            if (q >= b || span <= 0) break;
            p = q;
            while (ci < cutoffs.length && cutoffs[ci]! <= p) ci++;
          }
        }
      }
      let gWeight = 0;
      for (const d of group) gWeight += weight[d]!;
      const share = gWeight / totalWeight;
      for (let i = 0; i < gHist.length; i++) tierHist[i] = tierHist[i]! + share * gHist[i]!;
      for (let i = 0; i < gCost.length; i++) costByLane[i] = costByLane[i]! + share * gCost[i]!;
      for (let t = 0; t < 3; t++) served[t] = served[t]! + share * gServed[t]!;
      if (gMin > nationwideMaxDays) for (const d of group) if (dests[d]!.population > 0) stateCovered.set(dests[d]!.state, false);
    }

    const tiers = {} as Evaluation['tiers'];
    SIZE_TIERS.forEach((tier, t) => {
      const at = (k: number) => tierHist[t * BUCKETS + k]!;
      const cum = (n: number) => {
        let s = 0;
        for (let k = 0; k <= n; k++) s += at(k);
        return s;
      };
      tiers[tier] = { le1: cum(1), le2: cum(2), le3: cum(3), le5: cum(5), none: at(NONE_BUCKET) };
    });
    const missingStates = [...stateCovered].filter(([, c]) => !c).map(([s]) => s).sort();
    const checks = policyChecks(settings, policyId, tiers, missingStates);

    // Labels: each tier's weekly orders spread over the views that got a promise.
    const labelsByService: Partial<Record<ServiceId, number>> = {};
    let labels = 0;
    let orders = 0;
    let unpriced = 0;
    const weeklyOrders = cost.model.weeklyOrders;
    for (let t = 0; t < 3; t++) {
      const tierOrders = weeklyOrders * mix[t]!;
      if (!(served[t]! > 0)) {
        unpriced += tierOrders;
        continue;
      }
      orders += tierOrders;
      for (let l = 0; l < L; l++) {
        const c = costByLane[t * L + l]!;
        if (c === 0) continue;
        const usd = (tierOrders * c) / served[t]!;
        labels += usd;
        labelsByService[laneService[l]!] = (labelsByService[laneService[l]!] ?? 0) + usd;
      }
    }
    const fixed = fixedCosts(settings, cost);
    const total = labels + fixed.operatingDays + fixed.pickups + fixed.dropoffs + fixed.specialPlans + fixed.warehouses;
    return {
      checks,
      pass: checks.every((c) => c.pass),
      tiers,
      missingStates,
      cost: { total, labels, fixed, labelsByService, orders, unpricedOrders: unpriced, meanLabel: orders > 0 ? labels / orders : null },
    };
  }

  return { evaluate, stats };
}

/**
 * Fixed weekly costs of a plan: operating days (days with a cutoff that the warehouse operates),
 * scheduled pickup stops and drop-off runs on those days for enabled services, signed special plans
 * of enabled services, and one weekly charge per warehouse.
 */
export function fixedCosts(settings: Settings, cost: ResolvedCostModel): WeeklyCost['fixed'] {
  const m = cost.model;
  const fixed = { operatingDays: 0, pickups: 0, dropoffs: 0, specialPlans: 0, warehouses: 0 };
  for (const w of settings.warehouses) {
    fixed.warehouses += m.warehouseUsdPerWeek;
    const open = WEEKDAYS.filter((d) => w.operatingDays.includes(d) && w.cutoffs[d] !== undefined);
    for (const d of open) fixed.operatingDays += m.operatingDayUsd[dayKind(d)];
    for (const p of w.services) {
      if (!p.enabled) continue;
      const fee = m.pickupUsd[DEFAULT_ENGINE_CATALOG.services[p.serviceId].carrier];
      for (const d of open) {
        const h = p.days[d];
        if (!h) continue;
        if (h.kind === 'pickup') fixed.pickups += h.times.length * (fee ? fee[dayKind(d)] : 0);
        else fixed.dropoffs += m.dropoffUsd;
      }
      if (p.specialPlans.sat) fixed.specialPlans += m.specialPlanUsdPerWeek;
      if (p.specialPlans.sun) fixed.specialPlans += m.specialPlanUsdPerWeek;
    }
  }
  return fixed;
}

/** The policy checks exactly as simulate() builds them (ids, order, targets, pass rule). */
export function policyChecks(settings: Settings, policyId: string | undefined, tiers: Evaluation['tiers'], missingStates: string[]): SimulationCheck[] {
  const policy = resolvePolicy(settings, policyId);
  const checks: SimulationCheck[] = [];
  for (const tier of SIZE_TIERS) {
    const targets = policy.targets[tier];
    if (!targets) continue;
    for (const [k, days] of [['le1', 1], ['le2', 2], ['le3', 3], ['le5', 5]] as const) {
      const target = targets[k];
      if (target === undefined) continue;
      checks.push(check(`speed.${tier}.${k}`, 'engine.check.speed', { tier, days }, tiers[tier][k], target));
    }
  }
  if (policy.requireNationwide) {
    const covered = CONTIGUOUS_48_DC.length - missingStates.length;
    checks.push(check('coverage.nationwide', 'engine.check.nationwide', { missing: missingStates.join(', ') }, covered, CONTIGUOUS_48_DC.length));
  }
  if (policy.requireSixDayOperation) checks.push(check('operation.sixDays', 'engine.check.sixDayOperation', {}, sixDayOperation(settings).pass ? 1 : 0, 1));
  if (policy.requireSixDayDelivery) checks.push(check('delivery.sixDays', 'engine.check.sixDayDelivery', {}, sixDayDelivery(settings).pass ? 1 : 0, 1));
  return checks;
}

function check(id: string, messageKey: string, params: Record<string, string | number>, value: number, target: number): SimulationCheck {
  const pass = value >= target - 1e-9;
  return { id, messageKey, params, value, target, pass, gap: pass ? 0 : target - value };
}
