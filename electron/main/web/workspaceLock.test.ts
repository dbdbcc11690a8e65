import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { acquireWorkspaceLock, LOCK_FILE, processAlive, WorkspaceLockedError } from './workspaceLock';

describe('workspace lock (one browser shell per workspace)', () => {
  const dirs: string[] = [];
  const tempDir = () => {
    const d = fs.mkdtempSync(path.join(os.tmpdir(), 'shipweek-lock-'));
    dirs.push(d);
    return d;
  };
  afterEach(() => {
    for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
  });

  it('is taken with the pid and the address, refused to a second live process, and released', () => {
    const dir = tempDir();
    const lock = acquireWorkspaceLock(dir, { pid: 101, alive: () => true });
    lock.setUrl('http://127.0.0.1:4780/');
    expect(JSON.parse(fs.readFileSync(path.join(dir, LOCK_FILE), 'utf8'))).toMatchObject({
      pid: 101,
      url: 'http://127.0.0.1:4780/',
    });
    let error: unknown;
    try {
      acquireWorkspaceLock(dir, { pid: 202, alive: () => true });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(WorkspaceLockedError);
    expect((error as WorkspaceLockedError).owner).toMatchObject({ pid: 101, url: 'http://127.0.0.1:4780/' });
    expect((error as Error).message).toContain('process 101');
    lock.release();
    expect(fs.existsSync(path.join(dir, LOCK_FILE))).toBe(false);
    acquireWorkspaceLock(dir, { pid: 202, alive: () => true }).release();
  });

  it('takes over a lock whose process is gone, and a half-written lock file', () => {
    const dir = tempDir();
    fs.writeFileSync(
      path.join(dir, LOCK_FILE),
      JSON.stringify({ pid: 303, url: 'http://127.0.0.1:1/', startedAt: '' }),
    );
    const lock = acquireWorkspaceLock(dir, { pid: 404, alive: (pid) => pid !== 303 });
    expect(JSON.parse(fs.readFileSync(path.join(dir, LOCK_FILE), 'utf8')).pid).toBe(404);
    lock.release();
    fs.writeFileSync(path.join(dir, LOCK_FILE), '{"pi');
    acquireWorkspaceLock(dir, { pid: 505, alive: () => true }).release();
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('never removes a lock another process took over meanwhile', () => {
    const dir = tempDir();
    const mine = acquireWorkspaceLock(dir, { pid: 606, alive: () => true });
    fs.writeFileSync(path.join(dir, LOCK_FILE), JSON.stringify({ pid: 707, url: null, startedAt: '' }));
    mine.release();
    expect(JSON.parse(fs.readFileSync(path.join(dir, LOCK_FILE), 'utf8')).pid).toBe(707);
  });

  it('tells a live process from a dead one', () => {
    expect(processAlive(process.pid)).toBe(true);
    expect(processAlive(0)).toBe(false);
    expect(processAlive(-5)).toBe(false);
  });
});
