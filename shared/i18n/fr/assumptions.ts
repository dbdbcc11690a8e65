import type { assumptions as en } from '../en/assumptions';
import type { Translation } from '../texts';

export const assumptions: Translation<typeof en> = {
  'assumptions.title': 'Hypothèses',
  'assumptions.intro':
    'Chaque valeur par défaut sur laquelle reposent les chiffres, sa source et si ce plan la remplace. Niveaux : A = page d’Amazon ou d’un transporteur, B = presse spécialisée ou jeu de données public, C = faible, une hypothèse à remplacer par vos propres chiffres.',
  'assumptions.tableLabel': 'Hypothèses derrière les chiffres',
  'assumptions.col.topic': 'Hypothèse',
  'assumptions.col.value': 'Ce qu’utilise ShipWeek',
  'assumptions.col.source': 'Source',
  'assumptions.col.grade': 'Niveau',
  'assumptions.col.status': 'Dans ce plan',
  'assumptions.status.default': 'Par défaut',
  'assumptions.status.overridden': 'La vôtre',
  'assumptions.status.rule': 'Règle',
  'assumptions.count': 'Hypothèses : {{total}} ; remplacées par ce plan : {{overridden}}.',
  'assumptions.day.mon': 'lun.',
  'assumptions.day.tue': 'mar.',
  'assumptions.day.wed': 'mer.',
  'assumptions.day.thu': 'jeu.',
  'assumptions.day.fri': 'ven.',
  'assumptions.day.sat': 'sam.',
  'assumptions.day.sun': 'dim.',
  'assumptions.topic.zones': 'Zones de transport',
  'assumptions.topic.transit': 'Jours de transit par zone',
  'assumptions.topic.deliveryDays': 'Jours de livraison des transporteurs',
  'assumptions.topic.holidays': 'Jours fériés des transporteurs',
  'assumptions.topic.cutoffLead': 'Heure limite affichée aux clients',
  'assumptions.topic.primeRegions': 'Alaska, Hawaï, Porto Rico, territoires',
  'assumptions.topic.coverage': 'Couverture nationale',
  'assumptions.topic.sixDayDelivery': 'Livraison six jours sur sept',
  'assumptions.topic.measuring': 'Mesure de la rapidité',
  'assumptions.topic.week': 'Semaine simulée',
  'assumptions.topic.viewProfile': 'Quand les clients consultent',
  'assumptions.topic.destinations': 'Où sont les clients',
  'assumptions.topic.sizeMix': 'Répartition par taille',
  'assumptions.topic.costs': 'Coûts (Ce qu’il faut faire)',
  'assumptions.topic.transitSpread': 'Colis en retard (Éligibilité)',
  'assumptions.topic.operations': 'Exploitation (Éligibilité)',
  'assumptions.value.noService': 'Aucun service n’est activé.',
  'assumptions.value.zones':
    'Zone d’après la distance à vol d’oiseau entre les centres de population ZIP3 de l’entrepôt et du client : zone 1 jusqu’à 50 miles … zone 8 au-delà de 1 800 miles.',
  'assumptions.value.transit': 'Jours ouvrés, de la zone 1 à la zone 8 : {{services}}.',
  'assumptions.value.deliveryDays': '{{services}}',
  'assumptions.value.holidays':
    'Calendriers intégrés, calculés pour toute année : {{ups}} jours pour UPS et FedEx et {{usps}} jours pour USPS en {{year}} (jours fériés fédéraux, avec leur report du week-end).',
  'assumptions.value.cutoffLead':
    'Les clients voient l’heure limite de commande {{minutes}} minutes avant celle du vendeur.',
  'assumptions.value.primeRegions':
    'Hors des régions Prime : leurs pages vues ne sont pas mesurées (les modèles des vendeurs les excluent d’ordinaire). Incluses, elles comptent dans la vitesse avec leurs propres promesses, plus longues ; la couverture reste les 48 États contigus + DC.',
  'assumptions.value.coverage':
    'Un État des 48 États contigus + DC est couvert quand chacun de ses ZIP3 peuplés est desservi par un service actif en taille standard qui expédie, dans sa limite de zone. La rapidité est montrée à part (par État, en 2 et en 5 jours).',
  'assumptions.value.sixDayDelivery':
    'Les promesses en taille standard de la semaine simulée livrent au moins {{days}} jours différents de la semaine (les dates promises, pas ce que les services pourraient faire).',
  'assumptions.value.measuring':
    'Part des pages vues selon les jours calendaires entre la page vue et la date promise (≤ 1 et ≤ 2 jours cumulés), sur toutes les pages vues de la semaine ; l’arrondi et les périodes sont décrits avec les contrôles.',
  'assumptions.value.week':
    'Une semaine type sans jours fériés ni fermetures, sauf si vous choisissez sur la page Simulation une semaine réelle (Amazon juge du dimanche au samedi), plusieurs semaines jugées ensemble ou une plage de dates ; la période retenue est nommée au-dessus des chiffres et sur la couverture du rapport.',
  'assumptions.value.viewProfile':
    'Pages vues par jour et heure locaux du client : un pic en soirée et une forme propre au week-end.',
  'assumptions.value.destinations': 'Chaque ZIP3 des 48 États contigus + DC, pondéré par sa population.',
  'assumptions.value.sizeMix':
    '{{standard}} taille standard, {{oversize}} hors gabarit, {{extraLarge}} très grand format.',
  'assumptions.value.costs':
    '{{orders}} commandes Prime par semaine ; étiquettes aux niveaux des tarifs publics ; personnel {{weekday}} par jour de semaine et {{weekend}} par jour de week-end ; passage d’enlèvement le week-end {{pickup}} ; plan d’exploitation spécial {{plan}} par semaine.',
  'assumptions.value.transitSpread':
    'À l’heure en décembre : UPS {{ups}}, FedEx {{fedex}}, USPS {{usps}} ; les autres mois deux fois moins de retards ; colis en retard {{shape}} d’un / deux / trois jours.',
  'assumptions.value.operations':
    '{{missed}} d’enlèvements manqués, {{cancel}} d’annulations, {{buy}} des étiquettes par l’Achat de l’affranchissement, {{tracking}} de suivi valide, {{otdr}} d’étiquettes protégées OTDR.',
  'assumptions.source.zones':
    'Approximation par ShipWeek des grilles de zones des transporteurs (propres à chaque ZIP3 de départ).',
  'assumptions.source.transit':
    'Cartes de délais publiées par service ; pas des garanties des transporteurs. Saisissez des délais personnalisés ou importez un fichier de délais pour les remplacer.',
  'assumptions.source.deliveryDays':
    'Guides de service des transporteurs : livraison UPS Ground le samedi aux particuliers dans certaines villes seulement (gardé du lun. au ven.), FedEx Home Delivery du mar. au sam., livraison USPS le samedi.',
  'assumptions.source.holidays':
    'Jours fériés fédéraux 2026–2027 et calendriers des transporteurs ; ajoutez vos fermetures dans le Planning hebdomadaire.',
  'assumptions.source.cutoffLead':
    'Règles du programme SFP d’Amazon : heure limite client = heure limite vendeur − 1 heure.',
  'assumptions.source.primeRegions':
    'Amazon SFP : les régions Prime des modèles d’expédition de taille standard couvrent les 48 États contigus + DC ; inclure d’autres régions est le choix du vendeur (Semaine type → Régions Prime).',
  'assumptions.source.coverage':
    'SFP d’Amazon : les régions Prime des modèles d’expédition en taille standard doivent couvrir les 48 États contigus + DC ; l’automatisation des régions peut les limiter par zone de livraison.',
  'assumptions.source.sixDayDelivery':
    'Exigences du programme SFP d’Amazon : livraison six jours sur sept en taille standard.',
  'assumptions.source.measuring':
    'Définition de la rapidité de livraison par Amazon (Seller Central, performances SFP).',
  'assumptions.source.week': 'Choix d’affichage de ShipWeek ; non enregistré dans le plan.',
  'assumptions.source.viewProfile':
    'Hypothèse de ShipWeek, pas des données d’Amazon : importez votre propre profil de trafic pour la remplacer.',
  'assumptions.source.destinations': 'SimpleMaps US ZIP codes (population d’après l’ACS, CC BY 4.0).',
  'assumptions.source.sizeMix': 'Répartition de l’exemple ShipWeek ; indiquez la vôtre dans le fichier de paramètres.',
  'assumptions.source.costs':
    'Niveaux des tarifs publics 2025, frais de passage UPS le samedi 9 $ (2017, presse spécialisée), hypothèses de personnel : remplacez-les par vos chiffres (CSV des coûts d’étiquettes, modèle de coûts).',
  'assumptions.source.transitSpread':
    'Taux de ponctualité ShipMatrix de décembre 2025 (presse spécialisée) ; les autres mois et la répartition des retards sont des hypothèses de ShipWeek.',
  'assumptions.source.operations':
    'Hypothèses de ShipWeek ; indiquez les vôtres dans la partie operations du fichier de paramètres.',
  'assumptions.override.primeRegions': 'Inclus dans vos régions Prime : {{regions}}.',
  'assumptions.override.transit':
    'Délais de transit personnalisés : {{count}} (prioritaires pour leur service et leur destination).',
  'assumptions.override.holidays':
    'Votre calendrier — jours fériés et fermetures ajoutés : {{count}} ; jours de fermeture d’entrepôt : {{closures}} ; jours intégrés rouverts : {{reopened}}.',
  'assumptions.override.deliveryDays.listed': 'Livraison le week-end ajoutée par vous : {{listed}}.',
  'assumptions.override.deliveryDays.defaultArea':
    'Livraison le week-end ajoutée par vous, là où c’est proposé (zone par défaut de ShipWeek, une hypothèse) : {{defaultArea}}.',
  'assumptions.override.deliveryDays.both':
    'Livraison le week-end ajoutée par vous : {{listed}} ; et là où c’est proposé (zone par défaut de ShipWeek, une hypothèse) : {{defaultArea}}.',
  'assumptions.override.cutoffLead': 'Votre délai : {{list}}.',
  'assumptions.override.viewProfile': 'Votre propre profil de trafic.',
  'assumptions.override.destinations': 'Votre propre demande, codes ZIP : {{count}}.',
  'assumptions.override.sizeMix':
    'La vôtre : {{standard}} taille standard, {{oversize}} hors gabarit, {{extraLarge}} très grand format.',
  'assumptions.override.costs':
    'Votre modèle de coûts : {{orders}} commandes par semaine ; tarifs d’étiquettes à vous : {{rates}}.',
  'assumptions.override.transitSpread': 'Lignes de dispersion des délais à vous : {{count}}.',
  'assumptions.override.operations': 'Chiffres d’exploitation à vous : {{count}}.',
};
