// Checks of the two native pieces ShipWeek depends on, shared by `npm start`, `npm test`, the CLI's
// `serve` and the browser shell: is Electron's binary there, and does better-sqlite3 load in this
// Node? Plain JavaScript so the launchers can use it before anything is compiled or built.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** The repository root (the folder holding package.json), found from this file. */
export const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');

/**
 * Where Electron's binary is, or null when its download never happened or failed. Read from the
 * files `electron`'s installer leaves, never by requiring `electron`, whose index.js would try to
 * download it again (and hang behind a proxy).
 */
export function electronBinary(root = ROOT, env = process.env) {
  const pkg = path.join(root, 'node_modules', 'electron');
  if (!fs.existsSync(path.join(pkg, 'package.json'))) return null;
  let exe = null;
  try {
    exe = fs.readFileSync(path.join(pkg, 'path.txt'), 'utf8').trim();
  } catch {
    exe = null;
  }
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    const p = path.join(env.ELECTRON_OVERRIDE_DIST_PATH, exe || 'electron');
    return fs.existsSync(p) ? p : null;
  }
  if (!exe) return null;
  const p = path.join(pkg, 'dist', exe);
  return fs.existsSync(p) ? p : null;
}

/** Why Electron is missing and how to get it, in plain words (printed by `npm start`). */
export function electronMissingHelp() {
  return [
    'Electron’s program is not installed: its download (from GitHub, during `npm install`) did not happen or failed —',
    'common behind a company proxy or on a machine without internet access.',
    '',
    'To get the desktop app, download it again:',
    '  node node_modules/electron/install.js',
    'Behind a proxy:   ELECTRON_GET_USE_PROXY=true HTTPS_PROXY=http://proxy.example:8080 node node_modules/electron/install.js',
    'From a mirror:    ELECTRON_MIRROR=https://npmmirror.com/mirrors/electron/ node node_modules/electron/install.js',
    'then run `npm start` again.',
  ].join('\n');
}

/**
 * Loads better-sqlite3 in a fresh Node process (a failed native load cannot be retried reliably in
 * the same process) and classifies what went wrong.
 * @returns {{ ok: true }
 *   | { ok: false, problem: 'notInstalled' | 'missingBinary' | 'wrongAbi' | 'other', detail: string }}
 */
export function checkBetterSqlite(root = ROOT) {
  const r = spawnSync(process.execPath, ['-e', "require('better-sqlite3')(':memory:').close()"], {
    cwd: root,
    encoding: 'utf8',
  });
  if (r.status === 0) return { ok: true };
  const detail = `${r.stderr ?? ''}${r.error ? String(r.error) : ''}`;
  const firstLine = detail.split('\n').find((l) => /Error|error:/.test(l)) ?? detail.split('\n')[0] ?? '';
  if (/Cannot find module 'better-sqlite3'/.test(detail))
    return { ok: false, problem: 'notInstalled', detail: firstLine.trim() };
  if (/NODE_MODULE_VERSION|was compiled against a different Node\.js version/.test(detail))
    return { ok: false, problem: 'wrongAbi', detail: firstLine.trim() };
  if (/Could not locate the bindings file|better_sqlite3\.node/.test(detail))
    return { ok: false, problem: 'missingBinary', detail: firstLine.trim() };
  return { ok: false, problem: 'other', detail: firstLine.trim() };
}

const WHY = {
  notInstalled: 'better-sqlite3 is not installed (run `npm install`).',
  missingBinary: 'better-sqlite3’s compiled module is missing (a failed rebuild, e.g. for Electron, removed it).',
  wrongAbi: `better-sqlite3 is compiled for another runtime (usually Electron, after \`npm start\`), not for Node ${process.version}.`,
  other: 'better-sqlite3 does not load.',
};

/** What to run by hand when the automatic repair cannot work. */
export function betterSqliteHelp() {
  return [
    'To repair it, run in the project folder:',
    '  npm rebuild better-sqlite3',
    'It downloads a prebuilt module for your Node, or compiles one: that needs a C/C++ toolchain and Python 3',
    '(Debian/Ubuntu: `sudo apt-get install build-essential python3`). Behind a proxy, set HTTPS_PROXY first.',
  ].join('\n');
}

/**
 * Node's own headers, when this Node ships them: node-gyp then compiles offline instead of
 * downloading headers from nodejs.org (which fails without internet or with a fresh home folder).
 */
function localNodeHeaders() {
  const dir = path.resolve(path.dirname(process.execPath), '..');
  return fs.existsSync(path.join(dir, 'include', 'node', 'node_api.h')) ? dir : null;
}

/**
 * Makes sure better-sqlite3 loads in this Node: when it does not, says why and runs
 * `npm rebuild better-sqlite3` (unless `repair` is false), then checks again. Returns true when it loads.
 * Messages go to `log` (stderr by default, so a command's stdout stays clean).
 */
export function ensureBetterSqlite({
  root = ROOT,
  repair = true,
  log = (line) => process.stderr.write(`${line}\n`),
  stdio = ['ignore', 2, 2],
} = {}) {
  const first = checkBetterSqlite(root);
  if (first.ok) return true;
  log(`${WHY[first.problem]}${first.detail ? `\n  (${first.detail})` : ''}`);
  if (!repair || first.problem === 'notInstalled') {
    log(first.problem === 'notInstalled' ? 'Run `npm install` in the project folder.' : betterSqliteHelp());
    return false;
  }
  log(`Rebuilding it for Node ${process.version}: npm rebuild better-sqlite3 …`);
  const env = { ...process.env };
  const headers = localNodeHeaders();
  if (headers && !env.npm_config_nodedir) env.npm_config_nodedir = headers;
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  spawnSync(npm, ['rebuild', 'better-sqlite3'], { cwd: root, stdio, env, shell: process.platform === 'win32' });
  const second = checkBetterSqlite(root);
  if (second.ok) {
    log('better-sqlite3 rebuilt for Node: OK.');
    return true;
  }
  log(`The rebuild did not fix it (${second.detail}).\n${betterSqliteHelp()}`);
  return false;
}
