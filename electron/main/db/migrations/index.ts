import { migration0001 } from './0001-initial';
import type { Migration } from './types';

/** Every migration, in order; a new schema version adds one file here. */
export const MIGRATIONS: readonly Migration[] = [migration0001];
export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
