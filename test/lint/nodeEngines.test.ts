import fs from 'node:fs';
import path from 'node:path';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

/*
 * The Node versions ShipWeek claims (package.json "engines", README) must be what every installed
 * package declares. The suite itself runs on whatever Node the machine has (Node 20 on ours), which
 * proves that line; this test proves the declared ranges of the rest, so a dependency bump that
 * drops a version fails here instead of warning in `npm ci`.
 */

const root = path.resolve(__dirname, '../..');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { engines: { node: string } };
const lock = JSON.parse(fs.readFileSync(path.join(root, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, { engines?: { node?: string } | string[]; dev?: boolean; optional?: boolean }>;
};

/** The oldest release of each supported line: tests, CLI and browser shell run on all three. */
const SUPPORTED = ['20.19.0', '22.13.0', '24.0.0'];
/**
 * Electron's own download and rebuild tools (used only to run the desktop window and to package it)
 * declare Node >= 22.12: on Node 20 `npm ci` warns about them and the desktop shell needs Node 22+.
 */
const DESKTOP_TOOLCHAIN = new Set([
  'electron',
  '@electron/get',
  '@electron/rebuild',
  '@electron-internal/extract-zip',
  'node-abi',
]);
const DESKTOP_SUPPORTED = ['22.13.0', '24.0.0'];

function enginesOf(): { name: string; range: string }[] {
  const out: { name: string; range: string }[] = [];
  for (const [key, entry] of Object.entries(lock.packages)) {
    const engines = entry.engines;
    if (!key || !engines || Array.isArray(engines) || !engines.node) continue;
    out.push({ name: key.slice(key.lastIndexOf('node_modules/') + 'node_modules/'.length), range: engines.node });
  }
  return out;
}

describe('supported Node versions', () => {
  it('package.json claims exactly the supported lines', () => {
    expect(pkg.engines.node).toBe('^20.19.0 || ^22.13.0 || >=24');
    for (const v of SUPPORTED) expect(semver.satisfies(v, pkg.engines.node), v).toBe(true);
    expect(semver.satisfies('22.12.0', pkg.engines.node)).toBe(false);
  });

  it('every package accepts every supported version, the desktop toolchain Node 22.13+ (as the README says)', () => {
    const refused: string[] = [];
    const packages = enginesOf();
    for (const { name, range } of packages) {
      const versions = DESKTOP_TOOLCHAIN.has(name) ? DESKTOP_SUPPORTED : SUPPORTED;
      for (const v of versions) if (!semver.satisfies(v, range)) refused.push(`${name} (${range}) refuses Node ${v}`);
    }
    expect(packages.length).toBeGreaterThan(50);
    expect(refused).toEqual([]);
    const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
    expect(readme).toContain('Node.js 20.19+, 22.13+ or 24');
    expect(readme).toContain('the desktop window needs Node.js 22.13+');
  });

  it('runs here on a supported version', () => {
    expect(semver.satisfies(process.versions.node, pkg.engines.node)).toBe(true);
  });
});
