import { migration0001 } from './0001-initial';
import { migration0002 } from './0002-plan-of-action';
import { migration0003 } from './0003-workspace-revision';
import { migration0004 } from './0004-returns-register';
import type { Migration } from './types';

/** Every migration, in order; a new schema version adds one file here. */
export const MIGRATIONS: readonly Migration[] = [migration0001, migration0002, migration0003, migration0004];
export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
