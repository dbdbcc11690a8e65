import fs from 'node:fs';
import path from 'node:path';

/*
 * What went wrong while opening the workspace, sorted into what the user can act on. Only real
 * damage (SQLite's corruption codes, a file that is not SQLite, a failing quick_check) may lead to
 * quarantine and restore; every other failure — a lock held by another program, a full disk, a
 * read-only folder — leaves every file exactly where it is and says what to do.
 */

/** Why a workspace could not be opened, for the user (the file is untouched in every case). */
export type WorkspaceProblemKind = 'busy' | 'noSpace' | 'readOnly' | 'permission' | 'io';

/** The workspace is healthy (or unknown) but cannot be used right now; nothing was moved or changed. */
export class WorkspaceUnavailableError extends Error {
  constructor(
    readonly kind: WorkspaceProblemKind,
    /** The file or folder the problem is about. */
    readonly target: string,
    /** The underlying error's message, for the details. */
    readonly detail: string,
  ) {
    super(describeProblem(kind, target, detail));
    this.name = 'WorkspaceUnavailableError';
  }
}

/** A file that really is damaged: not SQLite, or failing SQLite's own checks. */
export class DamagedDatabaseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DamagedDatabaseError';
  }
}

function describeProblem(kind: WorkspaceProblemKind, target: string, detail: string): string {
  switch (kind) {
    case 'busy':
      return `Another program is holding the workspace ${target} (a database browser, a sync or backup tool?). Close it, then retry. Nothing was changed. (${detail})`;
    case 'noSpace':
      return `The disk holding ${target} is full: ShipWeek cannot open or save the workspace. Free some space, then start ShipWeek again. Nothing was changed. (${detail})`;
    case 'readOnly':
      return `The folder ${target} is read-only: ShipWeek cannot save the workspace there. Make it writable, then start ShipWeek again. Nothing was changed. (${detail})`;
    case 'permission':
      return `ShipWeek is not allowed to write to ${target}. Check the folder's permissions, then start ShipWeek again. Nothing was changed. (${detail})`;
    case 'io':
      return `ShipWeek could not read or write ${target}. Nothing was changed. (${detail})`;
  }
}

function codeOf(e: unknown): string {
  return typeof e === 'object' && e !== null && 'code' in e && typeof (e as { code: unknown }).code === 'string'
    ? (e as { code: string }).code
    : '';
}

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/**
 * True for SQLite's codes that mean the bytes on disk are not a sound database. A short read is one
 * of them: the file is shorter than its own header says.
 */
export function isDamageCode(code: string): boolean {
  return code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_IOERR_SHORT_READ';
}

/** Bytes a start-up needs besides the file itself (the -shm index, the first WAL frames, a journal). */
const MIN_FREE_BYTES = 1024 * 1024;

/** Looks at the folder itself to tell a full disk or a read-only folder from other I/O errors. */
function probeFolder(dir: string): WorkspaceProblemKind | null {
  try {
    const s = fs.statfsSync(dir);
    if (s.bavail * s.bsize < MIN_FREE_BYTES) return 'noSpace';
  } catch {
    // statfs is best effort; the write probe below still decides.
  }
  const probe = path.join(dir, `.shipweek-probe-${process.pid}`);
  try {
    fs.writeFileSync(probe, Buffer.alloc(64 * 1024));
    return null;
  } catch (e) {
    return kindOfErrno(codeOf(e));
  } finally {
    try {
      fs.rmSync(probe, { force: true });
    } catch {
      // A probe that cannot be removed is harmless and named after the process.
    }
  }
}

function kindOfErrno(code: string): WorkspaceProblemKind | null {
  if (code === 'ENOSPC' || code === 'EDQUOT') return 'noSpace';
  if (code === 'EROFS') return 'readOnly';
  if (code === 'EACCES' || code === 'EPERM') return 'permission';
  if (code === 'EBUSY' || code === 'ETXTBSY') return 'busy';
  return null;
}

/**
 * Turns any non-damage error met while opening the workspace into a WorkspaceUnavailableError that
 * says what the user can do. SQLite's codes decide where they can; for the vague ones (CANTOPEN,
 * other I/O errors) the folder is probed for free space and writability.
 * @example classifyOpenError(sqliteBusyError, '/data/workspace.sqlite').kind // 'busy'
 */
export function classifyOpenError(e: unknown, file: string): WorkspaceUnavailableError {
  if (e instanceof WorkspaceUnavailableError) return e;
  const code = codeOf(e);
  const detail = code ? `${code}: ${messageOf(e)}` : messageOf(e);
  const dir = path.dirname(file);
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'))
    return new WorkspaceUnavailableError('busy', file, detail);
  if (code === 'SQLITE_FULL') return new WorkspaceUnavailableError('noSpace', dir, detail);
  const errnoKind = kindOfErrno(code);
  if (errnoKind) return new WorkspaceUnavailableError(errnoKind, errnoKind === 'busy' ? file : dir, detail);
  if (
    code.startsWith('SQLITE_READONLY') ||
    code === 'SQLITE_PERM' ||
    code === 'SQLITE_CANTOPEN' ||
    code.startsWith('SQLITE_IOERR') ||
    code.startsWith('SQLITE_CANTOPEN')
  ) {
    const probed = fs.existsSync(dir) ? probeFolder(dir) : null;
    if (probed) return new WorkspaceUnavailableError(probed, probed === 'busy' ? file : dir, detail);
    if (code.startsWith('SQLITE_READONLY')) return new WorkspaceUnavailableError('readOnly', dir, detail);
  }
  return new WorkspaceUnavailableError('io', file, detail);
}
