import type { Db } from '../../electron/main/db/connection';

/**
 * Every row of every table, in a stable order, as text: two dumps are equal exactly when the
 * database content is. Used to prove that a rejected import or export changed nothing.
 */
export function dumpDatabase(db: Db): string {
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .all() as { name: string }[];
  const out: Record<string, unknown[]> = {};
  for (const { name } of tables) out[name] = db.prepare(`SELECT * FROM "${name}" ORDER BY 1, 2`).all();
  return JSON.stringify({ userVersion: db.pragma('user_version', { simple: true }), out });
}
