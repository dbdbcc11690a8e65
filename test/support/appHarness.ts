import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Download, Page } from 'playwright-core';
import { MENU_EVENT, type MenuCommand } from '../../shared/ipc/channels';
import type { OpenedWorkspace } from '../../electron/main/db/workspace';
import type { WorkspaceService } from '../../electron/main/services/workspaceService';
import type { Services } from '../../electron/main/services';
import { createHandlers, dispatch, type HandlerTable } from '../../electron/main/ipc/handlers';
import { startBrowserShell, type BrowserShell, type BrowserShellOptions } from '../../electron/main/web/browserShell';
import { launchChromium } from './browser';
import { htmlToPdf } from '../../cli/chromium';

const here = path.dirname(fileURLToPath(import.meta.url));
export const RENDERER_DIR = path.resolve(here, '../../out/renderer');
export const PRELOAD_FILE = path.resolve(here, '../../out/preload/index.cjs');
export const SCREENSHOT_DIR = path.resolve(here, '../../test-results/screenshots');

/**
 * The real app in headless Chromium, through the product's own transport: the browser shell
 * (electron/main/web) started in this process on a temp workspace — real loopback HTTP API, real
 * one-time sign-in and session cookie, real Host/Origin checks — serving the built renderer, whose
 * `window.api` is the browser adapter (web-api.js). Files cross as a user's would: imports through
 * the page's file picker (queueOpenPath answers it), exports as browser downloads (nextDownload).
 *
 * `newPage({ shell: 'electron' })` instead loads the built Electron preload (out/preload/index.cjs)
 * into the same renderer against a stand-in for `electron` whose ipcRenderer reaches the same handler
 * table (with main's sender check), so the preload's contract and the native menu's commands are
 * proven against the same app.
 */
export class AppHarness {
  private constructor(
    readonly dataDir: string,
    readonly browser: Browser,
    readonly shell: BrowserShell,
  ) {}

  get opened(): OpenedWorkspace {
    return this.shell.opened;
  }
  get workspace(): WorkspaceService {
    return this.shell.services.workspace;
  }
  get services(): Services {
    return this.shell.services;
  }
  get handlers(): HandlerTable {
    return this.shell.handlers;
  }

  /** Every export downloaded so far, saved under `<dataDir>/exports/` (in download order). */
  readonly savedPaths: string[] = [];
  /**
   * What the Electron preload page asked the OS shell to do with an exported file (shell.openPath / showItemInFolder).
   */
  readonly revealed: { file: string; action: string }[] = [];
  private readonly saves: Promise<string>[] = [];
  private readonly onSave = new Set<() => void>();
  private readonly openQueue: string[] = [];

  /** The next file picker (browser) or open dialog (Electron preload page) gets this file. */
  queueOpenPath(file: string): void {
    this.openQueue.push(file);
  }

  /** Resolves with the path of the next export the page downloads, once it is saved. Call before the click. */
  nextDownload(timeoutMs = 30_000): Promise<string> {
    const index = this.saves.length;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.onSave.delete(check);
        reject(new Error(`No download within ${timeoutMs} ms.`));
      }, timeoutMs);
      const check = () => {
        const save = this.saves[index];
        if (!save) return;
        this.onSave.delete(check);
        clearTimeout(timer);
        save.then(resolve, reject);
      };
      this.onSave.add(check);
      check();
    });
  }

  private recordDownload(download: Download): void {
    const dir = path.join(this.dataDir, 'exports');
    fs.mkdirSync(dir, { recursive: true });
    const file = path.join(dir, download.suggestedFilename());
    this.saves.push(
      download.saveAs(file).then(() => {
        this.savedPaths.push(file);
        return file;
      }),
    );
    for (const check of [...this.onSave]) check();
  }

  static async start(
    options: { dataDir?: string; betweenWeeks?: BrowserShellOptions['betweenWeeks'] } = {},
  ): Promise<AppHarness> {
    if (!fs.existsSync(path.join(RENDERER_DIR, 'web-api.js'))) {
      throw new Error(
        `The app is not built (${RENDERER_DIR} missing or old): run \`npx electron-vite build\`, or \`npm test\`, which builds first.`,
      );
    }
    const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'shipweek-e2e-'));
    const browser = await launchChromium();
    // PDFs are printed by this harness's Chromium, as `shipweek serve` prints them with its own.
    const shell = await startBrowserShell({
      dataDir,
      rendererDir: RENDERER_DIR,
      port: 0,
      version: '0.1.0-test',
      printToPdf: (html) => htmlToPdf(browser, html),
      log: () => undefined,
      betweenWeeks: options.betweenWeeks,
    });
    return new AppHarness(dataDir, browser, shell);
  }

  /** Closes the database and opens it again, as quitting and restarting the app would. */
  restartServices(): void {
    this.shell.reopen();
  }

  async newPage(
    options: { locale?: string; colorScheme?: 'light' | 'dark'; shell?: 'browser' | 'electron' } = {},
  ): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
    const context = await this.browser.newContext({
      viewport: { width: 1280, height: 800 },
      locale: options.locale ?? 'en-US',
      colorScheme: options.colorScheme ?? 'light',
      acceptDownloads: true,
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('download', (d) => this.recordDownload(d));
    page.on('filechooser', (chooser) => void chooser.setFiles(this.openQueue.shift() ?? []));
    if (options.shell === 'electron') {
      await this.installPreload(page);
      await page.goto(`${this.shell.server.origin}/`);
    } else {
      // The real sign-in: a one-time code, exchanged for the HttpOnly session cookie, then the app.
      await page.goto(this.shell.server.newSignInUrl());
    }
    return { context, page, errors };
  }

  /**
   * The built preload, run in the page before the app with a stand-in for `electron`: its
   * contextBridge defines `window.api` read-only (as Electron does) and its ipcRenderer carries
   * invoke() to the handler table after main's check that the call comes from the main frame.
   */
  private async installPreload(page: Page): Promise<void> {
    // One handler table per open workspace, as Electron's main builds it once (long calls keep their progress there).
    let table: { services: Services; handlers: HandlerTable } | null = null;
    const electronDeps = () => {
      if (table?.services === this.shell.services) return table.handlers;
      table = { services: this.shell.services, handlers: electronHandlers() };
      return table.handlers;
    };
    const electronHandlers = () =>
      createHandlers({
        ...this.shell.services,
        startup: this.shell.opened.report,
        version: '0.1.0-test',
        dataDir: this.shell.dataDir,
        chooseSavePath: async ({ defaultName }) => {
          const dir = path.join(this.dataDir, 'exports');
          fs.mkdirSync(dir, { recursive: true });
          const file = path.join(dir, defaultName);
          this.savedPaths.push(file);
          return file;
        },
        chooseOpenPath: async () => this.openQueue.shift() ?? null,
        printToPdf: (html) => htmlToPdf(this.browser, html),
        revealFile: async (file, action) => {
          this.revealed.push({ file, action });
          return '';
        },
      });
    await page.exposeBinding('__shipweekIpcInvoke', async (source, channel: unknown, arg: unknown) => {
      if (source.frame !== page.mainFrame())
        return { ok: false, error: { code: 'forbidden', message: 'This request did not come from ShipWeek.' } };
      return dispatch(electronDeps(), channel, arg, () => undefined);
    });
    const preload = fs.readFileSync(PRELOAD_FILE, 'utf8');
    await page.addInitScript(`(() => {
      const listeners = new Set();
      window.__shipweekPreloadCalls = 0;
      const electron = {
        contextBridge: {
          exposeInMainWorld(key, api) {
            Object.defineProperty(window, key, { value: Object.freeze(api), writable: false, configurable: false, enumerable: true });
          },
        },
        ipcRenderer: {
          invoke(channel, arg) {
            window.__shipweekPreloadCalls++;
            return window.__shipweekIpcInvoke(channel, arg);
          },
          on(event, handler) {
            if (event === ${JSON.stringify(MENU_EVENT)}) listeners.add(handler);
          },
          removeListener(event, handler) {
            listeners.delete(handler);
          },
        },
      };
      // What Electron's menu does in main: webContents.send(MENU_EVENT, command).
      window.__shipweekMenuSend = (command) => { for (const l of listeners) l({ sender: null }, command); };
      const module = { exports: {} };
      const require = (name) => {
        if (name !== 'electron') throw new Error('The sandboxed preload may only require electron, not ' + name);
        return electron;
      };
      (function (require, module, exports) {
${preload}
      })(require, module, module.exports);
    })();`);
  }

  /** Sends a native-menu command to an Electron-preload page, as Electron's menu does. */
  async menuCommand(page: Page, command: MenuCommand | string): Promise<void> {
    await page.evaluate(
      (c) => (window as unknown as { __shipweekMenuSend: (c: string) => void }).__shipweekMenuSend(c),
      command,
    );
  }

  async screenshot(page: Page, name: string): Promise<string> {
    fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
    const file = path.join(SCREENSHOT_DIR, `${name}.png`);
    await page.screenshot({ path: file, fullPage: true, animations: 'disabled' });
    return file;
  }

  async stop(): Promise<void> {
    await Promise.allSettled(this.saves);
    await this.browser.close();
    await this.shell.close();
    fs.rmSync(this.dataDir, { recursive: true, force: true });
  }
}
