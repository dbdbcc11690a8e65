import type { Db } from './connection';

/** Raw rows; they never leave the main process (services turn them into domain objects). */
export interface ScenarioRow {
  id: number;
  name: string;
  is_live: number;
  settings: string;
  revision: number;
  created_at: string;
  updated_at: string;
}

export interface WarehouseRow {
  scenario_id: number;
  id: string;
  position: number;
  name: string;
  zip: string;
  time_zone: string;
  plan: string;
}

export function createRepos(db: Db) {
  const q = {
    listScenarios: db.prepare<[], ScenarioRow & { warehouse_count: number }>(
      `SELECT s.*, (SELECT count(*) FROM warehouse w WHERE w.scenario_id = s.id) AS warehouse_count
         FROM scenario s ORDER BY s.is_live DESC, s.name`,
    ),
    getScenario: db.prepare<[number], ScenarioRow>('SELECT * FROM scenario WHERE id = ?'),
    insertScenario: db.prepare<[string, number, string, string, string]>(
      'INSERT INTO scenario (name, is_live, settings, created_at, updated_at) VALUES (?, ?, ?, ?, ?)',
    ),
    touchScenario: db.prepare<[string, number]>(
      'UPDATE scenario SET revision = revision + 1, updated_at = ? WHERE id = ?',
    ),
    findScenarioByName: db.prepare<[string], ScenarioRow>('SELECT * FROM scenario WHERE name = ? COLLATE NOCASE'),
    updateScenarioSettings: db.prepare<[string, string, number]>(
      'UPDATE scenario SET settings = ?, revision = revision + 1, updated_at = ? WHERE id = ?',
    ),
    renameScenario: db.prepare<[string, string, number]>(
      'UPDATE scenario SET name = ?, revision = revision + 1, updated_at = ? WHERE id = ?',
    ),
    deleteScenario: db.prepare<[number]>('DELETE FROM scenario WHERE id = ?'),
    clearLive: db.prepare('UPDATE scenario SET is_live = 0 WHERE is_live = 1'),
    setLive: db.prepare<[number]>('UPDATE scenario SET is_live = 1 WHERE id = ?'),
    deleteWarehousesOf: db.prepare<[number]>('DELETE FROM warehouse WHERE scenario_id = ?'),
    listWarehouses: db.prepare<[number], WarehouseRow>(
      'SELECT * FROM warehouse WHERE scenario_id = ? ORDER BY position, name',
    ),
    getWarehouse: db.prepare<[number, string], WarehouseRow>(
      'SELECT * FROM warehouse WHERE scenario_id = ? AND id = ?',
    ),
    findWarehouseByName: db.prepare<[number, string], WarehouseRow>(
      'SELECT * FROM warehouse WHERE scenario_id = ? AND name = ? COLLATE NOCASE',
    ),
    nextPosition: db.prepare<[number], { p: number }>(
      'SELECT coalesce(max(position), -1) + 1 AS p FROM warehouse WHERE scenario_id = ?',
    ),
    insertWarehouse: db.prepare<[number, string, number, string, string, string, string]>(
      'INSERT INTO warehouse (scenario_id, id, position, name, zip, time_zone, plan) VALUES (?, ?, ?, ?, ?, ?, ?)',
    ),
    updateWarehouse: db.prepare<[string, string, string, number, string]>(
      'UPDATE warehouse SET name = ?, zip = ?, time_zone = ? WHERE scenario_id = ? AND id = ?',
    ),
    deleteWarehouse: db.prepare<[number, string]>('DELETE FROM warehouse WHERE scenario_id = ? AND id = ?'),
    getPref: db.prepare<[string], { value: string }>('SELECT value FROM pref WHERE key = ?'),
    setPref: db.prepare<[string, string]>(
      'INSERT INTO pref (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
    ),
  };
  return q;
}
export type Repos = ReturnType<typeof createRepos>;
