// Runs the built main process against the `electron` stand-in and acts as Electron and the user
// would: start, a renderer calling over IPC (from the app's own frame and from foreign ones), the
// language switched to French, a link opened, a navigation attempted, the window closed. Writes what
// it saw as JSON to the file named in argv[3]; mainProcess.test.ts judges it.
//
// argv: <out/main/index.js> <report.json>   (run with --import ./register.mjs)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { clearTimeout, setImmediate, setTimeout } from 'node:timers';
import { app, record } from 'electron';
/* global Request */

const [mainFile, reportFile] = process.argv.slice(2);
if (!mainFile || !reportFile) throw new Error('usage: driver.mjs <out/main/index.js> <report.json>');

const report = {
  startup: {},
  window: null,
  preload: null,
  renderer: null,
  ipc: {},
  menu: {},
  security: {},
  quit: {},
  unknownApis: [],
  uncaught: [],
};
const write = () => fs.writeFileSync(reportFile, JSON.stringify(report, null, 2));
process.on('uncaughtException', (e) => {
  report.uncaught.push(String(e && e.stack ? e.stack : e));
  write();
  process.exit(70);
});
process.on('unhandledRejection', (e) => report.uncaught.push(String(e && e.stack ? e.stack : e)));

const ticks = async (n = 5) => {
  for (let i = 0; i < n; i++) await new Promise((r) => setImmediate(r));
};

// 1. Start-up: import main, let Electron become ready, wait until the window has loaded or start-up
// has failed (main shows an error box and exits).
await import(pathToFileURL(path.resolve(mainFile)).href);
const deadline = Date.now() + 30_000;
while (
  Date.now() < deadline &&
  record.errorBoxes.length === 0 &&
  record.exitCode === null &&
  !(record.windows[0]?.loads.length > 0)
) {
  await new Promise((r) => setTimeout(r, 10));
}
await ticks();
const win = record.windows.find((w) => w.options.webPreferences?.preload !== undefined) ?? record.windows[0] ?? null;
report.startup = {
  errorBoxes: record.errorBoxes,
  exitCode: record.exitCode,
  singleInstanceLock: record.calls.some(([api]) => api === 'app.requestSingleInstanceLock'),
  sandboxEnabled: record.calls.some(([api]) => api === 'app.enableSandbox'),
  windows: record.windows.length,
};
if (!win) {
  write();
  process.exit(0);
}

// 2. The window: options, preload, what it loaded.
report.window = {
  webPreferences: { ...win.options.webPreferences },
  show: win.options.show,
  shownWhenReady: win.shown,
  loads: win.loads,
};
const preload = win.options.webPreferences?.preload;
report.preload = { path: preload ?? null, exists: typeof preload === 'string' && fs.existsSync(preload) };
if (report.preload.exists) {
  // A sandboxed preload must be CommonJS: run it as CommonJS with a recorded contextBridge.
  const exposed = {};
  const invoked = [];
  const electronForPreload = {
    contextBridge: { exposeInMainWorld: (key, api) => (exposed[key] = api) },
    ipcRenderer: {
      invoke: async (channel, arg) => (invoked.push([channel, arg]), { ok: true, value: null }),
      on() {},
      removeListener() {},
    },
  };
  const source = fs.readFileSync(preload, 'utf8');
  try {
    const module = { exports: {} };
    new Function('require', 'module', 'exports', source)(
      (name) => {
        if (name === 'electron') return electronForPreload;
        throw new Error(`a sandboxed preload cannot require ${name}`);
      },
      module,
      module.exports,
    );
    const api = exposed['api'];
    const unknown = api ? await api.invoke('no:such', {}) : null;
    const known = api ? await api.invoke('app:info', {}) : null;
    report.preload.commonJs = {
      ran: true,
      exposed: Object.keys(exposed),
      apiMembers: api ? Object.keys(api).sort() : [],
      unknownChannel: unknown,
      knownChannelReachedMain: known?.ok === true && invoked.some(([c]) => c === 'app:info'),
    };
  } catch (e) {
    report.preload.commonJs = { ran: false, error: String(e) };
  }
}

// What the window loaded, resolved to a file: loadFile's path, a file: URL, or a custom protocol's
// answer for that URL (through the handler main registered, as Electron would call it).
const load = win.loads.at(-1);
report.renderer = { load: load ?? null };
if (load) {
  const url = load.kind === 'file' ? pathToFileURL(load.target).href : load.target;
  report.renderer.url = url;
  const scheme = new URL(url).protocol.slice(0, -1);
  if (scheme === 'file') {
    const file = fileURLToPath(url);
    report.renderer.file = file;
    report.renderer.exists = fs.existsSync(file);
    report.renderer.html = report.renderer.exists ? fs.readFileSync(file, 'utf8') : null;
  } else if (record.protocolHandlers.has(scheme)) {
    const response = await record.protocolHandlers.get(scheme)(new Request(url));
    report.renderer.status = response.status;
    report.renderer.exists = response.status === 200;
    report.renderer.html = await response.text();
  } else {
    report.renderer.exists = false;
    report.renderer.error = `nothing serves ${scheme}: URLs`;
  }
}
// The page's own scripts and styles (./assets/…) must be there too, served the same way.
if (report.renderer.exists) {
  const scheme = new URL(report.renderer.url).protocol.slice(0, -1);
  const refs = [...report.renderer.html.matchAll(/(?:src|href)="(\.\/[^"]+)"/g)].map((m) => m[1]);
  report.renderer.assets = [];
  for (const ref of refs) {
    const assetUrl = new URL(ref, report.renderer.url).href;
    const ok =
      scheme === 'file'
        ? fs.existsSync(fileURLToPath(assetUrl))
        : (await record.protocolHandlers.get(scheme)(new Request(assetUrl))).status === 200;
    report.renderer.assets.push({ ref, ok });
  }
}
const frameUrl = report.renderer.url ?? '';

// 3. IPC: the channels registered, then calls from our frame and from foreign ones.
report.ipc.channels = [...record.handlers.keys()];
report.ipc.onChannels = record.ipcOn;
const event = (sender, url) => ({ sender, senderFrame: { url }, frameId: 1, processId: 1 });
const call = async (channel, ev, arg) => {
  try {
    return await record.handlers.get(channel)?.(ev, arg);
  } catch (e) {
    return { thrown: String(e) };
  }
};
if (record.handlers.has('app:info')) {
  const otherWindow = { webContents: { id: -1 } };
  report.ipc.trusted = await call('app:info', event(win.webContents, frameUrl), {});
  report.ipc.foreignUrl = await call('app:info', event(win.webContents, 'https://evil.example/'), {});
  report.ipc.foreignFile = await call('app:info', event(win.webContents, 'file:///tmp/evil/index.html'), {});
  report.ipc.noFrame = await call('app:info', { sender: win.webContents, senderFrame: null }, {});
  report.ipc.otherSender = await call('app:info', event(otherWindow.webContents, frameUrl), {});
  report.ipc.badArgument = await call('prefs:set', event(win.webContents, frameUrl), { language: 'klingon' });
}

// 4. The menu in English, then in French after the renderer switches the language.
const labels = (menu) =>
  (menu?.template ?? []).map((m) => ({
    label: m.label ?? null,
    role: m.role ?? null,
    items: (m.submenu ?? []).map((i) => ({
      label: i.label ?? null,
      role: i.role ?? null,
      type: i.type ?? null,
      accelerator: i.accelerator ?? null,
    })),
  }));
report.menu.en = labels(record.applicationMenu);
const saveItem = (record.applicationMenu?.template ?? [])
  .flatMap((m) => m.submenu ?? [])
  .find((i) => i.accelerator === 'CmdOrCtrl+S');
if (saveItem?.click) {
  saveItem.click();
  report.menu.saveSent = win.webContents.sent.at(-1) ?? null;
}
report.menu.setFrench = await call('prefs:set', event(win.webContents, frameUrl), { language: 'fr' });
await ticks();
report.menu.fr = labels(record.applicationMenu);

// 5. Security handlers on the window's web contents and the session.
const wc = win.webContents;
// Electron's signature: (webContents, permission, callback, details); main must answer through the callback.
const decide = (handler, permission) =>
  new Promise((resolve) => {
    const timer = setTimeout(() => resolve('no answer'), 1000);
    handler(wc, permission, (allowed) => (clearTimeout(timer), resolve(allowed)), {
      requestingUrl: frameUrl,
      isMainFrame: true,
    });
  });
const navigation = (name, url) => {
  let prevented = false;
  wc.emit(name, { preventDefault: () => (prevented = true), url }, url);
  return { listeners: wc.listenerCount(name), prevented };
};
report.security = {
  permissionRequest: record.permissionRequestHandler
    ? await decide(record.permissionRequestHandler, 'media')
    : 'not installed',
  permissionRequestGeolocation: record.permissionRequestHandler
    ? await decide(record.permissionRequestHandler, 'geolocation')
    : 'not installed',
  permissionCheck: record.permissionCheckHandler
    ? record.permissionCheckHandler(wc, 'notifications', new URL(frameUrl).origin, { isMainFrame: true })
    : 'not installed',
  willNavigate: navigation('will-navigate', 'https://evil.example/'),
  willRedirect: navigation('will-redirect', 'https://evil.example/'),
  willAttachWebview: navigation('will-attach-webview', 'https://evil.example/'),
  windowOpen: wc.windowOpenHandler
    ? {
        https: wc.windowOpenHandler({ url: 'https://sellercentral.amazon.com/help' }),
        file: wc.windowOpenHandler({ url: 'file:///etc/passwd' }),
        javascript: wc.windowOpenHandler({ url: 'javascript:alert(1)' }),
      }
    : 'not installed',
};
await ticks();
report.security.openedExternally = record.openedExternally;

// 6. Quit as a user does: close the window; main quits on window-all-closed; Electron then runs
// before-quit, will-quit and quit. Whatever main still holds open would keep this process alive.
const quitCallsBefore = record.calls.filter(([api]) => api === 'app.quit').length;
win.close();
await ticks(20);
report.quit = {
  quitCalls: record.calls.filter(([api]) => api === 'app.quit').length - quitCallsBefore,
  events: record.quitEvents,
  windowsLeft: record.windows.filter((w) => !w.isDestroyed()).length,
};
report.unknownApis = [...new Set(record.unknown)];
write();
// No process.exit(): the parent checks that this process ends on its own once main has quit.
app.removeAllListeners('ready');
