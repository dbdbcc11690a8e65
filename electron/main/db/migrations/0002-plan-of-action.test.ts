import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { integrityCheck, openConnection } from '../connection';
import { migrate, userVersion } from '../migrate';
import { MIGRATIONS } from './index';

const dirs: string[] = [];
function tempDb() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shipweek-m2-'));
  dirs.push(dir);
  return openConnection(path.join(dir, 'w.sqlite'));
}
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

describe('migration 0002 plan-of-action', () => {
  it('adds a STRICT plan_of_action table to a version-1 workspace, keeping its scenarios', () => {
    const db = tempDb();
    migrate(
      db,
      MIGRATIONS.filter((m) => m.version <= 1),
    );
    db.prepare("INSERT INTO scenario (name, settings, created_at, updated_at) VALUES ('Kept', '{}', 'x', 'x')").run();
    expect(
      migrate(
        db,
        MIGRATIONS.filter((m) => m.version <= 2),
      ),
    ).toEqual({ from: 1, to: 2 });
    expect(userVersion(db)).toBe(2);
    const table = db.prepare("SELECT strict FROM pragma_table_list WHERE name = 'plan_of_action'").get() as {
      strict: number;
    };
    expect(table.strict).toBe(1);
    expect(db.prepare('SELECT name FROM scenario').all()).toEqual([{ name: 'Kept' }]);
    expect(integrityCheck(db)).toEqual([]);
    db.close();
  });

  it('enforces its constraints: known scenario, language, JSON with a sections list, one plan per scenario, deleted with the scenario', () => {
    const db = tempDb();
    migrate(db);
    db.prepare(
      "INSERT INTO scenario (id, name, settings, created_at, updated_at) VALUES (1, 'A', '{}', 'x', 'x')",
    ).run();
    const ins = db.prepare(
      'INSERT INTO plan_of_action (scenario_id, lang, content, created_at, updated_at) VALUES (?, ?, ?, ?, ?)',
    );
    expect(() => ins.run(9, 'en', '{"sections":[]}', 'x', 'x')).toThrow(/FOREIGN KEY/);
    expect(() => ins.run(1, 'de', '{"sections":[]}', 'x', 'x')).toThrow(/CHECK/);
    expect(() => ins.run(1, 'en', '{"sections":{}}', 'x', 'x')).toThrow(/CHECK/);
    expect(() => ins.run(1, 'en', '{nope', 'x', 'x')).toThrow(/CHECK|malformed/);
    expect(() =>
      db
        .prepare(
          "INSERT INTO plan_of_action (scenario_id, lang, content, revision, created_at, updated_at) VALUES (1, 'en', '{\"sections\":[]}', 'two', 'x', 'x')",
        )
        .run(),
    ).toThrow(/cannot store TEXT value in INTEGER column/);
    ins.run(1, 'en', '{"sections":[]}', 'x', 'x');
    expect(() => ins.run(1, 'fr', '{"sections":[]}', 'x', 'x')).toThrow(/UNIQUE|PRIMARY KEY/);
    db.prepare('DELETE FROM scenario WHERE id = 1').run();
    expect(db.prepare('SELECT count(*) AS n FROM plan_of_action').get()).toEqual({ n: 0 });
    db.close();
  });
});
