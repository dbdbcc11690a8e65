import type { eligibility as en } from '../en/eligibility';
import type { Translation } from '../texts';

export const eligibility: Translation<typeof en> = {
  'eligibility.title': 'Éligibilité : période d’essai et maintien de Prime',
  'eligibility.intro':
    'Amazon évalue vos indicateurs chaque semaine, du dimanche au samedi : un premier manquement vaut un avertissement, un deuxième désactive vos offres Prime, un troisième révoque l’inscription. Cette page rejoue votre plan de nombreuses fois — commandes issues de vos promesses, enlèvements manqués, transporteurs parfois en retard — et indique la probabilité que chaque semaine passe, que l’essai réussisse et que Prime soit perdu.',
  'eligibility.form.label': 'Horizon à simuler',
  'eligibility.form.start': 'Début de la première semaine (un dimanche)',
  'eligibility.form.weeks': 'Semaines',
  'eligibility.form.runs': 'Horizons simulés',
  'eligibility.form.seed': 'Graine',
  'eligibility.form.run': 'Lancer',
  'eligibility.form.cancel': 'Annuler',
  'eligibility.form.help':
    'La même graine donne les mêmes chiffres. Plus d’horizons rendent les probabilités plus stables et prennent plus de temps.',
  'eligibility.progress': 'Simulation… {{percent}} %',
  'eligibility.cancelled': 'Annulé : aucun chiffre n’a été conservé.',
  'eligibility.error': 'La simulation n’a pas pu s’exécuter : {{message}}',
  'eligibility.stale': 'Le plan a changé depuis ces chiffres : relancez pour les mettre à jour.',
  'eligibility.assumptions':
    'Opérations et dispersion des délais : chiffres qui sont des valeurs par défaut (hypothèses) : {{count}}, par ex. la ponctualité ShipMatrix de décembre 2025. Saisissez les vôtres plus haut, dans « $t(eligibility.ops.title) ».',
  'eligibility.verdict.pass': 'Prime probablement conservé',
  'eligibility.verdict.risk': 'À risque',
  'eligibility.card.trial': 'Essai réussi',
  'eligibility.card.trialDetail': '{{days}} jours = {{weeks}} semaines évaluées, au moins {{minOrders}} commandes',
  'eligibility.card.revoked': 'Révoqué en {{weeks}} semaines',
  'eligibility.card.strikes': 'Avertissements attendus',
  'eligibility.card.runs': '{{runs}} horizons, graine {{seed}}, {{seconds}} s',
  'eligibility.chart.title': 'Semaine par semaine',
  'eligibility.chart.metric': 'Indicateur',
  'eligibility.chart.label':
    '{{metric}} par semaine : la bande contient 80 % des semaines simulées (p10 à p90), la ligne est la médiane ; la ligne pointillée est le seuil {{threshold}}.',
  'eligibility.chart.noThreshold': 'pas de seuil dans ce profil',
  'eligibility.table.label':
    'Chaque semaine : probabilité de réussite, livraison dans les délais et position sur l’échelle des avertissements',
  'eligibility.col.week': 'Semaine',
  'eligibility.col.start': 'Début',
  'eligibility.col.profile': 'Profil',
  'eligibility.col.pass': 'Semaine réussie',
  'eligibility.col.metric': '{{metric}} p10 / p50 / p90',
  'eligibility.col.warned': 'Averti',
  'eligibility.col.disabled': 'Offres désactivées',
  'eligibility.col.revoked': 'Révoqué',
  'eligibility.failing.title': 'Ce qui échoue',
  'eligibility.failing.none': 'Chaque indicateur atteint son seuil dans chaque semaine simulée.',
  'eligibility.failing.line':
    '{{metric}} : réussi dans {{share}} des horizons en semaine {{week}} (médiane {{p50}}, {{kind}} {{threshold}})',
  'eligibility.failing.min': 'cible au moins',
  'eligibility.failing.max': 'cible au plus',
  'eligibility.lanes.title': 'Voies à l’origine des retards',
  'eligibility.lanes.label': 'Voies par commandes en retard attendues',
  'eligibility.col.lane': 'Entrepôt et service',
  'eligibility.col.orders': 'Part des commandes',
  'eligibility.col.late': 'Retard attendu',
};
