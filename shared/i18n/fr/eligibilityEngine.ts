import type { eligibilityEngine as en } from '../en/eligibilityEngine';
import type { Translation } from '../texts';

export const eligibilityEngine: Translation<typeof en> = {
  'eligibility.spreadCsv.rowField': 'ligne {{row}}, champ « {{field}} » : {{message}}',
  'eligibility.spreadCsv.row': 'ligne {{row}} : {{message}}',
  'eligibility.spreadCsv.file': 'fichier : {{message}}',
  'eligibility.spreadCsv.tooLarge': 'le fichier fait {{size}} octets ; la limite est de {{limit}} octets',
  'eligibility.spreadCsv.tooManyRows': 'le fichier a plus de {{limit}} lignes',
  'eligibility.spreadCsv.empty': 'le fichier est vide',
  'eligibility.spreadCsv.noDataRows': 'le fichier a un en-tête mais aucune ligne de données',
  'eligibility.spreadCsv.unterminatedQuote': 'un champ entre guillemets ouvert sur cette ligne n’est jamais fermé',
  'eligibility.spreadCsv.textAfterQuote': 'texte inattendu après un guillemet fermant',
  'eligibility.spreadCsv.missingColumn':
    'l’en-tête n’a pas de colonne « {{column}} » (attendu : service,zone,days,share ou service,zone,p50,p75,p90,p95,p99)',
  'eligibility.spreadCsv.noFormat':
    'l’en-tête n’a ni colonnes days,share ni colonnes de centiles (p50, p75, p90, p95, p99…)',
  'eligibility.spreadCsv.bothFormats':
    'l’en-tête a à la fois des colonnes days,share et des centiles : un seul format par fichier',
  'eligibility.spreadCsv.duplicateColumn': 'la colonne « {{column}} » apparaît deux fois dans l’en-tête',
  'eligibility.spreadCsv.missingField': 'valeur manquante',
  'eligibility.spreadCsv.formula': '{{value}} est une formule de tableur, pas une valeur',
  'eligibility.spreadCsv.unknownService': 'service inconnu {{value}}',
  'eligibility.spreadCsv.unknownServiceSuggest': 'service inconnu {{value}} (vouliez-vous dire « {{suggestion}} » ?)',
  'eligibility.spreadCsv.ambiguousService': 'le service {{value}} est ambigu : écrivez l’un de {{choices}}',
  'eligibility.spreadCsv.badZone':
    '{{value}} n’est pas une zone de transporteur de 1 à 8 (laissez vide ou écrivez « all » pour toutes les zones)',
  'eligibility.spreadCsv.badMonth': '{{value}} n’est pas un mois de 1 à 12 (laissez vide pour tous les mois)',
  'eligibility.spreadCsv.badDays': '{{value}} n’est pas un nombre entier de jours de transit de 0 à {{max}}',
  'eligibility.spreadCsv.badShare': '{{value}} n’est pas une part de 0 à 1 (écrivez 0.05 ou 5%)',
  'eligibility.spreadCsv.negative': '{{value}} est négatif ; parts et jours valent 0 ou plus',
  'eligibility.spreadCsv.badPercentile': '{{value}} n’est pas un nombre de jours de transit de 0 à {{max}}',
  'eligibility.spreadCsv.decreasing':
    '{{higher}} ({{higherValue}} jours) est inférieur à {{lower}} ({{lowerValue}} jours) : les centiles ne doivent pas décroître',
  'eligibility.spreadCsv.tailTooLong': 'les colis les plus lents prendraient {{days}} jours ; la limite est {{max}}',
  'eligibility.spreadCsv.sumNotOne':
    'les parts de {{service}}, zone {{zone}}, mois {{month}} totalisent {{sum}}, pas 1 (tolérance {{tolerance}})',
  'eligibility.spreadCsv.repeatedDay':
    '{{service}}, zone {{zone}}, mois {{month}}, {{days}} jours est déjà donné à la ligne {{otherRow}}',
  'eligibility.spreadCsv.repeatedKey':
    '{{service}}, zone {{zone}}, mois {{month}} est déjà donné à la ligne {{otherRow}}',
  'eligibility.error.weeks': '--weeks doit être un nombre entier de semaines de 1 à {{max}} (reçu {{value}})',
  'eligibility.error.runs': '--runs doit être un nombre entier de 1 à {{max}} (reçu {{value}})',
  'eligibility.error.seed': '--seed doit être un nombre entier de 0 à 4294967295 (reçu {{value}})',
  'eligibility.error.start': '--start doit être une date AAAA-MM-JJ (reçu {{value}})',
  'eligibility.error.startDay.sun':
    '--start {{value}} n’est pas un dimanche : Amazon évalue des semaines du dimanche au samedi',
  'eligibility.error.startDay.mon':
    '--start {{value}} n’est pas un lundi : ce profil évalue des semaines à partir du lundi',
  'eligibility.error.badSpread':
    '{{file}} : CSV de dispersion des délais de transit invalide ($t(unit.problem, {"count": {{count}} })) :',
  'eligibility.metric.onTimeDelivery': 'Livraison dans les délais',
  'eligibility.metric.onTimeShipment': 'Expédition dans les délais',
  'eligibility.metric.lateShipment': 'Expéditions en retard',
  'eligibility.metric.cancellation': 'Annulations',
  'eligibility.metric.buyShipping': 'Achat de l’affranchissement',
  'eligibility.metric.validTracking': 'Suivi valide',
  'eligibility.metric.speed': '$t(policy.tier.{{tier}}) en $t(unit.day, {"count": {{days}} }) ou moins',
  'eligibility.state.enrolled': 'inscrit',
  'eligibility.state.warning': 'averti',
  'eligibility.state.offersDisabled': 'offres désactivées',
  'eligibility.state.revoked': 'révoqué',
  'cli.help.eligibility':
    'Usage : shipweek eligibility <fichier> [--weeks 13] [--runs N] [--seed N] [--start <AAAA-MM-JJ>] [--transit-spread <csv>] [--policy <id>] [--trade-off] [--json]\n\nLe plan passera-t-il la période d’essai et gardera-t-il Prime ? Un Monte Carlo à graine sur des évaluations hebdomadaires du dimanche au samedi : commandes tirées des promesses du plan, enlèvements manqués, transit tiré de la dispersion des délais (en retard ou à l’heure), annulations, Achat de l’affranchissement, suivi ; chaque semaine jugée par le profil de règles (haute saison selon les dates) et l’échelle des manquements (avertissement, offres désactivées, révocation).\n--weeks : horizon, 1 à 520 (13 par défaut). --runs : horizons simulés (2000 par défaut). --seed : graine du générateur (1 par défaut ; même graine, mêmes chiffres). --start : le premier dimanche (par défaut le prochain dimanche à partir d’aujourd’hui). --transit-spread : un CSV service,zone,days,share ou service,zone,p50,p75,p90,p95,p99 (colonne month facultative) qui remplace la dispersion des paramètres. --trade-off : aussi le plan avec un jour de transit promis en plus par service, vitesse de livraison contre livraison à l’heure attendue.\nCode de sortie 0 si l’essai passe dans au moins 95 % des tirages et si la révocation sur l’horizon est d’au plus 5 %, 1 sinon (à risque), 2 en cas d’entrée invalide.',
  'cli.eligibility.title':
    'Éligibilité de « {{name}} » selon le profil {{policyId}} : $t(unit.week, {"count": {{weeks}} }) à partir du {{start}} ({{runs}} tirages, graine {{seed}})',
  'cli.eligibility.operations':
    'Opérations : {{orders}} commandes par semaine{{ordersNote}} ; enlèvements manqués {{missed}}, annulations {{cancelled}}, Achat de l’affranchissement {{buyShipping}}, suivi valide {{tracking}}, étiquettes protégées OTDR {{protected}}{{assumed}}.',
  'cli.eligibility.ordersFromCostModel': ' (modèle de coûts)',
  'cli.eligibility.assumed':
    ' — les chiffres marqués * sont des hypothèses (valeurs par défaut) : mettez les vôtres dans « operations » des paramètres',
  'cli.eligibility.spreadDefault':
    'Dispersion des délais : valeurs par défaut (ponctualité ShipMatrix de décembre 2025 en décembre, hypothèses sinon) ; importez la vôtre avec --transit-spread.',
  'cli.eligibility.spreadSettings':
    'Dispersion des délais : celle du fichier de paramètres ($t(unit.row, {"count": {{count}} })).',
  'cli.eligibility.spreadFile': 'Dispersion des délais : {{file}} ($t(unit.row, {"count": {{count}} })).',
  'eligibility.disruption.reason.weather': 'météo',
  'eligibility.disruption.reason.carrierHoliday': 'retard d’après jour férié du transporteur',
  'eligibility.disruption.allCarriers': 'tous les transporteurs',
  'cli.eligibility.disruptionTitle':
    'Perturbations des transporteurs selon « operations.disruption » des paramètres (votre hypothèse, pas une valeur par défaut) :',
  'cli.eligibility.disruptionLine':
    'semaine {{week}} ({{start}}) : {{share}} des colis de {{carriers}} mettent $t(unit.day, {"count": {{days}} }) de plus que la dispersion ({{reason}}){{note}}',
  'cli.eligibility.disruptionOutside': 'Semaines perturbées hors de cet horizon, non simulées : {{dates}}.',
  'cli.eligibility.week': 'Semaine',
  'cli.eligibility.start': 'Début',
  'cli.eligibility.policy': 'Profil',
  'cli.eligibility.pass': 'Réussite',
  'cli.eligibility.onTime': 'Livraison à l’heure p10-p90',
  'cli.eligibility.revoked': 'Révoqué',
  'cli.eligibility.failingTitle': 'Indicateurs en échec dans certains tirages (pire semaine) :',
  'cli.eligibility.failingLine':
    '{{metric}} : réussi dans {{share}} des tirages en semaine {{week}} (p50 {{p50}}, {{kind}} {{threshold}})',
  'cli.eligibility.min': 'minimum',
  'cli.eligibility.max': 'maximum',
  'cli.eligibility.noneFailing': 'Chaque indicateur atteint son seuil dans chaque tirage.',
  'cli.eligibility.lanesTitle': 'Voies par livraisons en retard attendues :',
  'cli.eligibility.laneLine':
    '{{warehouse}} · $t(catalog.service.{{service}}) : {{orders}} des commandes, {{late}} en retard',
  'cli.eligibility.trial':
    'Période d’essai ({{days}} jours = {{weeks}} semaines évaluées, au moins {{minOrders}} commandes) : réussie dans {{share}} des tirages.',
  'cli.eligibility.revokedWithin':
    'Révoqué dans un délai de $t(unit.week, {"count": {{weeks}} }) : {{share}} des tirages ; manquements attendus : {{strikes}}.',
  'cli.eligibility.verdictPass': 'Verdict : PRIME PROBABLEMENT CONSERVÉ (essai ≥ 95 %, révocation ≤ 5 %).',
  'cli.eligibility.verdictRisk': 'Verdict : À RISQUE (essai sous 95 % ou révocation au-dessus de 5 %).',
  'cli.eligibility.tradeOffTitle':
    'Promettre vite ou livrer à l’heure (taille standard, espérance sur les mêmes semaines) :',
  'cli.eligibility.tradeOffChange': 'Plan',
  'cli.eligibility.tradeOffOnTime': 'À l’heure (espérance)',
  'cli.eligibility.tradeOffBase': 'tel quel',
  'cli.eligibility.tradeOffSlower': '+1 jour sur $t(catalog.service.{{service}}) ({{share}} des commandes)',
};
