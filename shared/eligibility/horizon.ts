import { SIZE_TIERS, type ServiceId, type SizeTier } from '../domain/carrier';
import type { DisruptionWeek, TransitSpread } from '../domain/operations';
import { EvaluationRulesSchema, type EvaluationRules, type PolicyProfile, type StrikeAction } from '../domain/policy';
import type { Settings } from '../domain/settings';
import { checkIsoDate } from '../time/dateTime';
import type { GeoData } from '../geo';
import { findPolicy, resolvePolicy } from '../catalog/policies';
import type { EngineCatalog } from '../engine/engineCatalog';
import { dayNumber, isoDate, weekdayIndex } from '../time/timezone';
import { compileHorizonOrders, windowDisruptions, type HorizonOrders, type WeekOrders } from './orderTable';
import { resolveOperations, type ResolvedOperations } from './operations';
import { geometricGap, type Rng } from './rng';
import { actionAfter, isRevoked, strikesAfterWeek } from './strikes';
import { upToWholePercent } from '../engine/wholePercent';
import type { MessageKey } from '../i18n/catalogue';

/*
 * The eligibility horizon: will the plan pass a trial and keep Prime over the coming weeks?
 *
 * Each run draws every week's orders (orderTable.ts: view -> order -> promise -> ship -> transit ->
 * on time or late), with the operations' missed pickups, cancellations, Buy Shipping labels, tracking
 * and OTDR protection, then evaluates the week as the policy says (its thresholds and targets, the
 * season's profile for the dates, delivery speed rounded up to whole percents) and walks the strike
 * ladder. Randomness comes only from the generator passed in, so a seed reproduces a run exactly.
 *
 * Model choices (documented in the README):
 * - A week has exactly `weeklyOrders` orders, spread like page views; cancelled orders do not ship.
 * - On-time delivery counts every shipped order against its original promise, except late ones whose
 *   label was OTDR protected (bought through Buy Shipping with protection, shipped on time).
 * - Delivery speed is a share of page views, not orders: it is the same in every run of a week (the
 *   view counts are large), taken from the same compiled promises.
 * - Size tiers with a zero share in the size-tier mix are not judged (the seller has no such offers).
 */

export type AccountMetricId =
  'onTimeDelivery' | 'onTimeShipment' | 'lateShipment' | 'cancellation' | 'buyShipping' | 'validTracking';
export const ACCOUNT_METRICS: readonly AccountMetricId[] = [
  'onTimeDelivery',
  'onTimeShipment',
  'lateShipment',
  'cancellation',
  'buyShipping',
  'validTracking',
];

const THRESHOLD_OF: Record<AccountMetricId, { key: keyof PolicyProfile['thresholds']; kind: 'min' | 'max' }> = {
  onTimeDelivery: { key: 'onTimeDeliveryMin', kind: 'min' },
  onTimeShipment: { key: 'onTimeShipmentMin', kind: 'min' },
  lateShipment: { key: 'lateShipmentMax', kind: 'max' },
  cancellation: { key: 'cancellationMax', kind: 'max' },
  buyShipping: { key: 'buyShippingMin', kind: 'min' },
  validTracking: { key: 'validTrackingMin', kind: 'min' },
};

/**
 * Evaluation rules when a profile has none: the current ones (weekly Sun-Sat, rounding, three strikes, 30-day trial).
 */
export const DEFAULT_EVALUATION: EvaluationRules = EvaluationRulesSchema.parse({
  windowStart: 'sun',
  rounding: 'upToWholePercent',
  strikeLadder: ['warning', 'offersDisabled', 'revoked'],
  trial: { days: 30, minOrders: 100, judgedOn: 'aggregate', maxPerYear: 3 },
});

/** Longest horizon: ten years of weeks. */
export const MAX_HORIZON_WEEKS = 520;
export const MAX_RUNS = 1_000_000;

/** Bad input to the horizon, with an i18n key (`eligibility.error.*`) and its parameters. */
export class EligibilityInputError extends Error {
  constructor(
    readonly messageKey: MessageKey,
    readonly params: Record<string, string | number>,
    message: string,
  ) {
    super(message);
    this.name = 'EligibilityInputError';
  }
}

/** Thrown when `shouldStop` asks the run to end. */
export class EligibilityCancelled extends Error {
  constructor() {
    super('eligibility run cancelled');
    this.name = 'EligibilityCancelled';
  }
}

export interface HorizonOptions {
  /** First day of the first weekly window ('YYYY-MM-DD'), on the profile's window start day. */
  start: string;
  weeks: number;
  runs: number;
  /** Uniform numbers in [0, 1); createRng(seed) for reproducible runs. */
  rng: Rng;
  /** Policy to judge against (default: the settings' policyId). */
  policyId?: string;
  /** Spreads replacing the settings' own (e.g. an imported CSV). */
  transitSpread?: readonly TransitSpread[];
  catalog?: EngineCatalog;
  /** Called with the share of runs done (0..1), about a hundred times. */
  onProgress?: (fraction: number) => void;
  /** Polled as often as onProgress; true ends the run with EligibilityCancelled. */
  shouldStop?: () => boolean;
}

export interface MetricThreshold {
  kind: 'min' | 'max';
  value: number;
}

export interface MetricWeek {
  p10: number;
  p50: number;
  p90: number;
  /** Share of runs in which the metric met its threshold this week (1 when it has none). */
  passShare: number;
  /** The threshold or target of the week's profile; null when the profile sets none. */
  threshold: MetricThreshold | null;
}

export interface HorizonWeek {
  /** 1-based. */
  week: number;
  start: string;
  /** Profile judging this week (a season's profile during its dates). */
  policyId: string;
  metrics: Record<string, MetricWeek>;
  /** Share of runs in which every judged metric passed this week. */
  passProbability: number;
  /** Share of runs in each ladder state at the end of the week (enrolled = no strike yet). */
  states: Record<'enrolled' | StrikeAction, number>;
  /** Expected orders this week. */
  orders: number;
  /** The operations' disruption entries applied to this week (the user's assumption); empty for a normal week. */
  disruptions: DisruptionWeek[];
}

export interface HorizonLane {
  warehouseId: string;
  serviceId: ServiceId;
  /** Share of orders the lane ships (over the horizon). */
  orderShare: number;
  /** Share of the lane's orders expected late (before OTDR protection), from the compiled probabilities. */
  lateShare: number;
}

export interface HorizonResult {
  runs: number;
  start: string;
  policyId: string;
  operations: ResolvedOperations;
  evaluation: EvaluationRules;
  weeks: HorizonWeek[];
  revokedWithin: { weeks: number; probability: number };
  expectedStrikes: number;
  trial: {
    days: number;
    weeks: number;
    minOrders: number;
    judgedOn: EvaluationRules['trial']['judgedOn'];
    passProbability: number;
  };
  lanes: HorizonLane[];
  /** Orders simulated (runs x weeks x weekly orders), for throughput figures. */
  simulatedOrders: number;
}

interface Rule {
  id: string;
  kind: 'min' | 'max';
  value: number;
  rounded: boolean;
}

const SPEED_KEYS = [
  ['le1', 1],
  ['le2', 2],
  ['le3', 3],
  ['le5', 5],
] as const;

export { upToWholePercent } from '../engine/wholePercent';

/** Whether a value meets a rule (rounded speed shares; exact rates, with a hair of float tolerance). */
function meets(rule: Rule, value: number): boolean {
  if (rule.rounded) return upToWholePercent(value) >= upToWholePercent(rule.value);
  return rule.kind === 'min' ? value >= rule.value - 1e-12 : value <= rule.value + 1e-12;
}

/** The judged rules of a profile for a plan's size-tier mix. */
function rulesOf(policy: PolicyProfile, evaluation: EvaluationRules, mix: Settings['sizeTierMix']): Rule[] {
  const rules: Rule[] = [];
  for (const id of ACCOUNT_METRICS) {
    const { key, kind } = THRESHOLD_OF[id];
    const value = policy.thresholds[key];
    if (value !== undefined) rules.push({ id, kind, value, rounded: false });
  }
  for (const tier of SIZE_TIERS) {
    const targets = policy.targets[tier];
    if (!targets || !(mix[tier] > 0)) continue;
    for (const [k] of SPEED_KEYS) {
      const v = targets[k];
      if (v !== undefined)
        rules.push({
          id: `speed.${tier}.${k}`,
          kind: 'min',
          value: v,
          rounded: evaluation.rounding === 'upToWholePercent',
        });
    }
  }
  return rules;
}

/** The profile judging a week: a season of the base profile whose dates hold the week's first day, else the base. */
function policyForWeek(settings: Settings, base: PolicyProfile, weekStart: string): PolicyProfile {
  for (const s of base.seasons ?? []) {
    if (weekStart >= s.from && weekStart <= s.to) return findPolicy(settings, s.policyId) ?? base;
  }
  return base;
}

const WINDOW_START_INDEX = { mon: 0, sun: 6 } as const;

/**
 * Checks the horizon's inputs; throws EligibilityInputError with a clear message.
 */
export function checkHorizonInput(
  opts: Pick<HorizonOptions, 'start' | 'weeks' | 'runs'>,
  evaluation: EvaluationRules = DEFAULT_EVALUATION,
): void {
  if (!Number.isInteger(opts.weeks) || opts.weeks < 1 || opts.weeks > MAX_HORIZON_WEEKS) {
    throw new EligibilityInputError(
      'eligibility.error.weeks',
      { value: String(opts.weeks), max: MAX_HORIZON_WEEKS },
      `the horizon must be 1 to ${MAX_HORIZON_WEEKS} weeks (got ${opts.weeks})`,
    );
  }
  if (!Number.isInteger(opts.runs) || opts.runs < 1 || opts.runs > MAX_RUNS) {
    throw new EligibilityInputError(
      'eligibility.error.runs',
      { value: String(opts.runs), max: MAX_RUNS },
      `runs must be 1 to ${MAX_RUNS} (got ${opts.runs})`,
    );
  }
  if (checkIsoDate(opts.start) !== 'ok') {
    throw new EligibilityInputError(
      'eligibility.error.start',
      { value: JSON.stringify(opts.start) },
      `the start must be a date YYYY-MM-DD (got ${JSON.stringify(opts.start)})`,
    );
  }
  if (weekdayIndex(dayNumber(opts.start)) !== WINDOW_START_INDEX[evaluation.windowStart]) {
    throw new EligibilityInputError(
      `eligibility.error.startDay.${evaluation.windowStart}`,
      { value: opts.start },
      `the start ${opts.start} must be a ${evaluation.windowStart === 'sun' ? 'Sunday' : 'Monday'}: Amazon evaluates weekly windows from that day`,
    );
  }
}

/** Nearest-rank percentile of a sorted array. */
function percentile(sorted: Float64Array, q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

/**
 * Runs the eligibility horizon.
 * @example
 * const r = runHorizon(sampleSettings(), loadGeo(), { start: '2026-06-07', weeks: 13, runs: 1000, rng: createRng(1) });
 * r.revokedWithin.probability // share of runs revoked within 13 weeks
 */
export function runHorizon(settings: Settings, geo: GeoData, opts: HorizonOptions): HorizonResult {
  const base = resolvePolicy(settings, opts.policyId);
  const evaluation = base.evaluation ?? DEFAULT_EVALUATION;
  checkHorizonInput(opts, evaluation);
  const ops = resolveOperations(settings);
  const trialWeeks = Math.ceil(evaluation.trial.days / 7);
  const W = Math.max(opts.weeks, trialWeeks);
  const compiled = compileHorizonOrders(settings, geo, {
    start: opts.start,
    weeks: W,
    transitSpread: opts.transitSpread,
    catalog: opts.catalog,
  });
  return runCompiledHorizon(settings, compiled, base, evaluation, ops, opts);
}

/**
 * The Monte Carlo over already compiled weeks (the benchmark times it apart from the compilation).
 */
export function runCompiledHorizon(
  settings: Settings,
  compiled: HorizonOrders,
  base: PolicyProfile,
  evaluation: EvaluationRules,
  ops: ResolvedOperations,
  opts: HorizonOptions,
): HorizonResult {
  const { runs, rng } = opts;
  const ladder = evaluation.strikeLadder;
  const trialWeeks = Math.ceil(evaluation.trial.days / 7);
  const W = compiled.weeks.length;
  const H = opts.weeks;
  const n = ops.weeklyOrders;

  const weekPolicies = compiled.weeks.map((wk) => policyForWeek(settings, base, wk.start));
  const weekRules = weekPolicies.map((p) => rulesOf(p, evaluation, settings.sizeTierMix));
  // Delivery speed is the same in every run: judge it once per week.
  const speedValue = (wk: WeekOrders, id: string): number => {
    const [, tier, k] = id.split('.') as [string, SizeTier, 'le1' | 'le2' | 'le3' | 'le5'];
    return wk.speed[tier][k];
  };
  const speedPass = compiled.weeks.map((wk, w) =>
    weekRules[w]!.filter((r) => r.id.startsWith('speed.')).every((r) => meets(r, speedValue(wk, r.id))),
  );
  const accountRules = weekRules.map((rules) => rules.filter((r) => !r.id.startsWith('speed.')));

  // Per account metric, per week, per run.
  const M = ACCOUNT_METRICS.length;
  const values = ACCOUNT_METRICS.map(() => new Float64Array(W * runs));
  const metricPass = new Float64Array(M * W);
  const weekPassCount = new Float64Array(W);
  const stateCount = Array.from({ length: W }, () => ({ enrolled: 0, warning: 0, offersDisabled: 0, revoked: 0 }));
  let revokedCount = 0;
  let strikeSum = 0;
  let trialPassCount = 0;
  const metricIndex = new Map(ACCOUNT_METRICS.map((id, i) => [id as string, i]));

  const pc = ops.cancellationRate;
  const pm = ops.missedPickupShare;
  const pInvalid = 1 - ops.validTrackingRate;
  const pbs = ops.buyShippingShare;
  const bsAll = pbs >= 1;
  const pprot = ops.otdrProtectedShare;
  // Rare events as gaps between successes (rng.ts): one draw per event instead of one per order.
  let gapCancel = geometricGap(rng, pc);
  let gapMiss = geometricGap(rng, pm);
  let gapInvalid = geometricGap(rng, pInvalid);

  const trialTotals = new Float64Array(7);
  const trialSpeedOk = speedTrialPass(compiled, weekRules[0] ?? [], trialWeeks);
  const accountValue = new Float64Array(M);
  const progressEvery = Math.max(1, Math.floor(runs / 100));

  for (let r = 0; r < runs; r++) {
    if (r % progressEvery === 0) {
      if (opts.shouldStop?.()) throw new EligibilityCancelled();
      opts.onProgress?.(r / runs);
    }
    let strikes = 0;
    let trialAllWeeks = true;
    trialTotals.fill(0);
    for (let w = 0; w < W; w++) {
      const wk = compiled.weeks[w]!;
      const K = wk.size;
      const prob = wk.aliasProb;
      const alias = wk.aliasIndex;
      const lateOn = wk.lateOnTime;
      const lateMiss = wk.lateMissed;
      const outside = wk.outsideBuyShipping;
      let cancelled = 0;
      let shipped = 0;
      let missed = 0;
      let late = 0;
      let bought = 0;
      let invalid = 0;
      const orders = K > 0 ? n : 0;
      for (let i = 0; i < orders; i++) {
        if (gapCancel === 0) {
          cancelled++;
          gapCancel = geometricGap(rng, pc);
          continue;
        }
        gapCancel--;
        shipped++;
        const x = rng() * K;
        const j = x | 0;
        const slot = x - j < prob[j]! ? j : alias[j]!;
        let miss = false;
        if (gapMiss === 0) {
          miss = true;
          missed++;
          gapMiss = geometricGap(rng, pm);
        } else gapMiss--;
        const isLate = rng() < (miss ? lateMiss[slot]! : lateOn[slot]!);
        let viaBuyShipping = false;
        if (outside[slot] === 0 && (bsAll || rng() < pbs)) {
          viaBuyShipping = true;
          bought++;
        }
        if (isLate && !(viaBuyShipping && !miss && pprot > 0 && rng() < pprot)) late++;
        if (gapInvalid === 0) {
          invalid++;
          gapInvalid = geometricGap(rng, pInvalid);
        } else gapInvalid--;
      }
      // Metric values of the week.
      accountValue[0] = shipped > 0 ? (shipped - late) / shipped : 1;
      accountValue[1] = shipped > 0 ? (shipped - missed) / shipped : 1;
      accountValue[2] = shipped > 0 ? missed / shipped : 0;
      accountValue[3] = orders > 0 ? cancelled / orders : 0;
      accountValue[4] = shipped > 0 ? bought / shipped : 1;
      accountValue[5] = shipped > 0 ? (shipped - invalid) / shipped : 1;
      for (let m = 0; m < M; m++) values[m]![w * runs + r] = accountValue[m]!;
      let pass = speedPass[w]!;
      for (const rule of accountRules[w]!) {
        const m = metricIndex.get(rule.id)!;
        if (meets(rule, accountValue[m]!)) metricPass[m * W + w] = metricPass[m * W + w]! + 1;
        else pass = false;
      }
      if (pass) weekPassCount[w] = weekPassCount[w]! + 1;
      if (w < trialWeeks) {
        trialTotals[0] = trialTotals[0]! + orders;
        trialTotals[1] = trialTotals[1]! + shipped;
        trialTotals[2] = trialTotals[2]! + late;
        trialTotals[3] = trialTotals[3]! + missed;
        trialTotals[4] = trialTotals[4]! + cancelled;
        trialTotals[5] = trialTotals[5]! + bought;
        trialTotals[6] = trialTotals[6]! + invalid;
        if (!pass) trialAllWeeks = false;
      }
      if (w < H) {
        strikes = strikesAfterWeek(strikes, pass, ladder);
        const action = actionAfter(strikes, ladder);
        const st = stateCount[w]!;
        st[action ?? 'enrolled']++;
      }
    }
    strikeSum += strikes;
    if (isRevoked(strikes, ladder)) revokedCount++;
    if (trialPasses(trialTotals, trialAllWeeks, evaluation, accountRules[0] ?? [], trialSpeedOk)) trialPassCount++;
  }
  opts.onProgress?.(1);

  // Summaries per week.
  const sorted = new Float64Array(runs);
  const weeks: HorizonWeek[] = [];
  for (let w = 0; w < H; w++) {
    const wk = compiled.weeks[w]!;
    const metrics: Record<string, MetricWeek> = {};
    ACCOUNT_METRICS.forEach((id, m) => {
      sorted.set(values[m]!.subarray(w * runs, (w + 1) * runs));
      sorted.sort();
      const rule = accountRules[w]!.find((x) => x.id === id);
      metrics[id] = {
        p10: percentile(sorted, 0.1),
        p50: percentile(sorted, 0.5),
        p90: percentile(sorted, 0.9),
        passShare: rule ? metricPass[m * W + w]! / runs : 1,
        threshold: rule ? { kind: rule.kind, value: rule.value } : null,
      };
    });
    for (const rule of weekRules[w]!.filter((x) => x.id.startsWith('speed.'))) {
      const v = speedValue(wk, rule.id);
      metrics[rule.id] = {
        p10: v,
        p50: v,
        p90: v,
        passShare: meets(rule, v) ? 1 : 0,
        threshold: { kind: 'min', value: rule.value },
      };
    }
    const st = stateCount[w]!;
    weeks.push({
      week: w + 1,
      start: wk.start,
      policyId: weekPolicies[w]!.id,
      metrics,
      passProbability: weekPassCount[w]! / runs,
      states: {
        enrolled: st.enrolled / runs,
        warning: st.warning / runs,
        offersDisabled: st.offersDisabled / runs,
        revoked: st.revoked / runs,
      },
      orders: wk.size > 0 ? n : 0,
      disruptions: windowDisruptions(ops.disruption, wk.start),
    });
  }

  // Lanes: expected order and late shares from the compiled probabilities.
  const laneOrders = new Float64Array(compiled.lanes.length);
  const laneLate = new Float64Array(compiled.lanes.length);
  for (let w = 0; w < H; w++) {
    const wk = compiled.weeks[w]!;
    for (let s = 0; s < wk.size; s++) {
      const l = wk.lane[s]!;
      laneOrders[l] = laneOrders[l]! + wk.weight[s]!;
      laneLate[l] = laneLate[l]! + wk.weight[s]! * ((1 - pm) * wk.lateOnTime[s]! + pm * wk.lateMissed[s]!);
    }
  }
  const orderTotal = laneOrders.reduce((a, b) => a + b, 0) || 1;
  const lanes: HorizonLane[] = compiled.lanes.map((lane, l) => ({
    warehouseId: lane.warehouseId,
    serviceId: lane.serviceId,
    orderShare: laneOrders[l]! / orderTotal,
    lateShare: laneOrders[l]! > 0 ? laneLate[l]! / laneOrders[l]! : 0,
  }));

  return {
    runs,
    start: compiled.weeks[0]?.start ?? opts.start,
    policyId: base.id,
    operations: ops,
    evaluation,
    weeks,
    revokedWithin: { weeks: H, probability: revokedCount / runs },
    expectedStrikes: strikeSum / runs,
    trial: {
      days: evaluation.trial.days,
      weeks: trialWeeks,
      minOrders: evaluation.trial.minOrders,
      judgedOn: evaluation.trial.judgedOn,
      passProbability: trialPassCount / runs,
    },
    lanes,
    simulatedOrders: runs * W * n,
  };
}

/** Whether delivery speed over the trial weeks (mean of the weekly view shares) meets the first week's targets. */
function speedTrialPass(compiled: HorizonOrders, rules: readonly Rule[], trialWeeks: number): boolean {
  const weeks = compiled.weeks.slice(0, trialWeeks);
  const pass = rules
    .filter((r) => r.id.startsWith('speed.'))
    .every((r) => {
      const [, tier, k] = r.id.split('.') as [string, SizeTier, 'le1' | 'le2' | 'le3' | 'le5'];
      const mean = weeks.reduce((a, wk) => a + wk.speed[tier][k], 0) / Math.max(1, weeks.length);
      return meets(r, mean);
    });
  return pass;
}

/** The trial verdict of one run: enough orders, and the totals (or every week) meeting the first week's rules. */
function trialPasses(
  totals: Float64Array,
  allWeeks: boolean,
  evaluation: EvaluationRules,
  rules: readonly Rule[],
  speedOk: boolean,
): boolean {
  const [orders, shipped, late, missed, cancelled, bought, invalid] = totals as unknown as [
    number,
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (orders < evaluation.trial.minOrders) return false;
  if (evaluation.trial.judgedOn === 'everyWeek') return allWeeks;
  if (!speedOk) return false;
  const value: Record<AccountMetricId, number> = {
    onTimeDelivery: shipped > 0 ? (shipped - late) / shipped : 1,
    onTimeShipment: shipped > 0 ? (shipped - missed) / shipped : 1,
    lateShipment: shipped > 0 ? missed / shipped : 0,
    cancellation: orders > 0 ? cancelled / orders : 0,
    buyShipping: shipped > 0 ? bought / shipped : 1,
    validTracking: shipped > 0 ? (shipped - invalid) / shipped : 1,
  };
  return rules.every((r) => meets(r, value[r.id as AccountMetricId]));
}

/**
 * The first day on or after `isoDay` that starts an evaluation window.
 * @example
 * nextWindowStart('2026-12-01', 'sun') // '2026-12-06'
 */
export function nextWindowStart(isoDay: string, windowStart: EvaluationRules['windowStart'] = 'sun'): string {
  let d = dayNumber(isoDay);
  while (weekdayIndex(d) !== WINDOW_START_INDEX[windowStart]) d++;
  return isoDate(d);
}
