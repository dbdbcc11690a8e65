import type { ServiceId, SizeTier } from '../domain/carrier';
import type { Settings } from '../domain/settings';
import type { GeoData } from '../geo';
import { computePromise, type ExplanationStep } from '../engine/explainedPromise';
import { DEFAULT_ENGINE_CATALOG } from '../engine/engineCatalog';
import { rateIndex, resolveCostModel } from '../catalog/costDefaults';
import { createEvaluator, type Evaluation, type WeeklyCost } from './evaluator';
import type { MessageKey } from '../i18n/catalogue';

export type { WeeklyCost } from './evaluator';

/**
 * Weekly cost of a plan = labels + fixed costs. Each order's label is the cheapest enabled service
 * that still delivers by the promised date (what a seller buys through Buy Shipping), over the same
 * typical week of page views, destinations and size tiers as simulate(); the cost model's weekly
 * orders are spread over the views that get a promise. Fixed costs: operating days, pickup stops,
 * drop-off runs, special operating plans, warehouses (see fixedCosts in evaluator.ts).
 * @example weeklyCost(sampleSettings(), loadGeo()).total // e.g. 12_000 (US dollars a week)
 */
export function weeklyCost(settings: Settings, geo: GeoData, policyId?: string): WeeklyCost {
  return evaluatePlan(settings, geo, policyId).cost;
}

/** The checks and the weekly cost of a plan from a fresh evaluator (nothing cached from elsewhere). */
export function evaluatePlan(settings: Settings, geo: GeoData, policyId?: string): Evaluation {
  return createEvaluator(geo).evaluate(settings, resolveCostModel(settings), policyId);
}

/** One service considered for an order's label. */
export interface LabelCandidate {
  warehouseId: string;
  serviceId: ServiceId;
  deliveryDate: string | null;
  zone?: number;
  /** Label price for this zone and size tier; null when the service cannot deliver. */
  usd: number | null;
  /** Whether it delivers by the promised date. */
  onTime: boolean;
  /** Where the price comes from: the settings' cost table or the default table (an assumption). */
  source: 'settings' | 'default';
}

export type OrderCostExplanation =
  | {
      ok: true;
      promiseDays: number;
      deliveryDate: string;
      label: LabelCandidate;
      candidates: LabelCandidate[];
      steps: ExplanationStep[];
    }
  | { ok: false; reason: MessageKey; params: Record<string, string | number>; steps: ExplanationStep[] };

/**
 * Why one order costs what it costs: the promise (with its own explanation), then every enabled
 * service with its delivery date and label price, and the cheapest one that delivers by the promised
 * date. Typical week by default, like the weekly cost.
 * @example explainOrderCost(sampleSettings(), loadGeo(), { at: '2026-06-10T15:30', to: '90001' }).label.serviceId
 */
export function explainOrderCost(
  settings: Settings,
  geo: GeoData,
  q: { at: string; to: string; sizeTier?: SizeTier; holidays?: boolean },
): OrderCostExplanation {
  const tier = q.sizeTier ?? 'standard';
  const promise = computePromise(
    settings,
    geo,
    { at: q.at, to: q.to, sizeTier: tier, holidays: q.holidays ?? false },
    DEFAULT_ENGINE_CATALOG,
  );
  const steps: ExplanationStep[] = [...promise.explanation];
  if (!promise.ok) return { ok: false, reason: promise.reason, params: promise.params, steps };
  const cost = resolveCostModel(settings);
  const candidates: LabelCandidate[] = promise.alternatives.map((alt) => {
    const priced = alt.deliveryDate !== null && alt.zone !== undefined;
    const i = priced ? rateIndex(alt.serviceId, tier, alt.zone!) : -1;
    return {
      warehouseId: alt.warehouseId,
      serviceId: alt.serviceId,
      deliveryDate: alt.deliveryDate,
      zone: alt.zone,
      usd: priced ? cost.rates[i]! : null,
      onTime: alt.deliveryDate !== null && alt.deliveryDate <= promise.deliveryDate,
      source: priced && cost.rateFromSettings[i] ? 'settings' : 'default',
    };
  });
  let label: LabelCandidate | undefined;
  for (const c of candidates) {
    steps.push({
      key:
        c.usd === null ? 'advisor.explain.cannotDeliver' : c.onTime ? 'advisor.explain.onTime' : 'advisor.explain.late',
      params: {
        service: c.serviceId,
        deliveryDate: c.deliveryDate ?? '',
        usd: c.usd === null ? '' : c.usd.toFixed(2),
        zone: c.zone ?? '',
        tier,
      },
    });
    if (c.onTime && c.usd !== null && (!label || c.usd < label.usd!)) label = c;
  }
  // The promised lane itself always delivers by the promised date, so a label exists.
  label ??= candidates.find((c) => c.serviceId === promise.service.serviceId && c.warehouseId === promise.warehouseId)!;
  steps.push({
    key: label.source === 'settings' ? 'advisor.explain.label' : 'advisor.explain.labelDefault',
    params: {
      service: label.serviceId,
      usd: label.usd!.toFixed(2),
      zone: label.zone ?? '',
      tier,
      deliveryDate: promise.deliveryDate,
    },
  });
  return { ok: true, promiseDays: promise.promiseDays, deliveryDate: promise.deliveryDate, label, candidates, steps };
}
