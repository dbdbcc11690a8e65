import type { Migration } from './types';

/**
 * Version 4: the returns register and SAFE-T claims. They belong to the workspace, not to a
 * scenario: they are what happened, whichever plan is being tried. Each row keeps the facts as
 * validated JSON (shared/returns/model.ts); the key columns are copied out so that the database
 * itself refuses a second row for the same return (order id and item) or the same claim id.
 * Deadlines are never stored: they follow from the plan's calendar and from today.
 */
export const migration0004: Migration = {
  version: 4,
  name: 'returns-register',
  up(db) {
    db.exec(`
      CREATE TABLE return_item (
        id         INTEGER PRIMARY KEY,
        order_id   TEXT    NOT NULL CHECK (length(trim(order_id)) BETWEEN 1 AND 64),
        item       TEXT    NOT NULL CHECK (length(item) <= 64),
        -- { orderId, item, asin, sku, requestedAt, receivedAt, quantity, reason, refunded, source }
        entry      TEXT    NOT NULL CHECK (json_valid(entry) AND json_extract(entry, '$.orderId') = order_id AND json_extract(entry, '$.item') = item),
        updated_at TEXT    NOT NULL,
        UNIQUE (order_id, item)
      ) STRICT;

      CREATE TABLE safet_claim (
        id         INTEGER PRIMARY KEY,
        claim_id   TEXT    NOT NULL UNIQUE CHECK (length(trim(claim_id)) BETWEEN 1 AND 64),
        -- { claimId, orderId, reason, filedOn, amount, infoRequestedOn, infoSentOn, decisionOn, outcome, disputedOn }
        claim      TEXT    NOT NULL CHECK (json_valid(claim) AND json_extract(claim, '$.claimId') = claim_id),
        updated_at TEXT    NOT NULL
      ) STRICT;
    `);
    // Like every table of the user's work (0003), a write here advances the workspace revision.
    for (const table of ['return_item', 'safet_claim']) {
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
