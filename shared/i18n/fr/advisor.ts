import type { advisor as en } from '../en/advisor';
import type { Translation } from '../texts';

export const advisor: Translation<typeof en> = {
  'advisor.move.enableService': 'Utiliser $t(catalog.service.{{service}}) à {{warehouse}} (enlèvements : {{days}})',
  'advisor.move.disableService': 'Ne plus utiliser $t(catalog.service.{{service}}) à {{warehouse}}',
  'advisor.move.addPickup':
    'Ajouter un enlèvement $t(catalog.service.{{service}}) le $t(catalog.weekday.{{day}}) à {{time}} ({{warehouse}})',
  'advisor.move.movePickup':
    'Déplacer les enlèvements $t(catalog.service.{{service}}) à {{time}} : {{days}} ({{warehouse}})',
  'advisor.move.setCutoff': "Fixer l'heure limite de commande à {{time}} : {{days}} ({{warehouse}})",
  'advisor.move.operateDay':
    'Expédier le $t(catalog.weekday.{{day}}) avec une heure limite à {{cutoff}} : {{services}} ({{warehouse}})',
  'advisor.move.operateDayWithPlan':
    "Expédier le $t(catalog.weekday.{{day}}) avec une heure limite à {{cutoff}} et un plan d'exploitation spécial : {{services}} ({{warehouse}})",
  'advisor.move.signSpecialPlan':
    "Signer un plan d'exploitation spécial du $t(catalog.weekday.{{day}}) pour $t(catalog.service.{{service}}) et programmer son enlèvement à {{time}} ({{warehouse}})",
  'advisor.move.setCustomerCutoffLead':
    'Montrer aux clients une heure limite {{minutes}} min avant la vôtre ({{warehouse}})',
  'advisor.move.setZoneCap':
    "Proposer $t(catalog.service.{{service}}) jusqu'à la zone {{zone}} seulement ({{warehouse}})",
  'advisor.move.removeZoneCap': 'Proposer $t(catalog.service.{{service}}) dans toutes les zones ({{warehouse}})',
  'advisor.move.addWarehouse':
    'Ouvrir un entrepôt au code postal {{zip}} ({{timeZone}}) avec la même semaine que {{copyOf}}',
  'advisor.explain.onTime':
    '$t(catalog.service.{{service}}) livre le {{deliveryDate}}, à la date promise : étiquette {{usd}} $ (zone {{zone}}, $t(engine.sizeTier.{{tier}})).',
  'advisor.explain.late':
    '$t(catalog.service.{{service}}) livre le {{deliveryDate}}, après la date promise : non retenu ({{usd}} $).',
  'advisor.explain.cannotDeliver': '$t(catalog.service.{{service}}) ne peut pas livrer cette commande.',
  'advisor.explain.label':
    'Étiquette achetée : $t(catalog.service.{{service}}) à {{usd}} $, la moins chère qui livre au plus tard le {{deliveryDate}} (votre prix).',
  'advisor.explain.labelDefault':
    'Étiquette achetée : $t(catalog.service.{{service}}) à {{usd}} $, la moins chère qui livre au plus tard le {{deliveryDate}} (prix par défaut, une hypothèse).',
};
