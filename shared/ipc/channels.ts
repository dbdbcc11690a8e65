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
] as const;
export type ChannelName = (typeof CHANNEL_NAMES)[number];
