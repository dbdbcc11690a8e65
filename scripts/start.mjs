#!/usr/bin/env node
// `npm start`: build, make better-sqlite3 match Electron's ABI, and open the desktop app.
// (The tests rebuild it for Node again by themselves: test/run-all.mjs.)
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
function run(cmd, args) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
console.log('Rebuilding better-sqlite3 for Electron (once per install)…');
run(bin('electron-builder'), ['install-app-deps']);
run(bin('electron-vite'), ['preview']);
