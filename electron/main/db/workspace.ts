import fs from 'node:fs';
import path from 'node:path';
import type { StartupReport } from '../../../shared/ipc/contract';
import { openConnection, quickCheck, type Db } from './connection';
import { backupDue, bestBackup, takeVerifiedBackup, workspaceRevision } from './backup';
import { FutureDatabaseError, migrate, userVersion } from './migrate';
import { LATEST_VERSION } from './migrations';
import { classifyOpenError, DamagedDatabaseError, isDamageCode, WorkspaceUnavailableError } from './workspaceErrors';

export { DamagedDatabaseError, WorkspaceUnavailableError } from './workspaceErrors';

export const WORKSPACE_FILE = 'workspace.sqlite';
export const QUARANTINE_DIR = 'quarantine';

export interface OpenWorkspaceOptions {
  dataDir: string;
  now?: () => Date;
  /** Fills a brand-new (or unrecoverable) workspace; runs inside the caller's open, before any backup. */
  seed: (db: Db) => void;
  /** Take a fresh backup when the newest one is older than this and the workspace changed since (default: one day). */
  backupEveryMs?: number;
  /** How long to wait for another program's lock before saying so (default: 5 s). */
  busyTimeoutMs?: number;
  /**
   * Open without writing anything (no migration, seed or backup), e.g. while another program holds
   * the write lock: the user can read their plan, and every save is refused by SQLite.
   */
  readOnly?: boolean;
}

export interface OpenedWorkspace {
  db: Db;
  file: string;
  report: StartupReport;
}

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

/**
 * Opens and checks the workspace file. Throws DamagedDatabaseError only for real damage (not SQLite,
 * SQLite's corruption codes, a failing quick_check); every other failure becomes a
 * WorkspaceUnavailableError that touches nothing.
 */
function openChecked(file: string, options: { busyTimeoutMs?: number; readOnly?: boolean }): Db {
  let db: Db | undefined;
  const existedBefore = fs.existsSync(file);
  try {
    // An existing file that is not SQLite (empty, truncated, overwritten) is damaged. Opening it would
    // let SQLite write a fresh header into it, destroying what the user should get to keep.
    if (existedBefore && !hasSqliteHeader(file)) throw new DamagedDatabaseError('not a SQLite database file');
    db = openConnection(file, { busyTimeoutMs: options.busyTimeoutMs, readonly: options.readOnly });
    const problems = quickCheck(db);
    if (problems.length > 0) throw new DamagedDatabaseError(problems.slice(0, 3).join('; '));
    return db;
  } catch (e) {
    db?.close();
    if (e instanceof DamagedDatabaseError) throw e;
    const code = typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : '';
    if (isDamageCode(code)) throw new DamagedDatabaseError(e instanceof Error ? e.message : String(e));
    // Opening an existing file and checking it only reads its schema: a plain SQL error there means the
    // schema text itself is broken (a flipped byte turned json_extract into an unknown function), which
    // is damage the backups can undo, not a reason to stop.
    if (code === 'SQLITE_ERROR' && existedBefore)
      throw new DamagedDatabaseError(e instanceof Error ? e.message : String(e));
    throw classifyOpenError(e, file);
  }
}

/** Copies a backup next to the workspace and fsyncs it; the copy is removed again if anything fails. */
function stageRestore(from: string, file: string): string {
  const tmp = `${file}.restoring`;
  try {
    fs.rmSync(tmp, { force: true });
    fs.copyFileSync(from, tmp);
    const fd = fs.openSync(tmp, 'r+');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    return tmp;
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw classifyOpenError(e, file);
  }
}

/** Moves a damaged database (and its WAL/SHM companions) aside so the user keeps it. */
function quarantine(file: string, dataDir: string, now: Date): string {
  const dir = path.join(dataDir, QUARANTINE_DIR);
  const t = now.getTime();
  const when = (Number.isFinite(t) && t >= 0 && t < 253402300800000 ? now : new Date(0))
    .toISOString()
    .replace(/[-:.]/g, '');
  let target = path.join(dir, `workspace-damaged-${when}.sqlite`);
  try {
    fs.mkdirSync(dir, { recursive: true });
    for (let n = 2; fs.existsSync(target); n++) target = path.join(dir, `workspace-damaged-${when}-${n}.sqlite`);
    fs.renameSync(file, target);
    for (const suffix of ['-wal', '-shm']) {
      if (fs.existsSync(file + suffix)) fs.renameSync(file + suffix, target + suffix);
    }
  } catch (e) {
    throw classifyOpenError(e, file);
  }
  return target;
}

/**
 * SQLite quietly falls back to a read-only open when it cannot write the file, and the app would then
 * start and refuse every save. Checking the file and its folder first says so before anything else.
 */
function assertWritable(db: Db, file: string): void {
  try {
    fs.accessSync(file, fs.constants.W_OK);
    fs.accessSync(path.dirname(file), fs.constants.W_OK);
  } catch (e) {
    db.close();
    throw classifyOpenError(e, file);
  }
}

/** Files kept in quarantine/ from earlier starts (damaged workspaces the user may want back). */
function quarantinedFiles(dataDir: string): string[] {
  try {
    return fs
      .readdirSync(path.join(dataDir, QUARANTINE_DIR))
      .filter((n) => n.endsWith('.sqlite'))
      .sort()
      .map((n) => path.join(dataDir, QUARANTINE_DIR, n));
  } catch {
    return [];
  }
}

/**
 * Opens the user's workspace database, whatever state it is in:
 * - missing, first run: created, migrated and seeded with the sample;
 * - missing although backups or quarantined files exist: the best backup is restored, or a new
 *   sample is created — and the report says so; never greeted as a first run;
 * - damaged (not SQLite, a corruption code, failing quick_check): the best backup (highest revision
 *   that verifies) is first copied beside it, and only once that copy succeeded is the damaged file
 *   moved to quarantine/ and replaced. With no usable backup it is quarantined and a new sample
 *   created, and the report says so — never a silent reset;
 * - locked by another program, on a full disk, in a read-only or forbidden folder: nothing is moved
 *   or changed, and a WorkspaceUnavailableError says what happened and to which file;
 * - older schema: a verified backup is taken, then the migrations run;
 * - newer schema: refused with FutureDatabaseError (the file is left untouched).
 * A daily backup that fails never blocks the start: the report carries the reason.
 */
export function openWorkspace(options: OpenWorkspaceOptions): OpenedWorkspace {
  const now = options.now ?? (() => new Date());
  const { dataDir } = options;
  const file = path.join(dataDir, WORKSPACE_FILE);
  const backupsDir = path.join(dataDir, 'backups');
  if (options.readOnly) return openReadOnly(file, options.busyTimeoutMs);
  try {
    fs.mkdirSync(dataDir, { recursive: true });
  } catch (e) {
    throw classifyOpenError(e, file);
  }
  const existed = fs.existsSync(file);

  let status: StartupReport['status'] = existed ? 'ok' : 'created';
  let cause: StartupReport['cause'] = null;
  let quarantinedPath: string | null = null;
  let restoredFrom: string | null = null;

  if (!existed) {
    // A missing file beside backups or quarantined copies is lost work, not a first run.
    const good = bestBackup(backupsDir);
    const kept = quarantinedFiles(dataDir);
    if (good) {
      fs.renameSync(stageRestore(good.file, file), file);
      restoredFrom = good.file;
      status = 'restored';
      cause = 'missing';
    } else if (kept.length > 0) {
      status = 'recreated';
      cause = 'missing';
      quarantinedPath = kept[kept.length - 1]!;
    }
  }

  let db: Db;
  try {
    db = openChecked(file, options);
    assertWritable(db, file);
    // A file that exists but holds no schema while a verified backup does (e.g. truncated to zero
    // bytes) lost the user's data: treat it as damaged rather than silently starting over.
    if (existed && userVersion(db) === 0 && bestBackup(backupsDir)) {
      db.close();
      throw new DamagedDatabaseError('the workspace file is empty but backups exist');
    }
  } catch (e) {
    if (!existed || !(e instanceof DamagedDatabaseError)) throw e;
    const good = bestBackup(backupsDir);
    // Nothing is renamed until the restore is known to fit: the copy is staged first.
    const staged = good ? stageRestore(good.file, file) : null;
    try {
      quarantinedPath = quarantine(file, dataDir, now());
    } catch (qe) {
      if (staged) fs.rmSync(staged, { force: true });
      throw qe;
    }
    cause = 'damaged';
    if (good && staged) {
      fs.renameSync(staged, file);
      restoredFrom = good.file;
      status = 'restored';
    } else {
      status = 'recreated';
    }
    db = openChecked(file, options);
    assertWritable(db, file);
  }

  const fromVersion = userVersion(db);
  let backupProblem: string | null = null;
  const backup = (): void => {
    try {
      takeVerifiedBackup(db, backupsDir, now());
    } catch (e) {
      backupProblem = classifyOpenError(e, backupsDir).message;
    }
  };
  try {
    if (fromVersion > LATEST_VERSION) throw new FutureDatabaseError(fromVersion, LATEST_VERSION);
    if (fromVersion > 0 && fromVersion < LATEST_VERSION) {
      backup();
      if (status === 'ok') status = 'migrated';
    }
    migrate(db);
    // Seeding is keyed on "no scenario yet" rather than "new file": a first start killed between
    // the schema and the sample must still end with the sample, not an empty workspace.
    const scenarios = (db.prepare('SELECT count(*) AS n FROM scenario').get() as { n: number }).n;
    if (scenarios === 0) db.transaction(() => options.seed(db)).immediate();
    if (
      backupProblem === null &&
      backupDue(backupsDir, workspaceRevision(db), now(), options.backupEveryMs ?? 24 * 3600 * 1000)
    )
      backup();
  } catch (e) {
    db.close();
    if (e instanceof FutureDatabaseError) throw e;
    const code = typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : '';
    if (isDamageCode(code)) throw e;
    throw classifyOpenError(e, file);
  }
  return {
    db,
    file,
    report: {
      status,
      cause,
      quarantinedPath,
      restoredFrom,
      fromVersion: existed ? fromVersion : null,
      toVersion: userVersion(db),
      readOnly: false,
      backupProblem,
    },
  };
}

/** Read-only open (see OpenWorkspaceOptions.readOnly): refuses a schema it would have to migrate. */
function openReadOnly(file: string, busyTimeoutMs: number | undefined): OpenedWorkspace {
  if (!fs.existsSync(file)) throw new WorkspaceUnavailableError('io', file, 'the workspace file does not exist');
  const db = openChecked(file, { busyTimeoutMs, readOnly: true });
  const version = userVersion(db);
  if (version !== LATEST_VERSION) {
    db.close();
    if (version > LATEST_VERSION) throw new FutureDatabaseError(version, LATEST_VERSION);
    throw new WorkspaceUnavailableError(
      'io',
      file,
      `schema version ${version} must be upgraded, which needs write access`,
    );
  }
  return {
    db,
    file,
    report: {
      status: 'ok',
      cause: null,
      quarantinedPath: null,
      restoredFrom: null,
      fromVersion: version,
      toVersion: version,
      readOnly: true,
      backupProblem: null,
    },
  };
}
