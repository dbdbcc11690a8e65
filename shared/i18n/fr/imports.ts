import type { imports as en } from '../en/imports';
import type { Translation } from '../texts';

export const imports: Translation<typeof en> = {
  'imports.labelCostCsv.tooLarge': 'le fichier fait {{size}} octets ; la limite est de {{limit}} octets',
  'imports.labelCostCsv.tooManyRows':
    'le fichier a plus de {{limit}} lignes (chaque service x 8 zones x 3 catégories de taille)',
  'imports.labelCostCsv.empty': 'le fichier est vide',
  'imports.labelCostCsv.noDataRows': 'le fichier a un en-tête mais aucune ligne de données',
  'imports.labelCostCsv.missingColumn': "l'en-tête n'a pas de colonne « {{column}} » (attendu : service,zone,tier,usd)",
  'imports.labelCostCsv.duplicateColumn': "la colonne « {{column}} » apparaît deux fois dans l'en-tête",
  'imports.labelCostCsv.unterminatedQuote': "le champ entre guillemets ouvert sur cette ligne n'est jamais fermé",
  'imports.labelCostCsv.textAfterQuote': 'texte inattendu après un guillemet fermant',
  'imports.labelCostCsv.missingField': 'valeur manquante',
  'imports.labelCostCsv.ambiguousService': "le service {{value}} est ambigu : écrivez l'un de {{choices}}",
  'imports.labelCostCsv.unknownService': 'service inconnu {{value}}',
  'imports.labelCostCsv.unknownServiceSuggest': 'service inconnu {{value}} (vouliez-vous dire « {{suggestion}} » ?)',
  'imports.labelCostCsv.badZone': "{{value}} n'est pas une zone de transporteur de 1 à 8",
  'imports.labelCostCsv.badTier': "{{value}} n'est pas une catégorie de taille (standard, oversize ou extra-large)",
  'imports.labelCostCsv.formula': '{{value}} est une formule de tableur, pas une valeur',
  'imports.labelCostCsv.badPrice':
    "{{value}} n'est pas un prix en dollars US (écrivez 12.34 : un point pour les décimales, sans séparateur de milliers)",
  'imports.labelCostCsv.negativePrice': '{{value}} est négatif ; une étiquette coûte 0 ou plus',
  'imports.labelCostCsv.priceTooLarge': '{{value}} dépasse 1 000 000',
  'imports.labelCostCsv.duplicate': '{{service}}, zone {{zone}}, {{tier}} a déjà un prix à la ligne {{otherRow}}',
};
