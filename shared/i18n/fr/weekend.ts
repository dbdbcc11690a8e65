import type { weekend as en } from '../en/weekend';
import type { Translation } from '../texts';

export const weekend: Translation<typeof en> = {
  'weekend.title': 'Contrôle du week-end',
  'weekend.intro':
    'Vos enlèvements et dépôts du samedi et du dimanche, comparés à la matrice week-end des transporteurs publiée dans l’aide SFP d’Amazon. Une option « Limité » n’existe qu’avec un plan d’exploitation spécial conclu avec le transporteur : ces étiquettes s’achètent hors de l’Achat de l’affranchissement et sont exemptées de son obligation.',
  'weekend.summary.allUsable': 'Toutes les remises du week-end ({{count}}) sont assurées par les transporteurs.',
  'weekend.summary.problems':
    'Remises du week-end qui n’auront pas lieu comme prévu : {{problems}} sur {{count}}. Chaque ligne indique comment corriger.',
  'weekend.summary.none':
    'Ce plan ne prévoit aucun enlèvement ni dépôt le samedi ou le dimanche. Sans cela, aucun entrepôt n’expédie le week-end.',
  'weekend.summary.outside':
    'Remises du week-end sous plan d’exploitation spécial : {{count}}. Leurs étiquettes s’achètent hors de l’Achat de l’affranchissement.',
  'weekend.plan.title': 'Votre plan du week-end',
  'weekend.plan.tableLabel': 'Enlèvements et dépôts du week-end de ce scénario, avec leur statut',
  'weekend.col.handover': 'Service, jour et remise',
  'weekend.col.matrix': 'Matrice',
  'weekend.col.status': 'Statut',
  'weekend.col.specialPlan': 'Plan d’exploitation spécial',
  'weekend.col.fix': 'Comment corriger',
  'weekend.handover.pickup': '$t(catalog.weekday.{{day}}) · enlèvement à {{times}}',
  'weekend.handover.dropoff': '$t(catalog.weekday.{{day}}) · dépôt avant {{time}}',
  'weekend.status.planDeclared': 'Plan déclaré · hors Achat de l’affranchissement',
  'weekend.status.usable': 'Le transporteur l’assure',
  'weekend.status.notUsable': 'Le transporteur ne l’assure pas',
  'weekend.specialPlan.toggle':
    'Plan d’exploitation spécial avec $t(catalog.carrier.{{carrier}}) pour $t(catalog.service.{{service}}) le $t(catalog.weekday.{{day}}) ({{warehouse}})',
  'weekend.specialPlan.declared': 'Déclaré',
  'weekend.specialPlan.notDeclared': 'Non déclaré',
  'weekend.specialPlan.notApplicable': 'Non nécessaire',
  'weekend.specialPlan.cannotHelp': 'Sans effet : non proposé',
  'weekend.matrix.title': 'Matrice week-end des transporteurs',
  'weekend.matrix.intro':
    'Telle que publiée dans l’aide SFP d’Amazon. Oui : proposé en service général. Limité : uniquement avec un plan d’exploitation spécial. Non : non proposé.',
  'weekend.matrix.tableLabel':
    'Enlèvements et dépôts possibles le week-end par groupe de services de chaque transporteur',
  'weekend.matrix.carrier': 'Transporteur',
  'weekend.matrix.row': 'Services',
  'weekend.matrix.usedHere': 'Utilisé dans ce plan : {{services}}',
  'weekend.sixDay.title': 'Verdicts six jours',
  'weekend.sixDay.operation': 'Activité six jours sur sept',
  'weekend.sixDay.delivery': 'Livraison six jours sur sept',
  'weekend.sixDay.pass': 'Respecté',
  'weekend.sixDay.fail': 'Non respecté',
  'weekend.sixDay.required': 'Exigé par le profil « {{policy}} »',
  'weekend.sixDay.notRequired': 'Non exigé par le profil « {{policy}} »',
  'weekend.sixDay.noWarehouse': 'Aucun entrepôt dans ce scénario.',
  'weekend.sixDay.shipsOn': '{{warehouse}} expédie : {{days}} ({{count}} jours).',
  'weekend.sixDay.shipsOnNone': '{{warehouse}} n’expédie aucun jour.',
  'weekend.sixDay.deliversOn': '{{warehouse}} livre : {{days}} ({{count}} jours).',
  'weekend.sixDay.deliversOnNone': '{{warehouse}} ne livre aucun jour.',
  'weekend.sixDay.operationFix':
    'Pour expédier six jours sur sept (du lundi au samedi ou du dimanche au vendredi), ajoutez : {{days}}. Chaque jour demande une heure limite et une remise que le transporteur assure ce jour-là (le samedi : un enlèvement aérien, express ou USPS).',
  'weekend.sixDay.deliveryFix':
    'Il manque $t(unit.deliveryDay, {"count": {{need}} }) parmi : {{days}}. Activez un service qui livre ces jours-là, par exemple {{services}}, avec une remise qu’il assure.',
  'weekend.sixDay.deliveryFixNoSuggestion':
    'Il manque $t(unit.deliveryDay, {"count": {{need}} }) parmi : {{days}}. Activez un service qui livre ces jours-là, avec une remise qu’il assure.',
  'weekend.sixDay.deliveredBasis':
    'Compté sur les promesses de ce plan pendant une semaine type : les jours où tombent réellement les livraisons promises, pas les jours où ses services pourraient livrer.',
  'weekend.sixDay.neverPromisedFix':
    'Pour {{days}} : un service livre ce jour-là, mais aucune promesse n’y aboutit. Expédiez la veille avec lui (une remise et une heure limite ce jour-là), ou faites-en le choix le plus rapide pour certaines destinations.',
  'weekend.listSeparator': ', ',
};
