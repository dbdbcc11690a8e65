import fs from 'node:fs';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { chromium, type Browser } from 'playwright-core';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

/**
 * Finds a Chromium for the e2e tests: $SHIPWEEK_CHROMIUM, then a system Chromium (Debian's
 * `chromium` in CI), then Playwright's own download (fetched once, with a message, on a developer's
 * machine that has neither). test/run-all.mjs resolves it once and passes it on in the env.
 */
export function resolveChromium(): string {
  const fromEnv = process.env['SHIPWEEK_CHROMIUM'];
  if (fromEnv && fs.existsSync(fromEnv)) return fromEnv;
  for (const c of CANDIDATES) if (fs.existsSync(c)) return c;
  let bundled = chromium.executablePath();
  if (!bundled || !fs.existsSync(bundled)) {
    process.stderr.write(
      "No system Chromium found: downloading Playwright's Chromium once (npx playwright-core install chromium)…\n",
    );
    execFileSync(
      process.execPath,
      [createRequire(import.meta.url).resolve('playwright-core/cli'), 'install', 'chromium'],
      { stdio: 'inherit' },
    );
    bundled = chromium.executablePath();
  }
  return bundled;
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: resolveChromium(),
    headless: true,
    // Root in CI needs --no-sandbox; the rest keeps Chromium off the (closed) network.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--font-render-hinting=none',
    ],
  });
}
