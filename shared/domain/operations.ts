import { z } from 'zod';
import { CARRIER_NAMES, CARRIERS, CarrierIdSchema, ServiceIdSchema, type CarrierId } from './carrier';
import { IsoDateSchema, WEEKDAYS } from '../time/dateTime';
import { dayNumber, isoDate, weekdayIndex } from '../time/timezone';
import { plainText } from './text';

/*
 * What the eligibility horizon needs besides the plan: how the warehouse really runs (operations) and
 * how long carriers really take (transit-time spread). Both are optional fields of the settings file
 * (`operations`, `transitSpread`) so a scenario carries them with its plan and the app, the CLI and the
 * report judge the same numbers; absent means the sourced defaults (shared/catalog/transitSpread.ts,
 * shared/eligibility/operations.ts), so no format migration is needed. The CLI's --transit-spread CSV
 * replaces `transitSpread` for one run without touching the file.
 */

const Rate = z
  .number()
  .min(0, { message: 'must be a share from 0 to 1 (0.01 = 1 %), not negative' })
  .max(1, { message: 'must be a share from 0 to 1 (0.01 = 1 %)' });

/** Why parcels are slower in a week: a storm or heat wave, or a carrier holiday whose backlog spills over. */
export const DISRUPTION_REASONS = ['weather', 'carrierHoliday'] as const;
export type DisruptionReason = (typeof DISRUPTION_REASONS)[number];
/** Two years of weekly windows: more disrupted weeks than that is not a scenario but a different carrier. */
export const MAX_DISRUPTION_WEEKS = 104;
export const MAX_DISRUPTION_EXTRA_DAYS = 3;

const SUNDAY_INDEX = WEEKDAYS.indexOf('sun');

/**
 * One weekly window (Sunday-Saturday, as Amazon evaluates) in which carriers run late. There is no
 * default: every week listed is the user's own assumption (a forecast storm, a holiday backlog), and
 * the simulation only uses what is listed here.
 */
export const DisruptionWeekSchema = z
  .object({
    /** Sunday that opens the evaluation window. */
    start: IsoDateSchema,
    /** Days the disrupted parcels take on top of their usual transit (drawn from the spread). */
    extraDays: z
      .number()
      .int({ message: 'must be a whole number of days (1, 2 or 3)' })
      .min(1, { message: `must be 1 to ${MAX_DISRUPTION_EXTRA_DAYS} extra days` })
      .max(MAX_DISRUPTION_EXTRA_DAYS, { message: `must be 1 to ${MAX_DISRUPTION_EXTRA_DAYS} extra days` }),
    /** Share of the affected carriers' parcels that are held up (0.25 = one parcel in four). */
    share: z
      .number()
      .min(0, { message: 'must be a share from 0 to 1 (0.25 = 25 % of the parcels), not negative' })
      .max(1, { message: 'must be a share from 0 to 1 (0.25 = 25 % of the parcels)' }),
    /** Carriers held up; absent = every carrier. */
    carriers: z
      .array(CarrierIdSchema)
      .min(1, { message: 'list at least one carrier, or leave the field out for every carrier' })
      .max(CARRIERS.length)
      .optional(),
    reason: z.enum(DISRUPTION_REASONS),
    /** Why the user expects it (a forecast, last year's backlog). */
    note: plainText(z.string().max(200)).optional(),
  })
  .superRefine((v, ctx) => {
    if (!IsoDateSchema.safeParse(v.start).success) return;
    const day = dayNumber(v.start);
    const wd = weekdayIndex(day);
    if (wd !== SUNDAY_INDEX) {
      const sunday = isoDate(day - ((wd - SUNDAY_INDEX + 7) % 7));
      ctx.addIssue({
        code: 'custom',
        path: ['start'],
        message: `${v.start} is not a Sunday: a disruption week is an evaluation window, which runs Sunday to Saturday (the Sunday before is ${sunday})`,
        params: { messageKey: 'domain.disruption.notSunday', date: v.start, sunday },
      });
    }
  });
export type DisruptionWeek = z.infer<typeof DisruptionWeekSchema>;

/** Carriers a disruption week holds up (all of them when it names none). */
export const disruptedCarriers = (week: Pick<DisruptionWeek, 'carriers'>): readonly CarrierId[] =>
  week.carriers ?? CARRIERS;

export const DisruptionSchema = z
  .object({
    weeks: z.array(DisruptionWeekSchema).max(MAX_DISRUPTION_WEEKS),
  })
  .superRefine((v, ctx) => {
    // Two entries for the same week and carrier would leave open whether their shares add or overlap.
    const seen = new Map<string, number>();
    v.weeks.forEach((w, i) => {
      for (const c of disruptedCarriers(w)) {
        const key = `${w.start}|${c}`;
        const first = seen.get(key);
        if (first === undefined) {
          seen.set(key, i);
          continue;
        }
        ctx.addIssue({
          code: 'custom',
          path: ['weeks', i, 'start'],
          message: `the week of ${w.start} already holds up ${CARRIER_NAMES[c]} (entry ${first + 1}): merge the two into one entry`,
          params: {
            messageKey: 'domain.disruption.duplicate',
            date: w.start,
            carrier: CARRIER_NAMES[c],
            entry: first + 1,
          },
        });
        return;
      }
    });
  });
export type Disruption = z.infer<typeof DisruptionSchema>;

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
  /**
   * Scenario knob: weeks of carrier disruption (weather, holiday backlog), the user's assumption; absent
   * = none. Optional, so files without it keep their meaning and need no format migration.
   */
  disruption: DisruptionSchema.optional(),
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
    shares: z
      .array(z.number().min(0, { message: 'must be a share of 0 or more' }).max(1))
      .min(1)
      .max(MAX_SPREAD_DAYS + 1),
    /** Where the figures come from. */
    source: z.string().max(300).optional(),
  })
  .refine((s) => Math.abs(s.shares.reduce((a, b) => a + b, 0) - 1) <= SPREAD_SUM_TOLERANCE, {
    message: `shares must add up to 1 (within ${SPREAD_SUM_TOLERANCE})`,
    path: ['shares'],
  });
export type TransitSpread = z.infer<typeof TransitSpreadSchema>;
