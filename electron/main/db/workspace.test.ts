import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openWorkspace, WORKSPACE_FILE } from './workspace';
import { listBackups, takeVerifiedBackup, verifyBackup } from './backup';
import { openConnection } from './connection';
import { FutureDatabaseError } from './migrate';
import { LATEST_VERSION } from './migrations';
import { createWorkspaceService, seedSampleWorkspace } from '../services/workspaceService';

const dirs: string[] = [];
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shipweek-ws-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

let clock = Date.UTC(2026, 10, 2, 9, 0, 0);
const now = () => new Date(clock);
const open = (dataDir: string) => openWorkspace({ dataDir, now, seed: (db) => seedSampleWorkspace(db, now()) });

function warehouseNames(dataDir: string): string[] {
  const ws = open(dataDir);
  const svc = createWorkspaceService(ws.db, now);
  const names = svc.listWarehouses(svc.getPrefs().currentScenarioId!).map((w) => w.name);
  ws.db.close();
  return names;
}

describe('openWorkspace', () => {
  it('creates the sample workspace on first run, with a verified backup', () => {
    const dir = tempDir();
    const ws = open(dir);
    expect(ws.report).toMatchObject({ status: 'created', toVersion: LATEST_VERSION, quarantinedPath: null });
    const svc = createWorkspaceService(ws.db, now);
    const scenarios = svc.listScenarios();
    expect(scenarios).toHaveLength(1);
    expect(scenarios[0]!.isLive).toBe(true);
    const settings = svc.getSettings(scenarios[0]!.id);
    expect(settings.warehouses[0]).toMatchObject({ zip: '43215', timeZone: 'America/New_York' });
    expect(settings.warehouses[0]!.cutoffs).toMatchObject({ mon: '14:00', fri: '14:00', sat: '10:30' });
    ws.db.close();
    const backups = listBackups(path.join(dir, 'backups'));
    expect(backups).toHaveLength(1);
    expect(verifyBackup(backups[0]!.file)).toBe(true);
  });

  it('reopens without reseeding and reports ok', () => {
    const dir = tempDir();
    open(dir).db.close();
    const again = open(dir);
    expect(again.report.status).toBe('ok');
    expect(createWorkspaceService(again.db, now).listScenarios()).toHaveLength(1);
    again.db.close();
  });

  it('quarantines a damaged file, restores the last good backup and says so', () => {
    const dir = tempDir();
    const ws = open(dir);
    const svc = createWorkspaceService(ws.db, now);
    const sid = svc.getPrefs().currentScenarioId!;
    svc.createWarehouse(sid, { name: 'Backed up', zip: '89502', timeZone: 'America/Los_Angeles' });
    clock += 25 * 3600 * 1000;
    takeVerifiedBackup(ws.db, path.join(dir, 'backups'), now());
    svc.createWarehouse(sid, { name: 'After backup', zip: '10001', timeZone: 'America/New_York' });
    ws.db.close();

    // Garbage over the header and the first pages: SQLite no longer recognises the file.
    const file = path.join(dir, WORKSPACE_FILE);
    const fd = fs.openSync(file, 'r+');
    fs.writeSync(fd, Buffer.alloc(8192, 0x5a), 0, 8192, 0);
    fs.closeSync(fd);

    const restored = open(dir);
    expect(restored.report.status).toBe('restored');
    expect(restored.report.restoredFrom).toMatch(/backups/);
    expect(fs.existsSync(restored.report.quarantinedPath!)).toBe(true);
    const names = createWorkspaceService(restored.db, now)
      .listWarehouses(sid)
      .map((w) => w.name);
    restored.db.close();
    expect(names).toEqual(['Columbus DC', 'Backed up']);
  });

  it('with no usable backup, keeps the damaged file and recreates the sample — and says so', () => {
    const dir = tempDir();
    open(dir).db.close();
    fs.rmSync(path.join(dir, 'backups'), { recursive: true });
    fs.writeFileSync(path.join(dir, WORKSPACE_FILE), 'this is not a database at all'.repeat(200));
    const ws = open(dir);
    expect(ws.report.status).toBe('recreated');
    expect(fs.readFileSync(ws.report.quarantinedPath!, 'utf8')).toContain('not a database');
    ws.db.close();
    expect(warehouseNames(dir)).toEqual(['Columbus DC']);
  });

  it('refuses a workspace from a newer ShipWeek without touching it', () => {
    const dir = tempDir();
    open(dir).db.close();
    const db = openConnection(path.join(dir, WORKSPACE_FILE));
    db.pragma(`user_version = ${LATEST_VERSION + 1}`);
    db.close();
    const before = fs.readFileSync(path.join(dir, WORKSPACE_FILE));
    expect(() => open(dir)).toThrow(FutureDatabaseError);
    expect(fs.readFileSync(path.join(dir, WORKSPACE_FILE)).equals(before)).toBe(true);
  });

  it('keeps a bounded number of backups, newest first', () => {
    const dir = tempDir();
    const ws = open(dir);
    for (let i = 0; i < 10; i++) {
      clock += 1000;
      takeVerifiedBackup(ws.db, path.join(dir, 'backups'), now(), 7);
    }
    ws.db.close();
    const list = listBackups(path.join(dir, 'backups'));
    expect(list).toHaveLength(7);
    expect(list[0]!.takenAt.getTime()).toBe(clock);
  });
});
