import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCliBundle, freshCliBundle } from '../scripts/build-cli.mjs';

// The real launcher in a real process: tsx registration, stdout/stderr separation and exit codes.
const root = join(import.meta.dirname, '..');
const bin = join(root, 'bin', 'shipweek.mjs');
const node = (args: string[], cwd = root, from?: 'bundle' | 'sources') =>
  spawnSync(process.execPath, [bin, ...args], {
    cwd,
    encoding: 'utf8',
    timeout: 60_000,
    env: from ? { ...process.env, SHIPWEEK_CLI_FROM: from } : process.env,
  });

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
    const r = spawnSync(npm, ['run', '--silent', 'cli', '--', 'policies', '--json'], {
      cwd: root,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).map((p: { id: string }) => p.id)).toContain('us-2026-07');
  });

  it('the prebuilt bundle answers exactly as the sources do (geo data, languages, errors, exit codes)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'shipweek-bin-'));
    try {
      writeFileSync(join(dir, 'bad.json'), '{"formatVersion": 1, "name": "x",}');
      expect(node(['sample', '--out', 'columbus.json'], dir, 'sources').status).toBe(0);
      expect(node(['sample', '--variant', 'two-warehouses', '--out', 'two.json'], dir, 'sources').status).toBe(0);
      const cases: string[][] = [
        ['simulate', 'columbus.json', '--json'],
        ['simulate', 'two.json', '--lang', 'fr'],
        ['promise', 'columbus.json', '--to', '10001', '--json'],
        ['validate', 'bad.json'],
        ['no-such-command'],
      ];
      for (const args of cases) {
        const bundle = node(args, dir, 'bundle');
        const sources = node(args, dir, 'sources');
        expect(bundle.status, `${args.join(' ')}: ${bundle.stderr}`).not.toBeNull();
        expect({ status: bundle.status, stdout: bundle.stdout, stderr: bundle.stderr }, args.join(' ')).toEqual({
          status: sources.status,
          stdout: sources.stdout,
          stderr: sources.stderr,
        });
      }
      // The sample's figures really came out (ZIP data loaded from inside the bundle).
      const simulated = JSON.parse(node(['simulate', 'columbus.json', '--json'], dir, 'bundle').stdout) as {
        ok: boolean;
        tiers?: unknown;
      };
      expect(simulated).toMatchObject({ ok: true, tiers: expect.anything() });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the bundle is used only while it matches its sources, and rebuilt when one changes', async () => {
    // A project of its own, so the real out/cli is never touched while other runs use it.
    const project = mkdtempSync(join(tmpdir(), 'shipweek-bundle-'));
    try {
      mkdirSync(join(project, 'cli'));
      const source = join(project, 'cli', 'main.ts');
      writeFileSync(join(project, 'cli', 'answer.ts'), 'export const answer: number = 1;\n');
      writeFileSync(
        source,
        "import { answer } from './answer';\nexport async function main(): Promise<number> { return answer; }\n",
      );
      expect(freshCliBundle(project), 'nothing built yet').toBeNull();

      const built = await buildCliBundle(project);
      expect(built.inputs).toBe(3); // main.ts, answer.ts and the build script itself
      const url = freshCliBundle(project);
      expect(url).not.toBeNull();
      expect(await (await import(url!)).main()).toBe(1);

      // An edit to an imported file (new size and mtime) makes it stale; a rebuild picks the edit up.
      writeFileSync(join(project, 'cli', 'answer.ts'), 'export const answer: number = 42;\n');
      expect(freshCliBundle(project)).toBeNull();
      await buildCliBundle(project);
      expect(await (await import(freshCliBundle(project)!)).main()).toBe(42);

      // Same size, new mtime (a checkout, an editor's save): stale too.
      utimesSync(source, new Date(), new Date(Date.UTC(2030, 0, 1)));
      expect(freshCliBundle(project)).toBeNull();
      await buildCliBundle(project);
      expect(freshCliBundle(project)).not.toBeNull();
      // A deleted source or a damaged manifest: not fresh (the launcher rebuilds or falls back to tsx).
      writeFileSync(join(project, 'out', 'cli', 'inputs.json'), '{"format":1,');
      expect(freshCliBundle(project)).toBeNull();
    } finally {
      rmSync(project, { recursive: true, force: true });
    }
  });

  it('`npm install` builds the bundle and never fails on it: the prepare script exits 0 even when esbuild cannot be loaded', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts['prepare']).toBe('node scripts/build-cli.mjs');
    // A copy of the script in a folder with no node_modules above it: `import('esbuild')` fails there.
    const dir = mkdtempSync(join(tmpdir(), 'shipweek-prepare-'));
    try {
      mkdirSync(join(dir, 'scripts'));
      writeFileSync(join(dir, 'scripts', 'build-cli.mjs'), readFileSync(join(root, 'scripts', 'build-cli.mjs')));
      const r = spawnSync(process.execPath, [join(dir, 'scripts', 'build-cli.mjs')], {
        cwd: dir,
        encoding: 'utf8',
        timeout: 60_000,
      });
      expect(r.status).toBe(0);
      expect(r.stderr).toContain('CLI bundle not built (esbuild is not installed)');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
