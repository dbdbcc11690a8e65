import { z } from 'zod';
import { ServiceIdSchema } from './carrier';

/*
 * What the eligibility horizon needs besides the plan: how the warehouse really runs (operations) and
 * how long carriers really take (transit-time spread). Both are optional fields of the settings file
 * (`operations`, `transitSpread`) so a scenario carries them with its plan and the app, the CLI and the
 * report judge the same numbers; absent means the sourced defaults (shared/catalog/transitSpread.ts,
 * shared/eligibility/operations.ts), so no format migration is needed. The CLI's --transit-spread CSV
 * replaces `transitSpread` for one run without touching the file.
 */

const Rate = z.number().min(0, { message: 'must be a share from 0 to 1 (0.01 = 1 %), not negative' }).max(1, { message: 'must be a share from 0 to 1 (0.01 = 1 %)' });

export const OperationsSchema = z.object({
  /** Prime orders a week; absent = the cost model's weeklyOrders (or its default, 500). */
  weeklyOrders: z.number().int().min(0).max(1_000_000).optional(),
  /** Share of orders that miss their pickup and leave on the lane's next ship day (handling). */
  missedPickupShare: Rate.optional(),
  /** Share of orders the seller cancels. */
  cancellationRate: Rate.optional(),
  /** Share of labels bought through Buy Shipping (of the orders whose promise Buy Shipping can carry). */
  buyShippingShare: Rate.optional(),
  /** Share of shipments with valid tracking. */
  validTrackingRate: Rate.optional(),
  /** Share of Buy Shipping labels that are "OTDR protected" (Shipping Settings Automation on the template). */
  otdrProtectedShare: Rate.optional(),
  /** Where figures come from, by field ("missedPickupShare": "WMS report, Q3 2026"). */
  sources: z.record(z.string().max(64), z.string().max(300)).default({}),
});
export type Operations = z.infer<typeof OperationsSchema>;

/** Transit days a spread can name: 0..15, as the settings' transit overrides. */
export const MAX_SPREAD_DAYS = 15;
/** Shares must add up to 1 within this (CSV exports round each share). */
export const SPREAD_SUM_TOLERANCE = 0.005;
/** Every service x 8 zones x 12 months, plus the all-year rows. */
export const MAX_TRANSIT_SPREADS = 14 * 8 * 13;

/**
 * The distribution of actual transit days (carrier business days, as the catalog counts them) for a
 * service, optionally one zone and one month: `shares[d]` is the share of parcels taking d days.
 */
export const TransitSpreadSchema = z
  .object({
    serviceId: ServiceIdSchema,
    /** Carrier zone 1-8; absent = every zone. */
    zone: z.number().int().min(1).max(8).optional(),
    /** Month 1-12 of the ship date; absent = every month. */
    month: z.number().int().min(1).max(12).optional(),
    shares: z.array(z.number().min(0, { message: 'must be a share of 0 or more' }).max(1)).min(1).max(MAX_SPREAD_DAYS + 1),
    /** Where the figures come from. */
    source: z.string().max(300).optional(),
  })
  .refine((s) => Math.abs(s.shares.reduce((a, b) => a + b, 0) - 1) <= SPREAD_SUM_TOLERANCE, {
    message: `shares must add up to 1 (within ${SPREAD_SUM_TOLERANCE})`,
    path: ['shares'],
  });
export type TransitSpread = z.infer<typeof TransitSpreadSchema>;
