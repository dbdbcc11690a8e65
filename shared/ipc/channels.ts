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
  'import:destinationWeights',
] as const;
export type ChannelName = (typeof CHANNEL_NAMES)[number];

/**
 * The one message main sends to the renderer: a native-menu command. The renderer runs it with the
 * same store actions as its own buttons (saving pending edits first), so the menu and the screens
 * never disagree. Only these names cross the bridge, and no data travels with them.
 */
export const MENU_EVENT = 'menu:command';
export const MENU_COMMANDS = ['undo', 'redo', 'save', 'exportReportPdf', 'exportScenarioJson', 'importSettings', 'importTransitCsv', 'importDestinationWeights'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];
