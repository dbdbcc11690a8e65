/**
 * The browser shell put together: the workspace lock, the workspace, the same services and handler
 * table as the desktop app (electron/main/index.ts), and the loopback server carrying calls to them.
 * `shipweek serve` and the end-to-end tests both start it through here.
 */
import { openWorkspace, type OpenedWorkspace } from '../db/workspace';
import { seedSampleWorkspace } from '../services/workspaceService';
import { createServices, type Services } from '../services';
import { createHandlers, type HandlerTable } from '../ipc/handlers';
import type { ExportOptions, PrintToPdf } from '../services/exportService';
import { acquireWorkspaceLock } from './workspaceLock';
import { createTransfers } from './transfers';
import { startWebServer, type WebServer } from './server';

export interface BrowserShellOptions {
  dataDir: string;
  /** The built renderer (out/renderer). */
  rendererDir: string;
  /** 0 = any free port. */
  port?: number;
  version: string;
  /** HTML to PDF; without it PDF exports answer that they are unavailable. */
  printToPdf?: PrintToPdf;
  log?: (line: string) => void;
  /** What an export over a window awaits between weeks (tests; see ExportOptions). */
  betweenWeeks?: ExportOptions['betweenWeeks'];
}

export interface BrowserShell {
  server: WebServer;
  dataDir: string;
  readonly opened: OpenedWorkspace;
  readonly services: Services;
  readonly handlers: HandlerTable;
  /** Closes the workspace and opens it again, as quitting and restarting would (tests). */
  reopen(): void;
  close(): Promise<void>;
}

/**
 * Starts the browser shell on `dataDir`. Throws WorkspaceLockedError when another process serves the
 * same workspace and PortInUseError when the port is taken, having left nothing open behind it.
 */
export async function startBrowserShell(options: BrowserShellOptions): Promise<BrowserShell> {
  const { dataDir, version } = options;
  // The lock comes first: opening may migrate or restore the workspace, which only its owner may do.
  const lock = acquireWorkspaceLock(dataDir);
  let opened: OpenedWorkspace | null = null;
  const transfers = createTransfers();
  try {
    const open = () => {
      const ws = openWorkspace({ dataDir, seed: (db) => seedSampleWorkspace(db, new Date()) });
      const services = createServices(ws.db, undefined, { version, betweenWeeks: options.betweenWeeks });
      const handlers = createHandlers({
        ...services,
        startup: ws.report,
        version,
        dataDir,
        ...transfers.dialogs,
        printToPdf: options.printToPdf,
      });
      return { ws, services, handlers };
    };
    let current = open();
    opened = current.ws;
    const server = await startWebServer({
      rendererDir: options.rendererDir,
      handlers: () => current.handlers,
      transfers,
      port: options.port,
      log: options.log,
    });
    lock.setUrl(`${server.origin}/`);
    let closed = false;
    return {
      server,
      dataDir,
      get opened() {
        return current.ws;
      },
      get services() {
        return current.services;
      },
      get handlers() {
        return current.handlers;
      },
      reopen() {
        current.ws.db.close();
        current = open();
      },
      async close() {
        if (closed) return;
        closed = true;
        await server.close();
        current.ws.db.close();
        transfers.close();
        lock.release();
      },
    };
  } catch (e) {
    opened?.db.close();
    transfers.close();
    lock.release();
    throw e;
  }
}
