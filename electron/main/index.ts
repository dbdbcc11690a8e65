/**
 * The only file that wires Electron: app lifecycle, the window, security handlers, the menu and
 * IPC registration. Everything it calls is plain Node (services, db, handler table) so the same
 * code runs under the tests and the CLI, where Electron cannot start.
 */
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  protocol,
  screen,
  session,
  shell,
  type MenuItemConstructorOptions,
} from 'electron';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openWorkspace, WorkspaceUnavailableError, type OpenedWorkspace } from './db/workspace';
import { workspaceProblemDialog } from './workspaceProblemDialog';
import { seedSampleWorkspace } from './services/workspaceService';
import { createServices } from './services';
import { createHandlers, dispatch, type FileFilter, type HandlerTable } from './ipc/handlers';
import { isTrustedSenderUrl } from './ipc/senderGuard';
import { CHANNELS } from '../../shared/ipc/contract';
import { MENU_EVENT, type MenuCommand } from '../../shared/ipc/channels';
import { mainWindowOptions, printWindowOptions } from './windowOptions';
import { fitToDisplays, loadWindowState, saveWindowState } from './windowState';
import { isAppUrl, safeExternalUrl } from './urlPolicy';
import { APP_ENTRY_URL, APP_SCHEME, APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from './appProtocol';
import { menuMessage, menuText } from './menuText';
import { z } from 'zod';
import { toLang, type Lang } from '../../shared/i18n/lang';

z.config({ jitless: true });

const here = path.dirname(fileURLToPath(import.meta.url));
const devServerUrl = process.env['ELECTRON_RENDERER_URL'];
let mainWindow: BrowserWindow | null = null;

// Before 'ready', as Electron requires: the renderer is served from app://shipweek, never file://.
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { ...APP_SCHEME_PRIVILEGES } }]);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.enableSandbox();
  app
    .whenReady()
    .then(start)
    .catch((e: unknown) => {
      dialog.showErrorBox('ShipWeek could not start', e instanceof Error ? e.message : String(e));
      app.exit(1);
    });
}

function hardenSessions(): void {
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  app.on('web-contents-created', (_event, contents) => {
    // A window may only (re)load the app's own page; any other navigation is stopped.
    contents.on('will-navigate', (event) => {
      if (!isAppUrl(event.url, devServerUrl)) event.preventDefault();
    });
    contents.on('will-redirect', (event) => event.preventDefault());
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      // The parsed, normalised form is what opens, never the raw string that was checked.
      const safe = safeExternalUrl(url);
      if (safe) void shell.openExternal(safe);
      return { action: 'deny' };
    });
  });
}

function registerIpc(handlers: HandlerTable): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event, arg: unknown) => {
      const frameUrl = event.senderFrame?.url ?? '';
      if (!mainWindow || event.sender !== mainWindow.webContents || !isTrustedSenderUrl(frameUrl, devServerUrl)) {
        return { ok: false, error: { code: 'forbidden', message: 'This request did not come from ShipWeek.' } };
      }
      return dispatch(handlers, channel, arg);
    });
  }
}

/** HTML to PDF in a hidden, sandboxed window with JavaScript off, loaded from a data: URL (no file, no network). */
async function printToPdf(html: string): Promise<Uint8Array> {
  const win = new BrowserWindow(printWindowOptions());
  try {
    await win.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(html)}`);
    return new Uint8Array(await win.webContents.printToPDF({ pageSize: 'Letter', printBackground: true }));
  } finally {
    win.destroy();
  }
}

async function chooseSavePath(options: { defaultName: string; filters: FileFilter[] }): Promise<string | null> {
  const defaultPath = path.join(app.getPath('documents'), options.defaultName);
  const r = mainWindow
    ? await dialog.showSaveDialog(mainWindow, { defaultPath, filters: options.filters })
    : await dialog.showSaveDialog({ defaultPath, filters: options.filters });
  return r.canceled || !r.filePath ? null : r.filePath;
}

async function chooseOpenPath(options: { filters: FileFilter[] }): Promise<string | null> {
  const props: Electron.OpenDialogOptions = { properties: ['openFile'], filters: options.filters };
  const r = mainWindow ? await dialog.showOpenDialog(mainWindow, props) : await dialog.showOpenDialog(props);
  return r.canceled ? null : (r.filePaths[0] ?? null);
}

/**
 * Native-menu commands go to the renderer, which runs them with the same actions as its own
 * buttons (saving pending edits first, refreshing what it shows afterwards).
 */
function sendMenuCommand(command: MenuCommand): void {
  mainWindow?.webContents.send(MENU_EVENT, command);
}

function buildMenu(language: Lang, dataDir: string): void {
  const t = menuText(language);
  const template: MenuItemConstructorOptions[] = [
    {
      label: t.file,
      submenu: [
        { label: t.save, accelerator: 'CmdOrCtrl+S', click: () => sendMenuCommand('save') },
        { type: 'separator' },
        { label: t.exportReportPdf, click: () => sendMenuCommand('exportReportPdf') },
        { label: t.exportScenarioJson, click: () => sendMenuCommand('exportScenarioJson') },
        { type: 'separator' },
        { label: t.importSettings, click: () => sendMenuCommand('importSettings') },
        { label: t.importTransitCsv, click: () => sendMenuCommand('importTransitCsv') },
        { label: t.importDestinationWeights, click: () => sendMenuCommand('importDestinationWeights') },
        { type: 'separator' },
        { role: 'quit', label: t.quit },
      ],
    },
    {
      label: t.edit,
      // Undo is the renderer's: the plan's last edit, or the typing inside a text box.
      submenu: [
        { label: t.undo, accelerator: 'CmdOrCtrl+Z', click: () => sendMenuCommand('undo') },
        { label: t.redo, accelerator: 'Shift+CmdOrCtrl+Z', click: () => sendMenuCommand('redo') },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    {
      label: t.view,
      submenu: [
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    {
      label: t.help,
      submenu: [
        {
          label: t.about,
          click: () =>
            void dialog.showMessageBox({
              type: 'info',
              title: t.about,
              message: `ShipWeek ${app.getVersion()}`,
              detail: `${t.aboutDetail}\n\n${menuMessage(language, 'dataFolder', { dir: dataDir })}`,
            }),
        },
      ],
    },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

/**
 * Opens the workspace; when it is healthy but unavailable (locked by another program, a full disk, a
 * read-only folder), asks the user: Retry, Open read-only where possible, or Quit. Nothing is moved.
 */
function openWorkspaceAsking(dataDir: string): OpenedWorkspace {
  let readOnly = false;
  for (;;) {
    try {
      return openWorkspace({ dataDir, readOnly, seed: (db) => seedSampleWorkspace(db, new Date()) });
    } catch (e) {
      if (!(e instanceof WorkspaceUnavailableError)) throw e;
      const d = workspaceProblemDialog(e, toLang(app.getLocale().slice(0, 2).toLowerCase()));
      const choice =
        d.actions[
          dialog.showMessageBoxSync({
            type: 'warning',
            title: d.title,
            message: d.message,
            detail: d.detail,
            buttons: d.buttons,
            defaultId: 0,
            cancelId: d.buttons.length - 1,
            noLink: true,
          })
        ];
      if (choice === 'readOnly') readOnly = true;
      else if (choice !== 'retry') {
        app.exit(1);
        throw e;
      }
    }
  }
}

async function start(): Promise<void> {
  hardenSessions();
  protocol.handle(APP_SCHEME, createAppProtocolHandler(path.join(here, '../renderer')));
  const dataDir = path.join(app.getPath('userData'), 'workspace');
  const opened = openWorkspaceAsking(dataDir);
  app.on('will-quit', () => opened.db.close());
  const services = createServices(opened.db, undefined, { version: app.getVersion() });
  const { workspace } = services;
  const handlers = createHandlers({
    ...services,
    startup: opened.report,
    version: app.getVersion(),
    dataDir,
    // The native menu follows the language the user picks in Settings.
    onPrefsChanged: (prefs) => buildMenu(prefs.language, dataDir),
    chooseSavePath,
    chooseOpenPath,
    printToPdf,
    // After an export: open the file, or show it in its folder (export:reveal checks it is one we wrote).
    revealFile: async (file, action) => {
      if (action === 'open') return shell.openPath(file);
      shell.showItemInFolder(file);
      return '';
    },
  });
  registerIpc(handlers);
  buildMenu(workspace.getPrefs().language, dataDir);

  const stateFile = path.join(app.getPath('userData'), 'window-state.json');
  const state = fitToDisplays(
    loadWindowState(stateFile),
    screen.getAllDisplays().map((d) => d.workArea),
  );
  mainWindow = new BrowserWindow(mainWindowOptions(state, path.join(here, '../preload/index.cjs'), 'ShipWeek'));
  if (state.maximized) mainWindow.maximize();
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  mainWindow.on('close', () => {
    if (!mainWindow) return;
    const b = mainWindow.getNormalBounds();
    saveWindowState(stateFile, { ...b, maximized: mainWindow.isMaximized() });
  });
  mainWindow.on('closed', () => (mainWindow = null));

  if (devServerUrl) await mainWindow.loadURL(devServerUrl);
  else await mainWindow.loadURL(APP_ENTRY_URL);
}

app.on('window-all-closed', () => app.quit());
