import type { Texts } from '../texts';

/** English texts of the warehouses owner; each other language's warehouses.ts has exactly these keys. */
export const warehouses = {
  'warehouses.start.legend': 'How does its week start?',
  'warehouses.start.empty': 'No carrier services',
  'warehouses.start.emptyMeans':
    'Ships Mon–Fri with a 14:00 order cutoff, but nothing is delivered until you add a carrier service in Weekly schedule.',
  'warehouses.start.copy': 'Copy the services of another warehouse',
  'warehouses.start.copyFrom': 'Copy from',
  'warehouses.start.copyMeans':
    'Its days, cutoffs and {{services}} (closures are not copied). Times are read in the new warehouse’s time zone.',
  'warehouses.start.sample': 'The sample week',
  'warehouses.start.sampleMeans': 'The sample’s days and cutoffs and {{services}}. Adjust them in Weekly schedule.',
  'warehouses.start.services_zero': 'no carrier service',
  'warehouses.start.services_one': '{{count}} carrier service: {{list}}',
  'warehouses.start.services_other': '{{count}} carrier services: {{list}}',
  'warehouses.error.copyFromMissing': 'The warehouse to copy from no longer exists; choose another one.',
  'warehouses.zipHint.city': '{{city}}, {{state}} · {{zone}}',
  'warehouses.zipHint.state': '{{state}} · {{zone}}',
  'warehouses.tz.stored': 'Saved as {{id}}. Search by city, zone name or IANA id; the ZIP code fills it in.',
} satisfies Texts;
