#!/usr/bin/env node
// Type-checks each layer with its own compiler settings: shared/ without DOM or Node types (so
// `window` or `process` there is a type error), the renderer with DOM only, main/CLI with Node,
// and the tests with everything.
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const tsc = path.join(root, 'node_modules', '.bin', 'tsc');
let failed = false;
for (const project of ['tsconfig.shared.json', 'tsconfig.node.json', 'tsconfig.web.json', 'tsconfig.test.json']) {
  const r = spawnSync(tsc, ['-p', project, '--pretty', 'false'], { cwd: root, stdio: 'inherit' });
  process.stdout.write(`${r.status === 0 ? 'ok  ' : 'FAIL'} ${project}\n`);
  if (r.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
