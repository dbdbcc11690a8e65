import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openConnection, integrityCheck } from './connection';
import { FutureDatabaseError, migrate, userVersion } from './migrate';
import { MIGRATIONS, LATEST_VERSION } from './migrations';
import type { Migration } from './migrations/types';

const dirs: string[] = [];
function tempDb(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shipweek-migrate-'));
  dirs.push(dir);
  return path.join(dir, 'w.sqlite');
}
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

describe('migrate', () => {
  it('brings an empty file to the latest version with STRICT tables and clean checks', () => {
    const db = openConnection(tempDb());
    expect(migrate(db)).toEqual({ from: 0, to: LATEST_VERSION });
    const strict = db
      .prepare("SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND name NOT LIKE 'sqlite_%'")
      .all() as { name: string; strict: number }[];
    expect(strict.length).toBeGreaterThanOrEqual(3);
    expect(strict.every((t) => t.strict === 1)).toBe(true);
    expect(integrityCheck(db)).toEqual([]);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    db.close();
  });

  it('is idempotent', () => {
    const db = openConnection(tempDb());
    migrate(db);
    expect(migrate(db)).toEqual({ from: LATEST_VERSION, to: LATEST_VERSION });
    db.close();
  });

  it('refuses a database from a newer ShipWeek and leaves it untouched', () => {
    const file = tempDb();
    const db = openConnection(file);
    migrate(db);
    db.pragma(`user_version = ${LATEST_VERSION + 5}`);
    expect(() => migrate(db)).toThrow(FutureDatabaseError);
    expect(userVersion(db)).toBe(LATEST_VERSION + 5);
    db.close();
  });

  it('rolls a failing migration back whole: schema and user_version stay at the old version', () => {
    const db = openConnection(tempDb());
    migrate(db);
    const broken: Migration = {
      version: LATEST_VERSION + 1,
      name: 'broken',
      up(d) {
        d.exec('CREATE TABLE half_done (x INTEGER) STRICT');
        d.exec('INSERT INTO no_such_table VALUES (1)');
      },
    };
    expect(() => migrate(db, [...MIGRATIONS, broken])).toThrow(/no_such_table/);
    expect(userVersion(db)).toBe(LATEST_VERSION);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'half_done'").get()).toEqual({ n: 0 });
    db.close();
  });

  it('enforces the schema: bad ZIPs, invalid JSON and duplicate names (any case) are rejected by SQLite itself', () => {
    const db = openConnection(tempDb());
    migrate(db);
    db.prepare("INSERT INTO scenario (name, settings, created_at, updated_at) VALUES ('A', '{}', 'x', 'x')").run();
    const ins = db.prepare(
      "INSERT INTO warehouse (scenario_id, id, position, name, zip, time_zone, plan) VALUES (1, ?, 0, ?, ?, 'UTC', ?)",
    );
    expect(() => ins.run('a', 'One', '4321', '{}')).toThrow(/CHECK/);
    expect(() => ins.run('a', 'One', '4321a', '{}')).toThrow(/CHECK/);
    expect(() => ins.run('a', 'One', '43215', '{nope')).toThrow(/CHECK/);
    ins.run('a', 'One', '43215', '{}');
    expect(() => ins.run('b', 'ONE', '43215', '{}')).toThrow(/UNIQUE/);
    expect(() =>
      db
        .prepare(
          "INSERT INTO warehouse (scenario_id, id, position, name, zip, time_zone, plan) VALUES (99, 'z', 0, 'Z', '43215', 'UTC', '{}')",
        )
        .run(),
    ).toThrow(/FOREIGN KEY/);
    db.close();
  });
});
