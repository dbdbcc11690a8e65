import type { Texts } from '../texts';

/** English texts of the weekend owner; each other language's weekend.ts has exactly these keys. */
export const weekend = {
  'weekend.title': 'Weekend check',
  'weekend.intro':
    'Your Saturday and Sunday pickups and drop-offs, checked against the carriers’ weekend matrix from Amazon’s SFP help page. A “Limited” option exists only under a special operating plan with the carrier: those labels are bought outside Buy Shipping and are exempt from its requirement.',
  'weekend.summary.allUsable': 'Every weekend handover ({{count}}) is one the carriers will do.',
  'weekend.summary.problems':
    'Weekend handovers that will not happen as planned: {{problems}} of {{count}}. Each row says what would fix it.',
  'weekend.summary.none':
    'This plan has no Saturday or Sunday pickup or drop-off. Without one, no warehouse ships at the weekend.',
  'weekend.summary.outside':
    'Weekend handovers under a special operating plan: {{count}}. Their labels are bought outside Buy Shipping.',
  'weekend.plan.title': 'Your weekend plan',
  'weekend.plan.tableLabel': 'Weekend pickups and drop-offs of this scenario, with their status',
  'weekend.col.handover': 'Service, day and handover',
  'weekend.col.matrix': 'Matrix',
  'weekend.col.status': 'Status',
  'weekend.col.specialPlan': 'Special operating plan',
  'weekend.col.fix': 'What would fix it',
  'weekend.handover.pickup': '$t(catalog.weekday.{{day}}) · pickup at {{times}}',
  'weekend.handover.dropoff': '$t(catalog.weekday.{{day}}) · drop-off by {{time}}',
  'weekend.status.planDeclared': 'Plan declared · outside Buy Shipping',
  'weekend.status.usable': 'The carrier will do it',
  'weekend.status.notUsable': 'The carrier will not do it',
  'weekend.specialPlan.toggle':
    'Special operating plan with $t(catalog.carrier.{{carrier}}) for $t(catalog.service.{{service}}) on $t(catalog.weekday.{{day}}) ({{warehouse}})',
  'weekend.specialPlan.declared': 'Declared',
  'weekend.specialPlan.notDeclared': 'Not declared',
  'weekend.specialPlan.notApplicable': 'Not needed',
  'weekend.specialPlan.cannotHelp': 'Cannot help: not offered',
  'weekend.matrix.title': 'Carrier weekend matrix',
  'weekend.matrix.intro':
    'As printed on Amazon’s SFP help page. Yes: generally offered. Limited: only under a special operating plan. No: not offered.',
  'weekend.matrix.tableLabel': 'Weekend pickup and drop-off capability per carrier service group',
  'weekend.matrix.carrier': 'Carrier',
  'weekend.matrix.row': 'Services',
  'weekend.matrix.usedHere': 'Used in this plan: {{services}}',
  'weekend.sixDay.title': 'Six-day verdicts',
  'weekend.sixDay.operation': 'Six-day operation',
  'weekend.sixDay.delivery': 'Six-day delivery',
  'weekend.sixDay.pass': 'Met',
  'weekend.sixDay.fail': 'Not met',
  'weekend.sixDay.required': 'Required by {{policy}}',
  'weekend.sixDay.notRequired': 'Not required by {{policy}}',
  'weekend.sixDay.noWarehouse': 'No warehouse in this scenario.',
  'weekend.sixDay.shipsOn': '{{warehouse}} ships on {{days}} ({{count}} days).',
  'weekend.sixDay.shipsOnNone': '{{warehouse}} ships on no day.',
  'weekend.sixDay.deliversOn': '{{warehouse}} delivers on {{days}} ({{count}} days).',
  'weekend.sixDay.deliversOnNone': '{{warehouse}} delivers on no day.',
  'weekend.sixDay.operationFix':
    'To ship six days a week (Monday to Saturday or Sunday to Friday), add: {{days}}. Each day needs a cutoff and a handover the carrier offers that day (on Saturday: an air, express or USPS pickup).',
  'weekend.sixDay.deliveryFix':
    'Needs $t(unit.deliveryDay, {"count": {{need}} }) among {{days}}: enable a service that delivers then, for example {{services}}, with a handover it ships on.',
  'weekend.sixDay.deliveryFixNoSuggestion':
    'Needs $t(unit.deliveryDay, {"count": {{need}} }) among {{days}}: enable a service that delivers then, with a handover it ships on.',
  'weekend.sixDay.deliveredBasis':
    'Counted on this plan’s promises in a typical week: the weekdays on which promised deliveries actually fall, not the days its services could deliver.',
  'weekend.sixDay.neverPromisedFix':
    'For {{days}}: a service delivers then, but no promise lands there. Ship the day before with it (a handover and cutoff that day), or let it be the fastest choice for some destinations.',
  'weekend.listSeparator': ', ',
} satisfies Texts;
