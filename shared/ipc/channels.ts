/**
 * Channel names only, without schemas, so the sandboxed preload can allow-list them without
 * bundling zod. contract.ts checks at compile time that this list and the contract agree.
 */
export const CHANNEL_NAMES = [
  'app:info',
  'prefs:get',
  'prefs:set',
  'scenario:list',
  'scenario:get',
  'scenario:save',
  'scenario:duplicate',
  'scenario:rename',
  'scenario:delete',
  'scenario:setLive',
  'scenario:createFromSettings',
  'warehouse:list',
  'warehouse:create',
  'warehouse:update',
  'warehouse:delete',
  'geo:lookupZip',
  'export:reportPdf',
  'export:scenarioJson',
  'export:csv',
  'import:settings',
  'import:transitCsv',
  'plan:get',
  'plan:draft',
  'plan:save',
  'plan:export',
  'export:reveal',
  'import:destinationWeights',
  'returns:list',
  'returns:saveReturn',
  'returns:deleteReturn',
  'returns:saveClaim',
  'returns:deleteClaim',
  'returns:replaceAll',
  'returns:importReport',
  'returns:exportCsv',
  'import:orderReport',
  'backtest:run',
  'task:progress',
  'task:cancel',
  'import:carrierTransit',
] as const;
export type ChannelName = (typeof CHANNEL_NAMES)[number];

/**
 * The one message main sends to the renderer: a native-menu command. The renderer runs it with the
 * same store actions as its own buttons (saving pending edits first), so the menu and the screens
 * never disagree. Only these names cross the bridge, and no data travels with them.
 */
export const MENU_EVENT = 'menu:command';
/** File-menu exports and imports: the renderer carries them out on the Reports page, like its buttons. */
export const REPORT_COMMANDS = [
  'exportReportPdf',
  'exportScenarioJson',
  'importSettings',
  'importTransitCsv',
  'importDestinationWeights',
] as const;
export type ReportCommand = (typeof REPORT_COMMANDS)[number];
export const MENU_COMMANDS = ['undo', 'redo', 'save', ...REPORT_COMMANDS] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/**
 * Channels whose handler asks its shell for a file to read, with the file types offered: Electron
 * shows an OS open dialog in main; the browser shell's page shows a file picker and uploads the file
 * before the call. Either way the call's argument is the contract's, unchanged.
 */
export const OPEN_FILE_CHANNELS: Readonly<Partial<Record<ChannelName, readonly string[]>>> = {
  'import:settings': ['.json', 'application/json'],
  'import:transitCsv': ['.csv', 'text/csv'],
  'import:destinationWeights': ['.csv', 'text/csv'],
  // Seller Central's flat files are .txt (tab-separated); a spreadsheet saves them as .tsv or .csv.
  'import:orderReport': ['.txt', '.tsv', '.csv', 'text/plain', 'text/tab-separated-values', 'text/csv'],
  'backtest:run': ['.txt', '.tsv', '.csv', 'text/plain', 'text/tab-separated-values', 'text/csv'],
  'returns:importReport': ['.txt', '.tsv', '.csv', 'text/plain', 'text/tab-separated-values', 'text/csv'],
  // USPS service standards come as .txt/.csv flat files; UPS Time in Transit responses as .json.
  'import:carrierTransit': ['.txt', '.csv', '.tsv', '.json', 'text/plain', 'text/csv', 'application/json'],
};

/**
 * The largest file a page may hand over for an import: the largest cap of any import (a settings
 * file, SETTINGS_MAX_BYTES; a test checks they agree). Each import checks its own cap again.
 */
export const IMPORT_FILE_MAX_BYTES = 16 * 1024 * 1024;
