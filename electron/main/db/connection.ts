import Database from 'better-sqlite3';

export type Db = Database.Database;

/** How long a connection waits for another program's lock before giving up (SQLite's busy handler). */
export const DEFAULT_BUSY_TIMEOUT_MS = 5000;

/**
 * Opens a SQLite file with the settings every ShipWeek connection must have.
 * busy_timeout comes first: switching to WAL (and reading the schema) already needs a lock, and a
 * program holding one (a database browser, a sync tool) must be waited for, not mistaken for damage.
 * WAL keeps readers off the writer's back; synchronous=FULL makes an acknowledged write survive
 * a power cut or a SIGKILL (NORMAL could lose the last transactions in WAL mode).
 */
export function openConnection(file: string, options: { readonly?: boolean; busyTimeoutMs?: number } = {}): Db {
  const db = new Database(file, {
    readonly: options.readonly ?? false,
    fileMustExist: options.readonly ?? false,
    timeout: options.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS,
  });
  try {
    db.pragma(`busy_timeout = ${Math.max(0, Math.trunc(options.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS))}`);
    if (!options.readonly) {
      db.pragma('journal_mode = WAL');
    }
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    return db;
  } catch (e) {
    db.close();
    throw e;
  }
}

/** Runs SQLite's quick_check; returns the problems found (empty when the file is sound). */
export function quickCheck(db: Db): string[] {
  const rows = db.pragma('quick_check') as { quick_check: string }[];
  return rows.map((r) => r.quick_check).filter((r) => r !== 'ok');
}

/** Full integrity_check, used by backups and the reliability tests. */
export function integrityCheck(db: Db): string[] {
  const rows = db.pragma('integrity_check') as { integrity_check: string }[];
  return rows.map((r) => r.integrity_check).filter((r) => r !== 'ok');
}
