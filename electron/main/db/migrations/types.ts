import type { Db } from '../connection';

export interface Migration {
  /** The user_version the database has after this migration. */
  version: number;
  name: string;
  up(db: Db): void;
}
