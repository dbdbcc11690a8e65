/**
 * The plan-of-action draft. Amazon asks a seller whose SFP metrics fall short for a plan of action:
 * the root cause of each miss and the corrective steps. ShipWeek drafts it from the simulation, so the
 * root cause carries numbers (which weekdays and hours, which states, which services and weekend
 * handovers cause the miss) and the actions come from the source help page's cause -> action table
 * (delivery speed: more services and one-day regions; weekend operations: Prime badge at weekends,
 * Saturday cutoff from 10:30, weekday cutoff not before 14:00; weekend delivery: services that pick
 * up and deliver at weekends; nationwide coverage: 48 states + DC). Given the advisor's result for
 * the plan, the actions are its quantified changes instead (what to change, how many points, at what
 * weekly cost), and the cheapest passing plan or the best reachable; generic actions never advise
 * what the plan already does. The user edits the text; this module only writes the first draft, in
 * one language.
 */
import type { SizeTier } from '../domain/carrier';
import type { Settings } from '../domain/settings';
import { WEEKDAYS, minutesOfDay, type Weekday } from '../time/dateTime';
import { SERVICES } from '../catalog/services';
import { renderFinding } from '../engine/findings';
import type { SimulationCheck, SimulationResult } from '../engine/simulate';
import { CONTIGUOUS_48_DC, stateName } from '../geo/states';
import type { GeoData } from '../geo';
import { checkStatus, type CheckStatus } from './checkStatus';
import { translator, type Translator } from './format';
import { advise, describeMove, type AdviceResult, type PlanFigures } from '../advisor';
import { moveText } from '../advisor/messages';
import { type Lang } from '../i18n/lang';

export interface PlanSection {
  /** Stable id: 'summary', the check id ('speed.standard.le2'), or 'prevention'. */
  id: string;
  checkId: string | null;
  status: Exclude<CheckStatus, 'pass'> | null;
  title: string;
  rootCause: string;
  actions: string;
}

/** The advisor's answer for the plan being drafted, and the most changes per plan it was allowed. */
export interface PlanAdvice {
  result: AdviceResult;
  maxMoves: number;
}

export interface PlanOfAction {
  lang: Lang;
  policyId: string;
  sections: PlanSection[];
}

/** A window of the week where promises fall short: one weekday, hours [from, to). */
export interface WeakWindow {
  day: Weekday;
  from: number;
  to: number;
  /** Share (0..1) of the week's page views in the window, and the 2-day share in it. */
  viewShare: number;
  le2: number;
}

/** A state pulling a metric down: its weight and its share within the check's days. */
export interface WeakState {
  state: string;
  weight: number;
  value: number;
  /** weight x (target - value): how many points of the national figure it costs. */
  cost: number;
}

/**
 * Hours of the week (customer-local) where the 2-day share is below `threshold`, merged into runs per
 * weekday and sorted by the views they hold (largest first).
 * @example weakWindows(result.heatmap, settings.viewProfile.weights, 0.75)[0] // { day: 'fri', from: 0, to: 24, ... }
 */
export function weakWindows(
  heatmap: readonly (readonly (number | null)[])[],
  viewWeights: readonly (readonly number[])[],
  threshold: number,
): WeakWindow[] {
  const total = viewWeights.flat().reduce((a, b) => a + b, 0) || 1;
  const out: WeakWindow[] = [];
  // An hour with no counted view (null: outside the date range) was not measured, so it is not weak.
  const weak = (d: number, h: number) => {
    const share = heatmap[d]?.[h];
    return share !== null && (share ?? 0) < threshold;
  };
  WEEKDAYS.forEach((day, d) => {
    let h = 0;
    while (h < 24) {
      if (!weak(d, h)) {
        h++;
        continue;
      }
      const from = h;
      let views = 0;
      let weighted = 0;
      while (h < 24 && weak(d, h)) {
        const v = viewWeights[d]?.[h] ?? 0;
        views += v;
        weighted += v * (heatmap[d]?.[h] ?? 0);
        h++;
      }
      out.push({ day, from, to: h, viewShare: views / total, le2: views > 0 ? weighted / views : 0 });
    }
  });
  return out.sort((a, b) => b.viewShare - a.viewShare);
}

/**
 * States that cost the most points of a speed metric (standard-size, by state), largest cost first.
 * @example weakStates(result.byState, 'le2', 0.75).slice(0, 3).map((s) => s.state) // ['TX', 'CA', 'FL']
 */
export function weakStates(byState: SimulationResult['byState'], k: 'le1' | 'le2', target: number): WeakState[] {
  return CONTIGUOUS_48_DC.flatMap((state) => {
    const s = byState[state];
    if (!s || s[k] >= target) return [];
    return [{ state, weight: s.weight, value: s[k], cost: s.weight * (target - s[k]) }];
  }).sort((a, b) => b.cost - a.cost);
}

function hours(from: number, to: number): string {
  return `${String(from).padStart(2, '0')}:00–${to === 24 ? '24:00' : `${String(to).padStart(2, '0')}:00`}`;
}

/** A Markdown-style list; items indented with two spaces become sub-items. */
function list(items: string[]): string {
  return items.map((i) => (i.startsWith('  ') ? `  - ${i.trimStart()}` : `- ${i}`)).join('\n');
}

/** Days of the week each warehouse hands parcels to a carrier, and with what (for the root cause). */
function handoverFacts(settings: Settings, days: readonly Weekday[], tr: Translator): string[] {
  return settings.warehouses.flatMap((w) =>
    days.map((day) => {
      const cutoff = w.operatingDays.includes(day) ? w.cutoffs[day] : undefined;
      const services = w.services
        .filter((p) => p.enabled && p.days[day])
        .map((p) => tr.t(`catalog.service.${p.serviceId}`));
      if (!cutoff || services.length === 0)
        return tr.t('plan.fact.noShipping', { warehouse: w.name, day: tr.t(`catalog.weekday.${day}`) });
      return tr.t('plan.fact.shipping', {
        warehouse: w.name,
        day: tr.t(`catalog.weekday.${day}`),
        cutoff,
        services: services.join(', '),
      });
    }),
  );
}

/** Whether every warehouse ships on `day`: it operates, has a cutoff and hands parcels to a carrier. */
function shipsOn(settings: Settings, day: Weekday): boolean {
  return (
    settings.warehouses.length > 0 &&
    settings.warehouses.every(
      (w) =>
        w.operatingDays.includes(day) &&
        w.cutoffs[day] !== undefined &&
        w.services.some((p) => p.enabled && p.days[day]),
    )
  );
}

/** A check's value as the plan writes it: a share, a number of states, or yes / no. */
function checkValue(id: string, value: number, tr: Translator): string {
  if (id.startsWith('speed.')) return tr.percent(value);
  if (id === 'coverage.nationwide') return tr.number(value, 0);
  return value >= 1 ? tr.t('plan.advice.yes') : tr.t('plan.advice.no');
}

/** A change in a check, in points (shares) or states. */
function checkGain(id: string, delta: number, tr: Translator): string {
  const sign = delta > 0 ? '+' : '';
  if (id.startsWith('speed.')) return tr.t('plan.advice.points', { points: `${sign}${tr.number(delta * 100)}` });
  if (id === 'coverage.nationwide') return tr.t('plan.advice.states', { points: `${sign}${tr.number(delta, 0)}` });
  return sign + tr.number(delta, 0);
}

function usdDelta(v: number, tr: Translator): string {
  return new Intl.NumberFormat(tr.locale, {
    style: 'currency',
    currency: 'USD',
    maximumFractionDigits: 0,
    signDisplay: 'exceptZero',
  }).format(Math.abs(v) < 0.5 ? 0 : v);
}

function usd(v: number, tr: Translator): string {
  return new Intl.NumberFormat(tr.locale, { style: 'currency', currency: 'USD', maximumFractionDigits: 0 }).format(v);
}

function movesText(plan: Pick<PlanFigures, 'labels'>, settings: Settings, tr: Translator): string[] {
  const name = (id: string) => settings.warehouses.find((w) => w.id === id)?.name ?? id;
  return plan.labels.map((l) => `  ${moveText(l, tr.t, name)}`);
}

/**
 * The actions for one failing check from the advisor: the single changes that raise it most (with
 * the points and the weekly cost the simulation gives them), then what the cheapest passing plan
 * brings it to, or the best reachable for it. Every change is one the plan does not already have
 * (a move that would change nothing is never generated).
 */
function adviceActions(check: SimulationCheck, advice: PlanAdvice, settings: Settings, tr: Translator): string[] {
  const name = (id: string) => settings.warehouses.find((w) => w.id === id)?.name ?? id;
  const out = [tr.t('plan.advice.intro')];
  const helping = advice.result.suggestions
    .map((sug) => ({ sug, c: sug.checks.find((x) => x.id === check.id) }))
    .filter(
      (x): x is { sug: (typeof x)['sug']; c: NonNullable<(typeof x)['c']> } => x.c !== undefined && x.c.delta > 1e-9,
    )
    .sort((a, b) => b.c.delta - a.c.delta || a.sug.weeklyCostDelta - b.sug.weeklyCostDelta)
    .slice(0, 3);
  for (const { sug, c } of helping)
    out.push(
      `  ${tr.t('plan.advice.move', { change: moveText(sug.labels[0]!, tr.t, name), before: checkValue(check.id, check.value, tr), after: checkValue(c.id, c.value, tr), points: checkGain(c.id, c.delta, tr), delta: usdDelta(sug.weeklyCostDelta, tr) })}`,
    );
  if (helping.length === 0) out.push(`  ${tr.t('plan.advice.none')}`);
  const cheapest = advice.result.cheapestPassing;
  if (cheapest) {
    const c = cheapest.checks.find((x) => x.id === check.id);
    out.push(
      tr.t('plan.advice.cheapest', {
        count: cheapest.moves.length,
        total: usd(cheapest.weeklyCost, tr),
        delta: usdDelta(cheapest.weeklyCostDelta, tr),
        after: c ? checkValue(c.id, c.value, tr) : '',
      }),
    );
    out.push(...movesText(cheapest, settings, tr));
  } else {
    const e = advice.result.ceiling.find((x) => x.checkId === check.id);
    if (e && e.moves.length > 0) {
      const params = {
        max: advice.maxMoves,
        target: checkValue(check.id, e.target, tr),
        best: checkValue(check.id, e.best, tr),
      };
      out.push(tr.t(e.reachable ? 'plan.advice.reachable' : 'plan.advice.ceiling', params));
      out.push(...movesText({ labels: e.moves.map(describeMove) }, settings, tr));
    }
  }
  return out;
}

function speedSection(
  check: SimulationCheck,
  settings: Settings,
  result: SimulationResult,
  tr: Translator,
  advice?: PlanAdvice,
): { rootCause: string; actions: string } {
  const [, tier, k] = check.id.split('.') as [string, SizeTier, 'le1' | 'le2' | 'le3' | 'le5'];
  const facts: string[] = [
    tr.t('plan.speed.value', {
      value: tr.percent(check.value),
      target: tr.percent(check.target),
      tier: tr.t(`engine.sizeTier.${tier}`),
      days: check.params['days'] ?? '',
    }),
  ];
  // When in the week: the heatmap is the 2-day share of standard-size views; a shortfall in 1-day or
  // 5-day promises happens in the same hours, so it locates the miss for every speed check.
  const windows = weakWindows(
    result.heatmap,
    settings.viewProfile.weights,
    k === 'le1' ? 0.5 : Math.max(check.target, 0.5),
  ).slice(0, 4);
  if (windows.length) {
    facts.push(tr.t(k === 'le1' ? 'plan.speed.windowsIntroOneDay' : 'plan.speed.windowsIntro'));
    for (const w of windows)
      facts.push(
        `  ${tr.t('plan.speed.window', { day: tr.t(`catalog.weekday.${w.day}`), hours: hours(w.from, w.to), views: tr.percent(w.viewShare), le2: tr.percent(w.le2) })}`,
      );
  }
  const stateKey = k === 'le1' ? 'le1' : 'le2';
  const states = weakStates(result.byState, stateKey, k === 'le1' || k === 'le2' ? check.target : 1).slice(0, 5);
  if (states.length && (k === 'le1' || k === 'le2')) {
    facts.push(tr.t('plan.speed.statesIntro', { days: stateKey === 'le1' ? 1 : 2 }));
    for (const s of states)
      facts.push(
        `  ${tr.t('plan.speed.state', { state: `${stateName(s.state, tr.lang)} (${s.state})`, weight: tr.percent(s.weight), value: tr.percent(s.value), points: tr.number(s.cost * 100) })}`,
      );
  }
  const weakDays = [...new Set(windows.map((w) => w.day))];
  facts.push(...handoverFacts(settings, weakDays.length ? weakDays : ['fri', 'sat', 'sun'], tr));
  if (result.missingStates.length)
    facts.push(tr.t('plan.fact.missingStates', { states: result.missingStates.join(', ') }));

  if (advice)
    return {
      rootCause: list(facts),
      actions: list([
        ...adviceActions(check, advice, settings, tr),
        tr.t('plan.action.resimulate', { target: tr.percent(check.target) }),
      ]),
    };
  const actions: string[] = [];
  const fastest = new Set(
    settings.warehouses.flatMap((w) =>
      w.services.filter((p) => p.enabled).map((p) => SERVICES[p.serviceId].transitByZone[7]),
    ),
  );
  const hasOvernight = [...fastest].some((d) => d <= 1);
  if (k === 'le1' && !hasOvernight) actions.push(tr.t('plan.action.addOvernight'));
  if (k === 'le1' || k === 'le2') actions.push(tr.t('plan.action.moreServices'));
  if (states.length)
    actions.push(
      tr.t('plan.action.secondWarehouse', {
        states: states
          .slice(0, 3)
          .map((s) => stateName(s.state, tr.lang))
          .join(', '),
      }),
    );
  const earliestWeekday = Math.min(
    ...settings.warehouses.flatMap((w) =>
      (['mon', 'tue', 'wed', 'thu', 'fri'] as const).map((d) => (w.cutoffs[d] ? minutesOfDay(w.cutoffs[d]!) : 24 * 60)),
    ),
  );
  if (earliestWeekday < 17 * 60) actions.push(tr.t('plan.action.laterCutoff'));
  // Never advise what the plan already does: shipping on Saturday to a plan that ships on Saturday.
  if (weakDays.some((d) => d === 'fri' || d === 'sat' || d === 'sun') && !shipsOn(settings, 'sat'))
    actions.push(tr.t('plan.action.weekendOperations'));
  const noSunday = !settings.warehouses.some((w) => w.operatingDays.includes('sun'));
  if (
    (weakDays.includes('sat') || weakDays.includes('sun') || noSunday) &&
    !(shipsOn(settings, 'sat') && shipsOn(settings, 'sun'))
  )
    actions.push(tr.t('plan.action.weekendDelivery'));
  actions.push(tr.t('plan.action.resimulate', { target: tr.percent(check.target) }));
  return { rootCause: list(facts), actions: list(actions) };
}

function coverageSection(
  check: SimulationCheck,
  settings: Settings,
  result: SimulationResult,
  tr: Translator,
  advice?: PlanAdvice,
): { rootCause: string; actions: string } {
  const facts = [
    tr.t('plan.coverage.missing', {
      count: result.missingStates.length,
      states: result.missingStates.map((s) => `${stateName(s, tr.lang)} (${s})`).join(', '),
    }),
  ];
  const capped = settings.warehouses.flatMap((w) =>
    w.services
      .filter((p) => p.enabled && p.zoneCap !== undefined)
      .map((p) =>
        tr.t('plan.coverage.capped', {
          warehouse: w.name,
          service: tr.t(`catalog.service.${p.serviceId}`),
          zone: p.zoneCap!,
        }),
      ),
  );
  facts.push(...capped);
  for (const f of result.findings.filter(
    (f) => f.ruleId === 'coverage.statesExcluded' || f.ruleId === 'sim.unservedZip3s',
  ))
    facts.push(renderFinding(tr.messages, f));
  const actions = advice
    ? [...adviceActions(check, advice, settings, tr), tr.t('plan.action.coverageRegions')]
    : [
        tr.t('plan.action.coverageGround'),
        capped.length ? tr.t('plan.action.raiseZoneCaps') : '',
        tr.t('plan.action.coverageRegions'),
      ].filter(Boolean);
  return { rootCause: list(facts), actions: list(actions) };
}

function sixDaySection(
  check: SimulationCheck,
  kind: 'operation' | 'delivery',
  settings: Settings,
  result: SimulationResult,
  tr: Translator,
  advice?: PlanAdvice,
): { rootCause: string; actions: string } {
  const rule = kind === 'operation' ? 'sixDay.operation' : 'sixDay.delivery';
  const facts = result.findings.filter((f) => f.ruleId === rule).map((f) => renderFinding(tr.messages, f));
  const weekend = result.weekend
    .filter((i) => !i.usable)
    .map(
      (i) =>
        `${tr.t(`catalog.service.${i.serviceId}`)} · ${tr.t(`catalog.weekday.${i.day}`)}${tr.colon}${tr.t(`catalog.weekendStatus.${i.status === 'notOffered' ? 'notOffered' : 'needsSpecialPlan'}`)}`,
    );
  facts.push(...weekend);
  facts.push(...handoverFacts(settings, ['sat', 'sun'], tr));
  if (advice) return { rootCause: list(facts), actions: list(adviceActions(check, advice, settings, tr)) };
  const actions =
    kind === 'operation'
      ? [
          shipsOn(settings, 'sat') ? '' : tr.t('plan.action.weekendOperations'),
          tr.t('plan.action.saturdayServices'),
        ].filter(Boolean)
      : [tr.t('plan.action.weekendDelivery'), tr.t('plan.action.saturdayDeliveryServices')];
  return { rootCause: list(facts), actions: list(actions) };
}

/**
 * At most two changes per plan: enough to quantify each section's actions in about a second on the sample, in the
 * draft's own call.
 */
export const PLAN_ADVICE_MAX_MOVES = 2;

/**
 * The advisor's answer for drafting a plan of action (small limits, see PLAN_ADVICE_MAX_MOVES).
 * @example draftPlanOfAction(settings, simulate(settings, geo), 'en', draftAdvice(settings, geo))
 */
export function draftAdvice(settings: Settings, geo: GeoData, policyId?: string): PlanAdvice {
  return {
    result: advise(settings, geo, { maxMoves: PLAN_ADVICE_MAX_MOVES, maxSuggestions: 30, policyId }),
    maxMoves: PLAN_ADVICE_MAX_MOVES,
  };
}

/** The summary's advice: the cheapest plan that passes, or the check that binds; and a search cut short. */
function adviceSummary(advice: PlanAdvice, settings: Settings, tr: Translator): string[] {
  const r = advice.result;
  const out: string[] = [];
  if (!r.searchNote.complete) out.push(tr.t('plan.advice.stopped', { count: r.searchNote.evaluations }));
  if (r.cheapestPassing) {
    out.push(
      `- ${tr.t('plan.advice.cheapestSummary', { count: r.cheapestPassing.moves.length, total: usd(r.cheapestPassing.weeklyCost, tr), delta: usdDelta(r.cheapestPassing.weeklyCostDelta, tr) })}`,
    );
    out.push(...movesText(r.cheapestPassing, settings, tr).map((m) => `  - ${m.trimStart()}`));
  } else if (r.binding.length > 0) {
    const names = r.binding.map((id) => {
      const c = r.checks.find((x) => x.id === id);
      return c ? tr.t(c.messageKey, c.params) : id;
    });
    out.push(`- ${tr.t('plan.advice.binding', { max: advice.maxMoves, checks: names.join('; ') })}`);
  }
  return out;
}

/**
 * The first draft of a plan of action: a summary, one section per failing or at-risk check, and the
 * preventive measures. With no such check the plan says so (nothing to correct). With `advice`
 * (see draftAdvice), each section's actions are the advisor's quantified changes for this plan.
 * @example
 * draftPlanOfAction(settings, simulate(settings, geo), 'en').sections.map((s) => s.id)
 * // ['summary', 'speed.standard.le1', 'speed.standard.le2', 'prevention']
 */
export function draftPlanOfAction(
  settings: Settings,
  result: SimulationResult,
  lang: Lang,
  advice?: PlanAdvice,
): PlanOfAction {
  const tr = translator(lang);
  const flagged = result.checks.map((c) => ({ c, status: checkStatus(c) })).filter((x) => x.status !== 'pass');
  const sections: PlanSection[] = [];
  const failed = flagged.filter((x) => x.status === 'fail').length;
  sections.push({
    id: 'summary',
    checkId: null,
    status: null,
    title: tr.t('plan.summary.title'),
    rootCause: flagged.length
      ? list([
          tr.t('plan.summary.counts', { failed, atRisk: flagged.length - failed, scenario: settings.name }),
          ...flagged.map(
            ({ c, status }) => `${tr.t(c.messageKey, c.params)}${tr.colon}${tr.t(`report.status.${status}`)}`,
          ),
        ])
      : tr.t('plan.summary.nothing', { scenario: settings.name }),
    actions: [
      tr.t('plan.summary.actions'),
      ...(advice && flagged.length ? adviceSummary(advice, settings, tr) : []),
    ].join('\n'),
  });
  for (const { c, status } of flagged) {
    const body = c.id.startsWith('speed.')
      ? speedSection(c, settings, result, tr, advice)
      : c.id === 'coverage.nationwide'
        ? coverageSection(c, settings, result, tr, advice)
        : sixDaySection(c, c.id === 'operation.sixDays' ? 'operation' : 'delivery', settings, result, tr, advice);
    sections.push({
      id: c.id,
      checkId: c.id,
      status: status as Exclude<CheckStatus, 'pass'>,
      title: `${tr.t(c.messageKey, c.params)} — ${tr.t(`report.status.${status}`)}`,
      ...body,
    });
  }
  sections.push({
    id: 'prevention',
    checkId: null,
    status: null,
    title: tr.t('plan.prevention.title'),
    rootCause: tr.t('plan.prevention.cause'),
    actions: list([
      tr.t('plan.prevention.resimulate'),
      tr.t('plan.prevention.carriers'),
      tr.t('plan.prevention.policy'),
    ]),
  });
  return { lang, policyId: result.policyId, sections };
}
