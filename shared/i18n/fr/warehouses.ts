import type { warehouses as en } from '../en/warehouses';
import type { Translation } from '../texts';

export const warehouses: Translation<typeof en> = {
  'warehouses.start.legend': 'Comment démarre sa semaine ?',
  'warehouses.start.empty': 'Aucun service de transporteur',
  'warehouses.start.emptyMeans':
    'Expédie du lundi au vendredi avec une heure limite de commande à 14:00, mais rien n’est livré tant que vous n’ajoutez pas de service de transporteur dans Semaine type.',
  'warehouses.start.copy': 'Copier les services d’un autre entrepôt',
  'warehouses.start.copyFrom': 'Copier depuis',
  'warehouses.start.copyMeans':
    'Ses jours, heures limites et {{services}} (les fermetures ne sont pas copiées). Les heures s’entendent dans le fuseau horaire du nouvel entrepôt.',
  'warehouses.start.sample': 'La semaine d’exemple',
  'warehouses.start.sampleMeans':
    'Les jours, heures limites et {{services}} de l’exemple. Ajustez-les dans le Planning hebdomadaire.',
  'warehouses.start.services_zero': 'aucun service de transporteur',
  'warehouses.start.services_one': '{{count}} service de transporteur : {{list}}',
  'warehouses.start.services_other': '{{count}} services de transporteur : {{list}}',
  'warehouses.error.copyFromMissing': 'L’entrepôt à copier n’existe plus ; choisissez-en un autre.',
  'warehouses.zipHint.city': '{{city}}, {{state}} · {{zone}}',
  'warehouses.zipHint.state': '{{state}} · {{zone}}',
  'warehouses.tz.stored':
    'Enregistré comme {{id}}. Cherchez par ville, nom du fuseau ou identifiant IANA ; le code ZIP le remplit.',
};
