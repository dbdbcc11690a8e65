import { SIZE_TIERS, type ServiceId, type SizeTier } from '../domain/carrier';
import type { Settings } from '../domain/settings';
import { WEEKDAYS } from '../time/dateTime';
import { CONTIGUOUS_48_DC, type GeoData, type Zip3Record } from '../geo';
import { measuredForSpeed, REMOTE_REGIONS, remoteRegionOf } from '../geo/remoteRegions';
import {
  createLane,
  DELIVERY_SEARCH_DAYS,
  isDeliveryDay,
  isTransitDay,
  SHIP_SEARCH_DAYS,
  shipDayVerdict,
  type HolidayBook,
  type Lane,
} from '../engine/calendar';
import { DEFAULT_ENGINE_CATALOG, type EngineCatalog } from '../engine/engineCatalog';
import { TYPICAL_WEEK_START } from '../engine/compiledPromiseEngine';
import { route, serviceCarriesTier, warehouseOrigin } from '../engine/routing';
import { defaultTransitDays } from '../catalog/services';
import { SIX_DAY_DELIVERY_MIN_DAYS } from '../engine/deliveredWeekdays';
import { createExtraDeliveryDays, type ExtraDeliveryDays } from '../engine/extraDeliveryDays';
import { policyChecks, type SimulationCheck } from '../engine/policyChecks';
import { dayNumber, fromLocalMinutes, hourlyOffsets, offsetAt, weekdayIndex } from '../time/timezone';
import { dayKind, rateIndex, type ResolvedCostModel } from '../catalog/costDefaults';

/*
 * The advisor's evaluator: the simulation's metrics (same views, destinations, size tiers, pieces of
 * the week and rules as shared/engine/simulate.ts, typical week) and the weekly cost, computed in one
 * sweep, with everything that does not depend on the plan compiled once and everything that does
 * cached by content, so a move pays only for what it changes:
 * - geography and clocks (time-zone groups, hour boundaries, zones from an origin) per evaluator;
 * - a lane's ship events (customer cutoffs and delivery days) keyed by what they depend on (the
 *   warehouse's clock, days, cutoffs and lead, the service's handovers and plans), so a move that
 *   changes one service recompiles that lane only;
 * - a lane's transit column keyed by origin ZIP3, service, zone cap and transit overrides;
 * - extra weekend delivery days (settings.extraDeliveryDays) as the compiled engine has them: a service
 *   with some gets one lane per distinct set of extra days, and each destination is served only by the
 *   lane whose days are its own (the others' transit is -1 there), so both judge the same promises;
 * - the view pass. The week's views of a time-zone group are simulate()'s hour pieces merged into
 *   segments where no promise can change (same local day, same next customer cutoff). Destinations
 *   fall into classes per warehouse (same clock, and per lane the same transit days and zone); a
 *   class's best lane per segment and size tier depends only on those lanes' content, the segments
 *   and the label prices, so it is cached under that content and reused by every later plan, move or
 *   candidate site that has the same class. The plan's figures combine the warehouses' best lanes
 *   per segment with simulate()'s tie rule (earliest delivery, then cheaper label, then settings
 *   order). A zone-cap move recomputes only the classes beyond the cap, a service move the classes
 *   that service reaches, a new site only its own warehouse's classes; a cutoff move changes the
 *   segments and recomputes them all.
 * The caches are keyed by content or by objects a search never mutates (moves copy what they change).
 * It exists to make the search fast. The advisor never reports its figures as such: every suggested
 * plan is re-run through simulate() and weeklyCost() before it is shown (see advise.ts), and the tests
 * check that the two agree, and that a cached evaluation equals an uncached one exactly.
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
  /**
   * The view pass, per warehouse and class of destinations (same clock, and per lane the same
   * transit days and zone): best promises computed over the week's views, or reused from an earlier
   * evaluation with the same content (lanes, cutoffs of the plan, view profile, prices).
   */
  viewClassesComputed: number;
  viewClassesReused: number;
}

export interface Evaluator {
  evaluate(settings: Settings, cost: ResolvedCostModel, policyId?: string): Evaluation;
  readonly stats: EvaluatorStats;
}

interface CompiledEvents {
  /** Distinct per compiled content (keys the view caches). */
  id: number;
  cutoff: Int32Array;
  delivery: Int32Array;
  /** Longest a view of the week can wait for this lane's next customer cutoff, minutes. */
  maxWait: number;
}

/**
 * The week's views of one time-zone group, cut where any lane's next customer cutoff or the local
 * day changes: simulate()'s hour pieces merged while nothing a promise depends on changes.
 */
interface Segments {
  count: number;
  /** First instant of each segment (where its promises are read). */
  start: Float64Array;
  /** Share of the week's views in it (the sum of its hour pieces' shares). */
  weight: Float64Array;
  /** Local day number of its views. */
  day: Int32Array;
}

/** The segmentation shared by every destination of a plan, for one set of cutoffs and view profile. */
interface Grid {
  id: number;
  /** Cutoffs inside the views' span (the ones that split views). */
  cuts: Float64Array;
  /** All cutoffs, when some lane can wait longer than the ship search (then that rule splits views too). */
  far: Float64Array | null;
  profile: readonly (readonly number[])[];
  evenProfile: boolean;
  profileTotal: number;
  segments: (Segments | undefined)[];
  /** Per time-zone group and lane content: each segment's row in the lane's delivery table, or -1. */
  steps: Map<string, Int32Array>;
}

/**
 * One warehouse's best lane for one class of destinations, per size tier and segment (index
 * tier * count + segment): delivery day, label price, and the lane's position in the warehouse.
 */
interface WarehouseBest {
  del: Int32Array;
  rate: Float64Array;
  lane: Uint8Array;
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
/** About 2 KB each; a site search over every ZIP3 needs a few thousand. */
const MAX_CACHED_CLASSES = 8192;
const MAX_CACHED_GRIDS = 256;
/** Destination partitions (a ZIP3-long array each); a site search makes one per site. */
const MAX_CACHED_PARTITIONS = 1024;

/**
 * A fresh evaluator. Keep one for a whole search: its caches are what make moves cheap.
 * `incremental: false` drops every cache before each evaluation (the "full rebuild" the benchmark
 * compares against; results are the same).
 * @example createEvaluator(loadGeo()).evaluate(sampleSettings(), resolveCostModel(sampleSettings())).pass
 */
export function createEvaluator(
  geo: GeoData,
  opts: { catalog?: EngineCatalog; incremental?: boolean } = {},
): Evaluator {
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
  // Coverage is judged over the 48 states + DC whatever the plan; speed also over the remote regions the
  // plan's Prime templates include (settings.primeRemoteRegions), as simulate() measures them.
  const inCoverage = dests.map((z) => contiguous.has(z.state));
  const remote = dests.map((z) => remoteRegionOf(z.zip3) !== undefined);
  let inScope = inCoverage;
  let scopeKey = '';
  // Local copies: imported bindings are read through getters in some module loaders, costly in the sweep.
  const shipSearchMinutes = SHIP_SEARCH_DAYS * 1440;
  const offsetAtInstant = offsetAt;
  const stats: EvaluatorStats = {
    evaluations: 0,
    lanesCompiled: 0,
    lanesReused: 0,
    transitCompiled: 0,
    transitReused: 0,
    viewClassesComputed: 0,
    viewClassesReused: 0,
  };

  let clocks: { tzGroupOf: Int32Array; zoneOfGroup: string[]; bounds: Float64Array[] } | undefined;
  let laneCache = new Map<string, CompiledEvents>();
  let transitCache = new Map<string, Int8Array>();
  let zoneCache = new Map<string, Uint8Array>();
  let weightCache: { key: string; weight: Float64Array; total: number } | undefined;
  let gridCache = new Map<string, Grid>();
  let classCache = new Map<string, WarehouseBest>();
  let classesCache = new Map<string, Int32Array>();
  let groupsCache = new Map<string, number[][]>();
  let nextId = 1;
  const objectIds = new WeakMap<object, number>();
  // Settings are never mutated (moves copy what they change), so content keys can be kept per object.
  const profileKeys = new WeakMap<object, string>();
  const pricesIds = new WeakMap<ResolvedCostModel, number>();
  const pricesByContent = new Map<string, number>();
  /** The same number for the same label prices, whichever cost model object carries them. */
  const pricesId = (cost: ResolvedCostModel) => {
    let id = pricesIds.get(cost);
    if (id === undefined) {
      const key = cost.rates.join(',');
      id = pricesByContent.get(key);
      if (id === undefined) pricesByContent.set(key, (id = nextId++));
      pricesIds.set(cost, id);
    }
    return id;
  };
  const contentKeys = new WeakMap<object, string>();
  /** What a lane depends on in a warehouse or a service plan, as text, once per object. */
  const contentKey = (o: object, parts: () => unknown[]) => {
    let key = contentKeys.get(o);
    if (key === undefined) contentKeys.set(o, (key = JSON.stringify(parts())));
    return key;
  };
  const groupWeights = new WeakMap<number[][], { weight: Float64Array; byGroup: Float64Array }>();
  /** Each destination group's weight (sum over its ZIP3s), once per partition and weighting. */
  const weightsByGroup = (members: number[][], weight: Float64Array) => {
    const known = groupWeights.get(members);
    if (known && known.weight === weight) return known.byGroup;
    const byGroup = new Float64Array(members.length);
    members.forEach((group, g) => {
      let w = 0;
      for (const d of group) w += weight[d]!;
      byGroup[g] = w;
    });
    groupWeights.set(members, { weight, byGroup });
    return byGroup;
  };
  const idOf = (o: object) => {
    let id = objectIds.get(o);
    if (id === undefined) objectIds.set(o, (id = nextId++));
    return id;
  };
  const overrideCache = new WeakMap<
    Settings['transitOverrides'],
    Map<ServiceId, { sig: string; byZip3: Map<string, number> }>
  >();
  /**
   * The plan's extra delivery days resolved against the ZIP data, once per list (moves that leave it alone share it).
   */
  const extraCache = new WeakMap<
    Settings['extraDeliveryDays'],
    { extra: ExtraDeliveryDays; sig: Map<ServiceId, string> }
  >();
  function extraOf(settings: Settings) {
    let known = extraCache.get(settings.extraDeliveryDays);
    if (!known) {
      const sig = new Map<ServiceId, string>();
      for (const e of settings.extraDeliveryDays)
        sig.set(e.serviceId, JSON.stringify([sig.get(e.serviceId) ?? '', e.day, e.area]));
      known = { extra: createExtraDeliveryDays(settings, geo), sig };
      extraCache.set(settings.extraDeliveryDays, known);
    }
    return known;
  }

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

  /** Switches the measured destinations to the plan's; the caches built on the previous ones go. */
  function useScopeOf(settings: Settings) {
    const remote = new Set(settings.primeRemoteRegions ?? []);
    const key = REMOTE_REGIONS.filter((r) => remote.has(r)).join(',');
    if (key === scopeKey) return;
    scopeKey = key;
    inScope = measuredForSpeed(dests, settings.primeRemoteRegions);
    weightCache = undefined;
    classesCache = new Map();
    groupsCache = new Map();
    classCache = new Map();
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
    if (dw.source === 'population' || weight.every((w) => w === 0))
      dests.forEach((z, i) => (weight[i] = inScope[i] ? z.population : 0));
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
    // The carrier's transit and delivery days over every day a ship day's search can reach, read
    // once (the searches below look each day up many times).
    const lastDay = lastShipDay + DELIVERY_SEARCH_DAYS;
    const span = lastDay - firstShipDay + 1;
    const transitDay = new Uint8Array(span + 1);
    const nextDelivery = new Int32Array(span + 1).fill(NONE);
    for (let i = 0; i < span; i++) transitDay[i] = isTransitDay(lane, firstShipDay + i) ? 1 : 0;
    for (let i = span - 1; i >= 0; i--)
      nextDelivery[i] = isDeliveryDay(lane, firstShipDay + i) ? firstShipDay + i : nextDelivery[i + 1]!;
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
          while (d <= limit && !transitDay[d - firstShipDay]);
        }
        if (d > limit) {
          delivery.push(NONE);
          continue;
        }
        const r = nextDelivery[d - firstShipDay]!;
        delivery.push(r > limit ? NONE : r);
      }
    }
    // The far rule of the ship search (no promise when the next cutoff is more than SHIP_SEARCH_DAYS
    // away) can only bite a view if some wait exceeds it: before the first cutoff, or between two.
    let maxWait = cutoffs.length > 0 ? Math.max(0, cutoffs[0]! - viewFrom) : 0;
    for (let i = 0; i + 1 < cutoffs.length && cutoffs[i]! < viewTo; i++)
      maxWait = Math.max(maxWait, cutoffs[i + 1]! - cutoffs[i]!);
    return { id: nextId++, cutoff: Int32Array.from(cutoffs), delivery: Int32Array.from(delivery), maxWait };
  }

  /**
   * A warehouse's classes of destinations (by the transit and zone columns of its lanes, which the
   * caches hand out as the same arrays for the same content): -1 outside the 48 + DC.
   */
  function classesOf(transits: readonly Int8Array[], laneZones: readonly Uint8Array[]): Int32Array {
    const key = transits.map((tr, j) => `${idOf(tr)}.${idOf(laneZones[j]!)}`).join('|');
    let cls = classesCache.get(key);
    if (cls) return cls;
    if (classesCache.size >= MAX_CACHED_PARTITIONS) classesCache = new Map();
    cls = new Int32Array(D);
    const { tzGroupOf } = getClocks();
    for (let d = 0; d < D; d++) cls[d] = inScope[d] ? tzGroupOf[d]! : -1;
    transits.forEach((tr, j) => renumber(cls!, tr, laneZones[j]!));
    classesCache.set(key, cls);
    return cls;
  }

  /** Destination groups: the same class for every warehouse. Members of each group, in ZIP3 order. */
  function groupsOf(classOf: readonly (Int32Array | undefined)[]): number[][] {
    const key = classOf.map((c) => (c ? idOf(c) : '-')).join('|');
    let members = groupsCache.get(key);
    if (members) return members;
    if (groupsCache.size >= MAX_CACHED_PARTITIONS) groupsCache = new Map();
    const groupOf = new Int32Array(D);
    for (let d = 0; d < D; d++) groupOf[d] = inScope[d] ? 0 : -1;
    for (const cls of classOf) {
      if (!cls) continue;
      const ids = new Map<number, number>();
      for (let d = 0; d < D; d++) {
        const g = groupOf[d]!;
        if (g < 0) continue;
        const k = g * 65536 + cls[d]!;
        let id = ids.get(k);
        if (id === undefined) ids.set(k, (id = ids.size));
        groupOf[d] = id;
      }
    }
    members = [];
    for (let d = 0; d < D; d++) {
      const g = groupOf[d]!;
      if (g < 0) continue;
      (members[g] ??= []).push(d);
    }
    groupsCache.set(key, members);
    return members;
  }

  /** Splits classes of destinations by one lane's transit days and zone, renumbering them densely. */
  function renumber(cls: Int32Array, tr: Int8Array, z: Uint8Array) {
    const ids = new Map<number, number>();
    for (let d = 0; d < D; d++) {
      const g = cls[d]!;
      if (g < 0) continue;
      const n = tr[d]!;
      const k = g * 2048 + (n < 0 ? 0 : (n + 1) * 9 + z[d]!);
      let id = ids.get(k);
      if (id === undefined) ids.set(k, (id = ids.size));
      cls[d] = id;
    }
  }

  /**
   * The views' segmentation for a plan's lanes: every customer cutoff instant inside the views' span
   * (ascending, distinct: the only instants a promise can change at), and all of them when the ship
   * search's far rule can bite.
   */
  function gridFor(events: readonly CompiledEvents[], profile: readonly (readonly number[])[]): Grid {
    let needFar = false;
    for (const e of events) if (e.maxWait > shipSearchMinutes) needFar = true;
    const inSpan: number[] = [];
    for (const e of events) for (const c of e.cutoff) if (c >= viewFrom && c <= viewTo) inSpan.push(c);
    const cuts = Float64Array.from(new Set(inSpan)).sort();
    let far: Float64Array | null = null;
    if (needFar) {
      const every: number[] = [];
      for (const e of events) for (const c of e.cutoff) every.push(c);
      far = Float64Array.from(new Set(every)).sort();
    }
    let profileKey = profileKeys.get(profile);
    if (profileKey === undefined) profileKeys.set(profile, (profileKey = profile.join(';')));
    const key = `${far ? far.join(',') : ''}|${profileKey}|${cuts.join(',')}`;
    let grid = gridCache.get(key);
    if (grid) return grid;
    if (gridCache.size >= MAX_CACHED_GRIDS) gridCache = new Map();
    let profileTotal = 0;
    for (const row of profile) for (const v of row) profileTotal += v;
    const evenProfile = !(profileTotal > 0);
    grid = {
      id: nextId++,
      cuts,
      far,
      profile,
      evenProfile,
      profileTotal: evenProfile ? 168 : profileTotal,
      segments: [],
      steps: new Map(),
    };
    gridCache.set(key, grid);
    return grid;
  }

  /**
   * The views of a time-zone group, exactly simulate()'s pieces (each hour of the typical week, cut
   * at every customer cutoff, weighted by the view profile), with neighbours merged while the local
   * day and the next cutoff stay the same: a promise read at any instant of a segment is the same.
   */
  function segmentsOf(grid: Grid, g: number): Segments {
    const known = grid.segments[g];
    if (known) return known;
    const { cuts, far, profile, evenProfile, profileTotal } = grid;
    const { zoneOfGroup, bounds } = getClocks();
    const tz = zoneOfGroup[g]!;
    const b0 = bounds[g]!;
    const start: number[] = [];
    const weight: number[] = [];
    const day: number[] = [];
    let lastCi = -1;
    let lastFi = -1;
    let lastDay = Number.NaN;
    let ci = 0;
    let fi = 0;
    for (let wd = 0; wd < 7; wd++) {
      for (let h = 0; h < 24; h++) {
        const w = (evenProfile ? 1 : profile[wd]![h]!) / profileTotal;
        const a = b0[wd * 24 + h]!;
        const b = b0[wd * 24 + h + 1]!;
        const span = b - a;
        while (ci > 0 && cuts[ci - 1]! > a) ci--;
        while (ci < cuts.length && cuts[ci]! <= a) ci++;
        let p = a;
        for (;;) {
          const q = span > 0 && ci < cuts.length && cuts[ci]! < b ? cuts[ci]! : b;
          const frac = span > 0 ? (q - p) / span : 1;
          if (frac > 0) {
            const d = Math.floor((p + offsetAtInstant(tz, p)) / 1440);
            if (far) {
              while (fi > 0 && far[fi - 1]! > p + shipSearchMinutes) fi--;
              while (fi < far.length && far[fi]! <= p + shipSearchMinutes) fi++;
            }
            if (ci === lastCi && fi === lastFi && d === lastDay)
              weight[weight.length - 1] = weight[weight.length - 1]! + w * frac;
            else {
              start.push(p);
              weight.push(w * frac);
              day.push(d);
              lastCi = ci;
              lastFi = fi;
              lastDay = d;
            }
          }
          if (q >= b || span <= 0) break;
          p = q;
          while (ci < cuts.length && cuts[ci]! <= p) ci++;
        }
      }
    }
    const seg = {
      count: start.length,
      start: Float64Array.from(start),
      weight: Float64Array.from(weight),
      day: Int32Array.from(day),
    };
    grid.segments[g] = seg;
    return seg;
  }

  /** For each segment, the row of the lane's delivery table its views read (first cutoff after them), or -1. */
  function laneSteps(grid: Grid, g: number, seg: Segments, ev: CompiledEvents): Int32Array {
    const key = `${g}|${ev.id}`;
    let out = grid.steps.get(key);
    if (out) return out;
    out = new Int32Array(seg.count);
    const cut = ev.cutoff;
    const hi = cut.length;
    let k = 0;
    for (let s = 0; s < seg.count; s++) {
      const p = seg.start[s]!;
      while (k > 0 && cut[k - 1]! > p) k--;
      while (k < hi && cut[k]! <= p) k++;
      out[s] = k === hi || cut[k]! - p > shipSearchMinutes ? -1 : k * TRANSIT_COLUMNS;
    }
    grid.steps.set(key, out);
    return out;
  }

  /**
   * A warehouse's best lane per tier and segment for the destinations of `rep`'s class: the
   * earliest delivery, then the cheaper label, then the lane listed first. Cached by content, so a
   * move that leaves this warehouse's lanes (or this class's transit and zones) alone reuses it.
   */
  function warehouseBest(
    grid: Grid,
    g: number,
    lanes: readonly number[],
    lane: {
      events: readonly CompiledEvents[];
      transit: readonly Int8Array[];
      zones: readonly Uint8Array[];
      service: readonly ServiceId[];
      tierMask: readonly number[];
    },
    rep: number,
    cost: ResolvedCostModel,
    costId: number,
  ): WarehouseBest {
    let key = `${grid.id}|${g}|${costId}`;
    for (const l of lanes) {
      const n = lane.transit[l]![rep]!;
      key += n < 0 ? '|-' : `|${lane.events[l]!.id}.${n}.${lane.zones[l]![rep]!}`;
    }
    const known = classCache.get(key);
    if (known) {
      stats.viewClassesReused++;
      return known;
    }
    stats.viewClassesComputed++;
    if (classCache.size >= MAX_CACHED_CLASSES) classCache = new Map();
    const seg = segmentsOf(grid, g);
    const n = seg.count;
    const best: WarehouseBest = {
      del: new Int32Array(3 * n).fill(NONE),
      rate: new Float64Array(3 * n),
      lane: new Uint8Array(3 * n),
    };
    lanes.forEach((l, j) => {
      const tr = lane.transit[l]![rep]!;
      if (tr < 0) return;
      const ev = lane.events[l]!;
      const steps = laneSteps(grid, g, seg, ev);
      const delivery = ev.delivery;
      const zone = lane.zones[l]![rep]!;
      for (let t = 0; t < 3; t++) {
        if (!(lane.tierMask[l]! & (1 << t))) continue;
        const r = cost.rates[rateIndex(lane.service[l]!, SIZE_TIERS[t]!, zone)]!;
        for (let s = 0; s < n; s++) {
          const k = steps[s]!;
          if (k < 0) continue;
          const dl = delivery[k + tr]!;
          if (dl === NONE) continue;
          const i = t * n + s;
          if (dl < best.del[i]! || (dl === best.del[i]! && r < best.rate[i]!)) {
            best.del[i] = dl;
            best.rate[i] = r;
            best.lane[i] = j;
          }
        }
      }
    });
    classCache.set(key, best);
    return best;
  }

  function evaluate(settings: Settings, cost: ResolvedCostModel, policyId?: string): Evaluation {
    stats.evaluations++;
    if (!incremental) {
      clocks = undefined;
      laneCache = new Map();
      transitCache = new Map();
      zoneCache = new Map();
      weightCache = undefined;
      gridCache = new Map();
      classCache = new Map();
      classesCache = new Map();
      groupsCache = new Map();
    }
    if (laneCache.size > MAX_CACHED_LANES) laneCache = new Map();
    if (transitCache.size > MAX_CACHED_LANES) transitCache = new Map();
    useScopeOf(settings);
    const { tzGroupOf } = getClocks();
    const { weight, total: totalWeight } = weights(settings);

    // Lanes: enabled services of warehouses whose ZIP is known, in settings order (as the engine).
    const events: CompiledEvents[] = [];
    const transit: Int8Array[] = [];
    const zones: Uint8Array[] = [];
    const tierMask: number[] = [];
    const laneService: ServiceId[] = [];
    const laneWarehouse: number[] = [];
    const { extra, sig: extraSig } = extraOf(settings);
    settings.warehouses.forEach((w, wi) => {
      const origin = warehouseOrigin(geo, w);
      w.services.forEach((p, pi) => {
        if (!p.enabled || !origin) return;
        const info = catalog.services[p.serviceId];
        const areaSig = extraSig.get(p.serviceId);
        // One lane per set of extra delivery days, in the compiled engine's order.
        for (const extraDays of areaSig === undefined ? [[]] : [[], ...extra.variantsOf(p.serviceId)]) {
          const daysKey = extraDays.join(',');
          const key = `${contentKey(w, () => [w.timeZone, w.operatingDays, w.cutoffs, w.customerCutoffLeadMinutes])}|${contentKey(p, () => [p.serviceId, p.days, p.specialPlans])}|${JSON.stringify(w.serviceCutoffs[p.serviceId] ?? null)}|${daysKey}`;
          let ev = laneCache.get(key);
          if (ev) stats.lanesReused++;
          else {
            stats.lanesCompiled++;
            ev = compileEvents(createLane(settings, wi, pi, catalog, TYPICAL_BOOK, extraDays));
            laneCache.set(key, ev);
          }
          const ov = overridesOf(settings, p.serviceId);
          const tkey = `${origin.zip3}|${p.serviceId}|${p.zoneCap ?? 8}|${ov?.sig ?? ''}|${areaSig === undefined ? '' : `${daysKey}@${areaSig}`}`;
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
              // A destination whose own extra days differ from this lane's is served by its own lane.
              if (areaSig !== undefined && extra.daysFor(p.serviceId, dests[d]!.zip3).join(',') !== daysKey) continue;
              // A remote region has its own transit defaults (or none: -1, not served), as in the engine.
              tr[d] =
                ov?.byZip3.get(dests[d]!.zip3) ??
                (remote[d] ? defaultTransitDays(info, zone, dests[d]!.zip3) : info.transitByZone[zone - 1]!);
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
          laneWarehouse.push(wi);
        }
      });
    });
    const L = events.length;

    const grid = gridFor(events, settings.viewProfile.weights);

    // Destination classes per warehouse: same clock, and per lane of that warehouse the same transit
    // days and zone. A class's best promise over the week's views depends only on that, so it is
    // computed once and reused by any plan, move or site with the same content (see warehouseBest).
    const W = settings.warehouses.length;
    const classOf: Int32Array[] = [];
    const classLanes: number[][] = [];
    for (let wi = 0; wi < W; wi++) {
      const lanes: number[] = [];
      for (let l = 0; l < L; l++) if (laneWarehouse[l] === wi) lanes.push(l);
      classLanes.push(lanes);
      if (lanes.length > 0)
        classOf[wi] = classesOf(
          lanes.map((l) => transit[l]!),
          lanes.map((l) => zones[l]!),
        );
    }
    const members = groupsOf(classOf);
    const groupWeight = weightsByGroup(members, weight);

    const mixRaw = SIZE_TIERS.map((t) => settings.sizeTierMix[t]);
    const mixTotal = mixRaw.reduce((a, b) => a + b, 0);
    const mix = mixTotal > 0 ? mixRaw.map((m) => m / mixTotal) : [1, 0, 0];

    const tierHist = new Float64Array(3 * BUCKETS);
    const costByLane = new Float64Array(3 * L);
    const served = new Float64Array(3);
    const gHist = new Float64Array(3 * BUCKETS);
    const gCost = new Float64Array(3 * L);
    const gServed = new Float64Array(3);
    const parts: WarehouseBest[] = [];
    const partLane0: number[] = [];
    const costId = pricesId(cost);
    const laneContent = { events, transit, zones, service: laneService, tierMask };
    // Each warehouse's classes, looked up (or computed) once per evaluation.
    const classBest: WarehouseBest[][] = classLanes.map(() => []);
    // Coverage as simulate() judges it: every populated ZIP3 reachable by a standard-size lane that ships.
    const stateCovered = new Map<string, boolean>();
    for (const s of CONTIGUOUS_48_DC) stateCovered.set(s, true);
    const reachLanes: number[] = [];
    for (let l = 0; l < L; l++) if ((tierMask[l]! & 1) === 1 && events[l]!.cutoff.length > 0) reachLanes.push(l);
    for (let d = 0; d < D; d++) {
      if (!inCoverage[d] || dests[d]!.population <= 0) continue;
      if (!reachLanes.some((l) => transit[l]![d]! >= 0)) stateCovered.set(dests[d]!.state, false);
    }
    // Weekdays (bit i = WEEKDAYS[i]) on which some standard-size promise with views delivers.
    let deliveredMask = 0;

    for (let gi = 0; gi < members.length; gi++) {
      const group = members[gi];
      if (!group) continue;
      const rep = group[0]!;
      const g = tzGroupOf[rep]!;
      const seg = segmentsOf(grid, g);
      parts.length = 0;
      partLane0.length = 0;
      for (let wi = 0; wi < W; wi++) {
        const lanes = classLanes[wi]!;
        if (lanes.length === 0) continue;
        const c = classOf[wi]![rep]!;
        const known = classBest[wi]![c];
        parts.push(known ?? (classBest[wi]![c] = warehouseBest(grid, g, lanes, laneContent, rep, cost, costId)));
        partLane0.push(lanes[0]!);
      }
      gHist.fill(0);
      gCost.fill(0);
      gServed.fill(0);
      const gShare = groupWeight[gi]! / totalWeight;
      const P = parts.length;
      const n = seg.count;
      // Each warehouse's best lane per view piece and tier, then the best of those, earliest first on
      // an exact tie of date and price: the same choice as a scan over every lane in settings order.
      for (let t = 0; t < 3; t++) {
        for (let s = 0; s < n; s++) {
          const i = t * n + s;
          let best = NONE;
          let bestRate = 0;
          let bestLane = -1;
          for (let k = 0; k < P; k++) {
            const part = parts[k]!;
            const dl = part.del[i]!;
            if (dl === NONE) continue;
            const r = part.rate[i]!;
            if (dl < best || (dl === best && r < bestRate)) {
              best = dl;
              bestRate = r;
              bestLane = partLane0[k]! + part.lane[i]!;
            }
          }
          const wf = seg.weight[s]!;
          if (bestLane < 0) {
            gHist[t * BUCKETS + NONE_BUCKET] = gHist[t * BUCKETS + NONE_BUCKET]! + wf;
            continue;
          }
          const daysOut = best - seg.day[s]!;
          const bucket = daysOut >= MAX_BUCKET ? MAX_BUCKET : daysOut;
          gHist[t * BUCKETS + bucket] = gHist[t * BUCKETS + bucket]! + wf;
          gServed[t] = gServed[t]! + wf;
          gCost[t * L + bestLane] = gCost[t * L + bestLane]! + wf * bestRate;
          if (t === 0 && wf > 0 && gShare > 0) deliveredMask |= 1 << weekdayIndex(best);
        }
      }
      const share = groupWeight[gi]! / totalWeight;
      for (let i = 0; i < gHist.length; i++) tierHist[i] = tierHist[i]! + share * gHist[i]!;
      for (let i = 0; i < gCost.length; i++) costByLane[i] = costByLane[i]! + share * gCost[i]!;
      for (let t = 0; t < 3; t++) served[t] = served[t]! + share * gServed[t]!;
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
    const missingStates = [...stateCovered]
      .filter(([, c]) => !c)
      .map(([s]) => s)
      .sort();
    let deliveredDays = 0;
    for (let i = 0; i < 7; i++) deliveredDays += (deliveredMask >> i) & 1;
    const checks = policyChecks(settings, policyId, tiers, missingStates, deliveredDays >= SIX_DAY_DELIVERY_MIN_DAYS);

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
      cost: {
        total,
        labels,
        fixed,
        labelsByService,
        orders,
        unpricedOrders: unpriced,
        meanLabel: orders > 0 ? labels / orders : null,
      },
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
