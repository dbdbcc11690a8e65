import type { eligibilityPlan as en } from '../en/eligibilityPlan';
import type { Translation } from '../texts';

export const eligibilityPlan: Translation<typeof en> = {
  'eligibility.tradeOff.title': 'Promettre vite ou livrer à temps',
  'eligibility.tradeOff.why': 'Pourquoi ?',
  'eligibility.tradeOff.intro':
    'Le plan tel quel (ligne 1), puis le même plan promettant un jour de transport de plus avec un service à la fois. Des promesses plus rapides font monter les parts de vitesse visées par Amazon ; des promesses que le transporteur ne tient pas font baisser le taux de livraisons dans les délais, ce qui peut coûter Prime.',
  'eligibility.tradeOff.whyRows':
    'Chaque ligne après la première allonge d’un jour la promesse d’un service, comme si vous ajoutiez un jour de transport à ce service dans votre modèle d’expédition. Le transport lui-même ne change pas : le colis voyage comme avant, il a simplement un jour de plus pour arriver.',
  'eligibility.tradeOff.whyMeasures':
    'La vitesse est la mesure d’Amazon : la part des vues de pages de taille standard promises en 1 ou 2 jours, en moyenne sur les semaines ci-dessus. « Dans les délais » est la part attendue des commandes livrées au plus tard le jour promis — d’après la dispersion des délais (la fréquence des retards d’un jour ou plus de chaque transporteur, par zone et par mois) et la part des commandes qui manquent leur enlèvement — avant la protection OTDR.',
  'eligibility.tradeOff.whyFall':
    'Un jour de plus sur un service souvent en retard fait monter les livraisons dans les délais et baisser la vitesse. Elles peuvent aussi baisser : quand la promesse d’un service ralentit, un autre service peut désormais fixer la promesse de ces commandes, et s’il est plus souvent en retard, moins de commandes arrivent à temps.',
  'eligibility.tradeOff.asItIs': 'Le plan tel quel',
  'eligibility.tradeOff.slower': '+1 jour sur {{service}}',
  'eligibility.tradeOff.points': '{{points}} pts',
  'eligibility.tradeOff.tableLabel':
    'Vitesse et livraisons dans les délais attendues, pour le plan et chaque service ralenti',
  'eligibility.tradeOff.col.plan': 'Plan',
  'eligibility.tradeOff.col.orders': 'Commandes sur le service',
  'eligibility.tradeOff.col.le1': 'En 1 jour',
  'eligibility.tradeOff.col.le2': 'En 2 jours',
  'eligibility.tradeOff.col.onTime': 'Dans les délais (attendu)',
  'eligibility.tradeOff.idle':
    'Services sans commande sur ces semaines (un jour de plus n’y change rien) : {{services}}.',
  'eligibility.tradeOff.chartLabel':
    'Chaque plan numéroté du tableau : vitesse en 2 jours en abscisse, livraisons dans les délais attendues en ordonnée ; les lignes pointillées sont les objectifs',
  'eligibility.tradeOff.chartCaption':
    'Les numéros sont les lignes du tableau. En haut, plus de livraisons dans les délais ; à droite, plus rapide ; les pointillés sont le seuil des délais et l’objectif en 2 jours.',
  'eligibility.tradeOff.targets':
    'Seuil de livraisons dans les délais de la politique : {{onTime}}. Objectif en 2 jours, taille standard : {{speed}}.',
  'eligibility.ops.title': 'Le fonctionnement de l’entrepôt et les délais réels des transporteurs',
  'eligibility.ops.intro':
    'L’horizon tire chaque commande de ces chiffres. Saisissez les vôtres (WMS, Seller Central, rapports des transporteurs) : chacun est enregistré pendant la saisie ; laissez un champ vide pour utiliser la valeur par défaut qu’il indique. Les taux sont des pourcentages de commandes : un enlèvement manqué part au jour d’expédition suivant, les annulations sont les vôtres, l’Achat de l’affranchissement et la protection OTDR sont des parts d’étiquettes (une étiquette protégée livrée en retard ne compte pas contre le taux de livraisons dans les délais).',
  'eligibility.ops.weeklyOrders': 'Commandes Prime / semaine',
  'eligibility.ops.missedPickupShare': 'Enlèvements manqués (%)',
  'eligibility.ops.cancellationRate': 'Annulations (%)',
  'eligibility.ops.buyShippingShare': 'Achat de l’affranchissement (%)',
  'eligibility.ops.validTrackingRate': 'Suivi valide (%)',
  'eligibility.ops.otdrProtectedShare': 'Protégées OTDR (%)',
  'eligibility.ops.origin.settings': 'Votre chiffre.',
  'eligibility.ops.origin.costModel': 'Vide : {{value}} d’après le modèle de coûts.',
  'eligibility.ops.origin.default': 'Vide : {{value}}, une hypothèse.',
  'eligibility.ops.defaultIs': 'Votre chiffre (par défaut {{value}} %).',
  'eligibility.ops.usingDefault': 'Vide : {{value}} %, une hypothèse.',
  'eligibility.disruption.title': 'Semaines de perturbation des transporteurs (scénario)',
  'eligibility.disruption.none':
    'Aucune semaine perturbée : les transporteurs suivent la dispersion des délais. Ajoutez une semaine où vous prévoyez une tempête ou un retard après un jour férié pour voir l’effet sur les livraisons à l’heure.',
  'eligibility.disruption.intro':
    'Votre hypothèse, pas une valeur par défaut : dans chaque fenêtre dimanche–samedi listée, la part indiquée des colis du transporteur choisi met les jours en plus, au-delà de la dispersion des délais, pour les commandes qu’Amazon compte cette semaine-là.',
  'eligibility.disruption.tableLabel': 'Semaines de perturbation des transporteurs de ce plan',
  'eligibility.disruption.col.start': 'Semaine du (dimanche)',
  'eligibility.disruption.col.carriers': 'Transporteurs',
  'eligibility.disruption.col.extraDays': 'Jours en plus',
  'eligibility.disruption.col.share': 'Colis retardés',
  'eligibility.disruption.col.reason': 'Cause',
  'eligibility.disruption.plusDays_one': '+{{count}} jour',
  'eligibility.disruption.plusDays_other': '+{{count}} jours',
  'eligibility.disruption.shareLabel': 'Semaine {{index}} : colis retardés (%)',
  'eligibility.disruption.startLabel': 'Semaine {{index}} : dimanche',
  'eligibility.disruption.startHelp': 'AAAA-MM-JJ, un dimanche.',
  'eligibility.disruption.badDate': 'Saisissez le dimanche au format AAAA-MM-JJ (par ex. 2026-12-20).',
  'eligibility.disruption.clash':
    'La semaine du {{date}} est déjà listée pour ce transporteur : modifiez plutôt cette entrée.',
  'eligibility.disruption.add': 'Ajouter une semaine perturbée',
  'eligibility.disruption.remove': 'Retirer la semaine perturbée {{index}}',
  'eligibility.spread.title': 'Dispersion des délais de transport',
  'eligibility.spread.none':
    'Aucune ligne à vous : l’horizon utilise les valeurs par défaut sourcées (taux de ponctualité ShipMatrix de décembre 2025 par transporteur ; les autres mois et la forme des retards sont des hypothèses). Ajoutez une ligne pour les remplacer pour un service, une zone ou un mois, ou importez un CSV ou un fichier EasyPost SmartRate depuis la page Rapports.',
  'eligibility.spread.intro':
    'Vos lignes remplacent les valeurs par défaut pour le service, la zone et le mois qu’elles nomment (une ligne pour une zone ou un mois l’emporte sur une ligne « toutes »). Les parts sont le pourcentage de colis qui mettent 0, 1, 2… jours ouvrés du transporteur.',
  'eligibility.spread.tableLabel': 'Lignes de dispersion des délais de ce plan',
  'eligibility.spread.col.service': 'Service',
  'eligibility.spread.col.zone': 'Zone',
  'eligibility.spread.col.month': 'Mois',
  'eligibility.spread.col.shares': 'Colis par jour de transport (%)',
  'eligibility.spread.allZones': 'Toutes les zones',
  'eligibility.spread.allMonths': 'Tous les mois',
  'eligibility.spread.add': 'Ajouter une ligne de dispersion',
  'eligibility.spread.remove': 'Supprimer la ligne de dispersion {{index}}',
  'eligibility.spread.sharesLabel': 'Ligne {{index}} : % en 0 / 1 / 2… jours',
  'eligibility.spread.sharesHelp': 'Séparez les jours par « / » ; le total doit faire 100.',
  'eligibility.sharesText.empty':
    'Saisissez le pourcentage de colis pour chaque jour de transport, à partir du jour 0.',
  'eligibility.sharesText.tooManyDays': '{{count}} jours saisis ; au plus {{max}} (0 à 15 jours).',
  'eligibility.sharesText.notANumber': '« {{value}} » (jour {{day}}) n’est pas un pourcentage de 0 à 100.',
  'eligibility.sharesText.above100': '{{value}} (jour {{day}}) dépasse 100 %.',
  'eligibility.sharesText.sum': 'Le total fait {{sum}} % ; il doit faire 100 %.',
  'eligibility.spread.month.1': 'janvier',
  'eligibility.spread.month.2': 'février',
  'eligibility.spread.month.3': 'mars',
  'eligibility.spread.month.4': 'avril',
  'eligibility.spread.month.5': 'mai',
  'eligibility.spread.month.6': 'juin',
  'eligibility.spread.month.7': 'juillet',
  'eligibility.spread.month.8': 'août',
  'eligibility.spread.month.9': 'septembre',
  'eligibility.spread.month.10': 'octobre',
  'eligibility.spread.month.11': 'novembre',
  'eligibility.spread.month.12': 'décembre',
  'eligibility.smartRate.intro':
    'Ou importez une réponse EasyPost SmartRate (JSON, de GET /shipments/:id/smartrate, un fichier par trajet, plusieurs envois du trajet dans un tableau) : ses percentiles de jours de transport deviennent des lignes pour la zone choisie et remplacent vos lignes du même service, de la même zone et du même mois.',
  'eligibility.smartRate.zone': 'Lignes pour la zone',
  'eligibility.smartRate.choose': 'Importer un JSON SmartRate…',
  'eligibility.smartRate.done_one': '{{count}} ligne importée de {{file}} (zone : {{zone}}).',
  'eligibility.smartRate.done_other': '{{count}} lignes importées de {{file}} (zone : {{zone}}).',
  'eligibility.smartRate.skipped': 'Ignorés, non modélisés par ShipWeek : {{services}}.',
  'eligibility.smartRate.refused': '{{file}} n’a pas été importé ; rien n’a changé :',
  'eligibility.smartRate.at': '{{path}} : {{message}}',
  'eligibility.smartRate.tooLarge': 'le fichier dépasse {{limit}} octets',
  'eligibility.smartRate.notJson': 'ce n’est pas du JSON ({{message}})',
  'eligibility.smartRate.shape':
    'ce n’est pas une réponse SmartRate : attendu {"result": [tarifs…]}, un tableau de tarifs ou un tableau de réponses',
  'eligibility.smartRate.notAnObject': 'un tarif doit être un objet',
  'eligibility.smartRate.missing': '« {{field}} » manque',
  'eligibility.smartRate.badDays': '{{value}} n’est pas un nombre de jours de transport de 0 à 15',
  'eligibility.smartRate.decreasing':
    '{{field}} vaut {{value}} jours, moins que le percentile précédent ({{previous}}) : les percentiles ne peuvent pas diminuer',
  'eligibility.smartRate.duplicate': '{{service}} apparaît deux fois dans une même réponse (aussi en {{other}})',
  'eligibility.smartRate.noRates': 'la réponse ne contient aucun tarif',
  'eligibility.smartRate.noKnownService': 'aucun de ses {{count}} tarifs n’est un service modélisé par ShipWeek',
  'eligibility.smartRate.tooLong':
    'le 99e percentile ({{days}} jours) ne laisse pas de place dans 15 jours de transport',
  'eligibility.smartRate.tooMany': 'plus de {{limit}} lignes de dispersion',
};
