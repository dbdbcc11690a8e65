import type { finding as en } from '../en/finding';
import type { Translation } from '../texts';

export const finding: Translation<typeof en> = {
  'finding.severity.error': 'Erreur',
  'finding.severity.warning': 'Avertissement',
  'finding.severity.info': 'Remarque',
  'finding.settings.noWarehouse': 'Ajoutez au moins un entrepôt.',
  'finding.policy.unknown':
    'La politique sélectionnée « {{policyId}} » n’existe pas ; la politique par défaut est utilisée à la place.',
  'finding.policy.customClashesBuiltIn':
    'L’identifiant « {{policyId}} » de la politique personnalisée est déjà pris par une politique intégrée ; donnez un autre identifiant à la copie.',
  'finding.policy.customDuplicate': 'Deux politiques personnalisées partagent l’identifiant « {{policyId}} ».',
  'finding.sizeTierMix.sum': 'Les parts par catégorie de taille totalisent {{sum}} % au lieu de 100 %.',
  'finding.warehouse.duplicateId': 'Deux entrepôts partagent l’identifiant « {{id}} ».',
  'finding.warehouse.duplicateName': 'Un autre entrepôt s’appelle déjà « {{warehouse}} ».',
  'finding.warehouse.zipUnknown': '{{warehouse}} : le code postal {{zip}} n’existe pas.',
  'finding.warehouse.timeZoneMismatch':
    '{{warehouse}} : le fuseau horaire {{timeZone}} ne correspond pas au code postal {{zip}} ({{zipTimeZone}}).',
  'finding.services.noneEnabled': '{{warehouse}} : aucun service de transporteur n’est activé.',
  'finding.service.duplicate': '{{warehouse}} : $t(catalog.service.{{service}}) figure deux fois.',
  'finding.pickup.duplicateTime':
    '{{warehouse}} : l’enlèvement $t(catalog.service.{{service}}) de {{time}} le $t(catalog.weekday.{{day}}) figure deux fois.',
  'finding.day.noCutoff':
    '{{warehouse}} : le $t(catalog.weekday.{{day}}) est un jour d’activité mais n’a pas d’heure limite de commande.',
  'finding.day.noHandover':
    '{{warehouse}} : le $t(catalog.weekday.{{day}}) est un jour d’activité mais aucun transporteur n’enlève de colis et aucun dépôt n’est prévu.',
  'finding.cutoff.nonOperatingDay':
    '{{warehouse}} : l’heure limite de {{time}} le $t(catalog.weekday.{{day}}) est ignorée, car l’entrepôt ne travaille pas ce jour-là.',
  'finding.cutoff.weekdayTooEarly':
    '{{warehouse}} : l’heure limite du $t(catalog.weekday.{{day}}), {{time}}, est antérieure à {{min}}, l’heure limite la plus tôt autorisée par Amazon en semaine.',
  'finding.cutoff.saturdayTooEarly':
    '{{warehouse}} : l’heure limite du samedi, {{time}}, est antérieure à {{min}}, l’heure limite la plus tôt autorisée par Amazon le samedi.',
  'finding.handover.nonOperatingDay':
    '{{warehouse}} : la remise $t(catalog.service.{{service}}) du $t(catalog.weekday.{{day}}) ne sert pas, car l’entrepôt ne travaille pas ce jour-là.',
  'finding.handover.beforeCutoff':
    '{{warehouse}} : la dernière remise $t(catalog.service.{{service}}) du $t(catalog.weekday.{{day}}) a lieu à {{time}}, avant l’heure limite de {{cutoff}} : ce service n’expédie donc rien ce jour-là (les commandes de la journée ne sont pas prêtes à temps). Placez la remise après l’heure limite ou avancez l’heure limite.',
  'finding.pickup.beforeMinTime':
    '{{warehouse}} : le dernier enlèvement $t(catalog.service.{{service}}) du $t(catalog.weekday.{{day}}) a lieu à {{time}} ; le programme exige des enlèvements à {{min}} ou plus tard.',
  'finding.weekend.limitedWithoutPlan':
    '{{warehouse}} : un $t(catalog.handover.{{kind}}) $t(catalog.service.{{service}}) le $t(catalog.weekday.{{day}}) n’est possible qu’avec un plan d’exploitation spécial, et aucun n’est déclaré.',
  'finding.weekend.notOffered':
    '{{warehouse}} : $t(catalog.carrier.{{carrier}}) ne propose pas cette remise le $t(catalog.weekday.{{day}}) ($t(catalog.handover.{{kind}}) $t(catalog.service.{{service}})).',
  'finding.weekend.outsideBuyShipping':
    '{{warehouse}} : la remise du $t(catalog.weekday.{{day}}) ($t(catalog.handover.{{kind}}) $t(catalog.service.{{service}})) relève d’un plan d’exploitation spécial : ces étiquettes sont hors Achat de l’affranchissement et exemptées de son obligation.',
  'finding.sixDay.operation':
    '{{warehouse}} expédie {{count}} jours par semaine ; le programme exige des opérations six jours sur sept (du lundi au samedi ou du dimanche au vendredi).',
  'finding.sixDay.delivery':
    'Livraison six jours sur sept : les promesses de ce plan n’arrivent que {{count}} jours de la semaine (le programme en exige six) ; aucune le $t(catalog.weekday.{{day}}) : $t(finding.sixDay.deliveryWhy.{{reason}}).',
  'finding.sixDay.deliveryWhy.noService': 'aucun service qui expédie ne livre ce jour-là',
  'finding.sixDay.deliveryWhy.neverPromised':
    'les services qui livrent ce jour-là n’y font jamais aboutir une promesse (jours d’expédition et transit ne l’atteignent pas, ou un service plus rapide l’emporte)',
  'finding.coverage.statesExcluded':
    'Couverture nationale non atteinte : les limites de zone laissent {{count}} des 48 États contigus + DC partiellement ou totalement non couverts ({{states}}).',
  'finding.weekend.fix.none': 'Rien à changer.',
  'finding.weekend.fix.outsideBuyShipping':
    'Achetez ces étiquettes directement auprès de $t(catalog.carrier.{{carrier}}), en dehors de l’Achat de l’affranchissement.',
  'finding.weekend.fix.specialPlan':
    'Signez un plan d’exploitation spécial avec $t(catalog.carrier.{{carrier}}) pour le $t(catalog.weekday.{{day}}), ou supprimez cette remise.',
  'finding.weekend.fix.specialPlanOrSwitch':
    'Signez un plan d’exploitation spécial avec $t(catalog.carrier.{{carrier}}), ou passez le $t(catalog.weekday.{{day}}) à un $t(catalog.handover.{{alternativeKind}}) $t(catalog.service.{{alternative}}).',
  'finding.weekend.fix.switchPickup':
    'Passez le $t(catalog.weekday.{{day}}) à un enlèvement $t(catalog.service.{{alternative}}).',
  'finding.weekend.fix.useDropoff':
    'Faites plutôt un dépôt $t(catalog.service.{{alternative}}) le $t(catalog.weekday.{{day}}).',
  'finding.weekend.fix.switchWithPlan':
    'Aucun transporteur ne propose cela le $t(catalog.weekday.{{day}}) dans son offre générale : utilisez $t(catalog.service.{{alternative}}) avec un plan d’exploitation spécial auprès de $t(catalog.carrier.{{carrier}}), ou supprimez cette remise.',
  'finding.weekend.fix.removeDay':
    'Aucun transporteur ne propose cela le $t(catalog.weekday.{{day}}) : supprimez cette remise.',
};
