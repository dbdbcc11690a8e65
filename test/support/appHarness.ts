import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { MenuCommand } from '../../shared/ipc/channels';
import { openWorkspace, type OpenedWorkspace } from '../../electron/main/db/workspace';
import { seedSampleWorkspace, type WorkspaceService } from '../../electron/main/services/workspaceService';
import { createServices, type Services } from '../../electron/main/services';
import { createHandlers, dispatch, type HandlerTable } from '../../electron/main/ipc/handlers';
import { launchChromium } from './browser';
import { htmlToPdf } from '../../cli/chromium';
import { serveDirectory } from './staticServer';

const here = path.dirname(fileURLToPath(import.meta.url));
export const RENDERER_DIR = path.resolve(here, '../../out/renderer');
export const SCREENSHOT_DIR = path.resolve(here, '../../test-results/screenshots');

/**
 * The real app minus Electron: the built renderer in headless Chromium, `window.api` bound to the
 * real handler table over a real SQLite file in a temp dir. Only the transport differs from the
 * desktop app (a Playwright binding instead of ipcMain), and the binding refuses calls from any
 * frame but the page's main frame, as main does for foreign senders.
 */
export class AppHarness {
  private constructor(
    readonly dataDir: string,
    readonly browser: Browser,
    private readonly server: { url: string; close(): Promise<void> },
    public opened: OpenedWorkspace,
    public workspace: WorkspaceService,
    public services: Services,
    public handlers: HandlerTable,
  ) {}

  /**
   * File dialogs in tests (REPORTS): a save dialog "chooses" `<dataDir>/exports/<suggested name>`
   * (recorded in savedPaths); an open dialog takes the next path queued with queueOpenPath (none =
   * the user cancelled). PDFs are printed by this harness's Chromium, as the CLI does.
   */
  readonly savedPaths: string[] = [];
  private readonly openQueue: string[] = [];
  queueOpenPath(file: string): void {
    this.openQueue.push(file);
  }
  private static io: { harness?: AppHarness } = {};
  private static fileDeps(dataDir: string, io: { harness?: AppHarness }) {
    return {
      chooseSavePath: async ({ defaultName }: { defaultName: string }) => {
        const dir = path.join(dataDir, 'exports');
        fs.mkdirSync(dir, { recursive: true });
        const file = path.join(dir, defaultName);
        io.harness?.savedPaths.push(file);
        return file;
      },
      chooseOpenPath: async () => io.harness?.openQueue.shift() ?? null,
      printToPdf: async (html: string) => htmlToPdf(io.harness!.browser, html),
    };
  }

  static async start(options: { dataDir?: string } = {}): Promise<AppHarness> {
    if (!fs.existsSync(path.join(RENDERER_DIR, 'index.html'))) {
      throw new Error(`The renderer is not built (${RENDERER_DIR} missing): run \`npm run build\` or \`npm test\`, which builds first.`);
    }
    const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'shipweek-e2e-'));
    const { opened, workspace, services, handlers } = AppHarness.openServices(dataDir);
    const browser = await launchChromium();
    const server = await serveDirectory(RENDERER_DIR);
    const harness = new AppHarness(dataDir, browser, server, opened, workspace, services, handlers);
    AppHarness.io.harness = harness;
    return harness;
  }

  private static openServices(dataDir: string) {
    const opened = openWorkspace({ dataDir, seed: (db) => seedSampleWorkspace(db, new Date()) });
    const services = createServices(opened.db);
    const handlers = createHandlers({ ...services, startup: opened.report, version: '0.1.0-test', dataDir, ...AppHarness.fileDeps(dataDir, AppHarness.io) });
    return { opened, workspace: services.workspace, services, handlers };
  }

  /** Closes the database and opens it again, as quitting and restarting the app would. */
  restartServices(): void {
    this.opened.db.close();
    const next = AppHarness.openServices(this.dataDir);
    this.opened = next.opened;
    this.workspace = next.workspace;
    this.services = next.services;
    this.handlers = next.handlers;
  }

  async newPage(options: { locale?: string; colorScheme?: 'light' | 'dark' } = {}): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
    const context = await this.browser.newContext({
      viewport: { width: 1280, height: 800 },
      locale: options.locale ?? 'en-US',
      colorScheme: options.colorScheme ?? 'light',
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.exposeBinding('__shipweekInvoke', async (source, channel: unknown, arg: unknown) => {
      if (source.frame !== page.mainFrame()) return { ok: false, error: { code: 'forbidden', message: 'foreign frame' } };
      return dispatch(this.handlers, channel, arg, () => undefined);
    });
    await page.addInitScript(() => {
      // The same two doors the preload opens: invoke, and the native menu's commands (which the
      // tests send with menuCommand(), as Electron's menu would).
      const w = window as unknown as { api: unknown; __shipweekInvoke: (c: string, a: unknown) => Promise<unknown>; __shipweekMenu: Set<(c: string) => void> };
      w.__shipweekMenu = new Set();
      w.api = {
        invoke: (channel: string, arg: unknown) => w.__shipweekInvoke(channel, arg),
        onMenuCommand: (listener: (c: string) => void) => {
          w.__shipweekMenu.add(listener);
          return () => w.__shipweekMenu.delete(listener);
        },
      };
    });
    await page.goto(this.server.url);
    return { context, page, errors };
  }

  /** Sends a native-menu command to the page, as Electron's menu does through the preload. */
  async menuCommand(page: Page, command: MenuCommand): Promise<void> {
    await page.evaluate((c) => {
      for (const listener of (window as unknown as { __shipweekMenu: Set<(c: string) => void> }).__shipweekMenu) listener(c);
    }, command);
  }

  async screenshot(page: Page, name: string): Promise<string> {
    fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
    const file = path.join(SCREENSHOT_DIR, `${name}.png`);
    await page.screenshot({ path: file, fullPage: true, animations: 'disabled' });
    return file;
  }

  async stop(): Promise<void> {
    await this.browser.close();
    await this.server.close();
    this.opened.db.close();
    fs.rmSync(this.dataDir, { recursive: true, force: true });
  }
}
