import { CARRIERS, SERVICE_IDS, SIZE_TIERS, type CarrierId, type ServiceId, type SizeTier } from '../domain/carrier';
import type { CostModel, DayKindCost } from '../domain/costModel';
import type { Settings } from '../domain/settings';
import type { Weekday } from '../time/dateTime';
import { SERVICES } from './services';

/*
 * Default cost figures and the resolved, quick-to-read form the advisor uses.
 *
 * Every default is an ASSUMPTION at the level of public list prices, meant to be replaced by the
 * seller's own contract (label-cost CSV import, or editing the settings file). Label prices are
 * rounded levels of the carriers' published 2025 retail/daily rate charts for a typical parcel per
 * size tier (standard ~3 lb, oversize ~20 lb billed weight, extra-large ~60 lb with handling
 * surcharges); they were not checked against a current chart here and are graded C (weak).
 */

/** Standard-size (about 3 lb) list-price level per zone 1..8, US dollars. */
const STANDARD_RATES: Readonly<Record<ServiceId, readonly number[]>> = {
  'ups-ground': [11.2, 11.2, 11.9, 12.7, 13.5, 14.4, 15.2, 16.1],
  'ups-3-day-select': [21.5, 21.5, 25.0, 30.5, 36.0, 41.5, 45.5, 49.5],
  'ups-2nd-day-air': [26.0, 26.0, 30.5, 37.0, 43.5, 50.0, 55.0, 60.0],
  'ups-next-day-air-saver': [52.0, 52.0, 61.5, 71.5, 80.0, 88.0, 94.5, 100.0],
  'ups-next-day-air': [57.5, 57.5, 67.5, 77.5, 86.0, 94.5, 101.5, 107.5],
  'fedex-ground': [11.0, 11.0, 11.7, 12.5, 13.3, 14.2, 15.0, 15.9],
  'fedex-home-delivery': [11.5, 11.5, 12.2, 13.0, 13.8, 14.7, 15.5, 16.4],
  'fedex-express-saver': [21.0, 21.0, 24.5, 30.0, 35.5, 41.0, 45.0, 49.0],
  'fedex-2day': [25.5, 25.5, 30.0, 36.5, 43.0, 49.5, 54.5, 59.5],
  'fedex-standard-overnight': [51.5, 51.5, 61.0, 71.0, 79.5, 87.5, 94.0, 99.5],
  'fedex-priority-overnight': [57.0, 57.0, 67.0, 77.0, 85.5, 94.0, 101.0, 107.0],
  'usps-ground-advantage': [8.0, 8.0, 8.5, 9.3, 10.5, 12.0, 13.5, 15.0],
  'usps-priority-mail': [10.2, 10.2, 11.0, 12.2, 14.0, 16.0, 18.5, 21.0],
  'usps-priority-mail-express': [40.0, 40.0, 45.0, 52.0, 58.0, 64.0, 70.0, 76.0],
};

/** Price of the heavier tiers relative to standard size, by kind of service (weight breaks and handling surcharges). */
const TIER_FACTOR: Readonly<Record<'ground' | 'air' | 'postal', Record<SizeTier, number>>> = {
  ground: { standard: 1, oversize: 2.6, extraLarge: 6 },
  postal: { standard: 1, oversize: 2.8, extraLarge: 7 },
  air: { standard: 1, oversize: 3, extraLarge: 7.5 },
};

/**
 * Default label price of a service, zone and size tier.
 * @example defaultLabelRate('ups-ground', 8, 'standard') // 16.1
 */
export function defaultLabelRate(serviceId: ServiceId, zone: number, tier: SizeTier): number {
  const base = STANDARD_RATES[serviceId][Math.min(8, Math.max(1, zone)) - 1]!;
  return Math.round(base * TIER_FACTOR[SERVICES[serviceId].kind][tier] * 100) / 100;
}

/** Where each default comes from (shown next to the figure; every one is an assumption). */
export const COST_DEFAULT_SOURCES: Readonly<Record<string, string>> = {
  weeklyOrders: 'Assumption: 500 Prime orders a week (about 70 a day). Replace with your own volume.',
  labelRates:
    "Assumption (grade C): levels of the carriers' published 2025 retail/daily rates for a ~3 lb standard parcel, x2.6-3 for oversize (~20 lb billed) and x6-7.5 for extra-large (~60 lb with handling); not contract rates. Import your own with a label-cost CSV.",
  'operatingDayUsd.weekday': 'Assumption: 3 packers x 8 h x $22/h ~ $530 per day.',
  'operatingDayUsd.saturday': 'Assumption: weekday staffing at time and a half (weekend premium) ~ $800.',
  'operatingDayUsd.sunday': 'Assumption: weekday staffing at time and a half (weekend premium) ~ $800.',
  'pickupUsd.ups':
    'UPS Saturday pickup stop fee $9 (scheduled; $6 Smart Pickup), 2017, trade press (grade B); weekday daily pickup assumed included in the account; Sunday assumed like Saturday.',
  'pickupUsd.fedex': 'Assumption: like UPS ($9 weekend stop, weekday pickup included in the account).',
  'pickupUsd.usps': 'USPS Package Pickup is free with postage (assumption for a scheduled daily pickup).',
  dropoffUsd: 'Assumption: one person driving to a carrier counter, about 1 h at $25/h plus mileage.',
  specialPlanUsdPerWeek:
    'Assumption: a weekend special operating plan (carrier contract) at about $150 a week; ask your carrier.',
  warehouseUsdPerWeek:
    'Assumption: a second site (rent, systems, management) at about $4,000 a week before its daily staff.',
};

/** The defaults as a complete cost model (label rates left to the default table). */
export const DEFAULT_COST_MODEL: Readonly<CostModel> = Object.freeze({
  weeklyOrders: 500,
  labelRates: [],
  operatingDayUsd: { weekday: 530, saturday: 800, sunday: 800 },
  pickupUsd: {
    ups: { weekday: 0, saturday: 9, sunday: 9 },
    fedex: { weekday: 0, saturday: 9, sunday: 9 },
    usps: { weekday: 0, saturday: 0, sunday: 0 },
  },
  dropoffUsd: 30,
  specialPlanUsdPerWeek: 150,
  warehouseUsdPerWeek: 4000,
  sources: {},
});

/** A cost model ready for the engine: every label price in a flat table. */
export interface ResolvedCostModel {
  model: CostModel;
  /** True when the settings carry no cost model and every figure is a default. */
  allDefaults: boolean;
  /** Label price, index `rateIndex(service, tier, zone)`. */
  rates: Float64Array;
  /** Whether a label price came from the settings (1) or the default table (0), same index. */
  rateFromSettings: Uint8Array;
  /** Carriers the advisor may propose services of. */
  availableCarriers: readonly CarrierId[];
}

const SERVICE_INDEX = new Map<ServiceId, number>(SERVICE_IDS.map((id, i) => [id, i]));
const TIER_INDEX = new Map<SizeTier, number>(SIZE_TIERS.map((t, i) => [t, i]));

/** Index of a label price in ResolvedCostModel.rates (zone 1..8). */
export function rateIndex(serviceId: ServiceId, tier: SizeTier, zone: number): number {
  return (SERVICE_INDEX.get(serviceId)! * 3 + TIER_INDEX.get(tier)!) * 8 + (zone - 1);
}

/** Carriers a plan already uses (enabled services). */
export function carriersInPlan(settings: Settings): CarrierId[] {
  const used = new Set<CarrierId>();
  for (const w of settings.warehouses)
    for (const p of w.services) if (p.enabled) used.add(SERVICES[p.serviceId].carrier);
  return CARRIERS.filter((c) => used.has(c));
}

/**
 * The settings' cost model with the defaults filled in.
 * @example resolveCostModel(sampleSettings()).rates[rateIndex('ups-ground', 'standard', 8)] // 16.1
 */
export function resolveCostModel(settings: Settings): ResolvedCostModel {
  const model = settings.costModel ?? DEFAULT_COST_MODEL;
  const rates = new Float64Array(SERVICE_IDS.length * 3 * 8);
  const rateFromSettings = new Uint8Array(rates.length);
  for (const id of SERVICE_IDS)
    for (const tier of SIZE_TIERS)
      for (let z = 1; z <= 8; z++) rates[rateIndex(id, tier, z)] = defaultLabelRate(id, z, tier);
  for (const r of model.labelRates) {
    const i = rateIndex(r.serviceId, r.tier, r.zone);
    rates[i] = r.usd;
    rateFromSettings[i] = 1;
  }
  return {
    model,
    allDefaults: settings.costModel === undefined,
    rates,
    rateFromSettings,
    availableCarriers: model.availableCarriers ?? carriersInPlan(settings),
  };
}

/** Which column of a DayKindCost a weekday uses. */
export function dayKind(day: Weekday): keyof DayKindCost {
  return day === 'sat' ? 'saturday' : day === 'sun' ? 'sunday' : 'weekday';
}
