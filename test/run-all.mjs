#!/usr/bin/env node
// `npm test`: every check the project has, in order, ending with one line `N passed, N failed`.
// Type-check, lint and the production build count as one check each; vitest's tests (unit,
// integration, reliability and Chromium e2e) are counted one by one from its JSON report.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ensureBetterSqlite } from '../scripts/preflight.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
process.chdir(root);
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
let passed = 0;
let failed = 0;
const failures = [];

function step(name, cmd, args, env = {}) {
  const t0 = Date.now();
  process.stdout.write(`\n▶ ${name}\n`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const ok = r.status === 0;
  process.stdout.write(`${ok ? '✔' : '✘'} ${name} (${((Date.now() - t0) / 1000).toFixed(1)} s)\n`);
  return ok;
}

function check(name, cmd, args) {
  if (step(name, cmd, args)) passed++;
  else {
    failed++;
    failures.push(name);
  }
}

// better-sqlite3 is compiled for one ABI at a time: after `npm start` rebuilt it for Electron, or after
// a failed rebuild removed it, put the Node build back (or say exactly what to run) before any test
// opens a database.
if (!ensureBetterSqlite({ root, stdio: 'inherit', log: (line) => process.stdout.write(`${line}\n`) })) {
  process.stdout.write('\n0 passed, 1 failed\n');
  process.exit(1);
}

check('type-check (tsc per layer)', process.execPath, [path.join(root, 'scripts', 'typecheck.mjs')]);
check('lint (eslint, including the layer rules)', bin('eslint'), ['.', '--max-warnings=0']);
check('format (prettier --check: 120 columns, the project style)', bin('prettier'), [
  '--check',
  '.',
  '--log-level=warn',
]);
check('build (electron-vite: main, preload, renderer)', bin('electron-vite'), ['build']);

const report = path.join(root, 'test-results', 'vitest.json');
fs.mkdirSync(path.dirname(report), { recursive: true });
fs.rmSync(report, { force: true });
step('tests (vitest: unit, integration, reliability, e2e in Chromium)', bin('vitest'), [
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${report}`,
]);
if (fs.existsSync(report)) {
  const json = JSON.parse(fs.readFileSync(report, 'utf8'));
  passed += json.numPassedTests;
  failed += json.numFailedTests + (json.numTotalTestSuites > 0 && json.numTotalTests === 0 ? 1 : 0);
  // A test file that fails to load has no failing test in it but must still fail the run.
  for (const f of json.testResults ?? []) {
    if (f.status === 'failed' && (f.assertionResults ?? []).every((a) => a.status !== 'failed')) {
      failed++;
      failures.push(`${path.relative(root, f.name)}: ${String(f.message).split('\n')[0]}`);
    }
  }
  if (json.numTotalTests === 0) {
    failed++;
    failures.push('vitest ran no test');
  }
} else {
  failed++;
  failures.push('vitest wrote no report');
}

if (failures.length) process.stdout.write(`\nFailed: ${failures.join(' | ')}\n`);
process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
process.exit(failed === 0 ? 0 : 1);
