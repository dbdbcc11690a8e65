/**
 * One browser-shell process per workspace: a lock file in the data folder holding the owner's pid
 * and address. A second `shipweek serve` on the same folder is refused with that address; a lock
 * left by a process that no longer exists (killed, machine crashed) is taken over.
 */
import fs from 'node:fs';
import path from 'node:path';

export const LOCK_FILE = 'serve.lock';

export interface LockOwner {
  pid: number;
  /** The address the owner serves, once it listens (null while it starts). */
  url: string | null;
  startedAt: string;
}

export class WorkspaceLockedError extends Error {
  constructor(
    readonly lockFile: string,
    readonly owner: LockOwner,
  ) {
    super(`ShipWeek is already serving this workspace (process ${owner.pid}${owner.url ? `, ${owner.url}` : ''}).`);
    this.name = 'WorkspaceLockedError';
  }
}

export interface WorkspaceLock {
  file: string;
  /** Records the address once the server listens, so a second launch can point the user to it. */
  setUrl(url: string): void;
  release(): void;
}

/** True while a process with this pid exists (EPERM: it exists but belongs to another user). */
export function processAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readOwner(file: string): LockOwner | null {
  try {
    const raw = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<LockOwner>;
    return typeof raw.pid === 'number'
      ? { pid: raw.pid, url: typeof raw.url === 'string' ? raw.url : null, startedAt: String(raw.startedAt ?? '') }
      : null;
  } catch {
    return null;
  }
}

/**
 * Takes the lock of `dataDir` for this process, or throws WorkspaceLockedError naming the live owner.
 * Creation uses O_EXCL, so two launches racing for a free folder cannot both win; a stale lock is
 * first moved aside under a name only this process uses, so two launches racing to take over the same
 * stale lock cannot both win either (the loser finds a live owner in what it moved and puts it back).
 */
export function acquireWorkspaceLock(
  dataDir: string,
  options: { pid?: number; alive?: (pid: number) => boolean } = {},
): WorkspaceLock {
  const pid = options.pid ?? process.pid;
  const alive = options.alive ?? processAlive;
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, LOCK_FILE);
  let owner: LockOwner = { pid, url: null, startedAt: new Date().toISOString() };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      fs.writeFileSync(file, JSON.stringify(owner), { flag: 'wx', mode: 0o600 });
      let released = false;
      return {
        file,
        setUrl(url) {
          owner = { ...owner, url };
          fs.writeFileSync(file, JSON.stringify(owner), { mode: 0o600 });
        },
        release() {
          if (released) return;
          released = true;
          // Only our own lock is removed: never one another process took over meanwhile.
          if (readOwner(file)?.pid === pid) fs.rmSync(file, { force: true });
        },
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    const current = readOwner(file);
    if (current && current.pid !== pid && alive(current.pid)) throw new WorkspaceLockedError(file, current);
    // Stale (dead owner, or an unreadable half-written file): move it aside and look at what we moved.
    const aside = `${file}.${pid}.stale`;
    try {
      fs.renameSync(file, aside);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') continue;
      throw e;
    }
    const moved = readOwner(aside);
    if (moved && moved.pid !== pid && alive(moved.pid)) {
      // Another launch took the lock over between our read and our rename: give it back.
      fs.renameSync(aside, file);
      throw new WorkspaceLockedError(file, moved);
    }
    fs.rmSync(aside, { force: true });
  }
  const last = readOwner(file);
  throw new WorkspaceLockedError(file, last ?? { pid: -1, url: null, startedAt: '' });
}
