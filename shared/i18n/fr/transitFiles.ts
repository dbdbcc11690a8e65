import type { transitFiles as en } from '../en/transitFiles';
import type { Translation } from '../texts';

export const transitFiles: Translation<typeof en> = {
  'transitFile.rowField': 'ligne {{row}}, champ « {{field}} » : {{message}}',
  'transitFile.row': 'ligne {{row}} : {{message}}',
  'transitFile.file': 'fichier : {{message}}',
  'transitFile.fileField': 'fichier, champ « {{field}} » : {{message}}',
  'transitFile.usps.unknownLayout':
    'pas un fichier des normes de service USPS : l’en-tête doit avoir des colonnes origine, destination, produit et jours (par ex. origin_zip3, dest_zip3, mail_class, service_standard) ; il a {{found}}',
  'transitFile.empty': 'le fichier est vide',
  'transitFile.tooManyRows': 'le fichier a plus de {{limit}} lignes',
  'transitFile.tooLarge': 'le fichier dépasse la limite de {{limit}} octets (lecture arrêtée là)',
  'transitFile.usps.lineTooLong':
    'une ligne dépasse {{limit}} caractères : ce n’est pas un fichier des normes de service USPS',
  'transitFile.ups.tooManyResponses': 'le fichier a plus de {{limit}} réponses',
  'transitFile.noRowsForOrigin':
    'aucune ligne n’a l’origine du plan {{origins}} (premières origines du fichier : {{seen}})',
  'transitFile.badZip': '{{value}} n’est ni un ZIP3 (3 chiffres) ni un ZIP5 (5 chiffres)',
  'transitFile.unknownZip': 'le ZIP {{value}} n’existe pas',
  'transitFile.badDays': '{{value}} n’est pas un nombre entier de jours entre 0 et 15',
  'transitFile.conflict': '{{service}} vers {{dest}} est déjà donné à {{days}} jours à la ligne {{otherRow}}',
  'transitFile.formula': '{{value}} ressemble à une formule de tableur, pas à une valeur',
  'transitFile.ups.notJson': 'pas du JSON : {{message}}',
  'transitFile.ups.noServices': 'pas une réponse UPS Time in Transit : pas de liste emsResponse.services',
  'transitFile.ups.noDestination':
    'la réponse ne donne pas son code postal de destination (emsResponse.destinationPostalCode)',
  'transitFile.ups.badDays': 'businessTransitDays {{value}} n’est pas un nombre entier entre 0 et 15',
  'transitFile.notText': '{{file}} n’est pas du texte UTF-8 ; rien n’a été lu',
  'transitFile.appOriginNeeded':
    '{{file}} : les normes USPS dépendent de l’origine, et ce plan expédie depuis plusieurs ZIP3 ({{origins}}) alors que ses délais de transit valent pour tous les entrepôts ; importez-le dans un plan à une seule origine (ou utilisez shipweek import usps-standards --origin). Rien n’a été importé.',
  'transitFile.originNeeded':
    'le plan expédie depuis plusieurs ZIP3 ({{origins}}) : indiquez l’origine dont lire les normes (--origin)',
  'transitFile.rejected':
    '{{file}} : $t(unit.problem, {"count": {{count}} }) dans le fichier de délais ; rien n’a été importé',
  'transitFile.tooMany':
    '{{file}} : le plan contiendrait {{total}} délais de transit ; la limite est de {{max}} ; rien n’a été importé',
  'transitFile.uspsRead':
    'Normes de service USPS {{file}} : $t(unit.row, {"count": {{rows}} }) lues, {{originRows}} depuis l’origine {{origins}} ; {{zip3}} délais par ZIP3 et {{zip5}} par ZIP5 pour Priority Mail, Priority Mail Express et Ground Advantage.',
  'transitFile.uspsOther': 'Lignes de produits que ShipWeek ne modélise pas, non importées : {{products}}.',
  'transitFile.upsRead':
    'UPS Time in Transit {{file}} : réponses pour les ZIP5 {{destinations}} ; les délais par ZIP5 valent pour les promesses une à une et le backtest (la simulation de la semaine travaille par ZIP3).',
  'transitFile.upsOther': 'Niveaux de service que ShipWeek ne modélise pas, non importés : {{levels}}.',
  'transitFile.changes':
    'Délais de transit : {{added}} ajoutés, {{changed}} modifiés, {{unchanged}} inchangés ; le plan en a maintenant {{total}}.',
  'transitFile.change': '{{service}} vers {{dest}} : {{from}} → {{to}} jours ouvrés',
  'transitFile.written': '{{file}} écrit (une copie de {{into}} avec ces délais de transit).',
  'transitFile.help':
    'Usage : shipweek import usps-standards <fichier> --into <paramètres> --out <nouveaux paramètres> [--origin <ZIP3>] [--force] [--json]\n        shipweek import ups-tnt <réponses.json> --into <paramètres> --out <nouveaux paramètres> [--force] [--json]\n\nusps-standards : un fichier des normes de service USPS (ZIP3 d’origine x ZIP3 ou ZIP5 de destination x produit -> jours ; virgule, tabulation ou barre verticale), lu en flux ; les lignes de l’origine du plan (ou --origin) pour Priority Mail, Priority Mail Express et Ground Advantage deviennent des délais de transit.\nups-tnt : des réponses de l’API UPS Time in Transit (JSON, une ou un tableau) ; les businessTransitDays de chaque ZIP5 de destination par service UPS deviennent des délais de transit.\nLes délais d’un fichier remplacent ceux du plan pour le même service et la même destination. Code 0 quand le fichier est écrit, 2 sur une entrée invalide (rien n’est écrit).',
};
