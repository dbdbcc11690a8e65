import { SIZE_TIERS, type SizeTier } from '../domain/carrier';
import type { Settings } from '../domain/settings';
import { CONTIGUOUS_48_DC, isContiguousUs, type GeoData } from '../geo';
import { resolvePolicy } from '../catalog/policies';
import type { Finding } from './findings';
import type { engine as ENGINE_TEXTS } from '../i18n/en/engine';
import { checkWeekend, sixDayOperation, type WeekendCheckItem } from './weekend';
import { judgeDeliveredWeekdays, type DeliveredWeekdays } from './deliveredWeekdays';
import { sixDayDeliveryFindings, validateSettings } from './validate';
import { policyChecks, type SimulationCheck } from './policyChecks';
import { DEFAULT_ENGINE_CATALOG, type EngineCatalog } from './engineCatalog';
import { createPromiseEngine, TYPICAL_WEEK_START } from './compiledPromiseEngine';
import { dayNumber, fromLocalMinutes, isoDate, weekdayIndex } from '../time/timezone';
import { checkIsoDate, MAX_YEAR, MIN_YEAR } from '../time/dateTime';
import { firstIndexAfter } from './firstIndexAfter';
import { primeOffSpans } from '../domain/primeOff';
import { measuredForSpeed, REMOTE_REGIONS, type RemoteRegion } from '../geo/remoteRegions';

/*
 * Simulation of Amazon's delivery-speed and coverage metrics over one week of page views.
 *
 * Model (documented assumptions):
 * - Views: the settings' view profile gives the share of views per customer-local weekday and hour;
 *   within an hour views are spread evenly over its minutes. A local hour skipped by a DST change
 *   keeps its weight, all at the change instant; a repeated hour counts its two occurrences together.
 * - Destinations: every ZIP3 of the 48 contiguous states + DC (the Prime regions the program measures),
 *   weighted by population, or by the custom weights (ZIP3 or ZIP5 keys, summed per ZIP3; keys outside
 *   48 + DC or unknown are dropped with a finding). By default the destinations are ZIP3s and ZIP5
 *   transit overrides are not used (they apply to single promises and the backtest).
 * - ZIP5 mode (`destinations: 'zip5'`, or 'auto' when the plan has a ZIP5 override): the destinations
 *   are the ZIP5s of 48 + DC (33.8 k in the bundled data), each with its own override first, as a
 *   single promise reads it. The data has no population per ZIP5, so a ZIP3's population (or its
 *   ZIP3-keyed custom weight) is shared evenly among its ZIP5s; a custom weight keyed by a ZIP5 stays
 *   on that ZIP5. A ZIP5 keeps its ZIP3's clock, zone and weekend-delivery area: the mode refines
 *   transit only, so without ZIP5 overrides it gives exactly the ZIP3 result. ZIP5s whose transit equals
 *   their ZIP3's on every lane are evaluated together as the rest of their ZIP3 (same clock, same
 *   transit: the same promises), so the cost grows with the ZIP5s that differ, not with 33.8 k.
 *   Per-ZIP3 and per-state figures are the weighted means of their ZIP5s; coverage stays per ZIP3
 *   (an override cannot lift a zone cap or make a destination unreachable).
 * - Size tiers: each tier is simulated separately with the services that carry it (routing.ts);
 *   tier shares are reported per tier, and the size-tier mix weights the Buy Shipping figure.
 * - Promise days are calendar days from the view's local date to delivery; a view no service can serve
 *   counts in no "within N days" bucket.
 * - Default: a "typical week" (TYPICAL_WEEK_START, Monday to Sunday) with holidays and closures
 *   ignored. With `weekStart`, that real week is simulated: its holidays, closures and DST. Amazon
 *   evaluates weeks Sunday to Saturday, so a Sunday `weekStart` is the Amazon week; a Monday is still
 *   accepted and simulates Monday to Sunday (older scripts and saved choices), and the result's
 *   `weekStart` keeps saying which. The view profile, the heat map and the delivered weekdays are
 *   indexed by true weekday (Monday first) whatever day the week starts on, so a week without
 *   holidays, clock changes or Prime-off periods gives the same figures from either start.
 * - `range` (a custom date range, as Amazon's dashboard offers): only the views of the customer-local
 *   days from `range.from` to `range.to` count; the others are left out of every share exactly as
 *   Prime-off views are (simulateWindow simulates the weeks covering the range and combines them).
 * - Nationwide coverage, as Amazon defines it (the Prime regions of the standard-size templates span
 *   the 48 contiguous states + DC): a state is covered when every populated ZIP3 in it is reachable by
 *   an enabled service that carries standard size, ships at least one day of the simulated week and
 *   serves that ZIP3 (within its zone cap and region settings — the engine marks the others as not
 *   offered). How fast it gets there is the speed picture (per state: shares within 2 and 5 days), not
 *   coverage: a state reached only by 7-day promises is covered and shows 0 % within 5 days.
 * - Alaska, Hawaii, Puerto Rico and the territories are outside the Prime regions by default (sellers'
 *   templates usually leave them out): their views are not measured. A plan that includes some
 *   (settings.primeRemoteRegions) has their ZIP3s measured for speed with their own promises, and
 *   `remotePrime` says their share of the views and the 48 + DC figures alone; coverage stays 48 + DC.
 * - Six-day delivery: the weekdays on which the week's standard-size promises actually deliver (the
 *   promised delivery dates, weighted by views); see deliveredWeekdays.ts for the verdict and reasons.
 * - Prime switched off (settings.primeOffPeriods, real weeks only — the typical week has no dates):
 *   as Amazon measures, the views of those instants are not counted at all. Every share (tiers, states,
 *   ZIP3s, heatmap cells, delivery weekdays, outside Buy Shipping) is taken over the counted views
 *   only, and `primeOff` says which share of the week's views was left out.
 *
 * Speed: a promise can only change at a customer cutoff or a local midnight, so each view hour is cut
 * at the cutoff instants inside it and each piece is evaluated once; destinations that share a clock
 * and the same transit days on every lane are evaluated once as a group.
 */

/**
 * The promise length of the per-state "within 5 days" share shown next to coverage. Before issue 13 it
 * was also the coverage rule (any view within 5 days); coverage is now reachability alone.
 */
export const NATIONWIDE_MAX_DAYS = 5;

export interface SimulateOptions {
  /** Policy to judge against (default: settings.policyId). */
  policyId?: string;
  /**
   * A Sunday 'YYYY-MM-DD' (Amazon's week, Sunday to Saturday) or a Monday (a Monday-to-Sunday week):
   * simulate that real week (holidays, closures, DST). Default: a typical week.
   */
  weekStart?: string;
  /** Count only the views of these customer-local days (inclusive 'YYYY-MM-DD'); needs `weekStart`. */
  range?: DateRange;
  catalog?: EngineCatalog;
  /** 'zip3' (default), 'zip5' (ZIP5 transit overrides apply), or 'auto': 'zip5' when the plan has a ZIP5 override. */
  destinations?: DestinationLevel | 'auto';
}

/** Inclusive customer-local dates, 'YYYY-MM-DD'. */
export interface DateRange {
  from: string;
  to: string;
}

/** The destinations a simulation runs over. */
export type DestinationLevel = 'zip3' | 'zip5';

/**
 * Whether a plan has a transit override for a ZIP5 (then the 'auto' simulation runs in ZIP5 mode).
 * @example
 * hasZip5Overrides({ ...settings, transitOverrides: [{ serviceId: 'ups-ground', dest: '90210', businessDays: 2 }] })
 * // true
 */
export function hasZip5Overrides(settings: Pick<Settings, 'transitOverrides'>): boolean {
  return settings.transitOverrides.some((o) => o.dest.length === 5);
}

/** What the ZIP5 mode simulated. */
export interface Zip5Summary {
  /** ZIP5s of 48 + DC in the data (the destinations). */
  zips: number;
  /** ZIP5s whose transit differs from their ZIP3's on some lane (their own overrides apply). */
  withOwnTransit: number;
  /** ZIP3s holding at least one of those. */
  zip3sAffected: number;
}

/** Shares (0..1) of page views by promise length for one size tier. */
export interface TierShares {
  le1: number;
  le2: number;
  le3: number;
  le5: number;
  /** Views no enabled service can serve. */
  none: number;
  /** Mean promise days over views that got a promise; null when none did. */
  meanDays: number | null;
}

export interface StateStats {
  /** Share of all destination weight in this state. */
  weight: number;
  le1: number;
  le2: number;
  /** Share of the state's standard-size views promised within NATIONWIDE_MAX_DAYS (5) days. */
  le5: number;
  meanDays: number | null;
  /** Every populated ZIP3 of the state is reachable by an enabled standard-size service (Amazon's rule). */
  covered: boolean;
  /** The populated ZIP3s no enabled standard-size service reaches, sorted. */
  unreachableZip3s: string[];
}

/** Per-ZIP3 figures for the map (standard size), parallel arrays in geo.zip3s order. */
export interface Zip3Stats {
  zip3: string[];
  /** Share of all destination weight (0 for ZIP3s outside 48 + DC). */
  weight: number[];
  meanDays: (number | null)[];
  le1: number[];
  le2: number[];
  le5: number[];
  /** Shortest promise seen during the week; null when never served or outside 48 + DC. */
  minDays: (number | null)[];
  /** Reachable by an enabled standard-size service that ships this week (false outside 48 + DC). */
  reachable: boolean[];
}

export type { SimulationCheck } from './policyChecks';

/** Views left out because Prime was switched off (settings.primeOffPeriods). */
export interface PrimeOffExclusion {
  /** Periods that overlap the simulated week's views (0 for the typical week). */
  periods: number;
  /**
   * Share (0..1) of the week's view weight (of the views inside the date range, with one) that fell
   * while Prime was off and is not counted.
   */
  excludedShare: number;
}

/** With a date range: the days whose views count and the share of the simulated week's views they hold. */
export interface RangeExclusion extends DateRange {
  /** Share (0..1) of the simulated week's view weight on the range's days (Prime-off views included). */
  share: number;
}

/**
 * What counting the remote regions a plan includes in its Prime templates (settings.primeRemoteRegions)
 * does to the speed figures. Their views count with their own (long) promises; coverage stays the 48
 * contiguous states + DC.
 */
export interface RemotePrimeFigures {
  /** The regions included, in REMOTE_REGIONS order. */
  regions: RemoteRegion[];
  /** Share (0..1) of the counted views that go to them. */
  share: number;
  /** Standard-size shares over the 48 contiguous states + DC alone: the figures without them. */
  contiguous: { le1: number; le2: number; le5: number };
}

export interface SimulationResult {
  policyId: string;
  /**
   * First day of the simulated week — a Sunday (Amazon's Sunday–Saturday week) or a Monday (a
   * Monday–Sunday week; the typical week is one) — and whether it is the holiday-free typical week.
   */
  weekStart: string;
  typicalWeek: boolean;
  /** The destinations simulated: ZIP3s, or ZIP5s with their own transit overrides. */
  destinationLevel: DestinationLevel;
  /** In ZIP5 mode, how many ZIP5s and how many with transit of their own; absent in ZIP3 mode. */
  zip5?: Zip5Summary;
  tiers: Record<SizeTier, TierShares>;
  byState: Record<string, StateStats>;
  byZip3: Zip3Stats;
  /**
   * Standard-size share of views promised within 2 days, [weekday Mon..Sun][hour 0..23], customer-local;
   * null for an hour none of whose views count (outside the date range, or Prime off all of it): no
   * share was measured there, which is not a share of 0.
   */
  heatmap: (number | null)[][];
  nationwide: boolean;
  missingStates: string[];
  /** Views not counted because Prime was off; every share above is over the counted views only. */
  primeOff: PrimeOffExclusion;
  /** Only when the plan includes remote regions in Prime: their share and the 48 + DC figures alone. */
  remotePrime?: RemotePrimeFigures;
  /** Only with a date range: the days counted (views on the week's other days are not). */
  range?: RangeExclusion;
  sixDayOperation: boolean;
  /** True when the week's standard-size promises deliver on at least six weekdays (deliveredWeekdays). */
  sixDayDelivery: boolean;
  /** The weekdays the promises deliver on, their view shares and why the others are missing. */
  deliveredWeekdays: DeliveredWeekdays;
  /** Share of views (size-tier mix) served with labels outside Buy Shipping (limited weekend options). */
  outsideBuyShippingShare: number;
  weekend: WeekendCheckItem[];
  checks: SimulationCheck[];
  pass: boolean;
  findings: Finding[];
}

const TIER_COUNT = SIZE_TIERS.length;
/** Histogram buckets: promise days 0..MAX_BUCKET-1, then "longer", then "none". */
const MAX_BUCKET = 8;
const LONGER = MAX_BUCKET;
const NONE_BUCKET = MAX_BUCKET + 1;
const BUCKETS = MAX_BUCKET + 2;

/**
 * Simulates a week of page views against the settings and judges the result against a policy.
 * @example simulate(sampleSettings(), loadGeo()).tiers.standard.le2 // share of views promised within 2 days
 */
export function simulate(settings: Settings, geo: GeoData, opts: SimulateOptions = {}): SimulationResult {
  const catalog = opts.catalog ?? DEFAULT_ENGINE_CATALOG;
  const typicalWeek = opts.weekStart === undefined;
  const weekStart = opts.weekStart ?? TYPICAL_WEEK_START;
  const fromDay = dayNumber(weekStart);
  if (
    !Number.isFinite(fromDay) ||
    (weekdayIndex(fromDay) !== 0 && weekdayIndex(fromDay) !== 6) ||
    checkIsoDate(weekStart) !== 'ok'
  ) {
    throw new RangeError(
      `weekStart must be a Sunday or a Monday 'YYYY-MM-DD' in ${MIN_YEAR}-${MAX_YEAR} (got ${JSON.stringify(weekStart)})`,
    );
  }
  const range = opts.range;
  if (range !== undefined && (typicalWeek || !(range.from <= range.to))) {
    throw new RangeError(`range needs a weekStart and from <= to (got ${JSON.stringify(range)})`);
  }
  // The true weekday (0 = Monday) of each day of the simulated week, and whether its views count.
  const weekdayOfDay = Array.from({ length: 7 }, (_, i) => weekdayIndex(fromDay + i));
  const dayCounts = Array.from({ length: 7 }, (_, i) => {
    const date = isoDate(fromDay + i);
    return range === undefined || (date >= range.from && date <= range.to);
  });
  // The findings judge the plan against the same policy as the checks (opts.policyId when given).
  const findings: Finding[] = [
    ...validateSettings(opts.policyId === undefined ? settings : { ...settings, policyId: opts.policyId }, geo),
  ];
  const engine = createPromiseEngine(settings, geo, { from: weekStart, days: 7, holidays: !typicalWeek, catalog });
  const zip3s = geo.zip3s;
  const D = zip3s.length;
  const L = engine.lanes.length;

  // Destination weights over 48 + DC.
  // Plus the remote regions the plan's Prime templates include: measured for speed, not for coverage.
  const primeRemote = new Set(settings.primeRemoteRegions ?? []);
  const contiguous = zip3s.map((z) => isContiguousUs(z));
  const inScope = measuredForSpeed(zip3s, settings.primeRemoteRegions);
  const weight = new Float64Array(D);
  const dw = settings.destinationWeights;
  if (dw.source === 'custom') {
    const indexOf = new Map(zip3s.map((z, i) => [z.zip3, i]));
    let dropped = 0;
    for (const [zip, w] of Object.entries(dw.byZip)) {
      const rec = geo.lookup(zip);
      const i = rec ? indexOf.get(rec.zip3) : undefined;
      if (i === undefined || !inScope[i]) dropped++;
      else weight[i] = weight[i]! + w;
    }
    if (dropped > 0)
      findings.push(simFinding('sim.weightsDropped', 'warning', 'destinationWeights.byZip', { count: dropped }));
  }
  if (dw.source === 'population' || weight.every((w) => w === 0)) {
    if (dw.source === 'custom') findings.push(simFinding('sim.weightsEmpty', 'warning', 'destinationWeights', {}));
    zip3s.forEach((z, i) => (weight[i] = inScope[i] ? z.population : 0));
  }
  const totalWeight = weight.reduce((a, b) => a + b, 0) || 1;

  // View profile, normalised.
  const profile = settings.viewProfile.weights.map((row) => [...row]);
  let profileTotal = profile.flat().reduce((a, b) => a + b, 0);
  if (!(profileTotal > 0)) {
    for (const row of profile) row.fill(1);
    profileTotal = 168;
    findings.push(simFinding('sim.viewProfileEmpty', 'warning', 'viewProfile.weights', {}));
  }

  // Size-tier mix, normalised (all zero = standard only).
  const mixRaw = SIZE_TIERS.map((t) => settings.sizeTierMix[t]);
  const mixTotal = mixRaw.reduce((a, b) => a + b, 0);
  const mix = mixTotal > 0 ? mixRaw.map((m) => m / mixTotal) : [1, 0, 0];

  // Destination units: one per ZIP3 of 48 + DC, plus in ZIP5 mode one per ZIP5 whose transit differs.
  const level: DestinationLevel =
    opts.destinations === 'zip5' || (opts.destinations === 'auto' && hasZip5Overrides(settings)) ? 'zip5' : 'zip3';
  const units = level === 'zip5' ? zip5Units(settings, geo, engine, inScope, weight) : zip3Units(inScope, weight);
  const U = units.dest.length;

  // Group units by clock and per-lane transit days.
  // Keys: a number while it stays exact (transit -1..15 is 17 values per lane), else a string.
  const groups = new Map<number | string, { rep: number; members: number[] }>();
  const numericKeys = Math.pow(17, L) * 64 < Number.MAX_SAFE_INTEGER;
  for (let u = 0; u < U; u++) {
    const d = units.dest[u]!;
    const own = units.row[u]!;
    const row = own >= 0 ? units.rows : engine.transit;
    const base = own >= 0 ? own : d * L;
    let key: number | string;
    if (numericKeys) {
      key = engine.tzGroupOf[d]!;
      for (let l = 0; l < L; l++) key = key * 17 + row[base + l]! + 1;
    } else {
      key = String(engine.tzGroupOf[d]);
      for (let l = 0; l < L; l++) key += ',' + row[base + l];
    }
    const g = groups.get(key);
    if (g) g.members.push(u);
    else groups.set(key, { rep: u, members: [u] });
  }

  // Per group: histogram per tier, promise-day sums, heatmap le2 fractions, outside-Buy-Shipping share, min days.
  const cutoffs = engine.cutoffInstants;
  const tierHist = new Float64Array(TIER_COUNT * BUCKETS);
  const tierDaySum = new Float64Array(TIER_COUNT);
  const heat = new Float64Array(168);
  let outsideShare = 0;
  const unitMean: (number | null)[] = new Array(U).fill(null);
  const unitLe1 = new Float64Array(U);
  const unitLe2 = new Float64Array(U);
  const unitLe5 = new Float64Array(U);
  const unitMin: (number | null)[] = new Array(U).fill(null);
  const unitServed = new Float64Array(U);

  const gHist = new Float64Array(TIER_COUNT * BUCKETS);
  const gDaySum = new Float64Array(TIER_COUNT);
  const gHeat = new Float64Array(168);
  // Standard-size views by the weekday (Mon..Sun) their promised delivery falls on.
  const delivered = new Float64Array(7);
  const gDelivered = new Float64Array(7);
  const tierOut = new Float64Array(6);
  // Instants of the customer-local hour boundaries of the week, per destination clock.
  const hourBounds = new Map<number, Float64Array>();
  const boundsOf = (d: number): Float64Array => {
    const g = engine.tzGroupOf[d]!;
    let b = hourBounds.get(g);
    if (!b) {
      const tz = zip3s[d]!.timeZone;
      b = new Float64Array(169);
      for (let i = 0; i <= 168; i++) b[i] = fromLocalMinutes(tz, fromDay * 1440 + i * 60);
      hourBounds.set(g, b);
    }
    return b;
  };
  // Prime-off spans in epoch minutes, clipped to two days either side of the UTC week (every US clock fits).
  const offSpans = typicalWeek
    ? []
    : primeOffSpans(settings.primeOffPeriods ?? [], (fromDay - 2) * 1440, (fromDay + 9) * 1440);
  const rangeCuts = dayCounts.some((c) => !c);
  const excluding = offSpans.length > 0 || rangeCuts;
  const offWithin = (p: number, q: number): number => {
    let off = 0;
    for (const o of offSpans) {
      if (o.from >= q) break;
      const lo = Math.max(p, o.from);
      const hi = Math.min(q, o.to);
      if (hi > lo) off += hi - lo;
    }
    return off;
  };
  const gHeatDen = new Float64Array(168);
  const heatDen = new Float64Array(168);
  let counted = 0;
  // The standard-size histogram over the 48 + DC destinations alone, when remote regions count too.
  const mainHist = new Float64Array(BUCKETS);
  let mainShare = 0;
  let mainCounted = 0;
  let weekFrom = Number.POSITIVE_INFINITY;
  let weekTo = Number.NEGATIVE_INFINITY;
  for (const { rep, members } of groups.values()) {
    gHist.fill(0);
    gHeatDen.fill(0);
    let gCounted = 0;
    gDaySum.fill(0);
    gHeat.fill(0);
    gDelivered.fill(0);
    let gOutside = 0;
    let gMin = Number.POSITIVE_INFINITY;
    const repDest = units.dest[rep]!;
    const repRow = units.row[rep]!;
    const bounds = boundsOf(repDest);
    weekFrom = Math.min(weekFrom, bounds[0]!);
    weekTo = Math.max(weekTo, bounds[168]!);
    for (let day = 0; day < 7; day++) {
      // Profile rows, heat map rows and delivery weekdays go by true weekday (Monday first).
      const wd = weekdayOfDay[day]!;
      const counts = dayCounts[day]!;
      for (let h = 0; h < 24; h++) {
        const w = profile[wd]![h]! / profileTotal;
        const a = bounds[day * 24 + h]!;
        const b = bounds[day * 24 + h + 1]!;
        const span = b - a;
        let lo = firstIndexAfter(cutoffs, a);
        let p = a;
        for (;;) {
          const q = span > 0 && lo < cutoffs.length && cutoffs[lo]! < b ? cutoffs[lo]! : b;
          // The part of this piece of the hour whose views count: all of it unless Prime was off in it
          // (an hour skipped by a DST change has all its weight at its one instant).
          // A day outside the date range counts for nothing.
          const frac = !excluding
            ? span > 0
              ? (q - p) / span
              : 1
            : !counts
              ? 0
              : span > 0
                ? (q - p - offWithin(p, q)) / span
                : offWithin(a, a + 1) > 0
                  ? 0
                  : 1;
          if (excluding) {
            gCounted += w * frac;
            gHeatDen[wd * 24 + h] = gHeatDen[wd * 24 + h]! + frac;
          }
          if (frac > 0) {
            if (repRow >= 0) engine.promiseAllTiersWithTransit(p, repDest, units.rows, repRow, tierOut);
            else engine.promiseAllTiers(p, repDest, tierOut);
            for (let t = 0; t < TIER_COUNT; t++) {
              const days = tierOut[t]!;
              const bucket = days === Number.POSITIVE_INFINITY ? NONE_BUCKET : days >= MAX_BUCKET ? LONGER : days;
              gHist[t * BUCKETS + bucket] = gHist[t * BUCKETS + bucket]! + w * frac;
              if (bucket !== NONE_BUCKET) {
                gDaySum[t] = gDaySum[t]! + w * frac * days;
                if (tierOut[t + 3] === 1) gOutside += w * frac * mix[t]!;
                if (t === 0) {
                  if (days < gMin) gMin = days;
                  // Views are customer-local and wd is the view's true weekday: delivery weekday = (wd + days) mod 7.
                  gDelivered[(wd + days) % 7] = gDelivered[(wd + days) % 7]! + w * frac;
                  if (days <= 2) gHeat[wd * 24 + h] = gHeat[wd * 24 + h]! + frac;
                }
              }
            }
          }
          if (q >= b || span <= 0) break;
          p = q;
          while (lo < cutoffs.length && cutoffs[lo]! <= p) lo++;
        }
      }
    }
    let gWeight = 0;
    for (const u of members) gWeight += units.weight[u]!;
    const share = gWeight / totalWeight;
    if (primeRemote.size > 0) {
      let gMain = 0;
      for (const u of members) if (contiguous[units.dest[u]!]) gMain += units.weight[u]!;
      const m = gMain / totalWeight;
      for (let k = 0; k < BUCKETS; k++) mainHist[k] = mainHist[k]! + m * gHist[k]!;
      mainShare += m;
      mainCounted += m * gCounted;
    }
    for (let i = 0; i < gHist.length; i++) tierHist[i] = tierHist[i]! + share * gHist[i]!;
    for (let t = 0; t < TIER_COUNT; t++) tierDaySum[t] = tierDaySum[t]! + share * gDaySum[t]!;
    for (let c = 0; c < 168; c++) heat[c] = heat[c]! + share * gHeat[c]!;
    if (excluding) for (let c = 0; c < 168; c++) heatDen[c] = heatDen[c]! + share * gHeatDen[c]!;
    for (let k = 0; k < 7; k++) delivered[k] = delivered[k]! + share * gDelivered[k]!;
    outsideShare += share * gOutside;
    if (excluding) counted += share * gCounted;
    // This clock group's shares over its counted views (all of them unless Prime was off).
    const gc = excluding ? gCounted : 1;
    const per = gc > 0 ? 1 / gc : 0;
    const served = gc > 0 ? 1 - gHist[NONE_BUCKET]! * per : 0;
    // Rounding can leave a dust of "served" where nothing was (1 − 1.0000000000000002): no mean then.
    const mean = served > 1e-9 ? (gDaySum[0]! * per) / served : null;
    const le1 = (gHist[0]! + gHist[1]!) * per;
    const le2 = le1 + gHist[2]! * per;
    const le5 = le2 + (gHist[3]! + gHist[4]! + gHist[5]!) * per;
    for (const u of members) {
      unitMean[u] = mean;
      unitLe1[u] = le1;
      unitLe2[u] = le2;
      unitLe5[u] = le5;
      unitMin[u] = gMin === Number.POSITIVE_INFINITY ? null : gMin;
      unitServed[u] = served;
    }
  }

  // Per ZIP3: its one unit as is, or the mean of its units weighted by their weights (by their ZIP5
  // counts when the ZIP3 carries no weight, so an undemanded ZIP3 still shows its promises on the map).
  const zipMean: (number | null)[] = new Array(D).fill(null);
  const zipLe1 = new Array<number>(D).fill(0);
  const zipLe2 = new Array<number>(D).fill(0);
  const zipLe5 = new Array<number>(D).fill(0);
  const zipMin: (number | null)[] = new Array(D).fill(null);
  const zipServed = new Float64Array(D);
  // A ZIP3's units are consecutive (zip3Units / zip5Units push them so).
  for (let first = 0, end = 0; first < U; first = end) {
    const d = units.dest[first]!;
    end = first + 1;
    while (end < U && units.dest[end] === d) end++;
    const list = Array.from({ length: end - first }, (_, k) => first + k);
    if (list.length === 1) {
      const u = first;
      zipMean[d] = unitMean[u]!;
      zipLe1[d] = unitLe1[u]!;
      zipLe2[d] = unitLe2[u]!;
      zipLe5[d] = unitLe5[u]!;
      zipMin[d] = unitMin[u]!;
      zipServed[d] = unitServed[u]!;
      continue;
    }
    const byWeight = list.some((u) => units.weight[u]! > 0);
    const wOf = (u: number) => (byWeight ? units.weight[u]! : units.zipCount[u]!);
    let w = 0,
      le1 = 0,
      le2 = 0,
      le5 = 0,
      served = 0,
      days = 0;
    let min: number | null = null;
    for (const u of list) {
      const wu = wOf(u);
      w += wu;
      le1 += wu * unitLe1[u]!;
      le2 += wu * unitLe2[u]!;
      le5 += wu * unitLe5[u]!;
      served += wu * unitServed[u]!;
      if (unitMean[u] !== null) days += wu * unitServed[u]! * unitMean[u]!;
      const m = unitMin[u]!;
      if (m !== null && (min === null || m < min)) min = m;
    }
    zipLe1[d] = w > 0 ? le1 / w : 0;
    zipLe2[d] = w > 0 ? le2 / w : 0;
    zipLe5[d] = w > 0 ? le5 / w : 0;
    zipServed[d] = w > 0 ? served / w : 0;
    zipMean[d] = served > 0 ? days / served : null;
    zipMin[d] = min;
  }

  // Over the counted views only: scale every week-wide sum by 1 / (counted share of the week's views).
  let excludedShare = 0;
  // The share of the week's views on the range's days (all of them without a range).
  let rangeShare = 1;
  if (rangeCuts) {
    rangeShare = 0;
    for (let day = 0; day < 7; day++)
      if (dayCounts[day]) for (const w of profile[weekdayOfDay[day]!]!) rangeShare += w / profileTotal;
  }
  if (excluding) {
    excludedShare = rangeShare > 0 ? Math.min(1, Math.max(0, 1 - counted / rangeShare)) : 0;
    const per = counted > 0 ? 1 / counted : 0;
    for (let i = 0; i < tierHist.length; i++) tierHist[i] = tierHist[i]! * per;
    for (let t = 0; t < TIER_COUNT; t++) tierDaySum[t] = tierDaySum[t]! * per;
    for (let k = 0; k < 7; k++) delivered[k] = delivered[k]! * per;
    outsideShare *= per;
    for (let c = 0; c < 168; c++) heat[c] = heatDen[c]! > 0 ? heat[c]! / heatDen[c]! : Number.NaN;
    if (!(counted > 0) && rangeShare > 0)
      findings.push(simFinding('sim.primeOffAllWeek', 'warning', 'primeOffPeriods', {}));
  }
  const primeOff: PrimeOffExclusion = {
    periods: offSpans.filter((o) => o.to > weekFrom && o.from < weekTo).length,
    excludedShare,
  };

  const tiers = {} as Record<SizeTier, TierShares>;
  SIZE_TIERS.forEach((tier, t) => {
    const at = (k: number) => tierHist[t * BUCKETS + k]!;
    const cum = (n: number) => {
      let s = 0;
      for (let k = 0; k <= n; k++) s += at(k);
      return s;
    };
    const none = at(NONE_BUCKET);
    const servedShare = excluding && !(counted > 0) ? 0 : 1 - none;
    tiers[tier] = {
      le1: cum(1),
      le2: cum(2),
      le3: cum(3),
      le5: cum(5),
      none,
      meanDays: servedShare > 0 ? tierDaySum[t]! / servedShare : null,
    };
  });

  // Reachability: lanes that carry standard size and ship at least once from the start of the week.
  const probe = new Int32Array(16);
  const standardLane = engine.lanes.map(
    (_, l) => (engine.tierMask[l]! & 1) === 1 && engine.laneDeliveries(l, fromDay * 1440, probe),
  );
  const reachable = zip3s.map(
    (_, d) => inScope[d]! && standardLane.some((ok, l) => ok && engine.transit[d * L + l]! >= 0),
  );

  // States and coverage.
  const byState: Record<string, StateStats> = {};
  const acc = new Map<
    string,
    { w: number; le1: number; le2: number; le5: number; days: number; served: number; unreachable: string[] }
  >();
  for (const s of CONTIGUOUS_48_DC) acc.set(s, { w: 0, le1: 0, le2: 0, le5: 0, days: 0, served: 0, unreachable: [] });
  for (let d = 0; d < D; d++) {
    if (!inScope[d]) continue;
    const state = zip3s[d]!.state;
    let a = acc.get(state);
    if (!a) acc.set(state, (a = { w: 0, le1: 0, le2: 0, le5: 0, days: 0, served: 0, unreachable: [] }));
    const w = weight[d]!;
    a.w += w;
    a.le1 += w * zipLe1[d]!;
    a.le2 += w * zipLe2[d]!;
    a.le5 += w * zipLe5[d]!;
    if (zipMean[d] !== null) {
      // Mean over served views only: weight each ZIP3's mean by its served views.
      a.days += w * zipServed[d]! * zipMean[d]!;
      a.served += w * zipServed[d]!;
    }
    if (zip3s[d]!.population > 0 && !reachable[d]) a.unreachable.push(zip3s[d]!.zip3);
  }
  const missingStates: string[] = [];
  for (const [state, a] of acc) {
    byState[state] = {
      weight: a.w / totalWeight,
      le1: a.w > 0 ? a.le1 / a.w : 0,
      le2: a.w > 0 ? a.le2 / a.w : 0,
      le5: a.w > 0 ? a.le5 / a.w : 0,
      meanDays: a.served > 0 ? a.days / a.served : null,
      covered: a.unreachable.length === 0,
      unreachableZip3s: a.unreachable.sort(),
    };
    // Coverage is Amazon's 48 + DC whatever else the plan includes.
    if (a.unreachable.length > 0 && isContiguousUs({ state })) missingStates.push(state);
  }
  missingStates.sort();

  const byZip3: Zip3Stats = {
    zip3: zip3s.map((z) => z.zip3),
    weight: Array.from(weight, (w) => w / totalWeight),
    meanDays: zipMean,
    le1: zipLe1,
    le2: zipLe2,
    le5: zipLe5,
    minDays: zipMin,
    reachable,
  };
  // NaN marks an hour with no counted view (set above only while excluding views).
  const heatmap = Array.from({ length: 7 }, (_, wd) =>
    Array.from(heat.subarray(wd * 24, wd * 24 + 24), (v) => (Number.isNaN(v) ? null : v)),
  );

  /** The remote regions' share of the counted views and the standard-size shares without them. */
  function remotePrimeFigures(): RemotePrimeFigures {
    const main = excluding ? mainCounted : mainShare;
    const all = excluding ? counted : 1;
    const per = main > 0 ? 1 / main : 0;
    const cum = (n: number) => {
      let sum = 0;
      for (let k = 0; k <= n; k++) sum += mainHist[k]!;
      return sum * per;
    };
    return {
      regions: REMOTE_REGIONS.filter((r) => primeRemote.has(r)),
      share: all > 0 ? Math.min(1, Math.max(0, 1 - main / all)) : 0,
      contiguous: { le1: cum(1), le2: cum(2), le5: cum(5) },
    };
  }

  const unserved = zip3s.filter((z, d) => inScope[d] && z.population > 0 && zipMin[d] === null).length;
  if (unserved > 0) findings.push(simFinding('sim.unservedZip3s', 'warning', 'warehouses', { count: unserved }));

  const deliveredWeekdays = judgeDeliveredWeekdays(settings, Array.from(delivered), catalog);
  // Six-day delivery as a finding too, from these promises (validateSettings cannot know them).
  findings.push(
    ...sixDayDeliveryFindings(
      opts.policyId === undefined ? settings : { ...settings, policyId: opts.policyId },
      deliveredWeekdays,
    ),
  );
  const six = { op: sixDayOperation(settings).pass, del: deliveredWeekdays.pass };
  const policy = resolvePolicy(settings, opts.policyId);
  const checks = policyChecks(settings, opts.policyId, tiers, missingStates, six.del);

  return {
    policyId: policy.id,
    weekStart,
    typicalWeek,
    destinationLevel: level,
    ...(units.summary ? { zip5: units.summary } : {}),
    tiers,
    byState,
    byZip3,
    heatmap,
    nationwide: missingStates.length === 0,
    missingStates,
    primeOff,
    ...(primeRemote.size > 0 ? { remotePrime: remotePrimeFigures() } : {}),
    ...(range ? { range: { from: range.from, to: range.to, share: rangeShare } } : {}),
    sixDayOperation: six.op,
    sixDayDelivery: six.del,
    deliveredWeekdays,
    outsideBuyShippingShare: outsideShare,
    weekend: checkWeekend(settings),
    checks,
    pass: checks.every((c) => c.pass),
    findings,
  };
}

/**
 * The simulation's destinations: the ZIP3 each belongs to, its weight, and where its own transit row starts in `rows`
 * (-1 = its ZIP3's).
 */
interface Units {
  dest: number[];
  weight: number[];
  row: number[];
  rows: Int8Array;
  /** ZIP5s the unit stands for (1 for a ZIP3 in ZIP3 mode). */
  zipCount: number[];
  summary?: Zip5Summary;
}

function zip3Units(inScope: boolean[], weight: Float64Array): Units {
  const units: Units = { dest: [], weight: [], row: [], rows: new Int8Array(0), zipCount: [] };
  inScope.forEach((ok, d) => {
    if (!ok) return;
    units.dest.push(d);
    units.weight.push(weight[d]!);
    units.row.push(-1);
    units.zipCount.push(1);
  });
  return units;
}

/**
 * ZIP5 mode: every ZIP5 of 48 + DC is a destination; those whose transit differs from their ZIP3's on
 * some lane become units of their own, the others stay together as the rest of their ZIP3. The rest's
 * weight is the ZIP3's weight minus its own-transit ZIP5s', so a plan without ZIP5 overrides gives
 * the ZIP3 units with exactly their ZIP3 weights.
 */
function zip5Units(
  settings: Settings,
  geo: GeoData,
  engine: ReturnType<typeof createPromiseEngine>,
  inScope: boolean[],
  weight: Float64Array,
): Units {
  const zip3s = geo.zip3s;
  const L = engine.lanes.length;
  const indexOf = new Map(zip3s.map((z, i) => [z.zip3, i]));
  // The part of each ZIP3's weight shared evenly among its ZIP5s, and the ZIP5-keyed custom weights.
  const spread = Float64Array.from(weight);
  const ownWeight = new Map<string, number>();
  const dw = settings.destinationWeights;
  if (dw.source === 'custom') {
    for (const [zip, w] of Object.entries(dw.byZip)) {
      if (zip.length !== 5 || !geo.zip5Exists(zip)) continue;
      const d = indexOf.get(zip.slice(0, 3));
      // Only when the weight was counted (custom weights in use and the ZIP3 in scope).
      if (d === undefined || !inScope[d] || weight[d] === 0) continue;
      ownWeight.set(zip, (ownWeight.get(zip) ?? 0) + w);
    }
    for (const [zip, w] of ownWeight) {
      const d = indexOf.get(zip.slice(0, 3))!;
      spread[d] = spread[d]! - w;
    }
  }
  const weightOf = (zip5: string, d: number, count: number) =>
    Math.max(0, spread[d]!) / count + (ownWeight.get(zip5) ?? 0);

  // Room for a row per ZIP5 override (at most one per ZIP5 differs), and one to try the next ZIP5 in.
  const zip5Overrides = settings.transitOverrides.reduce((n, o) => n + (o.dest.length === 5 ? 1 : 0), 0);
  const units: Units = { dest: [], weight: [], row: [], rows: new Int8Array((zip5Overrides + 1) * L), zipCount: [] };
  let used = 0;
  let zips = 0;
  let withOwnTransit = 0;
  let zip3sAffected = 0;
  inScope.forEach((ok, d) => {
    if (!ok) return;
    const all = geo.zip5sOf(zip3s[d]!.zip3);
    zips += all.length;
    let restWeight = weight[d]!;
    let restCount = all.length;
    for (const zip5 of zip5Overrides > 0 ? all : []) {
      if (!engine.zip5Transit(zip5, d, units.rows, used)) continue;
      const w = weightOf(zip5, d, all.length);
      units.dest.push(d);
      units.weight.push(w);
      units.row.push(used);
      used += L;
      units.zipCount.push(1);
      if (restCount === all.length) zip3sAffected++;
      restWeight -= w;
      restCount--;
      withOwnTransit++;
    }
    units.dest.push(d);
    // Rounding must not leave a negative or dust weight when every ZIP5 of the ZIP3 has its own unit.
    units.weight.push(restCount === 0 ? 0 : Math.max(0, restWeight));
    units.row.push(-1);
    units.zipCount.push(restCount);
  });
  units.summary = { zips, withOwnTransit, zip3sAffected };
  return units;
}

/** The simulation's own finding rules: each has its text `engine.sim.<rule>` in the engine owner's texts. */
type SimulationRule = SimulationRuleOf<keyof typeof ENGINE_TEXTS>;
type SimulationRuleOf<Key> = Key extends `engine.sim.${infer Rule}` ? `sim.${Rule}` : never;

function simFinding(
  ruleId: SimulationRule,
  severity: Finding['severity'],
  path: string,
  params: Record<string, string | number>,
): Finding {
  return { ruleId, severity, path, messageKey: `engine.${ruleId}`, params };
}
