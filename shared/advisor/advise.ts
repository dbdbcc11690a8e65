/**
 * The plan advisor: "what should I change, and what will it cost me?"
 *
 * API (pure, no I/O; safe in a Web Worker):
 *
 *   advise(settings, geo, options) -> AdviceResult
 *     options: { maxMoves = 4, budget (max extra USD per week; default none), candidateZips (ZIP5s
 *     to try a second warehouse at), searchSites (try every populated ZIP3 for the best new site),
 *     availableCarriers, policyId, maxEvaluations, onProgress(fraction, phase), shouldCancel() }
 *
 *   AdviceResult = {
 *     pass, weeklyCost, cost (breakdown), checks            the plan as it is
 *     suggestions[]      ranked single moves: { id, moves, labels, settings, checks, pass, weeklyCost,
 *                        weeklyCostDelta, checksFixed, pointsGained, cost }
 *     cheapestPassing    the cheapest combination found that passes every check (same shape), or null
 *     ceiling[]          when nothing passes within the limits: per failing check { checkId, best,
 *                        target, reachable, moves, settings } and `binding` (the checks that stay short)
 *     bestSite           when searchSites: the best new warehouse site found, as a suggestion
 *     searchNote         { complete, reason?, evaluations, strategy } — a search stopped by its limits
 *                        or by shouldCancel says so here, and returns the best it had found
 *   }
 *
 * Every figure in the result (checks, weekly cost, deltas) is the ordinary simulate() and
 * weeklyCost() of the `settings` it comes with: the search ranks with the fast evaluator, then each
 * plan it returns is re-simulated from scratch and reported with those numbers. A `settings` is a
 * complete settings file (open it as a scenario, or run `shipweek simulate` on it).
 *
 * Moves: shared/advisor/moves.ts (generateMoves, applyMove, describeMove for EN/FR text with the
 * `advisor.move.*` messages). Costs: shared/advisor/weeklyCost.ts (weeklyCost, explainOrderCost) and
 * the cost model in settings.costModel (defaults: shared/catalog/costDefaults.ts).
 *
 * Search: greedy + local improvement. Greedy adds, one at a time, the move that removes the most
 * shortfall per extra dollar (and, separately, the most shortfall outright); local improvement then
 * drops moves that are no longer needed, swaps each move for a cheaper one that keeps every check,
 * and adds cost-saving moves that keep every check. Why not exhaustive: ~80 moves per step make
 * 4-move combinations ~1.7 M plans; greedy with these repairs evaluates a few thousand, keeps the
 * advice under ~2 s and finds the combinations that matter here, where moves mostly add up (a move
 * rarely helps only together with another; the two that do — a weekend day and its pickups, a
 * Limited pickup and its special plan — are generated as single moves).
 */
import type { CarrierId } from '../domain/carrier';
import type { Settings } from '../domain/settings';
import { CONTIGUOUS_48_DC, type GeoData } from '../geo';
import { simulate, type SimulationCheck } from '../engine/simulate';
import { resolveCostModel, type ResolvedCostModel } from '../catalog/costDefaults';
import { createEvaluator, type Evaluation, type Evaluator, type WeeklyCost } from './evaluator';
import {
  applyMoves,
  describeMove,
  generateMoves,
  moveId,
  representativeZip,
  warehouseMove,
  type Move,
  type MoveLabel,
} from './moves';
import { weeklyCost } from './weeklyCost';
import { onTimeOutlook, type OnTimeOutlook } from '../eligibility/onTimeOutlook';

export interface AdviseOptions {
  /** Most moves in one suggested plan (default 4). */
  maxMoves?: number;
  /** Most extra weekly cost (USD) a suggested plan may add to the current plan; default unlimited. */
  budget?: number;
  /** ZIP5 codes to try a new warehouse at (must exist; see validateCandidateZips). */
  candidateZips?: readonly string[];
  /** Also search every populated ZIP3 of the 48 + DC for the best new warehouse site. */
  searchSites?: boolean;
  /** Carriers whose services may be proposed (default: the cost model's, else the plan's carriers). */
  availableCarriers?: readonly CarrierId[];
  /** Policy to judge against (default: settings.policyId). */
  policyId?: string;
  /** Most plans the search evaluates before it stops and reports the best so far (default 20,000). */
  maxEvaluations?: number;
  /** How many ranked single moves to return (default 10). */
  maxSuggestions?: number;
  /**
   * On-time delivery as a constraint: a suggested plan must keep the probability that a week passes
   * the policy's on-time threshold at ON_TIME_PASS_BAR or more (or, when the plan as it is already
   * falls short, no lower than it) over these weeks (shared/eligibility/onTimeOutlook.ts). Default:
   * the week of the typical week the advisor simulates; false turns the constraint off.
   */
  onTime?: { start: string; weeks: number } | false;
  onProgress?: (fraction: number, phase: AdvicePhase) => void;
  /** Polled between evaluations; true stops the search, which returns what it has, labelled. */
  shouldCancel?: () => boolean;
}

export type AdvicePhase = 'singleMoves' | 'siteSearch' | 'cheapestPassing' | 'ceiling' | 'verify';

/** One policy check of a suggested plan, with its change from the current plan. */
export interface CheckFigure {
  id: string;
  value: number;
  target: number;
  pass: boolean;
  /** value - the current plan's value. */
  delta: number;
}

export interface PlanFigures {
  moves: Move[];
  /** i18n key + params per move (advisor.move.*). */
  labels: MoveLabel[];
  settings: Settings;
  checks: CheckFigure[];
  pass: boolean;
  weeklyCost: number;
  weeklyCostDelta: number;
  cost: WeeklyCost;
}

export interface Suggestion extends PlanFigures {
  id: string;
  /** Failing checks this plan makes pass, minus passing checks it makes fail. */
  checksFixed: number;
  /** Percentage points gained on the failing delivery-speed checks (and states of coverage gained). */
  pointsGained: number;
}

export interface CeilingEntry {
  checkId: string;
  /** The best value found for this check with the allowed moves (simulate()'s figure for `settings`). */
  best: number;
  target: number;
  reachable: boolean;
  moves: Move[];
  settings: Settings;
}

export interface SearchNote {
  /** False when a limit (evaluations) or a cancel stopped part of the search early. */
  complete: boolean;
  reason?: 'maxEvaluations' | 'cancelled';
  evaluations: number;
  strategy: 'greedy+local';
}

export interface AdviceResult {
  policyId: string;
  pass: boolean;
  weeklyCost: number;
  cost: WeeklyCost;
  checks: SimulationCheck[];
  suggestions: Suggestion[];
  cheapestPassing: (PlanFigures & { id: string }) | null;
  ceiling: CeilingEntry[];
  /** Checks no allowed combination brings to target (empty when a passing plan was found). */
  binding: string[];
  bestSite: Suggestion | null;
  searchNote: SearchNote;
  /** The on-time constraint: the plan's own outlook, and how many plans it kept out of the advice. */
  onTime: { outlook: OnTimeOutlook; excluded: number } | null;
}

/** The week the advisor's typical week falls in, Sunday first, as the eligibility horizon counts weeks. */
export const ADVISOR_ON_TIME_WINDOW = { start: '2026-06-07', weeks: 1 } as const;

/** Thrown inside the search when it must stop; caught by advise(). */
class StopSearch extends Error {
  constructor(readonly reason: 'maxEvaluations' | 'cancelled') {
    super(reason);
  }
}

/** Shortfall of one check, on a common scale: share points for speed, fraction of states, 0/1 for six-day checks. */
function shortfall(c: SimulationCheck): number {
  if (c.pass) return 0;
  if (c.id === 'coverage.nationwide') return c.gap / CONTIGUOUS_48_DC.length;
  return c.gap;
}

const penalty = (e: Evaluation) => e.checks.reduce((s, c) => s + shortfall(c), 0);

/**
 * Ranked changes with their cost, the cheapest passing plan, or the ceiling. See the file comment.
 * @example advise(sampleSettings(), loadGeo(), { maxMoves: 3 }).cheapestPassing?.weeklyCost
 */
export function advise(settings: Settings, geo: GeoData, options: AdviseOptions = {}): AdviceResult {
  const maxMoves = Math.max(1, Math.floor(options.maxMoves ?? 4));
  const budget = options.budget ?? Number.POSITIVE_INFINITY;
  const maxEvaluations = options.maxEvaluations ?? 20_000;
  const policyId = options.policyId;
  const cost: ResolvedCostModel = resolveCostModel(settings);
  const evaluator: Evaluator = createEvaluator(geo);
  const progress = options.onProgress ?? (() => {});
  let stopped: SearchNote['reason'];

  const cache = new Map<string, { settings: Settings; e: Evaluation } | null>();
  function evaluateMoves(moves: readonly Move[]): { settings: Settings; e: Evaluation } | null {
    const key = moves.map(moveId).join('|');
    if (cache.has(key)) return cache.get(key)!;
    if (options.shouldCancel?.()) throw new StopSearch('cancelled');
    if (evaluator.stats.evaluations >= maxEvaluations) throw new StopSearch('maxEvaluations');
    const s = applyMoves(settings, moves);
    const out = s ? { settings: s, e: evaluator.evaluate(s, cost, policyId) } : null;
    cache.set(key, out);
    return out;
  }
  // The plan as it is is always evaluated, whatever the limits.
  const base = { settings, e: evaluator.evaluate(settings, cost, policyId) };
  cache.set('', base);
  const baseCost = base.e.cost.total;
  const withinBudget = (e: Evaluation) => e.cost.total - baseCost <= budget + 1e-9;
  const moveOptions = { availableCarriers: options.availableCarriers, candidateZips: options.candidateZips, policyId };

  // On-time as a constraint, checked only on plans that would otherwise be suggested (it compiles the
  // plan's orders for the window: too slow for every candidate, cheap for the few that pass).
  const window = options.onTime === undefined ? ADVISOR_ON_TIME_WINDOW : options.onTime;
  const baseOutlook = window ? onTimeOutlook(settings, geo, { ...window, policyId }) : null;
  const outlooks = new Map<string, boolean>();
  const excludedPlans = new Set<string>();
  function onTimeOk(moves: readonly Move[], s: Settings): boolean {
    if (!window || !baseOutlook) return true;
    const key = moves.map(moveId).join('|');
    const known = outlooks.get(key);
    if (known !== undefined) return known;
    const o = onTimeOutlook(s, geo, { ...window, policyId });
    // When the plan as it is already falls short, a change may not make it worse.
    const ok = o.ok || (!baseOutlook.ok && o.weeklyPassProbability >= baseOutlook.weeklyPassProbability - 1e-12);
    outlooks.set(key, ok);
    if (!ok) excludedPlans.add(key);
    return ok;
  }
  const passesSafely = (moves: readonly Move[], r: { settings: Settings; e: Evaluation }) =>
    r.e.pass && onTimeOk(moves, r.settings);

  // 1. Single moves.
  progress(0, 'singleMoves');
  const singles: { moves: Move[]; s: Settings; e: Evaluation }[] = [];
  let bestSiteMoves: Move[] | null = null;
  try {
    const candidates = generateMoves(settings, geo, cost, moveOptions);
    candidates.forEach((m, i) => {
      const r = evaluateMoves([m]);
      if (r) singles.push({ moves: [m], s: r.settings, e: r.e });
      progress((i + 1) / candidates.length, 'singleMoves');
    });
    if (options.searchSites && settings.warehouses[0]) {
      const site = searchSite();
      if (site) {
        bestSiteMoves = [site];
        const r = evaluateMoves([site]);
        if (r) singles.push({ moves: [site], s: r.settings, e: r.e });
      }
    }
  } catch (error) {
    if (!(error instanceof StopSearch)) throw error;
    stopped = error.reason;
  }

  function searchSite(): Move | null {
    const first = settings.warehouses[0]!;
    const scope = new Set(CONTIGUOUS_48_DC);
    const zip3s = geo.zip3s.filter((z) => z.population > 0 && scope.has(z.state));
    let best: { m: Move; p: number; c: number } | null = null;
    zip3s.forEach((z, i) => {
      if (i % 16 === 0) progress(i / zip3s.length, 'siteSearch');
      const zip = representativeZip(geo, z.zip3);
      const m = zip ? warehouseMove(settings, geo, first.id, zip) : null;
      if (!m) return;
      const r = evaluateMoves([m]);
      if (!r || !withinBudget(r.e)) return;
      const p = penalty(r.e);
      if (!best || p < best.p - 1e-12 || (Math.abs(p - best.p) <= 1e-12 && r.e.cost.total < best.c))
        best = { m, p, c: r.e.cost.total };
    });
    progress(1, 'siteSearch');
    return (best as { m: Move } | null)?.m ?? null;
  }

  // 2. Cheapest passing plan (or, when the plan passes, a cheaper one that still passes).
  progress(0, 'cheapestPassing');
  let passing: Move[] | null = base.e.pass ? [] : null;
  try {
    if (!base.e.pass) {
      for (const mode of ['perDollar', 'outright'] as const) {
        const found = greedy(mode);
        if (found && (!passing || evaluateMoves(found)!.e.cost.total < evaluateMoves(passing)!.e.cost.total))
          passing = found;
      }
    }
    if (passing) passing = improve(passing);
  } catch (error) {
    if (!(error instanceof StopSearch)) throw error;
    stopped ??= error.reason;
  }

  /** Adds moves one at a time until every check passes or maxMoves is reached. */
  function greedy(mode: 'perDollar' | 'outright'): Move[] | null {
    let moves: Move[] = [];
    let current = base.e;
    const c0 = Math.max(10, baseCost * 0.01);
    while (moves.length < maxMoves) {
      const s = applyMoves(settings, moves)!;
      let best: { moves: Move[]; e: Evaluation; score: number } | null = null;
      const p0 = penalty(current);
      for (const m of nextMoves(s)) {
        const r = evaluateMoves([...moves, m]);
        if (!r || !withinBudget(r.e)) continue;
        const gain = p0 - penalty(r.e);
        if (gain <= 1e-12) continue;
        const extra = r.e.cost.total - current.cost.total;
        // A move that makes the plan pass wins over any that does not; then cost (or gain) decides.
        const next = [...moves, m];
        const score =
          (r.e.pass && passesSafely(next, r) ? 1e12 - r.e.cost.total : 0) +
          (mode === 'perDollar' ? gain / (Math.max(0, extra) + c0) : gain);
        if (!best || score > best.score) best = { moves: next, e: r.e, score };
      }
      if (!best) return null;
      moves = best.moves;
      current = best.e;
      if (passesSafely(moves, evaluateMoves(moves)!)) return moves;
    }
    return null;
  }

  function nextMoves(s: Settings): Move[] {
    const ms = generateMoves(s, geo, cost, moveOptions);
    if (bestSiteMoves && !s.warehouses.some((w) => w.id === (bestSiteMoves![0] as { id: string }).id))
      ms.push(...bestSiteMoves);
    return ms;
  }

  /**
   * Local improvement of a passing plan: drop, swap, then add cost savers; each kept only if every check still passes.
   */
  function improve(start: Move[]): Move[] {
    let moves = start;
    let cur = evaluateMoves(moves)!.e.cost.total;
    const accept = (cand: Move[]) => {
      const r = evaluateMoves(cand);
      if (r && r.e.pass && withinBudget(r.e) && r.e.cost.total < cur - 0.005 && onTimeOk(cand, r.settings)) {
        moves = cand;
        cur = r.e.cost.total;
        return true;
      }
      return false;
    };
    for (let round = 0; round < 4; round++) {
      let changed = false;
      for (let i = moves.length - 1; i >= 0; i--) if (accept(moves.filter((_, j) => j !== i))) changed = true;
      for (let i = 0; i < moves.length; i++) {
        const without = moves.filter((_, j) => j !== i);
        const s = applyMoves(settings, without);
        if (!s) continue;
        for (const m of nextMoves(s))
          if (moveId(m) !== moveId(moves[i]!) && accept([...without, m])) {
            changed = true;
            break;
          }
      }
      if (moves.length < maxMoves) {
        const s = applyMoves(settings, moves)!;
        for (const m of nextMoves(s)) if (moves.length < maxMoves && accept([...moves, m])) changed = true;
      }
      if (!changed) break;
    }
    return moves;
  }

  // 3. Ceiling: the best each failing check can reach, alone, with the allowed moves.
  progress(0, 'ceiling');
  const ceilingMoves = new Map<string, Move[]>();
  const failing = base.e.checks.filter((c) => !c.pass).map((c) => c.id);
  if (!passing) {
    try {
      failing.forEach((id, k) => {
        let moves: Move[] = [];
        let value = base.e.checks.find((c) => c.id === id)!.value;
        ceilingMoves.set(id, moves);
        while (moves.length < maxMoves) {
          const s = applyMoves(settings, moves)!;
          const better: { moves: Move[]; v: number; c: number; s: Settings }[] = [];
          for (const m of nextMoves(s)) {
            const r = evaluateMoves([...moves, m]);
            if (!r || !withinBudget(r.e)) continue;
            const v = r.e.checks.find((c) => c.id === id)!.value;
            if (v > value + 1e-12) better.push({ moves: [...moves, m], v, c: r.e.cost.total, s: r.settings });
          }
          // Highest value first, then cheapest; the first that keeps on-time delivery safe.
          better.sort((a, b) => (Math.abs(a.v - b.v) > 1e-12 ? b.v - a.v : a.c - b.c));
          const best = better.find((b) => onTimeOk(b.moves, b.s));
          if (!best) break;
          moves = best.moves;
          value = best.v;
          ceilingMoves.set(id, moves);
          if (evaluateMoves(moves)!.e.checks.find((c) => c.id === id)!.pass) break;
        }
        progress((k + 1) / failing.length, 'ceiling');
      });
    } catch (error) {
      if (!(error instanceof StopSearch)) throw error;
      stopped ??= error.reason;
    }
  }

  // 4. Verify: every reported figure from simulate() and weeklyCost() of the plan's own settings.
  progress(0, 'verify');
  const baseSim = simulate(settings, geo, { policyId });
  const baseWeekly = weeklyCost(settings, geo, policyId);
  const figures = (moves: Move[]): PlanFigures | null => {
    const s = applyMoves(settings, moves);
    if (!s) return null;
    const sim = simulate(s, geo, { policyId });
    const wc = weeklyCost(s, geo, policyId);
    return {
      moves,
      labels: moves.map(describeMove),
      settings: s,
      checks: sim.checks.map((c) => ({
        id: c.id,
        value: c.value,
        target: c.target,
        pass: c.pass,
        delta: c.value - (baseSim.checks.find((b) => b.id === c.id)?.value ?? 0),
      })),
      pass: sim.pass,
      weeklyCost: wc.total,
      weeklyCostDelta: wc.total - baseWeekly.total,
      cost: wc,
    };
  };

  const ranked = singles
    .map((x) => ({ x, rank: rankOf(base.e, x.e) }))
    .filter(({ rank }) => rank.useful)
    .filter(({ x }) => onTimeOk(x.moves, x.s))
    .sort((a, b) => b.rank.checksFixed - a.rank.checksFixed || b.rank.score - a.rank.score)
    .slice(0, options.maxSuggestions ?? 10);
  const suggestions: Suggestion[] = [];
  for (const { x, rank } of ranked) {
    const f = figures(x.moves);
    if (f)
      suggestions.push({ id: moveId(x.moves[0]!), ...f, checksFixed: rank.checksFixed, pointsGained: rank.points });
  }

  let cheapestPassing: AdviceResult['cheapestPassing'] = null;
  if (passing && passing.length > 0 && onTimeOk(passing, applyMoves(settings, passing)!)) {
    const f = figures(passing);
    // The evaluator and simulate() agree to ~1e-15; a plan simulate() does not pass is not claimed.
    if (f?.pass) cheapestPassing = { id: passing.map(moveId).join('+'), ...f };
  }

  const ceiling: CeilingEntry[] = [];
  const binding: string[] = [];
  if (!cheapestPassing && !baseSim.pass) {
    for (const id of failing) {
      const moves = ceilingMoves.get(id) ?? [];
      const f = figures(moves)!;
      const c = f.checks.find((x) => x.id === id)!;
      ceiling.push({ checkId: id, best: c.value, target: c.target, reachable: c.pass, moves, settings: f.settings });
      if (!c.pass) binding.push(id);
    }
  }

  let bestSite: Suggestion | null = null;
  if (bestSiteMoves && onTimeOk(bestSiteMoves, applyMoves(settings, bestSiteMoves)!)) {
    const f = figures(bestSiteMoves);
    if (f) {
      const rank = rankOf(base.e, evaluateMoves(bestSiteMoves)?.e ?? base.e);
      bestSite = { id: moveId(bestSiteMoves[0]!), ...f, checksFixed: rank.checksFixed, pointsGained: rank.points };
    }
  }
  progress(1, 'verify');

  return {
    policyId: baseSim.policyId,
    pass: baseSim.pass,
    weeklyCost: baseWeekly.total,
    cost: baseWeekly,
    checks: baseSim.checks,
    suggestions,
    cheapestPassing,
    ceiling,
    binding,
    bestSite,
    searchNote: {
      complete: stopped === undefined,
      ...(stopped ? { reason: stopped } : {}),
      evaluations: evaluator.stats.evaluations,
      strategy: 'greedy+local',
    },
    onTime: baseOutlook ? { outlook: baseOutlook, excluded: excludedPlans.size } : null,
  };
}

/**
 * How a single move compares with the current plan: checks fixed (net), points gained on failing
 * checks, and a score for ranking — points per extra dollar, with free or saving moves first.
 */
function rankOf(
  base: Evaluation,
  e: Evaluation,
): { checksFixed: number; points: number; score: number; useful: boolean } {
  let fixed = 0;
  let broken = 0;
  let points = 0;
  base.checks.forEach((b, i) => {
    const c = e.checks[i]!;
    if (!b.pass && c.pass) fixed++;
    if (b.pass && !c.pass) broken++;
    if (!b.pass) {
      const gained = Math.min(c.value, b.target) - b.value;
      points += c.id.startsWith('speed.') ? gained * 100 : gained;
    }
  });
  const extra = e.cost.total - base.cost.total;
  // Below a hundredth of a point a gain is noise in the ranking (it still counts as no loss).
  const gains = points >= 0.01;
  const saves = extra < -0.005 && broken === 0 && points >= -1e-9;
  const useful = (gains && broken === 0) || fixed - broken > 0 || saves;
  // Free gains first (more points first), then points per extra dollar, then pure savings.
  const score = gains ? (extra <= 0 ? 1e9 + points * 1e3 - extra / 1e6 : points / extra) : -extra / 1e9;
  return { checksFixed: fixed - broken, points, score, useful };
}
