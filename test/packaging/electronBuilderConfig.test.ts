/**
 * The packaging configuration as electron-builder itself reads it: its own loader (YAML, package.json
 * merge), its own JSON-schema validation (so a misspelt key fails here instead of being ignored at
 * packaging time), and its own translation of `electronFuses` into the fuse wire it flips in the
 * Electron binary. Packaging cannot run on the build machines (it downloads Electron), so this is
 * where the fuses are proven set.
 */
import path from 'node:path';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../reliability/support';

const require = createRequire(import.meta.url);
type Config = Record<string, unknown> & { electronFuses?: Record<string, boolean>; asar?: unknown; files?: unknown };
// The package entry first: it settles app-builder-lib's circular imports before the modules below.
const { PlatformPackager } = require('app-builder-lib') as {
  PlatformPackager: {
    prototype: { generateFuseConfig(fuses: Record<string, boolean>): Promise<Record<string | number, unknown>> };
  };
};
const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
  getConfig(projectDir: string, configPath: string | null, configFromOptions: null): Promise<Config>;
  validateConfiguration(config: Config, debugLogger: unknown): Promise<void>;
};
const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };

async function loadConfig(): Promise<Config> {
  return getConfig(REPO_ROOT, path.join(REPO_ROOT, 'electron-builder.yml'), null);
}

describe('electron-builder configuration', () => {
  it('passes electron-builder’s own schema validation', async () => {
    const config = await loadConfig();
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
    // The validation is real: a misspelt fuse is refused, not ignored.
    const typo = { ...config, electronFuses: { ...config.electronFuses, runAsnode: false } };
    await expect(validateConfiguration(typo, new DebugLogger(false))).rejects.toThrow(/electronFuses/);
  });

  it('flips the fuses: no run-as-node, no NODE_OPTIONS or --inspect, encrypted cookies, only the integrity-checked app.asar, no extra file:// privileges', async () => {
    const config = await loadConfig();
    expect(config.electronFuses).toBeDefined();
    const wire = await PlatformPackager.prototype.generateFuseConfig.call(null, config.electronFuses!);
    const { FuseV1Options } = (await import('@electron/fuses')) as unknown as { FuseV1Options: Record<string, number> };
    const byName = Object.fromEntries(
      Object.entries(FuseV1Options)
        .filter(([name]) => Number.isNaN(Number(name)))
        .map(([name, index]) => [name, wire[index]]),
    );
    expect(byName).toMatchObject({
      RunAsNode: false,
      EnableCookieEncryption: true,
      EnableNodeOptionsEnvironmentVariable: false,
      EnableNodeCliInspectArguments: false,
      EnableEmbeddedAsarIntegrityValidation: true,
      OnlyLoadAppFromAsar: true,
      GrantFileProtocolExtraPrivileges: false,
    });
    console.log(
      `[packaging] fuses electron-builder will flip: ${Object.entries(byName)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => `${k}=${String(v)}`)
        .join(', ')}`,
    );
    // Only loading from app.asar needs an asar archive: packaging must not turn it off.
    expect(config.asar ?? true).not.toBe(false);
  });
});
