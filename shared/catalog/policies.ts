import { PolicyProfileSchema, type PolicyProfile } from '../domain/policy';
import type { Settings } from '../domain/settings';
import type { MessageKey } from '../i18n/catalogue';

/*
 * Built-in Amazon SFP policy profiles (US), as data. Figures come from Amazon's SFP help page and
 * from public Seller Central help pages / secondary sources listed in each `source`.
 * Effective dates are only given where a source states one.
 */

/** The help page's weekend-operations note: Saturday cutoff can be as early as 10:30; weekday not before 14:00. */
const HELP_PAGE_CUTOFF_RULES = { minWeekdayCutoff: '14:00', minSaturdayCutoff: '10:30' } as const;

/** Program requirements of the 2021 US program that later pages keep (six days, 48+DC, 16:00 pickup). */
const PROGRAM_REQUIREMENTS = {
  requireNationwide: true,
  requireSixDayOperation: true,
  requireSixDayDelivery: true,
  minPickupTime: '16:00',
} as const;

/**
 * How Amazon evaluates the metrics over time (Amazon's SFP program rules, checked December 2026): weekly windows
 * Sunday to Saturday (A, current page; older pages said daily), delivery-speed shares and targets
 * rounded up to the nearest whole percent (A), the three-strike ladder (A), a trial of about 30 days
 * with at least 100 Prime orders (B, pre-qualification pages) and at most 3 trials a year (A, June 2025).
 */
const EVALUATION_2025 = {
  windowStart: 'sun',
  rounding: 'upToWholePercent',
  strikeLadder: ['warning', 'offersDisabled', 'revoked'],
  trial: { days: 30, minOrders: 100, judgedOn: 'aggregate', maxPerYear: 3 },
  sources: {
    windowStart:
      'Weekly evaluation Sunday-Saturday: current Seller Central SFP page (grade A); older pages said daily.',
    rounding:
      'Delivery speed: actual and target rounded up to the nearest whole percent (Seller Central delivery-speed page, grade A).',
    strikeLadder:
      '1st miss: e-mail warning; 2nd: Prime offers disabled; 3rd: enrolment revoked, re-entry through pre-qualification and a new trial (grade A).',
    trial:
      'Trial of about 30 days with at least 100 Prime orders (pre-qualification pages quoted by the trade press, grade B); at most 3 trials per calendar year (June 2025 rules, grade A). Judged here on the totals of its weekly windows (assumption).',
    onTimeDeliveryMin:
      'Uncertain: 97 % for labels bought outside Buy Shipping on an older Amazon page (grade A, older); 93.5 % in 2025+ secondary sources (grade B/C). Switch by copying the profile and editing the threshold.',
  },
} as const;

/** The 2021 program page's evaluation: the same ladder, with its 97 % on-time delivery threshold. */
const EVALUATION_2021 = {
  ...EVALUATION_2025,
  sources: {
    ...EVALUATION_2025.sources,
    onTimeDeliveryMin:
      'On-time delivery >= 97 % for labels bought outside Buy Shipping (older Amazon page 202072550, grade A, older); 2025+ secondary sources quote 93.5 %.',
  },
} as const;

/** Later account-health thresholds (2025+ secondary sources, grade B/C). */
const THRESHOLDS_2025 = {
  buyShippingMin: 0.99,
  cancellationMax: 0.005,
  onTimeDeliveryMin: 0.935,
  validTrackingMin: 0.99,
  lateShipmentMax: 0.04,
} as const;

/** Id of the profile the 2024-25 peak season switches to. */
export const PEAK_2024_POLICY_ID = 'us-peak-2024';

/**
 * The built-in profiles' ids, the same as POLICY_PROFILES' (policies.test.ts holds them equal): each
 * has its name and description in the catalogue (`policy.name.<id>`, `policy.description.<id>`), so a
 * key written over a `BuiltInPolicyId` is checked by the compiler.
 */
export const BUILT_IN_POLICY_IDS = [
  'sfp-help-page',
  'us-2021',
  'us-speed-30-74',
  PEAK_2024_POLICY_ID,
  'us-2026-07',
] as const;
export type BuiltInPolicyId = (typeof BUILT_IN_POLICY_IDS)[number];

/** A built-in profile: a profile whose id is one of BUILT_IN_POLICY_IDS. */
export type BuiltInPolicyProfile = PolicyProfile & { readonly id: BuiltInPolicyId };

/** A built-in profile checked by the schema like any other, its id kept typed as the built-in id it is. */
function builtInProfile(
  profile: { readonly id: BuiltInPolicyId } & Readonly<Record<string, unknown>>,
): BuiltInPolicyProfile {
  return { ...PolicyProfileSchema.parse(profile), id: profile.id };
}

export const POLICY_PROFILES: readonly BuiltInPolicyProfile[] = [
  builtInProfile({
    id: 'sfp-help-page',
    name: 'SFP help page (cutoffs and regions only)',
    source: {
      helpPages: [],
      description:
        "Amazon's Seller Fulfilled Prime help page (its French edition): weekday cutoff not earlier than 14:00, Saturday cutoff as early as 10:30, standard-size Prime regions covering the 48 contiguous states + DC. It states no thresholds or speed targets.",
    },
    effectiveDate: null,
    rules: HELP_PAGE_CUTOFF_RULES,
    requireNationwide: true,
    requireSixDayOperation: false,
    requireSixDayDelivery: false,
  }),
  builtInProfile({
    id: 'us-2021',
    name: 'US SFP program 2021',
    source: {
      helpPages: ['202072550', '201812270'],
      description:
        'US program requirements published in 2021: on-time shipment >= 99%, Buy Shipping >= 99% of Prime orders, seller cancellation <= 0.5%, on-time delivery >= 97% for labels bought outside Buy Shipping, nationwide coverage (48 + DC, standard-size), six-day operation (Mon-Sat or Sun-Fri) and delivery, carrier pickups at or after 16:00 local; delivery speed 20% of views within 1 day, 55% within 2 days.',
    },
    effectiveDate: null,
    thresholds: { onTimeShipmentMin: 0.99, buyShippingMin: 0.99, cancellationMax: 0.005, onTimeDeliveryMin: 0.97 },
    targets: { standard: { le1: 0.2, le2: 0.55 } },
    ...PROGRAM_REQUIREMENTS,
    evaluation: EVALUATION_2021,
  }),
  builtInProfile({
    id: 'us-speed-30-74',
    name: 'US SFP program, later speed targets (30% / 74%)',
    source: {
      helpPages: ['202072550'],
      description:
        'Later delivery-speed targets reported by secondary sources: standard-size 30% within 1 day / 74% within 2 days, oversize 17% / 63%; on-time delivery >= 93.5%, valid tracking >= 99%, late shipment < 4%. Other 2021 requirements carried over. With the cutoff rules of the SFP help page (14:00 weekdays, 10:30 Saturday).',
    },
    effectiveDate: null,
    rules: HELP_PAGE_CUTOFF_RULES,
    thresholds: THRESHOLDS_2025,
    targets: { standard: { le1: 0.3, le2: 0.74 }, oversize: { le1: 0.17, le2: 0.63 } },
    ...PROGRAM_REQUIREMENTS,
    evaluation: EVALUATION_2025,
    seasons: [{ from: '2024-11-24', to: '2025-01-04', policyId: PEAK_2024_POLICY_ID }],
  }),
  builtInProfile({
    id: PEAK_2024_POLICY_ID,
    name: 'US SFP peak season 24 Nov 2024 - 4 Jan 2025',
    source: {
      helpPages: [],
      description:
        'Relaxed delivery-speed targets for the 2024-25 peak season (24 November 2024 to 4 January 2025, Amazon forum post, grade A): standard-size 20% within 1 day, 45% within 2 days; oversize 5% / 30%; extra-large 15% within 2 days. Account-health thresholds unchanged. No relaxation was found for 2026-27: this profile is dated, and applies only where a profile lists it as a season.',
    },
    effectiveDate: '2024-11-24',
    rules: HELP_PAGE_CUTOFF_RULES,
    thresholds: THRESHOLDS_2025,
    targets: { standard: { le1: 0.2, le2: 0.45 }, oversize: { le1: 0.05, le2: 0.3 }, extraLarge: { le2: 0.15 } },
    ...PROGRAM_REQUIREMENTS,
    evaluation: EVALUATION_2025,
  }),
  builtInProfile({
    id: 'us-2026-07',
    name: 'US SFP program from 6 July 2026',
    source: {
      helpPages: ['202072550'],
      description:
        'Delivery-speed targets from 6 July 2026: standard-size 40% within 1 day, 75% within 2 days, 90% within 5 days; oversize 15% within 1 day, 80% within 5 days; extra-large 25% within 2 days, 60% within 5 days. Combined with the cutoff rules of the SFP help page (14:00 weekdays, 10:30 Saturday) and the program requirements carried over (six-day operation and delivery, 48 + DC coverage, pickups at or after 16:00, later account-health thresholds).',
    },
    effectiveDate: '2026-07-06',
    rules: HELP_PAGE_CUTOFF_RULES,
    thresholds: THRESHOLDS_2025,
    evaluation: EVALUATION_2025,
    targets: {
      standard: { le1: 0.4, le2: 0.75, le5: 0.9 },
      oversize: { le1: 0.15, le5: 0.8 },
      extraLarge: { le2: 0.25, le5: 0.6 },
    },
    ...PROGRAM_REQUIREMENTS,
  }),
];

/** The profile new settings and the sample are judged against: the rules in force from July 2026. */
export const DEFAULT_POLICY_ID = 'us-2026-07';

/** Whether an id belongs to a built-in profile. @example isBuiltInPolicy('us-2021') // true */
export function isBuiltInPolicy(id: string): id is BuiltInPolicyId {
  return (BUILT_IN_POLICY_IDS as readonly string[]).includes(id);
}

/**
 * The profile with this id among built-ins and the settings' custom profiles, or undefined.
 * Built-ins win on an id clash (validation reports the clash).
 * @example findPolicy(settings, 'us-2021')?.targets.standard?.le2 // 0.55
 */
export function findPolicy(settings: Pick<Settings, 'customPolicies'>, id: string): PolicyProfile | undefined {
  return POLICY_PROFILES.find((p) => p.id === id) ?? settings.customPolicies.find((p) => p.id === id);
}

/**
 * The profile to judge settings against: `id` (or the settings' policyId) if known, else the default
 * profile, so a stale id never blocks a simulation (validateSettings reports it as an error).
 * @example resolvePolicy(sampleSettings()).id // 'us-2026-07'
 */
export function resolvePolicy(settings: Pick<Settings, 'customPolicies' | 'policyId'>, id?: string): PolicyProfile {
  return findPolicy(settings, id ?? settings.policyId) ?? findPolicy(settings, DEFAULT_POLICY_ID)!;
}

/**
 * A deep copy of a profile under a new id and name, for "copy and edit"; `source.basedOn` records
 * the original. Throws a ZodError if the new id or name is invalid.
 * @example copyPolicy(POLICY_PROFILES[3], 'my-2026', 'My 2026 rules').source.basedOn // 'us-2026-07'
 */
export function copyPolicy(profile: PolicyProfile, newId: string, newName: string): PolicyProfile {
  const copy: unknown = JSON.parse(JSON.stringify(profile));
  return PolicyProfileSchema.parse({
    ...(copy as PolicyProfile),
    id: newId,
    name: newName,
    source: { ...(copy as PolicyProfile).source, basedOn: profile.id },
  });
}

/** i18n key of a built-in profile's name. @example policyNameKey('us-2021') // 'policy.name.us-2021' */
export function policyNameKey(id: BuiltInPolicyId): MessageKey {
  return `policy.name.${id}`;
}
