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
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shipweek-m3-'));
  dirs.push(dir);
  return openConnection(path.join(dir, 'w.sqlite'));
}
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

describe('migration 0003 workspace-revision', () => {
  it('adds a revision that every write to the user tables advances, and nothing else does', () => {
    const db = tempDb();
    migrate(
      db,
      MIGRATIONS.filter((m) => m.version <= 2),
    );
    db.prepare(
      "INSERT INTO scenario (id, name, settings, created_at, updated_at) VALUES (1, 'Kept', '{}', 'x', 'x')",
    ).run();
    expect(workspaceRevision(db)).toBe(0);
    expect(
      migrate(
        db,
        MIGRATIONS.filter((m) => m.version <= 3),
      ),
    ).toEqual({ from: 2, to: 3 });
    expect(userVersion(db)).toBe(3);
    const start = workspaceRevision(db);
    expect(start).toBe(1);
    db.prepare("UPDATE scenario SET name = 'Renamed' WHERE id = 1").run();
    db.prepare("INSERT INTO pref (key, value) VALUES ('theme', '\"dark\"')").run();
    db.prepare(
      "INSERT INTO warehouse (scenario_id, id, position, name, zip, time_zone, plan) VALUES (1, 'w', 0, 'W', '43215', 'America/New_York', '{}')",
    ).run();
    db.prepare(
      "INSERT INTO plan_of_action (scenario_id, lang, content, created_at, updated_at) VALUES (1, 'en', '{\"sections\":[]}', 'x', 'x')",
    ).run();
    expect(workspaceRevision(db)).toBe(start + 4);
    // Deleting the scenario deletes its warehouse and plan by cascade: three rows, three steps.
    db.prepare('DELETE FROM scenario WHERE id = 1').run();
    expect(workspaceRevision(db)).toBe(start + 7);
    db.prepare('SELECT * FROM pref').all();
    expect(workspaceRevision(db)).toBe(start + 7);
    expect(integrityCheck(db)).toEqual([]);
    db.close();
  });
});
