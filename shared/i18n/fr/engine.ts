import type { engine as en } from '../en/engine';
import type { Translation } from '../texts';

export const engine: Translation<typeof en> = {
  'engine.sizeTier.standard': 'taille standard',
  'engine.sizeTier.oversize': 'hors gabarit',
  'engine.sizeTier.extraLarge': 'très grand format',
  'engine.handoverKind.pickup': 'enlèvement',
  'engine.handoverKind.dropoff': 'dépôt',
  'engine.explain.view':
    'Page consultée le {{at}} ({{timeZone}}) pour le code postal {{zip}} ({{state}}, ZIP3 {{zip3}}), colis $t(engine.sizeTier.{{tier}}).',
  'engine.explain.route':
    'De {{warehouse}} (ZIP3 {{fromZip3}}) vers le ZIP3 {{toZip3}} : {{miles}} miles, zone transporteur {{zone}}.',
  'engine.explain.cutoff':
    "Expédition le {{date}} : heure limite vendeur {{sellerCutoff}} moins {{lead}} min, soit l'heure limite client : {{customerCutoff}} à l'heure du client, {{warehouseTime}} à {{warehouse}}, pour $t(catalog.service.{{service}}).",
  'engine.explain.handoverPickup':
    "$t(catalog.service.{{service}}) enlève à {{time}} le {{date}}, premier enlèvement à l'heure limite ou après.",
  'engine.explain.handoverDropoff':
    'Les colis $t(catalog.service.{{service}}) sont déposés avant {{time}} le {{date}}.',
  'engine.explain.specialPlan':
    "Cette remise du $t(catalog.weekday.{{weekday}}) pour $t(catalog.service.{{service}}) repose sur un plan d'exploitation spécial : ses étiquettes sont achetées hors Achat de l'affranchissement.",
  'engine.explain.transitZone':
    '$t(catalog.service.{{service}}) met $t(unit.businessDay, {"count": {{days}} }) jusqu\'à la zone {{zone}} (valeur par défaut du catalogue, une hypothèse).',
  'engine.explain.transitOverride':
    '$t(catalog.service.{{service}}) met $t(unit.businessDay, {"count": {{days}} }) jusqu\'à {{dest}} (votre délai personnalisé ; zone {{zone}}).',
  'engine.explain.transitRegion':
    '$t(catalog.service.{{service}}) met $t(unit.businessDay, {"count": {{days}} }) $t(catalog.regionTo.{{region}}), qui a sa propre zone de transporteur plutôt qu\'une tranche de distance continentale (valeur par défaut du catalogue, une hypothèse).',
  'engine.explain.outsidePrime':
    "{{zip}} se trouve $t(catalog.placeIn.{{place}}), hors des régions Prime d'un modèle d'expédition standard par défaut (les modèles des vendeurs excluent d'ordinaire l'Alaska, Hawaï, Porto Rico et les territoires, et la couverture nationale porte sur les 48 États contigus + DC) : c'est la date d'une commande ordinaire, et la vitesse de livraison d'Amazon ne la compte pas.",
  'engine.explain.remoteInPrime':
    "{{zip}} se trouve $t(catalog.placeIn.{{place}}), que ce plan inclut dans ses régions Prime (les modèles des vendeurs l'excluent d'ordinaire) : ses pages vues comptent dans la vitesse de livraison d'Amazon avec cette promesse, mais la couverture nationale reste les 48 États contigus + DC.",
  'engine.explain.deliveryRolled':
    'Le transit se termine le {{from}}, jour sans livraison pour $t(catalog.service.{{service}}) ({{days}}) : livraison le {{to}}.',
  'engine.explain.chosen':
    'Seule option : $t(catalog.service.{{service}}) depuis {{warehouse}}, livraison le {{deliveryDate}}.',
  'engine.explain.chosenAmong':
    "La plus rapide des {{count}} options : $t(catalog.service.{{service}}) depuis {{warehouse}}, livraison le {{deliveryDate}} (à égalité, Achat de l'affranchissement puis le service le moins cher l'emportent).",
  'engine.explain.promise': 'Promesse : $t(unit.day, {"count": {{days}} }), du {{viewDate}} au {{deliveryDate}}.',
  'engine.skip.cutoffPassed': "{{date}} : l'heure limite client pour $t(catalog.service.{{service}}) est déjà passée.",
  'engine.skip.notOperating': "{{date}} : le $t(catalog.weekday.{{weekday}}) n'est pas un jour d'activité.",
  'engine.skip.noCutoff': '{{date}} : aucune heure limite de commande le $t(catalog.weekday.{{weekday}}).',
  'engine.skip.noHandover':
    '{{date}} : aucun enlèvement ni dépôt $t(catalog.service.{{service}}) le $t(catalog.weekday.{{weekday}}).',
  'engine.skip.handoverBeforeCutoff':
    "{{date}} : toutes les remises $t(catalog.service.{{service}}) du $t(catalog.weekday.{{weekday}}) ont lieu avant l'heure limite de {{cutoff}}.",
  'engine.skip.weekendNotOffered':
    '{{date}} : le transporteur ne propose aucun $t(engine.handoverKind.{{kind}}) le $t(catalog.weekday.{{weekday}}) pour $t(catalog.service.{{service}}).',
  'engine.skip.weekendNeedsPlan':
    "{{date}} : un $t(engine.handoverKind.{{kind}}) le $t(catalog.weekday.{{weekday}}) pour $t(catalog.service.{{service}}) exige un plan d'exploitation spécial avec le transporteur.",
  'engine.skip.closure': "{{date}} : l'entrepôt est fermé.",
  'engine.skip.warehouseHoliday': "{{date}} : jour férié de l'entrepôt ({{name}}).",
  'engine.skip.carrierHoliday': '{{date}} : $t(catalog.carrier.{{carrier}}) est fermé ({{name}}).',
  'engine.reason.unknownZip': 'Le code postal {{zip}} ne figure pas dans les données postales américaines.',
  'engine.reason.badViewTime': "« {{at}} » n'est pas une date et heure réelle (AAAA-MM-JJTHH:MM).",
  'engine.reason.noService': 'Aucun service activé ne peut livrer un colis $t(engine.sizeTier.{{tier}}) à {{zip}}.',
  'engine.alt.tierNotCarried': "N'accepte pas cette catégorie de taille.",
  'engine.alt.originUnknown': "Le code postal de l'entrepôt ne figure pas dans les données postales américaines.",
  'engine.alt.zoneCap': 'La destination dépasse la zone maximale de ce service.',
  'engine.alt.noShipDay': "Aucun jour d'expédition dans les 28 prochains jours.",
  'engine.alt.noDelivery': 'Aucun jour de livraison dans les 60 jours suivant la remise.',
  'engine.alt.notServed':
    "Ne livre pas cette destination : l'Alaska, Hawaï, Porto Rico et les territoires du Pacifique sont hors du réseau de ce service dans le catalogue (une hypothèse ; ajoutez un délai personnalisé si votre transporteur la dessert).",
  'engine.check.speed':
    '$t(engine.sizeTier.{{tier}}) : part des pages vues avec une promesse de $t(unit.day, {"count": {{days}} }) au plus',
  'engine.check.nationwide': 'Couverture nationale (48 États contigus + DC)',
  'engine.check.sixDayOperation': 'Activité six jours sur sept (lun.-sam. ou dim.-ven.)',
  'engine.check.sixDayDelivery': 'Livraison six jours sur sept',
  'engine.check.rounded': '{{exact}} (tableau de bord {{rounded}})',
  'engine.delivery.deliversOn': 'Les promesses livrent le : {{days}}.',
  'engine.delivery.deliversOnNone': 'Aucune promesse ne livre cette semaine.',
  'engine.delivery.missing.noService': 'Aucun des services qui expédient ne livre le {{day}}.',
  'engine.delivery.missing.neverPromised':
    '{{services}} peut livrer le {{day}}, mais aucune promesse de la semaine n’aboutit ce jour-là (jours d’expédition et transit ne l’atteignent jamais, ou un service plus rapide l’emporte).',
  'engine.sim.weightsDropped':
    'Poids de destination ignorés car leur code postal est inconnu ou hors des 48 États contigus + DC : {{count}}.',
  'engine.sim.weightsEmpty':
    'Les poids de destination personnalisés sont tous nuls : la population a été utilisée à la place.',
  'engine.sim.viewProfileEmpty':
    'Le profil de pages vues est entièrement nul : les vues ont été réparties uniformément sur la semaine.',
  'engine.sim.unservedZip3s': "Zones ZIP3 habitées sans aucune promesse d'un service activé : {{count}}.",
  'engine.sim.primeOffAllWeek':
    'Prime était désactivé pendant toute la période simulée : aucune page vue ne compte, toutes les parts sont donc à 0 %.',
  'engine.primeOff.excluded_one':
    'Prime désactivé : {{share}} des pages vues simulées tombent dans 1 période sans Prime et ne sont pas comptées (ni dans les parts ni dans leurs totaux, comme le mesure Amazon).',
  'engine.primeOff.excluded_other':
    'Prime désactivé : {{share}} des pages vues simulées tombent dans {{count}} périodes sans Prime et ne sont pas comptées (ni dans les parts ni dans leurs totaux, comme le mesure Amazon).',
  'engine.primeOff.noneInWeek_one':
    'Prime désactivé : la période sans Prime du plan est hors des dates simulées ; toutes les pages vues comptent.',
  'engine.primeOff.noneInWeek_other':
    'Prime désactivé : aucune des {{count}} périodes sans Prime du plan ne tombe dans les dates simulées ; toutes les pages vues comptent.',
  'engine.primeOff.typicalWeek_one':
    'Prime désactivé : la semaine type n’a pas de dates, la période sans Prime du plan n’est donc pas appliquée ; simulez une semaine réelle pour en retirer les pages vues.',
  'engine.primeOff.typicalWeek_other':
    'Prime désactivé : la semaine type n’a pas de dates, les {{count}} périodes sans Prime du plan ne sont donc pas appliquées ; simulez une semaine réelle pour en retirer les pages vues.',
  'engine.remotePrime.cost':
    'Les régions Prime incluent aussi {{regions}} ({{share}} des pages vues comptées, avec leurs propres promesses, plus longues). Taille standard en 2 jours ou moins : {{le2}} avec elles, {{alone}} pour les 48 États contigus + DC seuls : les inclure coûte {{delta}} des pages vues. La couverture nationale reste jugée sur les 48 États + DC.',
  'engine.remotePrime.gain':
    'Les régions Prime incluent aussi {{regions}} ({{share}} des pages vues comptées, avec leurs propres promesses). Taille standard en 2 jours ou moins : {{le2}} avec elles, {{alone}} pour les 48 États contigus + DC seuls : les inclure ajoute {{delta}} des pages vues. La couverture nationale reste jugée sur les 48 États + DC.',
  'engine.primeOff.atView':
    'Prime était désactivé à ce moment ({{start}} → {{end}}, {{timeZone}}) : Amazon ne compte pas cette page vue dans l’indicateur de rapidité de livraison.',
  'engine.assumption.typicalWeek':
    'Semaine type : une semaine ordinaire sans jours fériés ni fermetures (choisissez une semaine réelle pour les appliquer).',
  'engine.assumption.views':
    'Les pages vues suivent le profil par jour et heure locaux du client, uniformément dans chaque heure ; les destinations sont les ZIP3 des 48 États contigus + DC, pondérés par la population ou vos poids.',
  'engine.assumption.sizeTiers':
    'Les colis très grand format ne passent jamais par USPS (limite 70 lb / 130 po) ; les colis standard et hors gabarit peuvent utiliser tous les services.',
  'engine.assumption.coverage':
    'Un État est couvert quand chaque ZIP3 habité est desservi par un service actif en taille standard qui expédie, dans sa limite de zone (les régions Prime d’Amazon) ; la rapidité est montrée à part.',
  'engine.assumption.handover':
    "Un jour n'expédie avec un service que s'il a un enlèvement (ou un dépôt) à l'heure limite vendeur ou après ce jour-là.",
};
