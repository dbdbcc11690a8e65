import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { integrityCheck, openConnection } from '../connection';
import { migrate, userVersion } from '../migrate';
import { workspaceRevision } from '../backup';
import { MIGRATIONS } from './index';

const dirs: string[] = [];
function tempDb() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shipweek-m4-'));
  dirs.push(dir);
  return openConnection(path.join(dir, 'w.sqlite'));
}
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

const entry = (orderId: string, item: string) =>
  JSON.stringify({ orderId, item, requestedAt: '2026-11-20', receivedAt: '2026-11-25' });

describe('migration 0004 returns-register', () => {
  it('adds the register and the claims, keeps the scenarios, and refuses a second row for the same return or claim', () => {
    const db = tempDb();
    migrate(
      db,
      MIGRATIONS.filter((m) => m.version <= 3),
    );
    db.prepare(
      "INSERT INTO scenario (id, name, settings, created_at, updated_at) VALUES (1, 'Kept', '{}', 'x', 'x')",
    ).run();
    expect(
      migrate(
        db,
        MIGRATIONS.filter((m) => m.version <= 4),
      ),
    ).toEqual({ from: 3, to: 4 });
    expect(userVersion(db)).toBe(4);
    expect(db.prepare('SELECT name FROM scenario').pluck().all()).toEqual(['Kept']);

    const insert = db.prepare('INSERT INTO return_item (order_id, item, entry, updated_at) VALUES (?, ?, ?, ?)');
    const start = workspaceRevision(db);
    insert.run('112-1', 'SKU-A', entry('112-1', 'SKU-A'), 'x');
    insert.run('112-1', 'SKU-B', entry('112-1', 'SKU-B'), 'x'); // same order, another item
    expect(() => insert.run('112-1', 'SKU-A', entry('112-1', 'SKU-A'), 'x')).toThrow(/UNIQUE/);
    // The key columns must agree with the document they index.
    expect(() => insert.run('112-2', 'SKU-A', entry('112-9', 'SKU-A'), 'x')).toThrow(/CHECK/);
    expect(() => insert.run(' ', '', entry(' ', ''), 'x')).toThrow(/CHECK/);

    const claim = db.prepare('INSERT INTO safet_claim (claim_id, claim, updated_at) VALUES (?, ?, ?)');
    claim.run('C-1', JSON.stringify({ claimId: 'C-1', filedOn: '2026-11-20' }), 'x');
    expect(() => claim.run('C-1', JSON.stringify({ claimId: 'C-1', filedOn: '2026-11-21' }), 'x')).toThrow(/UNIQUE/);
    expect(() => claim.run('C-2', 'not json', 'x')).toThrow(/CHECK/);

    // Every write to the register advances the workspace revision (backups pick the newest).
    db.prepare("DELETE FROM return_item WHERE item = 'SKU-B'").run();
    expect(workspaceRevision(db)).toBe(start + 4);
    expect(integrityCheck(db)).toEqual([]);
    db.close();
  });
});
