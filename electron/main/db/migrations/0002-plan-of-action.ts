import type { Migration } from './types';

/**
 * Version 2: the plan of action of a scenario (its editable draft: sections of root cause and
 * corrective actions, as validated JSON), one per scenario, deleted with it.
 */
export const migration0002: Migration = {
  version: 2,
  name: 'plan-of-action',
  up(db) {
    db.exec(`
      CREATE TABLE plan_of_action (
        scenario_id INTEGER PRIMARY KEY REFERENCES scenario (id) ON DELETE CASCADE,
        lang        TEXT    NOT NULL CHECK (lang IN ('en', 'fr')),
        -- { policyId, sections: [{ id, checkId, status, title, rootCause, actions }] } (shared/report/planOfAction.ts)
        content     TEXT    NOT NULL CHECK (json_valid(content) AND json_type(content, '$.sections') = 'array'),
        revision    INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1),
        created_at  TEXT    NOT NULL,
        updated_at  TEXT    NOT NULL
      ) STRICT;
    `);
  },
};
