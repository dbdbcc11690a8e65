/** Strings of the new-warehouse start choice (the rest of the Warehouses page is in app/i18n). */
export const en = {
  'warehouses.start.legend': 'How does its week start?',
  'warehouses.start.empty': 'No carrier services',
  'warehouses.start.emptyMeans': 'Ships Mon–Fri with a 14:00 order cutoff, but nothing is delivered until you add a carrier service in Weekly schedule.',
  'warehouses.start.copy': 'Copy the services of another warehouse',
  'warehouses.start.copyFrom': 'Copy from',
  'warehouses.start.copyMeans': 'Its days, cutoffs and {{services}} (closures are not copied). Times are read in the new warehouse’s time zone.',
  'warehouses.start.sample': 'The sample week',
  'warehouses.start.sampleMeans': 'The sample’s days and cutoffs and {{services}}. Adjust them in Weekly schedule.',
  'warehouses.start.services_zero': 'no carrier service',
  'warehouses.start.services_one': '{{count}} carrier service: {{list}}',
  'warehouses.start.services_other': '{{count}} carrier services: {{list}}',
  'warehouses.error.copyFromMissing': 'The warehouse to copy from no longer exists; choose another one.',
} as const;

export const fr: Record<keyof typeof en, string> = {
  'warehouses.start.legend': 'Comment démarre sa semaine ?',
  'warehouses.start.empty': 'Aucun service de transporteur',
  'warehouses.start.emptyMeans': 'Expédie du lundi au vendredi avec une heure limite de commande à 14:00, mais rien n’est livré tant que vous n’ajoutez pas de service de transporteur dans Semaine type.',
  'warehouses.start.copy': 'Copier les services d’un autre entrepôt',
  'warehouses.start.copyFrom': 'Copier depuis',
  'warehouses.start.copyMeans': 'Ses jours, heures limites et {{services}} (les fermetures ne sont pas copiées). Les heures s’entendent dans le fuseau horaire du nouvel entrepôt.',
  'warehouses.start.sample': 'La semaine d’exemple',
  'warehouses.start.sampleMeans': 'Les jours, heures limites et {{services}} de l’exemple. Ajustez-les dans Semaine type.',
  'warehouses.start.services_zero': 'aucun service de transporteur',
  'warehouses.start.services_one': '{{count}} service de transporteur : {{list}}',
  'warehouses.start.services_other': '{{count}} services de transporteur : {{list}}',
  'warehouses.error.copyFromMissing': 'L’entrepôt à copier n’existe plus ; choisissez-en un autre.',
};
