/**
 * A headless Chromium for turning HTML into PDF outside Electron (the CLI's `report --format pdf`,
 * and the e2e tests through test/support/appHarness.ts). Same search order as the e2e tests:
 * $SHIPWEEK_CHROMIUM, a system Chromium or Chrome, then Playwright's own download if one is already
 * installed. Unlike the tests it never downloads anything: the CLI says so and exits 2 instead.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser } from 'playwright-core';

/**
 * playwright-core is loaded on first use, not with the CLI: it takes longer to load than every
 * other command takes to run, and only PDF output needs it.
 */
function playwrightChromium(): typeof import('playwright-core').chromium {
  return (createRequire(import.meta.url)('playwright-core') as typeof import('playwright-core')).chromium;
}

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
];

/** Path of a Chromium to use, or null when none is installed. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | null {
  const fromEnv = env['SHIPWEEK_CHROMIUM'];
  if (fromEnv) return fs.existsSync(fromEnv) ? fromEnv : null;
  for (const c of CANDIDATES) if (fs.existsSync(c)) return c;
  try {
    const bundled = playwrightChromium().executablePath();
    return bundled && fs.existsSync(bundled) ? bundled : null;
  } catch {
    return null;
  }
}

export async function launchHeadlessChromium(executablePath: string): Promise<Browser> {
  return playwrightChromium().launch({
    executablePath,
    headless: true,
    // --no-sandbox for root in CI; the rest keeps Chromium off the network.
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

/**
 * Prints an HTML document to PDF (Letter, backgrounds on) in a fresh context with JavaScript disabled
 * and no network: the same settings as the app's hidden print window.
 */
export async function htmlToPdf(browser: Browser, html: string): Promise<Uint8Array> {
  const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
  try {
    const page = await context.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    return new Uint8Array(await page.pdf({ format: 'Letter', printBackground: true }));
  } finally {
    await context.close();
  }
}
