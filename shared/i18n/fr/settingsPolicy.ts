import type { settingsPolicy as en } from '../en/settingsPolicy';
import type { Translation } from '../texts';

export const settingsPolicy: Translation<typeof en> = {
  'settingsPolicy.title': 'Profil de politique',
  'settingsPolicy.intro':
    'Les règles d’Amazon auxquelles la simulation confronte ce scénario. Les profils intégrés sont en lecture seule ; copiez-en un pour ajuster ses objectifs.',
  'settingsPolicy.select': 'Profil de politique de « {{scenario}} »',
  'settingsPolicy.builtIn': 'Intégré',
  'settingsPolicy.copy': 'Copier et modifier',
  'settingsPolicy.copied': 'Politique « {{name}} » créée à partir de « {{from}} ».',
  'settingsPolicy.delete': 'Supprimer ce profil personnalisé',
  'settingsPolicy.name': 'Nom du profil',
  'settingsPolicy.targets': 'Objectifs de vitesse de livraison (% des pages vues)',
  'settingsPolicy.targetLabel': '{{tier}}, {{target}} (%)',
  'settingsPolicy.rules': 'Règles',
  'settingsPolicy.requirements': 'Exigences',
  'settingsPolicy.readOnly': 'Lecture seule : copiez ce profil pour le modifier.',
  'settingsPolicy.noScenario': 'Ouvrez un scénario pour choisir son profil de politique.',
  'settingsPolicy.percentInvalid': 'Saisissez un pourcentage entre 0 et 100.',
};
