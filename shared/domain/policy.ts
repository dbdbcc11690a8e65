import { z } from 'zod';
import { IsoDateSchema, TimeOfDaySchema } from '../time/dateTime';
import { SizeTierSchema } from './carrier';
import { plainText } from './text';

/*
 * A policy profile is one versioned set of Amazon SFP program rules (cutoff floors, thresholds,
 * delivery-speed targets, six-day and coverage requirements). Amazon changes these rules over time,
 * so they are data: built-in profiles live in shared/catalog/policies.ts, users copy and edit their
 * own into `settings.customPolicies`. Shares and rates are fractions 0..1 (0.99 = 99%).
 */

const Share = z.number().min(0).max(1);

/** Delivery-speed targets for one size tier: minimum share of page views promised within N days. */
export const SpeedTargetsSchema = z.object({
  le1: Share.optional(),
  le2: Share.optional(),
  le3: Share.optional(),
  le5: Share.optional(),
});
export type SpeedTargets = z.infer<typeof SpeedTargetsSchema>;

/** What happens at the n-th failed weekly evaluation (the ladder's n-th step). */
export const StrikeActionSchema = z.enum(['warning', 'offersDisabled', 'revoked']);
export type StrikeAction = z.infer<typeof StrikeActionSchema>;

/**
 * How Amazon turns the metrics into a verdict over time (the eligibility horizon). Rules stated
 * differently by different pages are fields with their source, so a user can switch between them.
 */
export const EvaluationRulesSchema = z.object({
  /** Evaluation window: weekly, starting on this weekday (Amazon: Sunday to Saturday). */
  windowStart: z.enum(['sun', 'mon']),
  /**
   * How delivery-speed shares are compared: `upToWholePercent` rounds the actual share and the target
   * up to the nearest whole percent (Amazon's dashboard); account-health rates are always compared exactly.
   */
  rounding: z.enum(['upToWholePercent', 'none']),
  /** The n-th failed week's action; a week fails when any metric misses its threshold or target. */
  strikeLadder: z.array(StrikeActionSchema).min(1).max(10),
  trial: z.object({
    /** Length of the trial; it is judged on the whole weekly windows that start within it. */
    days: z.number().int().min(7).max(365),
    /** Prime orders the trial needs at least. */
    minOrders: z.number().int().min(0).max(1_000_000),
    /** `aggregate`: the trial's totals must meet every threshold; `everyWeek`: each of its weeks must. */
    judgedOn: z.enum(['aggregate', 'everyWeek']),
    /** Trials allowed per calendar year (June 2025 rules: 3). */
    maxPerYear: z.number().int().min(1).max(52).optional(),
  }),
  /** Where each uncertain rule comes from, by field ("onTimeDeliveryMin": "..."). */
  sources: z.record(z.string().max(64), plainText(z.string().max(600))).default({}),
});
export type EvaluationRules = z.infer<typeof EvaluationRulesSchema>;

/** A dated period in which another profile's targets and thresholds apply (peak-season relaxations). */
export const PolicySeasonSchema = z.object({
  from: IsoDateSchema,
  /** Last day, inclusive. */
  to: IsoDateSchema,
  policyId: plainText(z.string().min(1).max(64)),
});
export type PolicySeason = z.infer<typeof PolicySeasonSchema>;

export const PolicyProfileSchema = z.object({
  id: z
    .string()
    .min(1)
    .max(64)
    .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, {
      message: 'must be letters, digits, ".", "_" or "-", starting with a letter or digit',
    }),
  name: plainText(z.string().trim().min(1).max(120)),
  /** Where the rules come from: Seller Central help page ids and a plain description. */
  source: z.object({
    helpPages: z
      .array(plainText(z.string().max(40)))
      .max(20)
      .default([]),
    description: plainText(z.string().max(2000), { multiLine: true }),
    /** For a copied profile: the id it was copied from. */
    basedOn: plainText(z.string().max(64)).optional(),
  }),
  /** First day the rules apply; null when the source does not state it. */
  effectiveDate: IsoDateSchema.nullable(),
  rules: z
    .object({
      /** Seller cutoff floor Monday-Friday (seed: not earlier than 14:00). */
      minWeekdayCutoff: TimeOfDaySchema.optional(),
      /** Seller cutoff floor on Saturday (seed: can be as early as 10:30). */
      minSaturdayCutoff: TimeOfDaySchema.optional(),
    })
    .default({}),
  /** Account-health thresholds (shown in the report; the eligibility horizon simulates them from `operations`). */
  thresholds: z
    .object({
      onTimeShipmentMin: Share.optional(),
      buyShippingMin: Share.optional(),
      cancellationMax: Share.optional(),
      onTimeDeliveryMin: Share.optional(),
      validTrackingMin: Share.optional(),
      lateShipmentMax: Share.optional(),
    })
    .default({}),
  targets: z.partialRecord(SizeTierSchema, SpeedTargetsSchema).default({}),
  /** Standard-size Prime regions must cover the 48 contiguous states + DC. */
  requireNationwide: z.boolean(),
  /** Ship six days a week: Mon-Sat or Sun-Fri. */
  requireSixDayOperation: z.boolean(),
  /** Standard-size orders deliverable six days a week. */
  requireSixDayDelivery: z.boolean(),
  /** Last carrier pickup Monday-Friday must be at or after this local time (2021: 16:00). */
  minPickupTime: TimeOfDaySchema.optional(),
  /** How the metrics are evaluated over time; absent = the eligibility defaults (weekly Sun-Sat, three strikes). */
  evaluation: EvaluationRulesSchema.optional(),
  /** Dated periods judged by another profile (e.g. the 24 Nov - 4 Jan peak relaxation). */
  seasons: z.array(PolicySeasonSchema).max(20).optional(),
});
export type PolicyProfile = z.infer<typeof PolicyProfileSchema>;
export type PolicyProfileInput = z.input<typeof PolicyProfileSchema>;
