import type { Texts } from '../texts';

/** English texts of the assumptions owner; each other language's assumptions.ts has exactly these keys. */
export const assumptions = {
  'assumptions.title': 'Assumptions',
  'assumptions.intro':
    'Every default the figures rest on, where it comes from and whether this plan replaces it. Grades: A = an Amazon or carrier page, B = trade press or a public data set, C = weak, an assumption to replace with your own figures.',
  'assumptions.tableLabel': 'Assumptions behind the figures',
  'assumptions.col.topic': 'Assumption',
  'assumptions.col.value': 'What ShipWeek uses',
  'assumptions.col.source': 'Source',
  'assumptions.col.grade': 'Grade',
  'assumptions.col.status': 'In this plan',
  'assumptions.status.default': 'Default',
  'assumptions.status.overridden': 'Yours',
  'assumptions.status.rule': 'Rule',
  'assumptions.count': 'Assumptions: {{total}}; replaced by this plan: {{overridden}}.',
  'assumptions.day.mon': 'Mon',
  'assumptions.day.tue': 'Tue',
  'assumptions.day.wed': 'Wed',
  'assumptions.day.thu': 'Thu',
  'assumptions.day.fri': 'Fri',
  'assumptions.day.sat': 'Sat',
  'assumptions.day.sun': 'Sun',
  'assumptions.topic.zones': 'Carrier zones',
  'assumptions.topic.transit': 'Transit days by zone',
  'assumptions.topic.deliveryDays': 'Carrier delivery days',
  'assumptions.topic.holidays': 'Carrier holidays',
  'assumptions.topic.cutoffLead': 'Cutoff shown to customers',
  'assumptions.topic.primeRegions': 'Alaska, Hawaii, Puerto Rico, territories',
  'assumptions.topic.coverage': 'Nationwide coverage',
  'assumptions.topic.sixDayDelivery': 'Six-day delivery',
  'assumptions.topic.measuring': 'How speed is measured',
  'assumptions.topic.week': 'Simulated week',
  'assumptions.topic.viewProfile': 'When customers look',
  'assumptions.topic.destinations': 'Where customers are',
  'assumptions.topic.sizeMix': 'Size-tier mix',
  'assumptions.topic.costs': 'Costs (What it takes)',
  'assumptions.topic.transitSpread': 'Late parcels (Eligibility)',
  'assumptions.topic.operations': 'Operations (Eligibility)',
  'assumptions.value.noService': 'No service is enabled.',
  'assumptions.value.zones':
    'Zone from the straight-line distance between the warehouse’s and the customer’s ZIP3 population centres: zone 1 up to 50 miles … zone 8 over 1,800 miles.',
  'assumptions.value.transit': 'Business days, zone 1 to zone 8: {{services}}.',
  'assumptions.value.deliveryDays': '{{services}}',
  'assumptions.value.holidays':
    'Built-in calendars, by rule for any year: {{ups}} UPS and FedEx days and {{usps}} USPS days in {{year}} (federal holidays with their weekend observance).',
  'assumptions.value.cutoffLead': 'Customers see the order cutoff {{minutes}} minutes before the seller’s cutoff.',
  'assumptions.value.primeRegions':
    'Outside the Prime regions: their views are not measured (sellers’ templates usually leave them out). Included, they count in the speed figures with their own longer promises; coverage stays the 48 contiguous states + DC.',
  'assumptions.value.coverage':
    'A state of the 48 contiguous states + DC is covered when every populated ZIP3 in it is reached by an enabled standard-size service that ships, within its zone cap. How fast is shown apart (per state, within 2 and 5 days).',
  'assumptions.value.sixDayDelivery':
    'The simulated week’s standard-size promises deliver on at least {{days}} different weekdays (the promised dates, not what services could do).',
  'assumptions.value.measuring':
    'Share of page views by calendar days from the view to the promised date (≤ 1 and ≤ 2 days cumulative), over every view of the week; the rounding and windows are described with the checks.',
  'assumptions.value.week':
    'A typical week without holidays or closures, unless you choose on the Simulation page a real week (Amazon judges Sunday to Saturday), several weeks judged together or a date range; the period in use is named above the figures and on the report’s cover.',
  'assumptions.value.viewProfile':
    'Page views by the customer’s local weekday and hour: an evening peak and a weekend shape.',
  'assumptions.value.destinations': 'Every ZIP3 of the 48 contiguous states + DC, weighted by its population.',
  'assumptions.value.sizeMix': '{{standard}} standard size, {{oversize}} oversize, {{extraLarge}} extra-large.',
  'assumptions.value.costs':
    '{{orders}} Prime orders a week; labels at public list-price levels; staff {{weekday}} per weekday and {{weekend}} per weekend day; weekend pickup stop {{pickup}}; special operating plan {{plan}} a week.',
  'assumptions.value.transitSpread':
    'On time in December: UPS {{ups}}, FedEx {{fedex}}, USPS {{usps}}; other months half as many late parcels; late parcels {{shape}} one / two / three days late.',
  'assumptions.value.operations':
    '{{missed}} missed pickups, {{cancel}} cancellations, {{buy}} of labels through Buy Shipping, {{tracking}} valid tracking, {{otdr}} OTDR-protected labels.',
  'assumptions.source.zones': 'ShipWeek’s approximation of the carriers’ zone charts (which are per origin ZIP3).',
  'assumptions.source.transit':
    'Typical published transit maps per carrier service; not carrier guarantees. Enter transit overrides or import a time-in-transit file to replace them.',
  'assumptions.source.deliveryDays':
    'Carrier service guides: UPS Ground residential Saturday delivery only in some cities (kept Mon–Fri), FedEx Home Delivery Tue–Sat, USPS Saturday delivery.',
  'assumptions.source.holidays':
    'US federal holidays 2026–2027 and the carriers’ holiday schedules; add your own closures on the Weekly schedule.',
  'assumptions.source.cutoffLead': 'Amazon SFP program policy: customer-facing cutoff = seller cutoff − 1 hour.',
  'assumptions.source.primeRegions':
    'Amazon SFP: the Prime regions of standard-size shipping templates cover the 48 contiguous states + DC; including other regions is the seller’s choice (Weekly schedule → Prime regions).',
  'assumptions.source.coverage':
    'Amazon SFP: the Prime regions of standard-size shipping templates must cover the 48 contiguous states + DC; Shipping Region Automation limits regions by delivery zone.',
  'assumptions.source.sixDayDelivery': 'Amazon SFP program requirements: six-day delivery for standard size.',
  'assumptions.source.measuring': 'Amazon’s delivery-speed definition (Seller Central, SFP performance).',
  'assumptions.source.week': 'ShipWeek’s choice of view; not saved in the plan.',
  'assumptions.source.viewProfile':
    'ShipWeek’s assumption, not Amazon data: import your own traffic profile to replace it.',
  'assumptions.source.destinations': 'SimpleMaps US ZIP codes (ACS-based population, CC BY 4.0).',
  'assumptions.source.sizeMix': 'ShipWeek’s sample mix; set yours in the settings file.',
  'assumptions.source.costs':
    'Levels of 2025 public list prices, UPS Saturday stop fee $9 (2017, trade press), staffing assumptions: replace with your contract figures (label-cost CSV, cost model).',
  'assumptions.source.transitSpread':
    'ShipMatrix December 2025 on-time figures (trade press); the other months and the late shape are ShipWeek assumptions.',
  'assumptions.source.operations': 'ShipWeek assumptions; set your own in the settings file’s operations.',
  'assumptions.override.primeRegions': 'Included in your Prime regions: {{regions}}.',
  'assumptions.override.transit':
    'Transit overrides of your own: {{count}} (they win for their service and destination).',
  'assumptions.override.holidays':
    'Your own calendar — holidays and closures added: {{count}}; warehouse closing days: {{closures}}; built-in days reopened: {{reopened}}.',
  'assumptions.override.deliveryDays.listed': 'Extra weekend delivery of your own: {{listed}}.',
  'assumptions.override.deliveryDays.defaultArea':
    'Extra weekend delivery of your own, where available (ShipWeek’s default area, an assumption): {{defaultArea}}.',
  'assumptions.override.deliveryDays.both':
    'Extra weekend delivery of your own: {{listed}}; and where available (ShipWeek’s default area, an assumption): {{defaultArea}}.',
  'assumptions.override.cutoffLead': 'Your own lead: {{list}}.',
  'assumptions.override.viewProfile': 'Your own traffic profile.',
  'assumptions.override.destinations': 'Your own demand, ZIP codes: {{count}}.',
  'assumptions.override.sizeMix':
    'Yours: {{standard}} standard size, {{oversize}} oversize, {{extraLarge}} extra-large.',
  'assumptions.override.costs': 'Your cost model: {{orders}} orders a week; label prices of your own: {{rates}}.',
  'assumptions.override.transitSpread': 'Transit-spread rows of your own: {{count}}.',
  'assumptions.override.operations': 'Operations figures of your own: {{count}}.',
} satisfies Texts;
