import fs from 'node:fs';
import path from 'node:path';
import { integrityCheck, openConnection, type Db } from './connection';
import { userVersion } from './migrate';

export interface BackupInfo {
  file: string;
  takenAt: Date;
}

const BACKUP_PATTERN = /^workspace-(\d{8}T\d{6}\d{3}Z)-v(\d+)\.sqlite$/;

function stamp(d: Date): string {
  return d.toISOString().replace(/[-:.]/g, '');
}

function parseStamp(s: string): Date {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z$/.exec(s);
  if (!m) return new Date(0);
  return new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!, +m[7]!));
}

/** Backups in `dir`, newest first. */
export function listBackups(dir: string): BackupInfo[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .map((name) => ({ name, m: BACKUP_PATTERN.exec(name) }))
    .filter((x): x is { name: string; m: RegExpExecArray } => x.m !== null)
    .map(({ name, m }) => ({ file: path.join(dir, name), takenAt: parseStamp(m[1]!) }))
    .sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime() || b.file.localeCompare(a.file));
}

/** Checks a backup file on its own: it opens, passes integrity_check and has a schema. */
export function verifyBackup(file: string): boolean {
  let db: Db | undefined;
  try {
    db = openConnection(file, { readonly: true });
    return integrityCheck(db).length === 0 && userVersion(db) > 0;
  } catch {
    return false;
  } finally {
    db?.close();
  }
}

/**
 * Writes a consistent copy of the open database with VACUUM INTO (a snapshot even while WAL holds
 * uncheckpointed pages), verifies it, and keeps the newest `keep` backups. A copy that fails
 * verification is deleted and reported, never left to be restored later.
 */
export function takeVerifiedBackup(db: Db, dir: string, now: Date, keep = 7): BackupInfo {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `workspace-${stamp(now)}-v${userVersion(db)}.sqlite`);
  const tmp = `${file}.partial`;
  fs.rmSync(tmp, { force: true });
  db.prepare('VACUUM INTO ?').run(tmp);
  if (!verifyBackup(tmp)) {
    fs.rmSync(tmp, { force: true });
    throw new Error(`The backup written to ${tmp} failed its integrity check`);
  }
  fs.renameSync(tmp, file);
  for (const old of listBackups(dir).slice(keep)) fs.rmSync(old.file, { force: true });
  return { file, takenAt: now };
}
