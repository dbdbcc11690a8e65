import fs from 'node:fs';
import path from 'node:path';
import { integrityCheck, openConnection, type Db } from './connection';
import { userVersion } from './migrate';

/*
 * Backups are ordered by a sequence number that only grows (one more than the highest on disk) and
 * record the workspace revision they hold. The timestamp in the name is for people; it never decides
 * which backup is newest or which one is restored, because the wall clock can jump (a start with the
 * clock six months ahead must not stop daily backups, nor win a restore later).
 */

export interface BackupInfo {
  file: string;
  /** Monotonic: a later backup always has a higher sequence. 0 for backups named before sequences existed. */
  seq: number;
  /** The workspace revision the backup holds, from its name (-1 when the name predates revisions). */
  revision: number;
  /** Wall-clock time when it was taken, as the clock said then (informational only). */
  takenAt: Date;
}

const BACKUP_PATTERN = /^workspace-(\d{8}T\d{6}\d{3}Z)-s(\d+)-r(\d+)-v(\d+)\.sqlite$/;
/** Names written before backups had a sequence (kept readable so old backups still restore). */
const LEGACY_PATTERN = /^workspace-(\d{8}T\d{6}\d{3}Z)-v(\d+)\.sqlite$/;

function stamp(d: Date): string {
  const t = d.getTime();
  // A clock set absurdly far still gets a valid name; the stamp carries no meaning for ordering.
  return (Number.isFinite(t) && t >= 0 && t < 253402300800000 ? d : new Date(0)).toISOString().replace(/[-:.]/g, '');
}

function parseStamp(s: string): Date {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z$/.exec(s);
  if (!m) return new Date(0);
  return new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!, +m[7]!));
}

/** Backups in `dir`, newest first by sequence (legacy ones after, newest stamp first). */
export function listBackups(dir: string): BackupInfo[] {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return [];
  }
  const out: BackupInfo[] = [];
  for (const name of names) {
    const m = BACKUP_PATTERN.exec(name);
    if (m) {
      out.push({ file: path.join(dir, name), takenAt: parseStamp(m[1]!), seq: Number(m[2]), revision: Number(m[3]) });
      continue;
    }
    const legacy = LEGACY_PATTERN.exec(name);
    if (legacy) out.push({ file: path.join(dir, name), takenAt: parseStamp(legacy[1]!), seq: 0, revision: -1 });
  }
  return out.sort((a, b) => b.seq - a.seq || b.takenAt.getTime() - a.takenAt.getTime() || b.file.localeCompare(a.file));
}

/**
 * The workspace revision stored in an open database (see migration 0003); 0 before that migration.
 * @example workspaceRevision(db) // 42
 */
export function workspaceRevision(db: Db): number {
  const hasMeta = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'workspace_meta'").get();
  if (!hasMeta) return 0;
  const row = db.prepare("SELECT value FROM workspace_meta WHERE key = 'revision'").get() as
    { value: number } | undefined;
  return row?.value ?? 0;
}

/** Checks a backup file on its own: it opens, passes integrity_check and has a schema. */
export function verifyBackup(file: string): boolean {
  return readVerifiedBackup(file) !== null;
}

/** The revision a backup file really holds when it verifies; null when it does not. */
function readVerifiedBackup(file: string): { revision: number } | null {
  let db: Db | undefined;
  try {
    db = openConnection(file, { readonly: true });
    if (integrityCheck(db).length > 0 || userVersion(db) <= 0) return null;
    return { revision: workspaceRevision(db) };
  } catch {
    return null;
  } finally {
    db?.close();
  }
}

/**
 * The backup to restore: the one holding the highest workspace revision among those that verify
 * (the revision is read from the file itself, not trusted from its name); ties go to the later
 * sequence. Returns null when no backup verifies.
 */
export function bestBackup(dir: string): BackupInfo | null {
  let best: { info: BackupInfo; revision: number } | null = null;
  for (const info of listBackups(dir)) {
    const verified = readVerifiedBackup(info.file);
    if (!verified) continue;
    if (!best || verified.revision > best.revision) best = { info, revision: verified.revision };
  }
  return best ? { ...best.info, revision: best.revision } : null;
}

/**
 * Writes a consistent copy of the open database with VACUUM INTO (a snapshot even while WAL holds
 * uncheckpointed pages), verifies it, and keeps the newest `keep` backups by sequence. A copy that
 * fails — verification, a full disk, a folder that cannot be written — is deleted and the error
 * thrown: no `.partial` file is ever left to be mistaken for a backup.
 */
export function takeVerifiedBackup(db: Db, dir: string, now: Date, keep = 7): BackupInfo {
  fs.mkdirSync(dir, { recursive: true });
  const existing = listBackups(dir);
  const seq = Math.max(0, ...existing.map((b) => b.seq)) + 1;
  const revision = workspaceRevision(db);
  const file = path.join(
    dir,
    `workspace-${stamp(now)}-s${String(seq).padStart(6, '0')}-r${revision}-v${userVersion(db)}.sqlite`,
  );
  const tmp = `${file}.partial`;
  try {
    fs.rmSync(tmp, { force: true });
    db.prepare('VACUUM INTO ?').run(tmp);
    if (!verifyBackup(tmp)) throw new Error(`The backup written to ${tmp} failed its integrity check`);
    fs.renameSync(tmp, file);
  } finally {
    fs.rmSync(tmp, { force: true });
  }
  for (const old of listBackups(dir).slice(keep)) fs.rmSync(old.file, { force: true });
  return { file, takenAt: now, seq, revision };
}

/**
 * Whether start-up should take a backup now. The newest backup by sequence decides, not the wall
 * clock alone: nothing changed since it (same revision) → no; it predates revisions → yes; the clock
 * says at least `everyMs` passed, or that it was taken in the "future" (the clock jumped back since)
 * → yes. So a clock set months ahead once cannot stop daily backups afterwards.
 */
export function backupDue(dir: string, revision: number, now: Date, everyMs: number): boolean {
  const newest = listBackups(dir)[0];
  if (!newest) return true;
  if (newest.revision < 0) return true;
  if (newest.revision >= revision) return false;
  const elapsed = now.getTime() - newest.takenAt.getTime();
  return elapsed >= everyMs || elapsed < 0;
}
