import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// The real launcher in a real process: tsx registration, stdout/stderr separation and exit codes.
const root = join(import.meta.dirname, '..');
const bin = join(root, 'bin', 'shipweek.mjs');
const node = (args: string[], cwd = root) => spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', timeout: 60_000 });

describe('bin/shipweek.mjs', () => {
  it('exits 0 and prints only JSON for matrix --json', () => {
    const r = node(['matrix', '--json']);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toHaveLength(6);
  });

  it('exits 2 with the file, path and reason on stderr for a bad settings file, and 0 for the shipped sample', () => {
    const dir = mkdtempSync(join(tmpdir(), 'shipweek-bin-'));
    try {
      writeFileSync(join(dir, 'settings.json'), '{"formatVersion": 1, "name": "x",}');
      const bad = node(['validate', 'settings.json'], dir);
      expect(bad.status).toBe(2);
      expect(bad.stdout).toBe('');
      expect(bad.stderr).toContain('settings.json: line 1, column 34: invalid JSON: trailing comma before "}"');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect(node(['validate', 'resources/samples/sample-columbus.json']).status).toBe(0);
  });

  it('npm run --silent cli -- <command> prints only the command output', () => {
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const r = spawnSync(npm, ['run', '--silent', 'cli', '--', 'policies', '--json'], { cwd: root, encoding: 'utf8', timeout: 60_000 });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).map((p: { id: string }) => p.id)).toContain('us-2026-07');
  });
});
