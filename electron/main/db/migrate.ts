import type { Db } from './connection';
import type { Migration } from './migrations/types';
import { MIGRATIONS } from './migrations';

export class FutureDatabaseError extends Error {
  constructor(
    readonly found: number,
    readonly supported: number,
  ) {
    super(
      `This workspace was saved by a newer ShipWeek (schema version ${found}; this version understands up to ${supported}). Update ShipWeek to open it.`,
    );
    this.name = 'FutureDatabaseError';
  }
}

export function userVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Brings the database to the latest schema. Each migration and its user_version bump share one
 * transaction, so a crash leaves the file at the old or the new version, never in between.
 * Refuses a database from the future rather than guessing at its layout.
 */
export function migrate(db: Db, migrations: readonly Migration[] = MIGRATIONS): { from: number; to: number } {
  const from = userVersion(db);
  const latest = migrations[migrations.length - 1]?.version ?? 0;
  if (from > latest) throw new FutureDatabaseError(from, latest);
  for (const m of migrations) {
    if (m.version <= userVersion(db)) continue;
    db.transaction(() => {
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    }).immediate();
  }
  return { from, to: userVersion(db) };
}
