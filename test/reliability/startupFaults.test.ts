import fs from 'node:fs';
import path from 'node:path';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import {
  openWorkspace,
  QUARANTINE_DIR,
  WORKSPACE_FILE,
  WorkspaceUnavailableError,
  type OpenedWorkspace,
} from '../../electron/main/db/workspace';
import { openConnection } from '../../electron/main/db/connection';
import { listBackups } from '../../electron/main/db/backup';
import { createWorkspaceService, seedSampleWorkspace } from '../../electron/main/services/workspaceService';
import { dumpDatabase, recordFigure, REPO_ROOT, tempDir } from './support';

/**
 * Start-up under fault: the environment goes wrong while the workspace itself is healthy — a full
 * disk, another program's lock, a read-only folder, a backup that cannot be written, the clock
 * jumping six months either way. Every scenario uses a real file-system state (tmpfs mounts filled
 * to the last byte or remounted read-only), a real second process or a real clock value passed in.
 * None may quarantine a healthy workspace or lose a save it acknowledged.
 */

const dirs: string[] = [];
const mounts: string[] = [];
afterAll(() => {
  for (const m of mounts.splice(0)) unmount(m);
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

function dir(prefix: string): string {
  const d = tempDir(prefix);
  dirs.push(d);
  return d;
}

/** tmpfs mounts need root and mount rights; the machines this suite runs on have both (checked here). */
const canMount = (() => {
  const probe = tempDir('mount-probe');
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', probe], { stdio: 'ignore' });
    execFileSync('umount', [probe], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  } finally {
    fs.rmSync(probe, { recursive: true, force: true });
  }
})();

function mountTmpfs(sizeBytes: number): string {
  const d = dir('tmpfs');
  execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${sizeBytes}`, 'tmpfs', d]);
  mounts.push(d);
  return d;
}

function unmount(d: string): void {
  try {
    execFileSync('umount', ['-l', d], { stdio: 'ignore' });
  } catch {
    // Already unmounted.
  }
}

/** Fills the file system holding `d` until at most `leaveBytes` remain free. */
function fillDisk(d: string, leaveBytes = 0): string {
  const filler = path.join(d, 'filler.bin');
  const s = fs.statfsSync(d);
  const free = s.bavail * s.bsize;
  const fd = fs.openSync(filler, 'w');
  try {
    const chunk = Buffer.alloc(64 * 1024, 1);
    let left = Math.max(0, free - leaveBytes);
    while (left > 0) {
      const n = fs.writeSync(fd, chunk, 0, Math.min(chunk.length, left));
      left -= n;
    }
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOSPC') throw e;
  } finally {
    fs.closeSync(fd);
  }
  return filler;
}

const clock = Date.UTC(2026, 10, 2, 9, 0, 0);
const DAY = 24 * 3600 * 1000;

function open(dataDir: string, at = clock, extra: Partial<Parameters<typeof openWorkspace>[0]> = {}): OpenedWorkspace {
  return openWorkspace({
    dataDir,
    now: () => new Date(at),
    seed: (db) => seedSampleWorkspace(db, new Date(at)),
    busyTimeoutMs: 200,
    ...extra,
  });
}

/** A workspace with the user's saves in it; returns the dump every later open must still show. */
function makeWorkspace(dataDir: string, warehouses = 3): string {
  const ws = open(dataDir);
  const svc = createWorkspaceService(ws.db, () => new Date(clock));
  const sid = svc.getPrefs().currentScenarioId!;
  // Each with the sample's full week, so the file has the size of a real workspace.
  for (let i = 0; i < warehouses; i++)
    svc.createWarehouse(
      sid,
      { name: `Saved ${i} ${'depot '.repeat(10)}`, zip: '89502', timeZone: 'America/Los_Angeles' },
      { kind: 'sample' },
    );
  svc.setPrefs({ theme: 'dark' });
  ws.db.close();
  return dumpOf(dataDir);
}

function dumpOf(dataDir: string): string {
  // Read-write on purpose: a read-only connection cannot remove the -wal/-shm files when it closes,
  // and a later start would find them already there (hiding a full disk).
  const db = openConnection(path.join(dataDir, WORKSPACE_FILE));
  try {
    return dumpDatabase(db);
  } finally {
    db.close();
  }
}

function quarantineCount(dataDir: string): number {
  try {
    return fs.readdirSync(path.join(dataDir, QUARANTINE_DIR)).length;
  } catch {
    return 0;
  }
}

function leftovers(dataDir: string): string[] {
  const found: string[] = [];
  for (const d of [dataDir, path.join(dataDir, 'backups')]) {
    try {
      for (const n of fs.readdirSync(d)) if (/\.(partial|restoring)$/.test(n)) found.push(path.join(d, n));
    } catch {
      // No such folder.
    }
  }
  return found;
}

function unavailable(fn: () => unknown): WorkspaceUnavailableError {
  try {
    const r = fn() as OpenedWorkspace | undefined;
    r?.db.close();
  } catch (e) {
    if (e instanceof WorkspaceUnavailableError) return e;
    throw e;
  }
  throw new Error('expected the open to be refused');
}

/** Tally for the printed figure: every fault checked for quarantine and lost saves. */
const tally = { faults: [] as string[], quarantined: 0, lost: 0 };
function settle(name: string, dataDir: string, expectedDump: string | null): void {
  tally.faults.push(name);
  if (quarantineCount(dataDir) > 0) tally.quarantined++;
  if (expectedDump !== null && dumpOf(dataDir) !== expectedDump) tally.lost++;
}

/** Holds an exclusive lock on the workspace from a second process, as a database browser mid-edit does. */
async function holdLock(file: string): Promise<ChildProcess> {
  const script = `
    const Database = require('better-sqlite3');
    const db = new Database(process.argv[1]);
    db.pragma('locking_mode = EXCLUSIVE');
    db.exec('BEGIN EXCLUSIVE');
    db.prepare("UPDATE pref SET value = value").run();
    process.stdout.write('locked\\n');
    process.stdin.on('end', () => { db.exec('ROLLBACK'); db.close(); process.exit(0); });
    process.stdin.resume();
  `;
  const child = spawn(process.execPath, ['-e', script, file], { cwd: REPO_ROOT, stdio: ['pipe', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (d: Buffer) => d.toString().includes('locked') && resolve());
    child.on('exit', (code) => reject(new Error(`lock holder exited with ${code}`)));
  });
  return child;
}

describe('start-up under fault: only real damage is damage', () => {
  it('another process holding a lock: waits, then names the file; nothing moved; opens once released', async () => {
    const dataDir = dir('lock');
    const before = makeWorkspace(dataDir);
    const file = path.join(dataDir, WORKSPACE_FILE);
    const holder = await holdLock(file);
    try {
      const err = unavailable(() => open(dataDir, clock + 2 * DAY));
      expect(err.kind).toBe('busy');
      expect(err.target).toBe(file);
      expect(err.message).toContain(file);
      expect(quarantineCount(dataDir)).toBe(0);
      expect(fs.existsSync(file)).toBe(true);
    } finally {
      holder.stdin!.end();
      await new Promise((r) => holder.once('exit', r));
    }
    const ws = open(dataDir, clock + 2 * DAY);
    expect(ws.report.status).toBe('ok');
    ws.db.close();
    settle('lock held', dataDir, before);
  });

  it('a lock that only blocks writers can be opened read-only, and saves are then refused', async () => {
    const dataDir = dir('lock-ro');
    const before = makeWorkspace(dataDir);
    const ws = open(dataDir, clock, { readOnly: true });
    expect(ws.report.readOnly).toBe(true);
    const svc = createWorkspaceService(ws.db, () => new Date(clock));
    expect(svc.listScenarios()).toHaveLength(1);
    expect(() => svc.setPrefs({ theme: 'light' })).toThrow(/readonly/i);
    ws.db.close();
    settle('read-only open', dataDir, before);
  });

  it.skipIf(!canMount)('disk full at start-up: says so, touches nothing; starts normally once space is freed', () => {
    const mount = mountTmpfs(8 * 1024 * 1024);
    const dataDir = path.join(mount, 'ws');
    const before = makeWorkspace(dataDir);
    const bytes = fs.readFileSync(path.join(dataDir, WORKSPACE_FILE));
    const filler = fillDisk(mount);
    const err = unavailable(() => open(dataDir, clock + 2 * DAY));
    expect(err.kind).toBe('noSpace');
    expect(err.message).toMatch(/full/);
    expect(fs.readFileSync(path.join(dataDir, WORKSPACE_FILE)).equals(bytes)).toBe(true);
    expect(quarantineCount(dataDir)).toBe(0);
    fs.rmSync(filler);
    const ws = open(dataDir, clock + 2 * DAY);
    expect(ws.report.status).toBe('ok');
    expect(ws.report.cause).toBeNull();
    ws.db.close();
    settle('disk full', dataDir, before);
  });

  it.skipIf(!canMount)('read-only data folder: says so, touches nothing (no "mkdir quarantine" failure)', () => {
    const mount = mountTmpfs(8 * 1024 * 1024);
    const dataDir = path.join(mount, 'ws');
    const before = makeWorkspace(dataDir);
    execFileSync('mount', ['-o', 'remount,ro', mount]);
    const err = unavailable(() => open(dataDir, clock + 2 * DAY));
    expect(err.kind).toBe('readOnly');
    expect(err.message).toContain('read-only');
    expect(quarantineCount(dataDir)).toBe(0);
    execFileSync('mount', ['-o', 'remount,rw', mount]);
    settle('read-only folder', dataDir, before);
  });

  it.skipIf(!canMount)(
    'damaged file on a full disk: nothing renamed until the restore fits; restored once space is freed',
    () => {
      const mount = mountTmpfs(8 * 1024 * 1024);
      const dataDir = path.join(mount, 'ws');
      makeWorkspace(dataDir, 20);
      const file = path.join(dataDir, WORKSPACE_FILE);
      const fd = fs.openSync(file, 'r+');
      fs.writeSync(fd, Buffer.alloc(8192, 0x5a), 0, 8192, 0);
      fs.closeSync(fd);
      const damaged = fs.readFileSync(file);
      const filler = fillDisk(mount);
      const err = unavailable(() => open(dataDir, clock + 2 * DAY));
      expect(err.kind).toBe('noSpace');
      expect(fs.readFileSync(file).equals(damaged)).toBe(true);
      expect(quarantineCount(dataDir)).toBe(0);
      expect(leftovers(dataDir)).toEqual([]);
      fs.rmSync(filler);
      const ws = open(dataDir, clock + 2 * DAY);
      expect(ws.report).toMatchObject({ status: 'restored', cause: 'damaged' });
      expect(fs.readFileSync(ws.report.quarantinedPath!).equals(damaged)).toBe(true);
      ws.db.close();
      tally.faults.push('damaged + disk full');
    },
  );

  it('a missing workspace beside quarantined files or backups is reported, never greeted as a first run', () => {
    const withBackups = dir('missing-b');
    makeWorkspace(withBackups);
    const backupDump = dumpOf(withBackups);
    // The newest backup holds the saves made before the last start; start once more so it does.
    open(withBackups, clock + 2 * DAY).db.close();
    fs.rmSync(path.join(withBackups, WORKSPACE_FILE));
    const restored = open(withBackups, clock + 3 * DAY);
    expect(restored.report).toMatchObject({ status: 'restored', cause: 'missing' });
    restored.db.close();
    expect(dumpOf(withBackups)).toBe(backupDump);

    const onlyQuarantine = dir('missing-q');
    makeWorkspace(onlyQuarantine);
    fs.mkdirSync(path.join(onlyQuarantine, QUARANTINE_DIR));
    fs.renameSync(
      path.join(onlyQuarantine, WORKSPACE_FILE),
      path.join(onlyQuarantine, QUARANTINE_DIR, 'workspace-damaged-20261101T000000000Z.sqlite'),
    );
    fs.rmSync(path.join(onlyQuarantine, 'backups'), { recursive: true });
    const recreated = open(onlyQuarantine, clock + 3 * DAY);
    expect(recreated.report).toMatchObject({ status: 'recreated', cause: 'missing' });
    expect(recreated.report.quarantinedPath).toContain(QUARANTINE_DIR);
    recreated.db.close();
    tally.faults.push('missing workspace');
  });
});

describe('start-up under fault: a failed backup never blocks the app', () => {
  it('backups folder not writable: starts with the healthy workspace and says why', () => {
    const dataDir = dir('bk-file');
    const before = makeWorkspace(dataDir);
    fs.rmSync(path.join(dataDir, 'backups'), { recursive: true });
    fs.writeFileSync(path.join(dataDir, 'backups'), 'a file where the backups folder should be');
    const ws = open(dataDir, clock + 2 * DAY);
    expect(ws.report.status).toBe('ok');
    expect(ws.report.backupProblem).toMatch(/backups/);
    ws.db.close();
    expect(leftovers(dataDir)).toEqual([]);
    settle('backups folder not writable', dataDir, before);
  });

  it.skipIf(!canMount)('disk too full for the backup: starts anyway, says so, leaves no .partial file', () => {
    const mount = mountTmpfs(8 * 1024 * 1024);
    const dataDir = path.join(mount, 'ws');
    const before = makeWorkspace(dataDir, 60);
    const size = fs.statSync(path.join(dataDir, WORKSPACE_FILE)).size;
    expect(size).toBeGreaterThan(160 * 1024);
    // Room for the -shm index and a few WAL frames, not for a copy of the file.
    const filler = fillDisk(mount, 96 * 1024);
    const backupsBefore = listBackups(path.join(dataDir, 'backups')).length;
    const ws = open(dataDir, clock + 2 * DAY);
    expect(ws.report.status).toBe('ok');
    expect(ws.report.backupProblem).toMatch(/full/);
    ws.db.close();
    expect(leftovers(dataDir)).toEqual([]);
    expect(listBackups(path.join(dataDir, 'backups'))).toHaveLength(backupsBefore);
    fs.rmSync(filler);
    settle('backup on a full disk', dataDir, before);
  });
});

describe('start-up under fault: backups survive clock jumps', () => {
  /** One app start at `at`: open (which may back up), save one named warehouse, close. */
  function session(dataDir: string, at: number, name: string): void {
    const ws = open(dataDir, at);
    const svc = createWorkspaceService(ws.db, () => new Date(at));
    svc.createWarehouse(svc.getPrefs().currentScenarioId!, { name, zip: '10001', timeZone: 'America/New_York' });
    ws.db.close();
  }

  function names(dataDir: string, ws: OpenedWorkspace): string[] {
    const svc = createWorkspaceService(ws.db);
    return svc.listWarehouses(svc.getPrefs().currentScenarioId!).map((w) => w.name);
  }

  it('one start six months ahead neither stops daily backups nor wins the restore', () => {
    const dataDir = dir('clock-ahead');
    const t0 = clock;
    session(dataDir, t0, 'day 0');
    session(dataDir, t0 + 183 * DAY, 'future start');
    const afterFuture = listBackups(path.join(dataDir, 'backups')).length;
    for (let d = 1; d <= 9; d++) session(dataDir, t0 + d * DAY, `day ${d}`);
    const backups = listBackups(path.join(dataDir, 'backups'));
    // Every one of the nine daily starts found new saves and backed them up.
    expect(Math.min(7, afterFuture + 9)).toBe(backups.length);
    expect(backups[0]!.takenAt.getTime()).toBe(t0 + 9 * DAY);

    const file = path.join(dataDir, WORKSPACE_FILE);
    const fd = fs.openSync(file, 'r+');
    fs.writeSync(fd, Buffer.alloc(8192, 0x5a), 0, 8192, 0);
    fs.closeSync(fd);
    const ws = open(dataDir, t0 + 10 * DAY);
    expect(ws.report.status).toBe('restored');
    expect(ws.report.restoredFrom).toBe(backups[0]!.file);
    // The backup taken at the start of day 9 holds every save up to day 8.
    expect(names(dataDir, ws)).toEqual(expect.arrayContaining(['day 0', 'future start', 'day 1', 'day 8']));
    ws.db.close();
    tally.faults.push('clock +6 months');
  });

  it('a clock set six months back keeps taking backups of new saves', () => {
    const dataDir = dir('clock-back');
    const t0 = clock;
    session(dataDir, t0, 'day 0');
    session(dataDir, t0 + DAY, 'day 1');
    const before = listBackups(path.join(dataDir, 'backups')).length;
    for (let d = 1; d <= 3; d++) session(dataDir, t0 - 183 * DAY + d * DAY, `back ${d}`);
    expect(listBackups(path.join(dataDir, 'backups')).length).toBe(before + 3);
    const ws = open(dataDir, t0 - 170 * DAY);
    expect(names(dataDir, ws)).toEqual(expect.arrayContaining(['day 0', 'day 1', 'back 1', 'back 3']));
    ws.db.close();
    tally.faults.push('clock -6 months');
  });

  it('prints the start-up figure', () => {
    recordFigure(
      'start-up under fault',
      `${tally.faults.length} faults (${tally.faults.join(', ')}), ${tally.quarantined} healthy workspaces quarantined, ${tally.lost} acknowledged writes lost${canMount ? '' : ' (tmpfs scenarios not run: no mount rights on this machine)'}`,
    );
    expect(tally.quarantined).toBe(0);
    expect(tally.lost).toBe(0);
  });
});
