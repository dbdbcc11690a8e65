#!/usr/bin/env node
// ShipWeek CLI launcher. Runs the prebuilt bundle out/cli/shipweek.mjs (scripts/build-cli.mjs; npm
// install builds it) when it is up to date with the sources, rebuilding it first when a source has
// changed since. When it cannot be built (no esbuild, a read-only install) it compiles cli/*.ts and
// shared/*.ts on the fly with tsx, as before: slower to start, same behaviour.
// SHIPWEEK_CLI_FROM=sources always takes the tsx path and SHIPWEEK_CLI_FROM=bundle refuses to (the
// benchmark and the tests compare the two).
import { buildCliBundle, freshCliBundle } from '../scripts/build-cli.mjs';

async function loadMain() {
  const from = process.env.SHIPWEEK_CLI_FROM;
  if (from !== 'sources') {
    let url = freshCliBundle();
    // A source edited during the build leaves it stale at once: try again (forced mode only).
    for (let attempt = 0; !url && attempt < (from === 'bundle' ? 3 : 1); attempt++) {
      try {
        await buildCliBundle();
        url = freshCliBundle();
      } catch (e) {
        if (from === 'bundle') throw e;
        break;
      }
    }
    if (url) return (await import(url)).main;
    if (from === 'bundle') throw new Error('the CLI bundle kept going out of date with its sources during the build');
  }
  const { register } = await import('tsx/esm/api');
  register();
  return (await import('../cli/main.ts')).main;
}

const main = await loadMain();
// exitCode rather than process.exit(): lets stdout drain when piped (large --json outputs).
process.exitCode = await main(process.argv.slice(2));
