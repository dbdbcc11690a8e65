import type { Texts } from '../texts';

/** English texts of the policy owner; each other language's policy.ts has exactly these keys. */
export const policy = {
  'policy.name.sfp-help-page': 'SFP help page (cutoffs and regions only)',
  'policy.name.us-2021': 'US SFP program 2021',
  'policy.name.us-speed-30-74': 'US SFP program, later speed targets (30% / 74%)',
  'policy.name.us-2026-07': 'US SFP program from 6 July 2026',
  'policy.name.us-peak-2024': 'US SFP peak season 24 Nov 2024 - 4 Jan 2025',
  'policy.description.sfp-help-page':
    "Amazon's SFP help page: weekday cutoff not earlier than 14:00, Saturday cutoff as early as 10:30, standard-size Prime regions covering the 48 contiguous states and DC. No thresholds or speed targets.",
  'policy.description.us-2021':
    'US program 2021: on-time shipment ≥ 99%, Buy Shipping ≥ 99%, cancellations ≤ 0.5%, on-time delivery ≥ 97%; nationwide coverage, six-day operation and delivery, pickups at or after 16:00; 20% of views within 1 day, 55% within 2 days.',
  'policy.description.us-speed-30-74':
    'Later targets (secondary sources): standard size 30% within 1 day / 74% within 2 days, oversize 17% / 63%; on-time delivery ≥ 93.5%, valid tracking ≥ 99%, late shipment < 4%; with the help page cutoff rules.',
  'policy.description.us-2026-07':
    'From 6 July 2026: standard size 40% within 1 day, 75% within 2 days, 90% within 5 days; oversize 15% within 1 day, 80% within 5 days; extra-large 25% within 2 days, 60% within 5 days. With the help page cutoff rules and the program requirements.',
  'policy.description.us-peak-2024':
    'Peak season 24 November 2024 to 4 January 2025 (relaxed targets): standard size 20% within 1 day, 45% within 2 days; oversize 5% / 30%; extra-large 15% within 2 days; account-health thresholds unchanged. Dated: no relaxation was found for 2026-27.',
  'policy.default': 'Default',
  'policy.custom': 'Custom',
  'policy.copyOf': 'Copy of {{name}}',
  'policy.basedOn': 'Based on {{name}}',
  'policy.effectiveDate': 'In force from {{date}}',
  'policy.effectiveDateUnknown': 'Start date not published',
  'policy.field.minWeekdayCutoff': 'Earliest weekday cutoff',
  'policy.field.minSaturdayCutoff': 'Earliest Saturday cutoff',
  'policy.field.minPickupTime': 'Earliest weekday carrier pickup',
  'policy.field.requireNationwide': 'Nationwide coverage (48 states + DC)',
  'policy.field.requireSixDayOperation': 'Six-day operation (Mon-Sat or Sun-Fri)',
  'policy.field.requireSixDayDelivery': 'Six-day delivery',
  'policy.field.onTimeShipmentMin': 'On-time shipment rate (minimum)',
  'policy.field.buyShippingMin': 'Buy Shipping usage (minimum)',
  'policy.field.cancellationMax': 'Seller cancellation rate (maximum)',
  'policy.field.onTimeDeliveryMin': 'On-time delivery rate (minimum)',
  'policy.field.validTrackingMin': 'Valid tracking rate (minimum)',
  'policy.field.lateShipmentMax': 'Late shipment rate (maximum)',
  'policy.target.le1': 'Within 1 day',
  'policy.target.le2': 'Within 2 days',
  'policy.target.le3': 'Within 3 days',
  'policy.target.le5': 'Within 5 days',
  'policy.tier.standard': 'Standard size',
  'policy.tier.oversize': 'Oversize',
  'policy.tier.extraLarge': 'Extra-large',
} satisfies Texts;
