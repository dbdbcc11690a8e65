import type { Texts } from '../texts';

/** English texts of the finding owner; each other language's finding.ts has exactly these keys. */
export const finding = {
  'finding.severity.error': 'Error',
  'finding.severity.warning': 'Warning',
  'finding.severity.info': 'Note',
  'finding.settings.noWarehouse': 'Add at least one warehouse.',
  'finding.policy.unknown': 'The selected policy "{{policyId}}" does not exist; the default policy is used instead.',
  'finding.policy.customClashesBuiltIn':
    'The custom policy id "{{policyId}}" is already used by a built-in policy; give the copy another id.',
  'finding.policy.customDuplicate': 'Two custom policies share the id "{{policyId}}".',
  'finding.sizeTierMix.sum': 'The size tier shares add up to {{sum}}% instead of 100%.',
  'finding.warehouse.duplicateId': 'Two warehouses share the id "{{id}}".',
  'finding.warehouse.duplicateName': 'Another warehouse is already called "{{warehouse}}".',
  'finding.warehouse.zipUnknown': '{{warehouse}}: ZIP code {{zip}} does not exist.',
  'finding.warehouse.timeZoneMismatch':
    '{{warehouse}}: time zone {{timeZone}} does not match ZIP code {{zip}} ({{zipTimeZone}}).',
  'finding.services.noneEnabled': '{{warehouse}}: no carrier service is enabled.',
  'finding.service.duplicate': '{{warehouse}}: $t(catalog.service.{{service}}) is listed twice.',
  'finding.pickup.duplicateTime':
    '{{warehouse}}: the $t(catalog.service.{{service}}) pickup at {{time}} on $t(catalog.weekday.{{day}}) is listed twice.',
  'finding.day.noCutoff': '{{warehouse}}: $t(catalog.weekday.{{day}}) is an operating day but has no order cutoff.',
  'finding.day.noHandover':
    '{{warehouse}}: $t(catalog.weekday.{{day}}) is an operating day but no carrier picks up and no drop-off is planned.',
  'finding.cutoff.nonOperatingDay':
    '{{warehouse}}: the {{time}} cutoff on $t(catalog.weekday.{{day}}) is ignored because the warehouse does not operate that day.',
  'finding.cutoff.weekdayTooEarly':
    '{{warehouse}}: the $t(catalog.weekday.{{day}}) cutoff {{time}} is earlier than {{min}}, the earliest weekday cutoff Amazon allows.',
  'finding.cutoff.saturdayTooEarly':
    '{{warehouse}}: the Saturday cutoff {{time}} is earlier than {{min}}, the earliest Saturday cutoff Amazon allows.',
  'finding.handover.nonOperatingDay':
    '{{warehouse}}: the $t(catalog.service.{{service}}) handover on $t(catalog.weekday.{{day}}) is unused because the warehouse does not operate that day.',
  'finding.handover.beforeCutoff':
    "{{warehouse}}: the last $t(catalog.service.{{service}}) handover on $t(catalog.weekday.{{day}}) is at {{time}}, before the {{cutoff}} cutoff, so this service ships nothing that day (the day's orders are not ready in time). Move the handover after the cutoff or the cutoff earlier.",
  'finding.pickup.beforeMinTime':
    '{{warehouse}}: the last $t(catalog.service.{{service}}) pickup on $t(catalog.weekday.{{day}}) is at {{time}}; the program requires carrier pickups at or after {{min}}.',
  'finding.weekend.limitedWithoutPlan':
    '{{warehouse}}: a $t(catalog.service.{{service}}) $t(catalog.handover.{{kind}}) on $t(catalog.weekday.{{day}}) is only possible with a special operating plan, and none is declared.',
  'finding.weekend.notOffered':
    '{{warehouse}}: $t(catalog.carrier.{{carrier}}) does not offer a $t(catalog.service.{{service}}) $t(catalog.handover.{{kind}}) on $t(catalog.weekday.{{day}}).',
  'finding.weekend.outsideBuyShipping':
    '{{warehouse}}: the $t(catalog.service.{{service}}) $t(catalog.handover.{{kind}}) on $t(catalog.weekday.{{day}}) runs under a special operating plan: those labels are outside Buy Shipping and exempt from its requirement.',
  'finding.sixDay.operation':
    '{{warehouse}} ships on {{count}} days a week; the program requires six-day operation (Monday to Saturday or Sunday to Friday).',
  'finding.sixDay.delivery':
    'Six-day delivery: this plan’s promises arrive on only {{count}} weekdays (the program requires six); none on $t(catalog.weekday.{{day}}): $t(finding.sixDay.deliveryWhy.{{reason}}).',
  'finding.sixDay.deliveryWhy.noService': 'no service that ships delivers that day',
  'finding.sixDay.deliveryWhy.neverPromised':
    'the services that deliver that day never land a promise on it (their ship days and transit never reach it, or a faster service wins)',
  'finding.coverage.statesExcluded':
    'Nationwide coverage fails: the zone caps leave {{count}} of the 48 contiguous states + DC not fully covered ({{states}}).',
  'finding.weekend.fix.none': 'Nothing to change.',
  'finding.weekend.fix.outsideBuyShipping':
    'Buy these labels directly from $t(catalog.carrier.{{carrier}}), outside Buy Shipping.',
  'finding.weekend.fix.specialPlan':
    'Sign a special operating plan with $t(catalog.carrier.{{carrier}}) for $t(catalog.weekday.{{day}}), or remove this handover.',
  'finding.weekend.fix.specialPlanOrSwitch':
    'Sign a special operating plan with $t(catalog.carrier.{{carrier}}), or switch $t(catalog.weekday.{{day}}) to a $t(catalog.service.{{alternative}}) $t(catalog.handover.{{alternativeKind}}).',
  'finding.weekend.fix.switchPickup':
    'Switch $t(catalog.weekday.{{day}}) to a $t(catalog.service.{{alternative}}) pickup.',
  'finding.weekend.fix.useDropoff':
    'Use a $t(catalog.service.{{alternative}}) drop-off on $t(catalog.weekday.{{day}}) instead.',
  'finding.weekend.fix.switchWithPlan':
    'No carrier offers this on $t(catalog.weekday.{{day}}) in its general service: use $t(catalog.service.{{alternative}}) under a special operating plan with $t(catalog.carrier.{{carrier}}), or remove this handover.',
  'finding.weekend.fix.removeDay': 'No carrier offers this on $t(catalog.weekday.{{day}}): remove this handover.',
} satisfies Texts;
