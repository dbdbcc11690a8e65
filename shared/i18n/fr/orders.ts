import type { orders as en } from '../en/orders';
import type { Translation } from '../texts';

export const orders: Translation<typeof en> = {
  'orders.report.tooLarge': 'le fichier dépasse la limite de {{limit}} octets (lecture arrêtée là)',
  'orders.report.tooManyRows': 'le fichier a plus de {{limit}} lignes',
  'orders.report.lineTooLong': "ligne de plus de {{limit}} caractères : ce n'est pas un rapport de commandes",
  'orders.report.empty': 'le fichier est vide',
  'orders.report.noDataRows': 'le fichier a un en-tête mais aucune ligne de données',
  'orders.report.unknownLayout':
    "ce n'est pas un rapport de commandes Amazon : l'en-tête doit contenir {{expected}} ; il contient {{found}}",
  'orders.report.duplicateColumn': "deux colonnes de l'en-tête s'appellent « {{column}} »",
  'orders.report.unterminatedQuote': "le champ entre guillemets ouvert sur cette ligne n'est jamais fermé",
  'orders.report.noUsableOrders':
    'aucune commande utilisable : toutes les lignes ({{rows}}) ont été ignorées (premières raisons ci-dessous)',
  'orders.report.missingOrderId': 'le numéro de commande manque',
  'orders.report.missingPurchaseDate': "la date d'achat manque",
  'orders.report.badPurchaseDate':
    "{{value}} n'est pas une date et heure (ISO 8601 attendu, p. ex. 2026-06-12T15:30:00-07:00)",
  'orders.report.missingZip': 'le code postal (ZIP) manque',
  'orders.report.badZip': "{{value}} n'est pas un code ZIP américain (5 chiffres, ou ZIP+4)",
  'orders.report.unknownZip': "le ZIP {{value}} n'existe pas",
  'orders.report.formula': "une formule de tableur au lieu d'une valeur ; exportez les valeurs calculées",
};
