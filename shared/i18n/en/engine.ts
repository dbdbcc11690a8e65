import type { Texts } from '../texts';

/** English texts of the engine owner; each other language's engine.ts has exactly these keys. */
export const engine = {
  'engine.sizeTier.standard': 'standard-size',
  'engine.sizeTier.oversize': 'oversize',
  'engine.sizeTier.extraLarge': 'extra-large',
  'engine.handoverKind.pickup': 'pickup',
  'engine.handoverKind.dropoff': 'drop-off',
  'engine.explain.view':
    'Page viewed {{at}} ({{timeZone}}) for ZIP {{zip}} ({{state}}, ZIP3 {{zip3}}), $t(engine.sizeTier.{{tier}}) parcel.',
  'engine.explain.route':
    'From {{warehouse}} (ZIP3 {{fromZip3}}) to ZIP3 {{toZip3}}: {{miles}} miles, carrier zone {{zone}}.',
  'engine.explain.cutoff':
    'Ships {{date}}: seller cutoff {{sellerCutoff}} minus {{lead}} min gives the customer cutoff: {{customerCutoff}} on the customer’s clock, {{warehouseTime}} at {{warehouse}}, for $t(catalog.service.{{service}}).',
  'engine.explain.handoverPickup':
    '$t(catalog.service.{{service}}) picks up at {{time}} on {{date}}, the first pickup at or after the cutoff.',
  'engine.explain.handoverDropoff':
    'Parcels for $t(catalog.service.{{service}}) are dropped off by {{time}} on {{date}}.',
  'engine.explain.specialPlan':
    'This $t(catalog.weekday.{{weekday}}) handover of $t(catalog.service.{{service}}) relies on a special operating plan: its labels are bought outside Buy Shipping.',
  'engine.explain.transitZone':
    '$t(catalog.service.{{service}}) takes $t(unit.businessDay, {"count": {{days}} }) to zone {{zone}} (catalog default, an assumption).',
  'engine.explain.transitOverride':
    '$t(catalog.service.{{service}}) takes $t(unit.businessDay, {"count": {{days}} }) to {{dest}} (your transit override; zone {{zone}}).',
  'engine.explain.transitRegion':
    '$t(catalog.service.{{service}}) takes $t(unit.businessDay, {"count": {{days}} }) $t(catalog.regionTo.{{region}}), which has its own carrier zone rather than a mainland distance band (catalog default, an assumption).',
  'engine.explain.outsidePrime':
    "{{zip}} is $t(catalog.placeIn.{{place}}), outside the Prime regions of a standard shipping template by default (sellers' templates usually leave out Alaska, Hawaii, Puerto Rico and the territories, and nationwide coverage is the 48 contiguous states + DC): this is the date of a regular order, and Amazon's delivery speed does not count it.",
  'engine.explain.remoteInPrime':
    "{{zip}} is $t(catalog.placeIn.{{place}}), which this plan includes in its Prime regions (sellers' templates usually leave it out): its views count in Amazon's delivery speed with this promise, though nationwide coverage stays the 48 contiguous states + DC.",
  'engine.explain.deliveryRolled':
    'Transit ends on {{from}}, which is not a delivery day of $t(catalog.service.{{service}}) ({{days}}): delivered on {{to}}.',
  'engine.explain.chosen':
    'Only option: $t(catalog.service.{{service}}) from {{warehouse}}, delivered {{deliveryDate}}.',
  'engine.explain.chosenAmong':
    'Fastest of {{count}} options: $t(catalog.service.{{service}}) from {{warehouse}}, delivered {{deliveryDate}} (ties go to Buy Shipping, then the cheaper service).',
  'engine.explain.promise': 'Promise: $t(unit.day, {"count": {{days}} }), from {{viewDate}} to {{deliveryDate}}.',
  'engine.skip.cutoffPassed': '{{date}}: the customer cutoff for $t(catalog.service.{{service}}) has already passed.',
  'engine.skip.notOperating': '{{date}}: $t(catalog.weekday.{{weekday}}) is not an operating day.',
  'engine.skip.noCutoff': '{{date}}: no order cutoff on $t(catalog.weekday.{{weekday}}).',
  'engine.skip.noHandover':
    '{{date}}: no $t(catalog.service.{{service}}) pickup or drop-off on $t(catalog.weekday.{{weekday}}).',
  'engine.skip.handoverBeforeCutoff':
    '{{date}}: every $t(catalog.service.{{service}}) handover on $t(catalog.weekday.{{weekday}}) is before the {{cutoff}} cutoff.',
  'engine.skip.weekendNotOffered':
    '{{date}}: the carrier offers no $t(catalog.weekday.{{weekday}}) $t(engine.handoverKind.{{kind}}) for $t(catalog.service.{{service}}).',
  'engine.skip.weekendNeedsPlan':
    '{{date}}: a $t(catalog.weekday.{{weekday}}) $t(engine.handoverKind.{{kind}}) for $t(catalog.service.{{service}}) needs a special operating plan with the carrier.',
  'engine.skip.closure': '{{date}}: the warehouse is closed.',
  'engine.skip.warehouseHoliday': '{{date}}: warehouse holiday ({{name}}).',
  'engine.skip.carrierHoliday': '{{date}}: $t(catalog.carrier.{{carrier}}) is closed ({{name}}).',
  'engine.reason.unknownZip': 'ZIP {{zip}} is not in the US ZIP data.',
  'engine.reason.badViewTime': '"{{at}}" is not a real date and time (YYYY-MM-DDTHH:MM).',
  'engine.reason.noService': 'No enabled service can deliver a $t(engine.sizeTier.{{tier}}) parcel to {{zip}}.',
  'engine.alt.tierNotCarried': 'Does not carry this size tier.',
  'engine.alt.originUnknown': 'The warehouse ZIP is not in the US ZIP data.',
  'engine.alt.zoneCap': "The destination is beyond this service's zone cap.",
  'engine.alt.noShipDay': 'No ship day within the next 28 days.',
  'engine.alt.noDelivery': 'No delivery day within 60 days of the handover.',
  'engine.alt.notServed':
    "Does not deliver there: Alaska, Hawaii, Puerto Rico and the Pacific territories are outside this service's network in the catalog (an assumption; add a transit override if your carrier serves it).",
  'engine.check.speed':
    '$t(engine.sizeTier.{{tier}}): share of page views promised within $t(unit.day, {"count": {{days}} })',
  'engine.check.nationwide': 'Nationwide coverage (48 contiguous states + DC)',
  'engine.check.sixDayOperation': 'Six-day operation (Mon-Sat or Sun-Fri)',
  'engine.check.sixDayDelivery': 'Six-day delivery',
  'engine.check.rounded': '{{exact}} (dashboard {{rounded}})',
  'engine.delivery.deliversOn': 'Promises deliver on: {{days}}.',
  'engine.delivery.deliversOnNone': 'No promise delivers in this week.',
  'engine.delivery.missing.noService': 'None of the services that ship delivers on {{day}}.',
  'engine.delivery.missing.neverPromised':
    '{{services}} can deliver on {{day}}, but no promise of the week lands on that day (ship days and transit never reach it, or a faster service wins).',
  'engine.sim.weightsDropped':
    'Destination weights ignored because their ZIP is unknown or outside the 48 contiguous states + DC: {{count}}.',
  'engine.sim.weightsEmpty': 'The custom destination weights are all zero: population was used instead.',
  'engine.sim.viewProfileEmpty': 'The page-view profile is all zero: views were spread evenly over the week.',
  'engine.sim.unservedZip3s': 'Populated ZIP3 areas that get no promise from any enabled service: {{count}}.',
  'engine.sim.primeOffAllWeek':
    'Prime was switched off for the whole simulated period: no page view counts, so every share is 0 %.',
  'engine.primeOff.excluded_one':
    'Prime switched off: {{share}} of the simulated page views fell in 1 Prime-off period and are not counted (left out of the shares and of their totals, as Amazon measures).',
  'engine.primeOff.excluded_other':
    'Prime switched off: {{share}} of the simulated page views fell in {{count}} Prime-off periods and are not counted (left out of the shares and of their totals, as Amazon measures).',
  'engine.primeOff.noneInWeek_one':
    "Prime switched off: the plan's Prime-off period lies outside the simulated dates; every page view counts.",
  'engine.primeOff.noneInWeek_other':
    "Prime switched off: none of the plan's {{count}} Prime-off periods falls in the simulated dates; every page view counts.",
  'engine.primeOff.typicalWeek_one':
    "Prime switched off: the typical week has no dates, so the plan's Prime-off period is not applied; simulate a real week to leave its page views out.",
  'engine.primeOff.typicalWeek_other':
    "Prime switched off: the typical week has no dates, so the plan's {{count}} Prime-off periods are not applied; simulate a real week to leave their page views out.",
  'engine.remotePrime.cost':
    'Prime regions also include {{regions}} ({{share}} of the counted views, with their own longer promises). Standard size within 2 days: {{le2}} with them, {{alone}} for the 48 contiguous states + DC alone: including them costs {{delta}} of the views. Nationwide coverage is still judged on the 48 states + DC.',
  'engine.remotePrime.gain':
    'Prime regions also include {{regions}} ({{share}} of the counted views, with their own promises). Standard size within 2 days: {{le2}} with them, {{alone}} for the 48 contiguous states + DC alone: including them adds {{delta}} of the views. Nationwide coverage is still judged on the 48 states + DC.',
  'engine.primeOff.atView':
    'Prime was switched off at this moment ({{start}} to {{end}}, {{timeZone}}): Amazon does not count this page view in the delivery-speed metric.',
  'engine.assumption.typicalWeek':
    'Typical week: a plain week without holidays or closures (choose a real week to apply them).',
  'engine.assumption.views':
    'Page views follow the view profile by customer-local weekday and hour, evenly within each hour; destinations are the ZIP3s of the 48 contiguous states + DC, weighted by population or your weights.',
  'engine.assumption.sizeTiers':
    'Extra-large parcels never go by USPS (70 lb / 130 in limit); standard-size and oversize parcels may use every service.',
  'engine.assumption.coverage':
    'A state is covered when every populated ZIP3 in it is reached by an enabled standard-size service that ships, within its zone cap (Amazon’s Prime regions); how fast is shown apart.',
  'engine.assumption.handover':
    'A day ships with a service only if it has a pickup (or drop-off) at or after the seller cutoff that day.',
} satisfies Texts;
