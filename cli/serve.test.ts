import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * `shipweek serve` as a user runs it, in real processes: it serves, a second one on the same
 * workspace is refused with the first one's address, a taken port is named, Ctrl+C stops it cleanly
 * and frees the workspace, and a lock left by a killed server is taken over.
 */
const ROOT = path.resolve(__dirname, '..');
const BIN = path.join(ROOT, 'bin', 'shipweek.mjs');
const built = fs.existsSync(path.join(ROOT, 'out', 'renderer', 'web-api.js'));

function startServe(args: string[]): {
  child: ChildProcess;
  ready: Promise<string>;
  output: () => string;
  exit: Promise<number | null>;
} {
  const child = spawn(process.execPath, [BIN, 'serve', '--no-open', ...args], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const ready = new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      // Ready once the whole greeting is out: the address and the sign-in link can arrive in
      // separate chunks on a busy machine.
      const m = /at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
      if (m && /\?code=[A-Za-z0-9_-]{43}/.test(out)) resolve(m[1]!);
    });
    child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
    child.on('exit', () => reject(new Error(`serve exited before listening:\n${out}`)));
  });
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, ready, output: () => out, exit };
}

function runServe(args: string[]) {
  return spawnSync(process.execPath, [BIN, 'serve', '--no-open', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
  });
}

describe.skipIf(!built)('shipweek serve (processes)', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shipweek-serve-'));
  const children: ChildProcess[] = [];
  afterAll(() => {
    for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('serves one workspace once: a second serve is refused with the first one’s address, a taken port is named, Ctrl+C frees both', async () => {
    const ws = path.join(dir, 'ws');
    const first = startServe(['--data-dir', ws, '--port', '0']);
    children.push(first.child);
    const url = await first.ready;
    expect(first.output()).toMatch(
      /one-time sign-in link[^\n]*\n\s+http:\/\/127\.0\.0\.1:\d+\/\?code=[A-Za-z0-9_-]{43}/,
    );
    expect(JSON.parse(fs.readFileSync(path.join(ws, 'serve.lock'), 'utf8'))).toMatchObject({
      pid: first.child.pid,
      url,
    });

    const second = runServe(['--data-dir', ws, '--port', '0']);
    expect(second.status).toBe(2);
    expect(second.stderr).toContain(
      `This workspace is already being served by ShipWeek (process ${first.child.pid}, ${url})`,
    );
    expect(second.stderr).toContain('--data-dir');

    const port = new URL(url).port;
    const busy = runServe(['--data-dir', path.join(dir, 'other'), '--port', port]);
    expect(busy.status).toBe(2);
    expect(busy.stderr).toContain(`Port ${port} is already in use on 127.0.0.1`);
    // The refused launch left no lock behind in its own folder.
    expect(fs.existsSync(path.join(dir, 'other', 'serve.lock'))).toBe(false);

    first.child.kill('SIGINT');
    expect(await first.exit).toBe(0);
    expect(first.output()).toContain('ShipWeek stopped');
    expect(fs.existsSync(path.join(ws, 'serve.lock'))).toBe(false);
  });

  it('takes over the lock of a server that was killed', async () => {
    const ws = path.join(dir, 'killed');
    const first = startServe(['--data-dir', ws, '--port', '0']);
    children.push(first.child);
    await first.ready;
    first.child.kill('SIGKILL');
    await first.exit;
    expect(fs.existsSync(path.join(ws, 'serve.lock'))).toBe(true);
    const next = startServe(['--data-dir', ws, '--port', '0']);
    children.push(next.child);
    await next.ready;
    expect(JSON.parse(fs.readFileSync(path.join(ws, 'serve.lock'), 'utf8')).pid).toBe(next.child.pid);
    next.child.kill('SIGTERM');
    expect(await next.exit).toBe(0);
  });

  it('refuses a bad --port before starting anything (in French with --lang fr)', () => {
    const r = runServe(['--port', '70000', '--data-dir', path.join(dir, 'never'), '--lang', 'fr']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--port doit être un nombre de 0 à 65535');
    expect(fs.existsSync(path.join(dir, 'never'))).toBe(false);
  });
});
