import type { policy as en } from '../en/policy';
import type { Translation } from '../texts';

export const policy: Translation<typeof en> = {
  'policy.name.sfp-help-page': 'Page d’aide Prime Expédié par le vendeur (heures limites et régions seulement)',
  'policy.name.us-2021': 'Programme SFP États-Unis 2021',
  'policy.name.us-speed-30-74': 'Programme SFP États-Unis, objectifs de vitesse ultérieurs (30 % / 74 %)',
  'policy.name.us-2026-07': 'Programme SFP États-Unis à partir du 6 juillet 2026',
  'policy.name.us-peak-2024': 'Programme SFP États-Unis, haute saison du 24 nov. 2024 au 4 janv. 2025',
  'policy.description.sfp-help-page':
    'Page d’aide d’Amazon : heure limite en semaine pas avant 14:00, heure limite du samedi dès 10:30, régions Prime de taille standard couvrant les 48 États contigus et le District de Columbia. Ni seuils ni objectifs de vitesse.',
  'policy.description.us-2021':
    'Programme américain 2021 : expédition dans les délais ≥ 99 %, Achat de l’affranchissement ≥ 99 %, annulations ≤ 0,5 %, livraison dans les délais ≥ 97 % ; couverture nationale, opérations et livraison six jours sur sept, enlèvements à 16:00 ou plus tard ; 20 % des pages vues livrées en 1 jour, 55 % en 2 jours.',
  'policy.description.us-speed-30-74':
    'Objectifs ultérieurs (sources secondaires) : taille standard 30 % en 1 jour / 74 % en 2 jours, hors gabarit 17 % / 63 % ; livraison dans les délais ≥ 93,5 %, suivi valide ≥ 99 %, expéditions en retard < 4 % ; avec les règles d’heure limite de la page d’aide.',
  'policy.description.us-2026-07':
    'À partir du 6 juillet 2026 : taille standard 40 % en 1 jour, 75 % en 2 jours, 90 % en 5 jours ; hors gabarit 15 % en 1 jour, 80 % en 5 jours ; très grand format 25 % en 2 jours, 60 % en 5 jours. Avec les règles d’heure limite de la page d’aide et les exigences du programme.',
  'policy.description.us-peak-2024':
    'Haute saison du 24 novembre 2024 au 4 janvier 2025 (objectifs assouplis) : taille standard 20 % en 1 jour, 45 % en 2 jours ; hors gabarit 5 % / 30 % ; très grand format 15 % en 2 jours ; seuils de santé du compte inchangés. Datée : aucun assouplissement trouvé pour 2026-27.',
  'policy.default': 'Par défaut',
  'policy.custom': 'Personnalisée',
  'policy.copyOf': 'Copie de {{name}}',
  'policy.basedOn': 'Basée sur {{name}}',
  'policy.effectiveDate': 'En vigueur depuis le {{date}}',
  'policy.effectiveDateUnknown': 'Date d’entrée en vigueur non publiée',
  'policy.field.minWeekdayCutoff': 'Heure limite la plus tôt en semaine',
  'policy.field.minSaturdayCutoff': 'Heure limite la plus tôt le samedi',
  'policy.field.minPickupTime': 'Enlèvement transporteur le plus tôt en semaine',
  'policy.field.requireNationwide': 'Couverture nationale (48 États + DC)',
  'policy.field.requireSixDayOperation': 'Opérations six jours sur sept (lun.-sam. ou dim.-ven.)',
  'policy.field.requireSixDayDelivery': 'Livraison six jours sur sept',
  'policy.field.onTimeShipmentMin': 'Taux d’expédition dans les délais (minimum)',
  'policy.field.buyShippingMin': 'Utilisation de l’Achat de l’affranchissement (minimum)',
  'policy.field.cancellationMax': 'Taux d’annulation par le vendeur (maximum)',
  'policy.field.onTimeDeliveryMin': 'Taux de livraison dans les délais (minimum)',
  'policy.field.validTrackingMin': 'Taux de suivi valide (minimum)',
  'policy.field.lateShipmentMax': 'Taux d’expédition en retard (maximum)',
  'policy.target.le1': 'En 1 jour',
  'policy.target.le2': 'En 2 jours',
  'policy.target.le3': 'En 3 jours',
  'policy.target.le5': 'En 5 jours',
  'policy.tier.standard': 'Taille standard',
  'policy.tier.oversize': 'Hors gabarit',
  'policy.tier.extraLarge': 'Très grand format',
};
