import fs from 'node:fs';
import path from 'node:path';
import type { StartupReport } from '../../../shared/ipc/contract';
import { openConnection, quickCheck, type Db } from './connection';
import { listBackups, takeVerifiedBackup, verifyBackup } from './backup';
import { FutureDatabaseError, migrate, userVersion } from './migrate';
import { LATEST_VERSION } from './migrations';

export const WORKSPACE_FILE = 'workspace.sqlite';

export interface OpenWorkspaceOptions {
  dataDir: string;
  now?: () => Date;
  /** Fills a brand-new (or unrecoverable) workspace; runs inside the caller's open, before any backup. */
  seed: (db: Db) => void;
  /** Take a fresh backup when the newest one is older than this (default: one day). */
  backupEveryMs?: number;
}

export interface OpenedWorkspace {
  db: Db;
  file: string;
  report: StartupReport;
}

class DamagedDatabaseError extends Error {}

const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');

/** True when the file starts with SQLite's header; checked without opening, which would write to it. */
function hasSqliteHeader(file: string): boolean {
  const fd = fs.openSync(file, 'r');
  try {
    const head = Buffer.alloc(SQLITE_MAGIC.length);
    return fs.readSync(fd, head, 0, head.length, 0) === head.length && head.equals(SQLITE_MAGIC);
  } finally {
    fs.closeSync(fd);
  }
}

function openChecked(file: string): Db {
  // An existing file that is not SQLite (empty, truncated, overwritten) is damaged. Opening it would
  // let SQLite write a fresh header into it, destroying what the user should get to keep.
  if (fs.existsSync(file) && !hasSqliteHeader(file)) throw new DamagedDatabaseError('not a SQLite database file');
  let db: Db | undefined;
  try {
    db = openConnection(file);
    const problems = quickCheck(db);
    if (problems.length > 0) throw new DamagedDatabaseError(problems.slice(0, 3).join('; '));
    return db;
  } catch (e) {
    db?.close();
    if (e instanceof DamagedDatabaseError) throw e;
    // better-sqlite3 raises SQLITE_NOTADB / SQLITE_CORRUPT when the header or pages are garbage.
    throw new DamagedDatabaseError(e instanceof Error ? e.message : String(e));
  }
}

/** Moves a damaged database (and its WAL/SHM companions) aside so the user keeps it. */
function quarantine(file: string, dataDir: string, now: Date): string {
  const dir = path.join(dataDir, 'quarantine');
  fs.mkdirSync(dir, { recursive: true });
  const target = path.join(dir, `workspace-damaged-${now.toISOString().replace(/[-:.]/g, '')}.sqlite`);
  fs.renameSync(file, target);
  for (const suffix of ['-wal', '-shm']) {
    if (fs.existsSync(file + suffix)) fs.renameSync(file + suffix, target + suffix);
  }
  return target;
}

function copyAtomically(from: string, to: string): void {
  const tmp = `${to}.restoring`;
  fs.copyFileSync(from, tmp);
  const fd = fs.openSync(tmp, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(tmp, to);
}

/**
 * Opens the user's workspace database, whatever state it is in:
 * - missing: created, migrated and seeded with the sample;
 * - damaged (unreadable or failing quick_check): quarantined, the newest backup that verifies is
 *   restored, and the report says so; with no usable backup a fresh sample workspace is created and
 *   the report says that too — never a silent reset;
 * - older schema: a verified backup is taken, then the migrations run;
 * - newer schema: refused with FutureDatabaseError (the file is left untouched).
 */
export function openWorkspace(options: OpenWorkspaceOptions): OpenedWorkspace {
  const now = options.now ?? (() => new Date());
  const { dataDir } = options;
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, WORKSPACE_FILE);
  const backupsDir = path.join(dataDir, 'backups');
  const existed = fs.existsSync(file);

  let db: Db;
  let status: StartupReport['status'] = existed ? 'ok' : 'created';
  let quarantinedPath: string | null = null;
  let restoredFrom: string | null = null;
  try {
    db = openChecked(file);
    // A file that exists but holds no schema while a verified backup does (e.g. truncated to zero
    // bytes) lost the user's data: treat it as damaged rather than silently starting over.
    if (existed && userVersion(db) === 0 && listBackups(backupsDir).some((b) => verifyBackup(b.file))) {
      db.close();
      throw new DamagedDatabaseError('the workspace file is empty but backups exist');
    }
  } catch (e) {
    if (!existed || !(e instanceof DamagedDatabaseError)) throw e;
    quarantinedPath = quarantine(file, dataDir, now());
    const good = listBackups(backupsDir).find((b) => verifyBackup(b.file));
    if (good) {
      copyAtomically(good.file, file);
      restoredFrom = good.file;
      status = 'restored';
    } else {
      status = 'recreated';
    }
    db = openChecked(file);
  }

  const fromVersion = userVersion(db);
  try {
    if (fromVersion > LATEST_VERSION) throw new FutureDatabaseError(fromVersion, LATEST_VERSION);
    if (fromVersion > 0 && fromVersion < LATEST_VERSION) {
      takeVerifiedBackup(db, backupsDir, now());
      if (status === 'ok') status = 'migrated';
    }
    migrate(db);
    // Seeding is keyed on "no scenario yet" rather than "new file": a first start killed between
    // the schema and the sample must still end with the sample, not an empty workspace.
    const scenarios = (db.prepare('SELECT count(*) AS n FROM scenario').get() as { n: number }).n;
    if (scenarios === 0) db.transaction(() => options.seed(db)).immediate();
    const newest = listBackups(backupsDir)[0];
    const every = options.backupEveryMs ?? 24 * 3600 * 1000;
    if (!newest || now().getTime() - newest.takenAt.getTime() >= every) takeVerifiedBackup(db, backupsDir, now());
  } catch (e) {
    db.close();
    throw e;
  }
  return {
    db,
    file,
    report: { status, quarantinedPath, restoredFrom, fromVersion: existed ? fromVersion : null, toVersion: userVersion(db) },
  };
}
