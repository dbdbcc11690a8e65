/**
 * Helpers shared by the reliability tests: where figures are recorded, fast child processes
 * (pre-bundled with esbuild so 200 restarts take seconds, not minutes), temp dirs and database dumps.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Db } from '../../electron/main/db/connection';

const here = path.dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = path.resolve(here, '../..');
export const FIGURES_FILE = path.join(REPO_ROOT, 'test-results', 'reliability.txt');
/** Inside the repo so the bundle's require('better-sqlite3') resolves to the project's native module. */
const BUNDLE_DIR = path.join(REPO_ROOT, 'node_modules', '.cache', 'shipweek-reliability');

/**
 * Prints a figure line and appends it (with its check's name) to test-results/reliability.txt,
 * which the README's reliability table is copied from.
 * @example recordFigure('crash safety', '200 kills, 200 integrity ok, 0 acknowledged writes lost')
 */
export function recordFigure(check: string, line: string): void {
  console.log(`[reliability] ${check}: ${line}`);
  fs.mkdirSync(path.dirname(FIGURES_FILE), { recursive: true });
  fs.appendFileSync(FIGURES_FILE, `${new Date().toISOString()}  ${check}: ${line}\n`);
}

/**
 * Bundles a TypeScript child entry (test/reliability/children/<name>.ts) into one CommonJS file
 * with esbuild and returns its path; better-sqlite3 stays external (native module).
 * @example spawn(process.execPath, [bundleChild('settingsWriter'), dir, '1'])
 */
export function bundleChild(name: string): string {
  fs.mkdirSync(BUNDLE_DIR, { recursive: true });
  const out = path.join(BUNDLE_DIR, `${name}-${process.pid}.cjs`);
  execFileSync(
    path.join(REPO_ROOT, 'node_modules', '.bin', 'esbuild'),
    [
      path.join(here, 'children', `${name}.ts`),
      '--bundle',
      '--platform=node',
      '--format=cjs',
      '--target=node20',
      '--external:better-sqlite3',
      `--outfile=${out}`,
      '--log-level=warning',
    ],
    { stdio: ['ignore', 'inherit', 'inherit'] },
  );
  return out;
}

export function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `shipweek-${prefix}-`));
}

/** Every row of every user table, in a stable order: two equal dumps mean nothing was written. */
export function dumpDatabase(db: Db): string {
  const tables = db
    .prepare<[], { name: string }>(
      "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
    )
    .all()
    .map((t) => t.name);
  const out: Record<string, unknown[]> = {};
  for (const t of tables) out[t] = db.prepare(`SELECT * FROM "${t}" ORDER BY 1, 2`).all();
  const schema = db.prepare('SELECT type, name, sql FROM sqlite_schema ORDER BY name').all();
  return JSON.stringify({ schema, out, userVersion: db.pragma('user_version', { simple: true }) });
}

/** Seeded PRNG (mulberry32) for kill timings and byte flips, so a failing run can be replayed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The seed of a randomised reliability test: RELIABILITY_SEED if set, else time-based (always printed). */
export function runSeed(): number {
  const fromEnv = Number(process.env['RELIABILITY_SEED']);
  return Number.isFinite(fromEnv) && fromEnv > 0 ? fromEnv : Date.now() % 2 ** 31;
}
