import type { DisruptionWeek, Operations } from '../domain/operations';
import type { Settings } from '../domain/settings';
import { DEFAULT_COST_MODEL } from '../catalog/costDefaults';

/** Operations with every figure filled in, and where each came from. */
export interface ResolvedOperations {
  weeklyOrders: number;
  missedPickupShare: number;
  cancellationRate: number;
  buyShippingShare: number;
  validTrackingRate: number;
  otdrProtectedShare: number;
  /** Disrupted weeks, as the settings list them (none unless the user assumes some). */
  disruption: readonly DisruptionWeek[];
  /**
   * Per field: 'settings' (the plan's own figure), 'costModel' (orders from the cost model) or 'default' (an
   * assumption).
   */
  origin: Record<Exclude<keyof Operations, 'sources' | 'disruption'>, 'settings' | 'costModel' | 'default'>;
}

/**
 * Defaults, every one an ASSUMPTION (grade C) for a seller who already runs SFP: replace them with
 * the warehouse's own figures (the settings' `operations`).
 */
export const OPERATIONS_DEFAULTS = {
  missedPickupShare: 0.005,
  cancellationRate: 0.001,
  buyShippingShare: 1,
  validTrackingRate: 0.999,
  otdrProtectedShare: 0,
} as const;

export const OPERATIONS_DEFAULT_SOURCES: Readonly<Record<string, string>> = {
  weeklyOrders: "The cost model's weekly orders (default 500, an assumption).",
  missedPickupShare: 'Assumption: 1 order in 200 misses its pickup (well inside the 4 % late-shipment limit).',
  cancellationRate: 'Assumption: 1 order in 1,000 cancelled by the seller (the limit is 0.5 %).',
  buyShippingShare:
    'Assumption: every label bought through Buy Shipping where the promise allows it (SFP requires it).',
  validTrackingRate:
    'Assumption: 99.9 % of shipments with valid tracking (Buy Shipping labels upload tracking themselves).',
  otdrProtectedShare:
    'Assumption: no label is OTDR protected (it needs Shipping Settings Automation and an "OTDR Protected" Buy Shipping label).',
};

/**
 * The settings' operations with the defaults filled in; orders a week come from `operations`, else
 * from the cost model (the advisor's weekly volume), else its default.
 * @example resolveOperations(sampleSettings()).weeklyOrders // 500
 */
export function resolveOperations(settings: Pick<Settings, 'operations' | 'costModel'>): ResolvedOperations {
  const ops = settings.operations;
  const pick = <K extends keyof typeof OPERATIONS_DEFAULTS>(k: K): [number, 'settings' | 'default'] =>
    ops?.[k] !== undefined ? [ops[k], 'settings'] : [OPERATIONS_DEFAULTS[k], 'default'];
  const weekly: [number, 'settings' | 'costModel' | 'default'] =
    ops?.weeklyOrders !== undefined
      ? [ops.weeklyOrders, 'settings']
      : settings.costModel
        ? [Math.round(settings.costModel.weeklyOrders), 'costModel']
        : [DEFAULT_COST_MODEL.weeklyOrders, 'default'];
  const [missedPickupShare, o1] = pick('missedPickupShare');
  const [cancellationRate, o2] = pick('cancellationRate');
  const [buyShippingShare, o3] = pick('buyShippingShare');
  const [validTrackingRate, o4] = pick('validTrackingRate');
  const [otdrProtectedShare, o5] = pick('otdrProtectedShare');
  return {
    weeklyOrders: weekly[0],
    missedPickupShare,
    cancellationRate,
    buyShippingShare,
    validTrackingRate,
    otdrProtectedShare,
    disruption: ops?.disruption?.weeks ?? [],
    origin: {
      weeklyOrders: weekly[1],
      missedPickupShare: o1,
      cancellationRate: o2,
      buyShippingShare: o3,
      validTrackingRate: o4,
      otdrProtectedShare: o5,
    },
  };
}
