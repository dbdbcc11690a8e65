import type { Texts } from '../texts';

/** English texts of the advisor owner; each other language's advisor.ts has exactly these keys. */
export const advisor = {
  'advisor.move.enableService': 'Use $t(catalog.service.{{service}}) at {{warehouse}} (pickups: {{days}})',
  'advisor.move.disableService': 'Stop using $t(catalog.service.{{service}}) at {{warehouse}}',
  'advisor.move.addPickup':
    'Add a $t(catalog.service.{{service}}) pickup on $t(catalog.weekday.{{day}}) at {{time}} ({{warehouse}})',
  'advisor.move.movePickup': 'Move the $t(catalog.service.{{service}}) pickups to {{time}} on {{days}} ({{warehouse}})',
  'advisor.move.setCutoff': 'Set the order cutoff to {{time}} on {{days}} ({{warehouse}})',
  'advisor.move.operateDay':
    'Ship on $t(catalog.weekday.{{day}}) with a {{cutoff}} cutoff: {{services}} ({{warehouse}})',
  'advisor.move.operateDayWithPlan':
    'Ship on $t(catalog.weekday.{{day}}) with a {{cutoff}} cutoff and a special operating plan: {{services}} ({{warehouse}})',
  'advisor.move.signSpecialPlan':
    'Sign a $t(catalog.weekday.{{day}}) special operating plan for $t(catalog.service.{{service}}) and schedule its pickup at {{time}} ({{warehouse}})',
  'advisor.move.setCustomerCutoffLead': 'Show customers a cutoff {{minutes}} min before yours ({{warehouse}})',
  'advisor.move.setZoneCap': 'Offer $t(catalog.service.{{service}}) up to zone {{zone}} only ({{warehouse}})',
  'advisor.move.removeZoneCap': 'Offer $t(catalog.service.{{service}}) to every zone ({{warehouse}})',
  'advisor.move.addWarehouse': 'Open a warehouse at ZIP {{zip}} ({{timeZone}}) with the same week as {{copyOf}}',
  'advisor.explain.onTime':
    '$t(catalog.service.{{service}}) delivers {{deliveryDate}}, by the promised date: label ${{usd}} (zone {{zone}}, $t(engine.sizeTier.{{tier}})).',
  'advisor.explain.late':
    '$t(catalog.service.{{service}}) delivers {{deliveryDate}}, after the promised date: not bought (${{usd}}).',
  'advisor.explain.cannotDeliver': '$t(catalog.service.{{service}}) cannot deliver this order.',
  'advisor.explain.label':
    'Label bought: $t(catalog.service.{{service}}) at ${{usd}}, the cheapest that delivers by {{deliveryDate}} (your price).',
  'advisor.explain.labelDefault':
    'Label bought: $t(catalog.service.{{service}}) at ${{usd}}, the cheapest that delivers by {{deliveryDate}} (default price, an assumption).',
} satisfies Texts;
