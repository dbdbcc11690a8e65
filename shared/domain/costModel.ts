import { z } from 'zod';
import { CarrierIdSchema, ServiceIdSchema, SizeTierSchema } from './carrier';

/*
 * What a plan costs, as data the user edits (per scenario, in the settings file as `costModel`).
 * Every figure is US dollars. A settings file without `costModel` (every file written before the
 * advisor existed) uses the built-in defaults (shared/catalog/costDefaults.ts), so no format migration
 * is needed: the field is optional and its absence means "defaults", now and after the defaults are
 * refreshed. A label rate the table does not name falls back to the default for that service, zone
 * and size tier; an imported label-cost CSV replaces the table as a whole.
 */

const Usd = z.number().min(0, { message: 'must be a cost of 0 or more (US dollars)' }).max(1_000_000);

/** One label price: a service, a carrier zone and a size tier. */
export const LabelRateSchema = z.object({
  serviceId: ServiceIdSchema,
  zone: z.number().int().min(1).max(8),
  tier: SizeTierSchema,
  usd: Usd,
});
export type LabelRate = z.infer<typeof LabelRateSchema>;

/** A cost that depends on the kind of day: Monday-Friday, Saturday, Sunday. */
export const DayKindCostSchema = z.object({ weekday: Usd, saturday: Usd, sunday: Usd });
export type DayKindCost = z.infer<typeof DayKindCostSchema>;

/** At most every service x 8 zones x 3 size tiers. */
export const MAX_LABEL_RATES = 14 * 8 * 3;

export const CostModelSchema = z.object({
  /** Prime orders a week (spread over the simulated page views that get a promise). */
  weeklyOrders: z.number().min(0).max(10_000_000),
  /** Label prices overriding the defaults; empty = every default. */
  labelRates: z.array(LabelRateSchema).max(MAX_LABEL_RATES).default([]),
  /** Staff cost of one operating day of one warehouse. */
  operatingDayUsd: DayKindCostSchema,
  /** Fee per scheduled pickup stop, by carrier (absent carrier = no fee). */
  pickupUsd: z.partialRecord(CarrierIdSchema, DayKindCostSchema),
  /** Cost of one drop-off run (driving parcels to the carrier). */
  dropoffUsd: Usd,
  /** A signed special operating plan, per service and weekend day, per week. */
  specialPlanUsdPerWeek: Usd,
  /** Running one warehouse for a week (rent, systems, management), beyond its operating days. */
  warehouseUsdPerWeek: Usd,
  /**
   * Carriers the seller has an account with; the advisor proposes only their services. Absent = the carriers the plan
   * already uses.
   */
  availableCarriers: z.array(CarrierIdSchema).max(3).optional(),
  /** Where figures come from, by field ("labelRates": "rates.csv, UPS contract 2026"). */
  sources: z.record(z.string().max(64), z.string().max(300)).default({}),
});
export type CostModel = z.infer<typeof CostModelSchema>;
export type CostModelInput = z.input<typeof CostModelSchema>;
