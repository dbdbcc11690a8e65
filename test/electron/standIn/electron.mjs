// A stand-in for the `electron` module, for running the built main process (out/main/index.js) in
// plain Node. It does what main asks the way Electron would (events in Electron's order, a window
// per `new BrowserWindow`, `web-contents-created` for each), and records every call in `record`, which
// the driver reads. It draws nothing and opens nothing: `shell.openExternal` and the dialogs are
// recorded and answered with "cancelled".
import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { setImmediate } from 'node:timers';
import { Buffer } from 'node:buffer';
/* global Response */

const userData = process.env['SHIPWEEK_STANDIN_USERDATA'];
if (!userData) throw new Error('SHIPWEEK_STANDIN_USERDATA must name a folder for app.getPath("userData")');

export const record = {
  /** Every call to an Electron API, in order: [api, ...arguments that are plain data]. */
  calls: [],
  windows: [],
  handlers: new Map(),
  ipcOn: [],
  menus: [],
  applicationMenu: null,
  permissionRequestHandler: null,
  permissionCheckHandler: null,
  protocolHandlers: new Map(),
  privilegedSchemes: [],
  openedExternally: [],
  errorBoxes: [],
  exitCode: null,
  quitEvents: [],
  unknown: [],
};

function note(api, ...args) {
  record.calls.push([api, ...args.map((a) => (typeof a === 'function' ? '[function]' : a))]);
}

/** An object whose listed methods are real and whose other methods are recorded as unknown no-ops. */
function tolerant(name, target) {
  return new Proxy(target, {
    get(t, prop) {
      if (prop in t || typeof prop === 'symbol' || prop === 'then') {
        // Bound to the real object: class methods use private fields, which a proxy does not have.
        const value = Reflect.get(t, prop, t);
        return typeof value === 'function' ? value.bind(t) : value;
      }
      return (...args) => {
        record.unknown.push(`${name}.${String(prop)}`);
        note(`${name}.${String(prop)}`, ...args);
        return undefined;
      };
    },
  });
}

class StandInApp extends EventEmitter {
  isPackaged = false;
  #ready = false;
  #readyPromise;
  #quitting = false;
  constructor() {
    super();
    // Electron becomes ready after the main script's first turn; so does the stand-in.
    this.#readyPromise = new Promise((resolve) =>
      setImmediate(() => {
        this.#ready = true;
        this.emit('ready');
        resolve();
      }),
    );
  }
  whenReady() {
    note('app.whenReady');
    return this.#readyPromise;
  }
  isReady() {
    return this.#ready;
  }
  requestSingleInstanceLock() {
    note('app.requestSingleInstanceLock');
    return true;
  }
  enableSandbox() {
    note('app.enableSandbox');
  }
  getPath(name) {
    note('app.getPath', name);
    if (name === 'userData') return userData;
    return path.join(userData, `standin-${name}`);
  }
  getVersion() {
    return '0.0.0-standin';
  }
  getName() {
    return 'ShipWeek';
  }
  getLocale() {
    return 'en-US';
  }
  setAppUserModelId(id) {
    note('app.setAppUserModelId', id);
  }
  /** Electron's order: before-quit (cancellable), every window closed, will-quit (cancellable), quit. */
  quit() {
    note('app.quit');
    if (this.#quitting) return;
    this.#quitting = true;
    setImmediate(() => {
      const cancellable = (name) => {
        let prevented = false;
        record.quitEvents.push(name);
        this.emit(name, { preventDefault: () => (prevented = true) });
        return prevented;
      };
      if (cancellable('before-quit')) return void (this.#quitting = false);
      for (const w of [...record.windows]) if (!w.isDestroyed()) w.close();
      if (cancellable('will-quit')) return void (this.#quitting = false);
      record.quitEvents.push('quit');
      this.emit('quit', {}, 0);
    });
  }
  exit(code = 0) {
    note('app.exit', code);
    record.exitCode = code;
  }
}

export const app = tolerant('app', new StandInApp());

let nextId = 1;

class StandInWebContents extends EventEmitter {
  id = nextId++;
  windowOpenHandler = null;
  sent = [];
  url = '';
  setWindowOpenHandler(handler) {
    note('webContents.setWindowOpenHandler');
    this.windowOpenHandler = handler;
  }
  send(channel, ...args) {
    this.sent.push([channel, ...args]);
  }
  getURL() {
    return this.url;
  }
  isDestroyed() {
    return false;
  }
  async printToPDF(options) {
    note('webContents.printToPDF', options);
    return Buffer.from('%PDF-1.4 stand-in');
  }
  openDevTools() {
    note('webContents.openDevTools');
  }
}

export class BrowserWindow extends EventEmitter {
  #destroyed = false;
  #maximized = false;
  constructor(options = {}) {
    super();
    this.options = options;
    this.webContents = tolerant('webContents', new StandInWebContents());
    this.loads = [];
    this.shown = false;
    note('new BrowserWindow', options);
    record.windows.push(this);
    app.emit('web-contents-created', {}, this.webContents);
  }
  static getAllWindows() {
    return record.windows.filter((w) => !w.isDestroyed());
  }
  static fromWebContents(wc) {
    return record.windows.find((w) => w.webContents === wc) ?? null;
  }
  async loadFile(file, options) {
    note('BrowserWindow.loadFile', file, options);
    this.loads.push({ kind: 'file', target: path.resolve(file) });
    this.webContents.url = pathToFileURL(path.resolve(file)).href;
    setImmediate(() => this.emit('ready-to-show'));
  }
  async loadURL(url, options) {
    note('BrowserWindow.loadURL', url.length > 200 ? `${url.slice(0, 200)}…` : url, options);
    this.loads.push({ kind: 'url', target: url });
    this.webContents.url = url;
    setImmediate(() => this.emit('ready-to-show'));
  }
  show() {
    this.shown = true;
  }
  focus() {}
  restore() {}
  isMinimized() {
    return false;
  }
  maximize() {
    this.#maximized = true;
  }
  isMaximized() {
    return this.#maximized;
  }
  getBounds() {
    const o = this.options;
    return { x: o.x ?? 0, y: o.y ?? 0, width: o.width ?? 800, height: o.height ?? 600 };
  }
  getNormalBounds() {
    return this.getBounds();
  }
  isDestroyed() {
    return this.#destroyed;
  }
  /** Electron's order: close (cancellable), then closed; then, when none is left, window-all-closed. */
  close() {
    if (this.#destroyed) return;
    let prevented = false;
    this.emit('close', { preventDefault: () => (prevented = true) });
    if (prevented) return;
    this.destroy();
  }
  destroy() {
    if (this.#destroyed) return;
    this.#destroyed = true;
    this.emit('closed');
    if (BrowserWindow.getAllWindows().length === 0) app.emit('window-all-closed');
  }
  setMenuBarVisibility() {}
}

export const ipcMain = tolerant('ipcMain', {
  handle(channel, handler) {
    note('ipcMain.handle', channel);
    if (record.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    record.handlers.set(channel, handler);
  },
  removeHandler(channel) {
    note('ipcMain.removeHandler', channel);
    record.handlers.delete(channel);
  },
  on(channel) {
    note('ipcMain.on', channel);
    record.ipcOn.push(channel);
  },
});

/** Menus keep their template: labels, roles and accelerators are what the test looks at. */
export const Menu = tolerant('Menu', {
  buildFromTemplate(template) {
    note('Menu.buildFromTemplate');
    const menu = { template };
    record.menus.push(menu);
    return menu;
  },
  setApplicationMenu(menu) {
    note('Menu.setApplicationMenu');
    record.applicationMenu = menu;
  },
  getApplicationMenu() {
    return record.applicationMenu;
  },
});

export const dialog = tolerant('dialog', {
  showErrorBox(title, content) {
    note('dialog.showErrorBox', title, content);
    record.errorBoxes.push({ title, content });
  },
  async showSaveDialog(...args) {
    note('dialog.showSaveDialog', ...args.filter((a) => !(a instanceof BrowserWindow)));
    return { canceled: true };
  },
  async showOpenDialog(...args) {
    note('dialog.showOpenDialog', ...args.filter((a) => !(a instanceof BrowserWindow)));
    return { canceled: true, filePaths: [] };
  },
  async showMessageBox(...args) {
    note('dialog.showMessageBox', ...args.filter((a) => !(a instanceof BrowserWindow)));
    return { response: 0, checkboxChecked: false };
  },
});

export const screen = tolerant('screen', {
  getAllDisplays() {
    return [
      {
        id: 1,
        workArea: { x: 0, y: 0, width: 1920, height: 1040 },
        bounds: { x: 0, y: 0, width: 1920, height: 1080 },
        scaleFactor: 1,
      },
    ];
  },
  getPrimaryDisplay() {
    return this.getAllDisplays()[0];
  },
});

const defaultSession = tolerant('session', {
  setPermissionRequestHandler(handler) {
    note('session.setPermissionRequestHandler');
    record.permissionRequestHandler = handler;
  },
  setPermissionCheckHandler(handler) {
    note('session.setPermissionCheckHandler');
    record.permissionCheckHandler = handler;
  },
  protocol: null,
  webRequest: tolerant('webRequest', {}),
});
export const session = tolerant('sessionModule', { defaultSession });

export const shell = tolerant('shell', {
  async openExternal(url) {
    note('shell.openExternal', url);
    record.openedExternally.push(url);
  },
  async openPath(p) {
    note('shell.openPath', p);
    return '';
  },
  showItemInFolder(p) {
    note('shell.showItemInFolder', p);
  },
});

export const protocol = tolerant('protocol', {
  registerSchemesAsPrivileged(schemes) {
    note('protocol.registerSchemesAsPrivileged', schemes);
    record.privilegedSchemes.push(...schemes);
  },
  handle(scheme, handler) {
    note('protocol.handle', scheme);
    record.protocolHandlers.set(scheme, handler);
  },
  unhandle(scheme) {
    record.protocolHandlers.delete(scheme);
  },
  isProtocolHandled(scheme) {
    return record.protocolHandlers.has(scheme);
  },
});
defaultSession.protocol = protocol;

/** net.fetch for file: URLs, as a custom-protocol handler serving the renderer would use it. */
export const net = tolerant('net', {
  async fetch(input) {
    const url = typeof input === 'string' ? input : input.url;
    note('net.fetch', url);
    if (!url.startsWith('file:')) return new Response('stand-in: no network', { status: 502 });
    try {
      return new Response(fs.readFileSync(fileURLToPath(url)), { status: 200 });
    } catch {
      return new Response('not found', { status: 404 });
    }
  },
});

export const nativeTheme = tolerant(
  'nativeTheme',
  Object.assign(new EventEmitter(), { shouldUseDarkColors: false, themeSource: 'system' }),
);

export default { app, BrowserWindow, dialog, ipcMain, Menu, net, nativeTheme, protocol, screen, session, shell };
