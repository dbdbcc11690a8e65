#!/usr/bin/env node
// `npm start`: the desktop app when Electron's program is installed. When it is not (its download
// failed — common behind a proxy), say why and how to fix it, then start ShipWeek in the browser
// instead (the same app, the same workspace). `npm run web` (--browser) always starts the browser.
//
// Electron is checked BEFORE any native module is touched: rebuilding better-sqlite3 for Electron
// (electron-builder install-app-deps) replaces its Node build, and when Electron is missing that step
// fails halfway and leaves neither — `npm test` and the CLI then cannot open a database.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { electronBinary, electronMissingHelp, ensureBetterSqlite, ROOT } from './preflight.mjs';

const bin = (name) => path.join(ROOT, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name);
const args = process.argv.slice(2);
const browserOnly = args.includes('--browser');
const serveArgs = args.filter((a) => a !== '--browser');

function run(cmd, cmdArgs) {
  const r = spawnSync(cmd, cmdArgs, { cwd: ROOT, stdio: 'inherit', shell: process.platform === 'win32' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

/** Newest modification time under `p` (a file or a folder), skipping nothing but dot-folders. */
function newest(p) {
  let stat;
  try {
    stat = fs.statSync(p);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  let max = 0;
  for (const entry of fs.readdirSync(p)) if (!entry.startsWith('.')) max = Math.max(max, newest(path.join(p, entry)));
  return max;
}

/** The build in out/ is missing or older than a source it is built from. */
function buildIsStale() {
  const marker = path.join(ROOT, 'out', 'renderer', 'web-api.js');
  if (!fs.existsSync(marker) || !fs.existsSync(path.join(ROOT, 'out', 'main', 'index.js'))) return true;
  const builtAt = fs.statSync(path.join(ROOT, 'out', 'renderer', 'index.html')).mtimeMs;
  return ['renderer', 'shared', 'electron', 'resources', 'electron.vite.config.ts', 'package.json'].some(
    (p) => newest(path.join(ROOT, p)) > builtAt,
  );
}

function startBrowser() {
  // The browser shell runs on Node: its better-sqlite3 must be the Node build (repaired here if a
  // desktop start replaced it), before the server opens the workspace.
  if (!ensureBetterSqlite({ stdio: 'inherit', log: (line) => console.log(line) })) process.exit(1);
  if (buildIsStale()) {
    console.log('Building ShipWeek (electron-vite build)…');
    run(bin('electron-vite'), ['build']);
  }
  const child = spawn(process.execPath, [path.join(ROOT, 'bin', 'shipweek.mjs'), 'serve', ...serveArgs], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  // Ctrl+C reaches the server through the terminal's process group; a SIGTERM sent to this launcher
  // (a service manager, a test) is passed on so the server still stops cleanly.
  process.on('SIGTERM', () => child.kill('SIGTERM'));
  process.on('SIGINT', () => undefined);
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

if (browserOnly) {
  startBrowser();
} else if (!electronBinary()) {
  console.log(electronMissingHelp());
  console.log('\nMeanwhile, ShipWeek starts in your browser instead: the same app and the same workspace.\n');
  startBrowser();
} else {
  // Electron is really there: only now rebuild better-sqlite3 for Electron's ABI. (`npm test`, the
  // CLI and the browser shell notice the Electron build and rebuild it for Node when they need it.)
  console.log('Rebuilding better-sqlite3 for Electron (once per install)…');
  run(bin('electron-builder'), ['install-app-deps']);
  run(bin('electron-vite'), ['preview']);
}
