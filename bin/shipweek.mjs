#!/usr/bin/env node
// ShipWeek CLI launcher: runs the TypeScript CLI straight from the sources (no build step), so it
// works right after `npm install` on a fresh clone. tsx compiles cli/*.ts and shared/*.ts on the fly.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../cli/main.ts');
// exitCode rather than process.exit(): lets stdout drain when piped (large --json outputs).
process.exitCode = await main(process.argv.slice(2));
