import type { Migration } from './types';

/** Version 1: scenarios (their settings as validated JSON), warehouses per scenario, preferences. */
export const migration0001: Migration = {
  version: 1,
  name: 'initial',
  up(db) {
    db.exec(`
      CREATE TABLE scenario (
        id          INTEGER PRIMARY KEY,
        name        TEXT    NOT NULL COLLATE NOCASE UNIQUE CHECK (length(trim(name)) > 0),
        is_live     INTEGER NOT NULL DEFAULT 0 CHECK (is_live IN (0, 1)),
        -- Settings of the scenario minus its name and warehouses (see shared/domain/settings.ts).
        settings    TEXT    NOT NULL CHECK (json_valid(settings)),
        revision    INTEGER NOT NULL DEFAULT 1,
        created_at  TEXT    NOT NULL,
        updated_at  TEXT    NOT NULL
      ) STRICT;
      CREATE UNIQUE INDEX scenario_single_live ON scenario (is_live) WHERE is_live = 1;

      CREATE TABLE warehouse (
        scenario_id INTEGER NOT NULL REFERENCES scenario (id) ON DELETE CASCADE,
        id          TEXT    NOT NULL,
        position    INTEGER NOT NULL,
        name        TEXT    NOT NULL CHECK (length(trim(name)) > 0),
        zip         TEXT    NOT NULL CHECK (length(zip) = 5 AND zip NOT GLOB '*[^0-9]*'),
        time_zone   TEXT    NOT NULL,
        -- The warehouse's week: operating days, cutoffs, services, closures.
        plan        TEXT    NOT NULL CHECK (json_valid(plan)),
        PRIMARY KEY (scenario_id, id),
        UNIQUE (scenario_id, name COLLATE NOCASE)
      ) STRICT;

      CREATE TABLE pref (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL CHECK (json_valid(value))
      ) STRICT;
    `);
  },
};
