import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { openWorkspace } from '../../electron/main/db/workspace';
import { createServices } from '../../electron/main/services';
import { launchChromium } from '../support/browser';
import { SCREENSHOT_DIR } from '../support/appHarness';
import { electronBinary } from '../../scripts/preflight.mjs';

/**
 * What a new user gets from `npm start` on a machine whose Electron download failed (this one): the
 * reason and the fix in plain words, then ShipWeek served to the browser. The test opens the printed
 * one-time link in Chromium and uses the app end to end, over the product's own server process.
 */
const ROOT = path.resolve(__dirname, '../..');

describe('npm start without Electron: the browser shell', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shipweek-start-'));
  let child: ChildProcess | null = null;
  afterAll(() => {
    if (child && child.exitCode === null) child.kill('SIGKILL');
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('says why Electron is missing, serves the app, and a browser signed in with the printed link uses it', async () => {
    const electronMissing = electronBinary() === null;
    // With Electron installed, `npm start` opens the desktop window; `npm run web` is the browser shell.
    const args = [
      path.join(ROOT, 'scripts', 'start.mjs'),
      ...(electronMissing ? [] : ['--browser']),
      '--no-open',
      '--port',
      '0',
      '--data-dir',
      path.join(dir, 'ws'),
    ];
    child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
    const exited = new Promise<number | null>((resolve) => child!.on('exit', (code) => resolve(code)));
    const link = await new Promise<string>((resolve, reject) => {
      const timer = setInterval(() => {
        const m = /(http:\/\/127\.0\.0\.1:\d+\/\?code=[A-Za-z0-9_-]+)/.exec(out);
        if (m) {
          clearInterval(timer);
          resolve(m[1]!);
        }
      }, 100);
      void exited.then(() => {
        clearInterval(timer);
        reject(new Error(`npm start exited:\n${out}`));
      });
    });
    if (electronMissing) {
      expect(out).toContain('Electron’s program is not installed');
      expect(out).toContain('node node_modules/electron/install.js');
      expect(out).toContain('ELECTRON_MIRROR=');
      expect(out).toContain('HTTPS_PROXY=');
      expect(out).toContain('ShipWeek starts in your browser instead');
      // The native module was never rebuilt for a missing Electron.
      expect(out).not.toContain('install-app-deps');
    }
    const origin = new URL(link).origin;
    expect(out).toContain(`at ${origin}/ (this computer only)`);

    const browser = await launchChromium();
    try {
      const context = await browser.newContext({
        viewport: { width: 1280, height: 800 },
        locale: 'en-US',
        acceptDownloads: true,
      });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      // Without the link the page loads but the app refuses to talk to it, and says what to do.
      await page.goto(`${origin}/`);
      await page.getByText('This browser tab is not signed in to ShipWeek').waitFor();
      await page.goto(link);
      expect(page.url()).toBe(`${origin}/`);
      await page.getByRole('cell', { name: 'Columbus DC' }).waitFor();
      await expect.poll(() => out).toContain('A browser signed in.');
      fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
      await page.screenshot({
        path: path.join(SCREENSHOT_DIR, 'browser-shell-warehouses-en.png'),
        fullPage: true,
        animations: 'disabled',
      });

      await page.getByTestId('nav-schedule').click();
      await page.getByTestId('cutoff-thu').fill('16:20');
      await expect.poll(() => page.getByTestId('save-status').getAttribute('data-state')).toBe('saved');
      // The session survives a reload (the cookie), and the edit is there.
      await page.reload();
      await page.getByTestId('nav-schedule').click();
      await expect.poll(() => page.getByTestId('cutoff-thu').inputValue()).toBe('16:20');
      await page.screenshot({
        path: path.join(SCREENSHOT_DIR, 'browser-shell-schedule-en.png'),
        fullPage: true,
        animations: 'disabled',
      });

      await page.getByTestId('nav-reports').click();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId('export-csv-metrics').click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/metrics.*\.csv$/);
      const csv = path.join(dir, download.suggestedFilename());
      await download.saveAs(csv);
      expect(fs.readFileSync(csv, 'utf8').split('\n').length).toBeGreaterThan(3);
      expect(errors).toEqual([]);
      await context.close();
    } finally {
      await browser.close();
    }

    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(out).toContain('ShipWeek stopped');
    expect(fs.existsSync(path.join(dir, 'ws', 'serve.lock'))).toBe(false);
    // The acknowledged edit is in the workspace file the desktop app would open.
    const ws = openWorkspace({ dataDir: path.join(dir, 'ws'), seed: () => undefined });
    try {
      const services = createServices(ws.db);
      const sid = services.workspace.getPrefs().currentScenarioId!;
      expect(services.scenarios.get(sid).settings.warehouses[0]!.cutoffs.thu).toBe('16:20');
    } finally {
      ws.db.close();
    }
  });
});
