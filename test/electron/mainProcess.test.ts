import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS } from '../../shared/ipc/contract';
import { menuText } from '../../electron/main/menuText';

/**
 * The Electron main process, built (out/main/index.js, what `npm start` and the packaged app run),
 * run in plain Node against a stand-in for the `electron` module (test/electron/standIn): a module
 * hook resolves `electron` to it, a driver plays Electron and the user, and this file judges what
 * main did. Electron's binary cannot run on our build machines; this is how its wiring is proven.
 * Two broken builds (no preload file, no renderer) and a start-up that throws must fail the same
 * judgement, so it cannot pass by looking at nothing.
 */

const ROOT = path.resolve(import.meta.dirname, '../..');
const BUILT_MAIN = path.join(ROOT, 'out', 'main', 'index.js');
const STAND_IN = path.join(import.meta.dirname, 'standIn');
/** Copies of the build live inside the repo so their `import 'zod'` resolves to node_modules. */
const SCRATCH = path.join(ROOT, 'node_modules', '.cache', `shipweek-main-test-${process.pid}`);

interface Outcome {
  code: number | null;
  signal: string | null;
  stderr: string;
  userData: string;
  // The driver's report (driver.mjs); loosely typed: the judgement below reads it field by field.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  report: any;
}

const temps: string[] = [];
function tempDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `shipweek-${prefix}-`));
  temps.push(dir);
  return dir;
}

/** Runs one main-process file under the stand-in; `userData` is what app.getPath('userData') returns. */
function runMain(mainFile: string, userData = path.join(tempDir('main'), 'userData')): Promise<Outcome> {
  const reportFile = path.join(tempDir('main-report'), 'report.json');
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', path.join(STAND_IN, 'register.mjs'), path.join(STAND_IN, 'driver.mjs'), mainFile, reportFile],
      {
        cwd: ROOT,
        env: { ...process.env, SHIPWEEK_STANDIN_USERDATA: userData, ELECTRON_RENDERER_URL: '' },
        stdio: ['ignore', 'ignore', 'pipe'],
      },
    );
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    // Main must let the process end by itself once it has quit; a guard so a hang fails, not stalls.
    const guard = setTimeout(() => child.kill('SIGKILL'), 90_000);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(guard);
      const report = fs.existsSync(reportFile) ? JSON.parse(fs.readFileSync(reportFile, 'utf8')) : null;
      resolve({ code, signal, stderr, userData, report });
    });
  });
}

const labelsOf = (menu: { label: string | null; items: { label: string | null }[] }[]) =>
  menu.flatMap((m) => [m.label, ...m.items.map((i) => i.label)]).filter((l): l is string => l !== null);

/**
 * Everything main must have done, as a list of what is wrong (empty when all is right). One
 * function for the real build and the broken ones, so the negative checks test this very judgement.
 */
function problems(o: Outcome): string[] {
  const out: string[] = [];
  const r = o.report;
  if (o.signal) out.push(`the process did not end by itself after quitting (killed by ${o.signal})`);
  else if (o.code !== 0) out.push(`the process exited with ${o.code}: ${o.stderr.slice(0, 500)}`);
  if (!r) return [...out, 'the driver wrote no report'];
  if (r.uncaught.length) out.push(`uncaught: ${r.uncaught.join(' | ').slice(0, 500)}`);
  const s = r.startup;
  if (s.errorBoxes.length || s.exitCode !== null)
    out.push(`start-up failed: ${JSON.stringify(s.errorBoxes)} exit ${s.exitCode}`);
  if (!s.singleInstanceLock) out.push('no single-instance lock requested');
  if (!s.sandboxEnabled) out.push('app.enableSandbox() not called');
  if (r.unknownApis.length)
    out.push(`Electron APIs the stand-in does not model (teach it, then assert them): ${r.unknownApis.join(', ')}`);
  if (!r.window) return [...out, 'no window was created'];

  // The Electron security checklist, on the window main really created.
  const wp = r.window.webPreferences;
  const expected = {
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
  };
  for (const [key, value] of Object.entries(expected))
    if (wp[key] !== value) out.push(`webPreferences.${key} is ${JSON.stringify(wp[key])}, must be ${value}`);
  if ('enableBlinkFeatures' in wp) out.push('webPreferences.enableBlinkFeatures is set');
  if (r.window.show !== false || !r.window.shownWhenReady)
    out.push('the window must be created hidden and shown on ready-to-show');

  // The preload: a file that exists, runs as CommonJS (a sandboxed preload cannot load ES modules)
  // and exposes only window.api's two members, refusing channels outside the contract.
  if (!r.preload.exists) out.push(`preload file missing: ${r.preload.path}`);
  else if (!r.preload.commonJs.ran) out.push(`preload does not run as CommonJS: ${r.preload.commonJs.error}`);
  else {
    const c = r.preload.commonJs;
    if (JSON.stringify(c.exposed) !== '["api"]' || JSON.stringify(c.apiMembers) !== '["invoke","onMenuCommand"]')
      out.push(`preload exposes ${JSON.stringify(c.exposed)} / ${JSON.stringify(c.apiMembers)}`);
    if (c.unknownChannel?.error?.code !== 'forbidden') out.push('preload passes a channel outside the contract');
    if (!c.knownChannelReachedMain) out.push('preload does not forward a contract channel');
  }

  // What the window loads resolves to the built renderer (file: or a custom protocol alike).
  const rd = r.renderer;
  if (!rd.load) out.push('the window loads nothing');
  else if (!rd.exists) out.push(`the renderer page does not exist: ${rd.file ?? rd.url} ${rd.error ?? ''}`);
  else {
    if (!/Content-Security-Policy/.test(rd.html) || !/id="root"/.test(rd.html))
      out.push('the loaded page is not the renderer (no CSP or no #root)');
    const missing = (rd.assets ?? []).filter((a: { ok: boolean }) => !a.ok).map((a: { ref: string }) => a.ref);
    if (!rd.assets?.length || missing.length)
      out.push(`renderer assets missing: ${missing.join(', ') || 'none referenced'}`);
  }

  // One ipcMain.handle per contract channel and nothing else; the sender check.
  const channels = [...r.ipc.channels].sort();
  if (JSON.stringify(channels) !== JSON.stringify([...CHANNELS].sort()))
    out.push(`ipcMain.handle channels ${JSON.stringify(channels)} differ from the contract's`);
  if (r.ipc.onChannels.length) out.push(`ipcMain.on listeners outside the contract: ${r.ipc.onChannels.join(', ')}`);
  if (r.ipc.trusted?.ok !== true) out.push(`a call from the app's own frame failed: ${JSON.stringify(r.ipc.trusted)}`);
  for (const k of ['foreignUrl', 'foreignFile', 'noFrame', 'otherSender'])
    if (r.ipc[k]?.error?.code !== 'forbidden')
      out.push(`a call from ${k} was not refused: ${JSON.stringify(r.ipc[k])}`);
  if (r.ipc.badArgument?.error?.code !== 'invalid')
    out.push('an argument outside the contract was not refused as invalid');

  // The menu, in English and then in French after prefs:set.
  const en = menuText('en');
  const fr = menuText('fr');
  const enTop = r.menu.en.map((m: { label: string }) => m.label);
  const frTop = (r.menu.fr ?? []).map((m: { label: string }) => m.label);
  if (JSON.stringify(enTop) !== JSON.stringify([en.file, en.edit, en.view, en.help]))
    out.push(`English menu: ${JSON.stringify(enTop)}`);
  if (JSON.stringify(frTop) !== JSON.stringify([fr.file, fr.edit, fr.view, fr.help]))
    out.push(`French menu after prefs:set: ${JSON.stringify(frTop)}`);
  const enValues = new Set<string>(Object.values(en));
  const frValues = new Set<string>(Object.values(fr));
  const notEnglish = labelsOf(r.menu.en).filter((l) => !enValues.has(l));
  const notFrench = labelsOf(r.menu.fr ?? []).filter((l) => !frValues.has(l));
  if (notEnglish.length) out.push(`English menu labels not from menuText('en'): ${notEnglish.join(', ')}`);
  if (notFrench.length || labelsOf(r.menu.fr ?? []).length !== labelsOf(r.menu.en).length)
    out.push(`French menu labels not from menuText('fr'): ${notFrench.join(', ')}`);
  if (JSON.stringify(r.menu.saveSent) !== '["menu:command","save"]')
    out.push(`Save now sent ${JSON.stringify(r.menu.saveSent)}`);

  // Permission, navigation and window-open handlers.
  const sec = r.security;
  if (sec.permissionRequest !== false || sec.permissionRequestGeolocation !== false)
    out.push(`permission requests answered ${sec.permissionRequest}/${sec.permissionRequestGeolocation}`);
  if (sec.permissionCheck !== false) out.push(`permission checks answered ${sec.permissionCheck}`);
  for (const k of ['willNavigate', 'willRedirect', 'willAttachWebview'])
    if (!sec[k].listeners || !sec[k].prevented) out.push(`${k} is not prevented`);
  if (typeof sec.windowOpen !== 'object') out.push('no window-open handler');
  else
    for (const [k, v] of Object.entries(sec.windowOpen))
      if ((v as { action: string }).action !== 'deny') out.push(`window.open(${k}) not denied`);
  if (JSON.stringify(sec.openedExternally) !== '["https://sellercentral.amazon.com/help"]')
    out.push(`opened externally: ${JSON.stringify(sec.openedExternally)}`);

  // Quitting: main quits when the window closes, Electron's quit events run, and what was
  // acknowledged is on disk in a closed database (no WAL left behind) with the window's state.
  const q = r.quit;
  if (q.quitCalls < 1) out.push('closing the last window did not quit the app');
  if (JSON.stringify(q.events) !== '["before-quit","will-quit","quit"]')
    out.push(`quit events: ${JSON.stringify(q.events)}`);
  const dbFile = path.join(o.userData, 'workspace', 'workspace.sqlite');
  if (!fs.existsSync(dbFile)) out.push('no workspace database');
  else {
    if (fs.existsSync(`${dbFile}-wal`)) out.push('the database was not closed: its WAL file is still there');
    const db = new Database(dbFile, { readonly: true });
    try {
      const lang = db.prepare<[], { value: string }>("SELECT value FROM pref WHERE key = 'language'").get();
      if (lang?.value !== '"fr"') out.push(`the language set before quitting reads back as ${lang?.value}`);
      const check = db.pragma('integrity_check', { simple: true });
      if (check !== 'ok') out.push(`integrity_check: ${check}`);
    } finally {
      db.close();
    }
  }
  if (!fs.existsSync(path.join(o.userData, 'window-state.json'))) out.push('the window state was not saved on close');
  return out;
}

/** A copy of the built main process in a scratch folder, with the given siblings linked in. */
function brokenBuild(name: string, keep: ('preload' | 'renderer')[]): string {
  const out = path.join(SCRATCH, name, 'out');
  fs.mkdirSync(path.join(out, 'main'), { recursive: true });
  fs.copyFileSync(BUILT_MAIN, path.join(out, 'main', 'index.js'));
  for (const sibling of keep) fs.symlinkSync(path.join(ROOT, 'out', sibling), path.join(out, sibling), 'dir');
  return path.join(out, 'main', 'index.js');
}

describe('Electron main process (built out/main/index.js, electron stood in)', () => {
  let real: Outcome;

  beforeAll(async () => {
    // `npm test` builds first; run alone, this test builds once when there is no build yet.
    if (
      !fs.existsSync(BUILT_MAIN) ||
      !fs.existsSync(path.join(ROOT, 'out', 'preload', 'index.cjs')) ||
      !fs.existsSync(path.join(ROOT, 'out', 'renderer', 'index.html'))
    ) {
      const r = spawnSync(path.join(ROOT, 'node_modules', '.bin', 'electron-vite'), ['build'], {
        cwd: ROOT,
        stdio: 'inherit',
      });
      if (r.status !== 0) throw new Error('electron-vite build failed');
    }
    expect(fs.readFileSync(BUILT_MAIN, 'utf8')).toMatch(/^import .* from "electron";/m); // ESM: the resolve hook applies
    real = await runMain(BUILT_MAIN);
  }, 240_000);

  afterAll(() => {
    fs.rmSync(SCRATCH, { recursive: true, force: true });
    for (const d of temps) fs.rmSync(d, { recursive: true, force: true });
  });

  it('starts, wires a locked-down window, every contract channel and nothing else, the menus, the security handlers, and quits cleanly', () => {
    expect(problems(real)).toEqual([]);
    // A few facts spelled out, so a reader sees what the judgement covers.
    expect(real.report.window.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    });
    expect(real.report.preload.path).toMatch(/\.cjs$/);
    expect(real.report.ipc.channels).toHaveLength(CHANNELS.length);
    expect(real.report.ipc.foreignUrl).toEqual({
      ok: false,
      error: { code: 'forbidden', message: 'This request did not come from ShipWeek.' },
    });
    expect(real.report.menu.fr[0].label).toBe('Fichier');
    expect(real.report.quit.events).toEqual(['before-quit', 'will-quit', 'quit']);
  });

  it('fails when the preload file is missing', async () => {
    const broken = await runMain(brokenBuild('no-preload', ['renderer']));
    expect(problems(broken)).toContainEqual(expect.stringMatching(/^preload file missing: .*index\.cjs$/));
  });

  it('fails when the renderer page is missing', async () => {
    const broken = await runMain(brokenBuild('no-renderer', ['preload']));
    expect(problems(broken)).toContainEqual(expect.stringMatching(/^the renderer page does not exist/));
  });

  it('fails when start-up throws (the user-data folder cannot be created)', async () => {
    const blocker = path.join(tempDir('main-blocked'), 'not-a-folder');
    fs.writeFileSync(blocker, 'a file where a folder must go');
    const broken = await runMain(BUILT_MAIN, path.join(blocker, 'userData'));
    expect(broken.report.startup.errorBoxes[0]?.title).toBe('ShipWeek could not start');
    expect(problems(broken)).toContainEqual(expect.stringMatching(/^start-up failed: /));
  });
});
