import { z } from 'zod';
import { IsoDateSchema, TimeOfDaySchema, WeekdaySchema, WEEKDAYS } from '../time/dateTime';
import { CARRIER_NAMES, CARRIERS, CarrierIdSchema, ServiceIdSchema } from './carrier';
import { PolicyProfileSchema } from './policy';
import { plainText } from './text';
import { cappedRecord } from './documentShape';
import { builtInCarrierHoliday } from '../domain/holidays';
import { STATES } from '../geo/states';
import { whereAvailableDefault } from '../domain/deliveryCoverage';
import { CostModelSchema } from './costModel';
import { MAX_TRANSIT_SPREADS, OperationsSchema, TransitSpreadSchema } from './operations';
import { PrimeOffPeriodsSchema } from './primeOff';
import { REMOTE_REGIONS } from '../geo/remoteRegions';

/**
 * Current version of the settings file format; older versions are migrated on import and on open.
 * 2: carrier holidays add up (the built-in calendars always apply; `reopenedCarrierDays` lifts a
 * built-in day). In format 1, listing any holiday for a carrier and year replaced that carrier's
 * built-in calendar for the year (see shared/domain/settingsMigrations.ts).
 */
export const SETTINGS_FORMAT_VERSION = 2;

export const ZipSchema = z.string().regex(/^\d{5}$/, { message: 'must be a 5-digit US ZIP code' });

/** How parcels reach the carrier on one weekday: scheduled pickup(s) or a drop-off before a latest time. */
export const HandoverSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('pickup'), times: z.array(TimeOfDaySchema).min(1).max(6) }),
  z.object({ kind: z.literal('dropoff'), latest: TimeOfDaySchema }),
]);
export type Handover = z.infer<typeof HandoverSchema>;

/** One carrier service a warehouse uses for Prime orders. */
export const ServicePlanSchema = z.object({
  serviceId: ServiceIdSchema,
  enabled: z.boolean().default(true),
  /** Highest carrier zone (1-8) this service is offered to, as Shipping Region Automation does; absent = all zones. */
  zoneCap: z.number().int().min(1).max(8).optional(),
  /** Handover per weekday; a missing weekday means no handover that day. */
  days: z.partialRecord(WeekdaySchema, HandoverSchema),
  /** Special operating plans (carrier contracts) that make a "Limited" weekend option possible. */
  specialPlans: z
    .object({ sat: z.boolean().default(false), sun: z.boolean().default(false) })
    .default({ sat: false, sun: false }),
});
export type ServicePlan = z.infer<typeof ServicePlanSchema>;

/**
 * Caps on the lists of a plan. Each is far above real use and keeps the work of one import, one
 * simulation or one report bounded (a file of a million closures took minutes to report).
 * Closures: a warehouse closed on a thousand dates is closed for three years; holidays: ten
 * carriers' worth of public holidays for decades.
 */
export const MAX_CLOSURES = 1_000;
export const MAX_HOLIDAYS = 1_000;
/** Every ZIP5 (about 34,000) and every ZIP3 (under 1,000) fit, with room for new ZIPs. */
export const MAX_DESTINATION_WEIGHTS = 50_000;
/**
 * Largest destination or page-view weight. Weights are relative (orders, views, shares), so no real
 * one comes near a trillion; the cap keeps sums of 50,000 of them finite and exact enough, where
 * 1e308 made the sum Infinity and every share 0 % without a finding.
 */
export const MAX_WEIGHT = 1e12;

export const WarehouseSchema = z.object({
  id: plainText(z.string().min(1).max(64)),
  name: plainText(z.string().trim().min(1, { message: 'must not be empty' }).max(80)),
  zip: ZipSchema,
  /** IANA time zone, e.g. America/New_York; filled from the ZIP, editable. */
  timeZone: plainText(z.string().min(1).max(64)),
  /** Days the warehouse ships orders. */
  operatingDays: z.array(WeekdaySchema).max(7),
  /** Seller order cutoff per weekday (warehouse local time); a day without one ships nothing. */
  cutoffs: z.partialRecord(WeekdaySchema, TimeOfDaySchema),
  /** Optional per-service cutoff overrides per weekday. */
  serviceCutoffs: z.partialRecord(ServiceIdSchema, z.partialRecord(WeekdaySchema, TimeOfDaySchema)).default({}),
  /** Customers see a cutoff this many minutes earlier than the seller's (Amazon: one hour). */
  customerCutoffLeadMinutes: z.number().int().min(0).max(720).default(60),
  services: z.array(ServicePlanSchema).max(32),
  /** Dates the warehouse does not ship (inventory days, local closures). */
  closures: z.array(IsoDateSchema).max(MAX_CLOSURES).default([]),
});
export type Warehouse = z.infer<typeof WarehouseSchema>;

export const HolidaySchema = z.object({
  date: IsoDateSchema,
  name: plainText(z.string().min(1).max(120)),
  /** Carriers closed that day; absent = the warehouse's own holiday (no shipping at all). */
  carriers: z.array(CarrierIdSchema).max(CARRIERS.length).optional(),
});
export type Holiday = z.infer<typeof HolidaySchema>;

/**
 * A built-in carrier holiday on which the carrier works after all (e.g. "UPS runs on 24 Dec 2027",
 * the observed Christmas). Only a built-in day can be reopened: anything else is refused by name,
 * because a reopening that reopens nothing would silently do nothing.
 */
export const ReopenedCarrierDaySchema = z
  .object({
    date: IsoDateSchema,
    carrier: CarrierIdSchema,
    /** Why the user knows the carrier works that day (a notice, an account manager). */
    note: plainText(z.string().max(120)).optional(),
  })
  .superRefine((v, ctx) => {
    if (!IsoDateSchema.safeParse(v.date).success) return;
    if (!builtInCarrierHoliday(v.carrier, v.date)) {
      ctx.addIssue({
        code: 'custom',
        path: ['date'],
        message: `${v.date} is not a built-in ${CARRIER_NAMES[v.carrier]} holiday, so there is nothing to reopen (add your own closures as holidays instead)`,
        params: { messageKey: 'domain.holiday.notBuiltIn', date: v.date, carrier: v.carrier },
      });
    }
  });
export type ReopenedCarrierDay = z.infer<typeof ReopenedCarrierDaySchema>;

/** Where an extra delivery day applies: the carrier's usual area (a stated default), listed states, or listed ZIP3s. */
export const DeliveryAreaSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('whereAvailable') }),
  z.object({
    kind: z.literal('states'),
    states: z
      .array(z.string())
      .min(1)
      .max(60)
      .superRefine((codes, ctx) => {
        codes.forEach((code, i) => {
          if (!Object.hasOwn(STATES, code)) {
            ctx.addIssue({
              code: 'custom',
              path: [i],
              message: `unknown state ${JSON.stringify(code.slice(0, 20))}: use a 2-letter code such as NY, CA or DC`,
              params: { messageKey: 'domain.delivery.unknownState', value: JSON.stringify(code.slice(0, 20)) },
            });
          }
        });
      }),
  }),
  z.object({
    kind: z.literal('zip3s'),
    zip3s: z
      .array(z.string().regex(/^\d{3}$/, { message: 'must be a ZIP3 (3 digits)' }))
      .min(1)
      .max(1_000),
  }),
]);
export type DeliveryArea = z.infer<typeof DeliveryAreaSchema>;

/**
 * A weekend day on which a service also delivers to an area (UPS Ground on Saturday in many metro
 * areas, FedEx Home Delivery on Sunday): there it moves and delivers parcels that day.
 */
export const ExtraDeliveryDaySchema = z
  .object({
    serviceId: ServiceIdSchema,
    day: z.enum(['sat', 'sun']),
    area: DeliveryAreaSchema,
  })
  .superRefine((v, ctx) => {
    if (v.area.kind === 'whereAvailable' && !whereAvailableDefault(v.serviceId, v.day)) {
      ctx.addIssue({
        code: 'custom',
        path: ['area'],
        message: `ShipWeek has no default area for ${v.serviceId} on ${v.day === 'sat' ? 'Saturday' : 'Sunday'}: list the states or ZIP3s it delivers to`,
        params: { messageKey: 'domain.delivery.noDefaultArea', service: v.serviceId, day: v.day },
      });
    }
  });
export type ExtraDeliveryDay = z.infer<typeof ExtraDeliveryDaySchema>;

/**
 * What makes two extra delivery days the same row: service, day and area, the listed codes taken as a
 * set (["NY", "NJ"] and ["NJ", "NY"] are one area).
 * @example
 * extraDeliveryDayKey({ serviceId: 'ups-ground', day: 'sat', area: { kind: 'states', states: ['NY', 'NJ'] } })
 * // 'ups-ground|sat|states|NJ,NY'
 */
export function extraDeliveryDayKey(row: ExtraDeliveryDay): string {
  const list = row.area.kind === 'states' ? row.area.states : row.area.kind === 'zip3s' ? row.area.zip3s : [];
  return [row.serviceId, row.day, row.area.kind, [...new Set(list)].sort().join(',')].join('|');
}

/**
 * The index of the first row before `index` that is the same row as rows[index] (extraDeliveryDayKey),
 * or -1.
 */
export function earlierSameExtraDeliveryDay(rows: readonly ExtraDeliveryDay[], index: number): number {
  const key = extraDeliveryDayKey(rows[index]!);
  return rows.findIndex((r, i) => i < index && extraDeliveryDayKey(r) === key);
}

/** The plan's extra delivery days: a row listed twice says nothing more and would hide which one the user edits. */
export const ExtraDeliveryDaysSchema = z
  .array(ExtraDeliveryDaySchema)
  .max(64)
  .superRefine((rows, ctx) => {
    rows.forEach((_, i) => {
      const first = earlierSameExtraDeliveryDay(rows, i);
      if (first < 0) return;
      ctx.addIssue({
        code: 'custom',
        path: [i],
        message: `the same service, day and area as row ${first + 1}: remove one of the two`,
        params: { messageKey: 'domain.delivery.duplicateRow', row: first + 1 },
      });
    });
  });

/**
 * The regions outside the 48 contiguous states + DC that the plan's standard-size Prime templates also
 * cover (Alaska, Hawaii, Puerto Rico with the U.S. Virgin Islands, the Pacific territories). Sellers'
 * templates usually leave them out, so by default none is listed: then their views are not measured.
 */
export const PrimeRemoteRegionsSchema = z
  .array(z.enum(REMOTE_REGIONS))
  .max(REMOTE_REGIONS.length)
  .superRefine((regions, ctx) => {
    regions.forEach((region, i) => {
      if (regions.indexOf(region) === i) return;
      ctx.addIssue({
        code: 'custom',
        path: [i],
        message: `${region} is listed twice`,
        params: { messageKey: 'domain.primeRegions.twice', region },
      });
    });
  });
export type PrimeRemoteRegions = z.infer<typeof PrimeRemoteRegionsSchema>;

/** Most transit overrides one plan holds (two services for every US ZIP5 fit); keeps exports importable. */
export const MAX_TRANSIT_OVERRIDES = 100_000;

/** A carrier time-in-transit figure that overrides the zone model for one service and destination. */
export const TransitOverrideSchema = z.object({
  serviceId: ServiceIdSchema,
  /** Destination ZIP3 ("432") or ZIP5 ("43215"). */
  dest: z.string().regex(/^\d{3}(\d{2})?$/, { message: 'must be a ZIP3 (3 digits) or ZIP5 (5 digits)' }),
  businessDays: z.number().int().min(0).max(15),
});
export type TransitOverride = z.infer<typeof TransitOverrideSchema>;

/** Share of detail-page views by customer-local weekday (rows mon..sun) and hour (24 columns). */
export const ViewProfileSchema = z.object({
  source: z.enum(['default', 'custom']),
  weights: z.array(z.array(z.number().min(0).max(MAX_WEIGHT)).length(24)).length(WEEKDAYS.length),
});
export type ViewProfile = z.infer<typeof ViewProfileSchema>;

export const DestinationWeightsSchema = z.discriminatedUnion('source', [
  z.object({ source: z.literal('population') }),
  /** Imported demand by ZIP3 or ZIP5 (e.g. last year's orders). */
  z.object({
    source: z.literal('custom'),
    byZip: cappedRecord(
      z.record(z.string().regex(/^\d{3}(\d{2})?$/), z.number().min(0).max(MAX_WEIGHT)),
      MAX_DESTINATION_WEIGHTS,
    ),
  }),
]);
export type DestinationWeights = z.infer<typeof DestinationWeightsSchema>;

export const SizeTierMixSchema = z.object({
  standard: z.number().min(0).max(1),
  oversize: z.number().min(0).max(1),
  extraLarge: z.number().min(0).max(1),
});
export type SizeTierMix = z.infer<typeof SizeTierMixSchema>;

/** The whole plan of one scenario: the settings file format (documented in the README). */
export const SettingsSchema = z.object({
  formatVersion: z.literal(SETTINGS_FORMAT_VERSION),
  name: plainText(z.string().trim().min(1).max(120)),
  warehouses: z.array(WarehouseSchema).max(50),
  /** The plan's own holidays: they add to the built-in carrier calendars (shared/domain/holidays.ts). */
  holidays: z.array(HolidaySchema).max(MAX_HOLIDAYS).default([]),
  /** Built-in carrier holidays the carrier works after all. */
  reopenedCarrierDays: z.array(ReopenedCarrierDaySchema).max(MAX_HOLIDAYS).default([]),
  transitOverrides: z.array(TransitOverrideSchema).max(MAX_TRANSIT_OVERRIDES).default([]),
  /** Weekend delivery days a service also has in an area (absent = the catalog's delivery days only). */
  extraDeliveryDays: ExtraDeliveryDaysSchema.default([]),
  viewProfile: ViewProfileSchema,
  destinationWeights: DestinationWeightsSchema.default({ source: 'population' }),
  sizeTierMix: SizeTierMixSchema,
  /** Id of the policy profile to judge against (built-in or custom). */
  policyId: plainText(z.string().min(1).max(64)),
  /** User-made policy profiles (copies of built-ins, edited); ids must not clash with built-in ones. */
  customPolicies: z.array(PolicyProfileSchema).max(50).default([]),
  /**
   * What the plan costs (labels, staff, pickups, plans); absent = the built-in defaults
   * (shared/catalog/costDefaults.ts).
   */
  costModel: CostModelSchema.optional(),
  /**
   * How the warehouse runs (missed pickups, cancellations, Buy Shipping, tracking); absent = the eligibility defaults.
   */
  operations: OperationsSchema.optional(),
  /**
   * Actual transit-day distributions per service (zone, month); absent = the sourced defaults
   * (shared/catalog/transitSpread.ts).
   */
  transitSpread: z.array(TransitSpreadSchema).max(MAX_TRANSIT_SPREADS).optional(),
  /** When Prime was or will be switched off (shared/domain/primeOff.ts); those hours' views are not counted. */
  primeOffPeriods: PrimeOffPeriodsSchema.optional(),
  /** Regions beyond the 48 contiguous states + DC in the Prime templates (absent = none, the usual template). */
  primeRemoteRegions: PrimeRemoteRegionsSchema.optional(),
});
export type Settings = z.infer<typeof SettingsSchema>;
export type SettingsInput = z.input<typeof SettingsSchema>;
