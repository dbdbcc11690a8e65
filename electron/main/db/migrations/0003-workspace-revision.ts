import type { Migration } from './types';

/** Tables holding the user's work; every change to one of them advances the workspace revision. */
const USER_TABLES = ['scenario', 'warehouse', 'pref', 'plan_of_action'] as const;

/**
 * Version 3: a workspace revision, a counter that every insert, update or delete of the user's data
 * advances (by triggers, so no save path can forget it). Backups record it, and a restore picks the
 * backup with the highest revision that verifies: the wall clock can jump, the revision cannot.
 */
export const migration0003: Migration = {
  version: 3,
  name: 'workspace-revision',
  up(db) {
    db.exec(`
      CREATE TABLE workspace_meta (
        key   TEXT    PRIMARY KEY,
        value INTEGER NOT NULL
      ) STRICT;
      INSERT INTO workspace_meta (key, value) VALUES ('revision', 1);
    `);
    for (const table of USER_TABLES) {
      for (const event of ['INSERT', 'UPDATE', 'DELETE']) {
        db.exec(`
          CREATE TRIGGER ${table}_${event.toLowerCase()}_revision AFTER ${event} ON ${table}
          BEGIN
            UPDATE workspace_meta SET value = value + 1 WHERE key = 'revision';
          END;
        `);
      }
    }
  },
};
