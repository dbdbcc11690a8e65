import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mainWindowOptions, printWindowOptions } from '../../electron/main/windowOptions';
import { DEFAULT_WINDOW_STATE } from '../../electron/main/windowState';
import { isSafeExternalUrl } from '../../electron/main/urlPolicy';
import { isTrustedSenderUrl } from '../../electron/main/ipc/senderGuard';
import { AppHarness } from '../support/appHarness';
import { dumpDatabase, recordFigure, REPO_ROOT } from './support';

/**
 * "Nothing gets in": the Electron checklist as tests that can fail.
 * - the window options and every place that creates a window or registers IPC (source scan);
 * - the external-link and IPC-sender allow-lists against hostile URLs (property tests);
 * - Electronegativity over the sources and the built app, where every finding fails the test unless
 *   it is a reviewed false positive listed below with its reason, matched to the exact source line;
 * - the renderer's Content-Security-Policy in real Chromium: injected inline scripts, inline event
 *   handlers and eval do not run; and a foreign frame calling the API binding is refused.
 */

const SEED = Number(process.env['RELIABILITY_SEED'] ?? Date.now() % 2 ** 31);

function sourcesUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(ts|tsx|js|cjs|mjs)$/.test(e.name) && !/\.test\.ts$/.test(e.name))
    .map((e) => path.join(e.parentPath, e.name));
}

describe('Electron security checklist (reliability suite)', () => {
  it('every BrowserWindow is built by mainWindowOptions, and no source turns a protection off', () => {
    const wp = mainWindowOptions(DEFAULT_WINDOW_STATE, '/app/out/preload/index.cjs', 'ShipWeek').webPreferences!;
    expect(wp).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
    });
    for (const key of ['enableBlinkFeatures', 'additionalArguments', 'enableRemoteModule'] as const)
      expect(wp).not.toHaveProperty(key);
    // The hidden PDF window (reports): the same protections, no preload, and no JavaScript at all.
    const pp = printWindowOptions();
    expect(pp.show).toBe(false);
    expect(pp.webPreferences).toMatchObject({
      javascript: false,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
    });
    expect(pp.webPreferences).not.toHaveProperty('preload');

    const files = sourcesUnder(path.join(REPO_ROOT, 'electron'));
    const offenders: string[] = [];
    let windows = 0;
    for (const f of files) {
      const src = fs.readFileSync(f, 'utf8');
      for (const m of src.matchAll(/new BrowserWindow\(([^)]*)/g)) {
        windows++;
        if (!m[1]!.startsWith('mainWindowOptions(') && !m[1]!.startsWith('printWindowOptions('))
          offenders.push(`${path.relative(REPO_ROOT, f)}: a BrowserWindow not built by mainWindowOptions`);
      }
      for (const bad of [
        /nodeIntegration\w*:\s*true/,
        /contextIsolation:\s*false/,
        /sandbox:\s*false/,
        /webSecurity:\s*false/,
        /webviewTag:\s*true/,
        /allowRunningInsecureContent:\s*true/,
        /enableBlinkFeatures/,
        /experimentalFeatures:\s*true/,
      ]) {
        if (bad.test(src)) offenders.push(`${path.relative(REPO_ROOT, f)}: ${bad.source}`);
      }
    }
    expect(windows).toBeGreaterThan(0);
    expect(offenders).toEqual([]);
  });

  it('IPC: every handler is registered through the one loop that checks the sender first', () => {
    const index = fs.readFileSync(path.join(REPO_ROOT, 'electron/main/index.ts'), 'utf8');
    const handles = [...index.matchAll(/ipcMain\.(handle|on|once|handleOnce)\(/g)];
    expect(handles).toHaveLength(1);
    expect(index).toMatch(
      /for \(const channel of CHANNELS\) \{\s*ipcMain\.handle\(channel, \(event, arg: unknown\) => \{/,
    );
    // The sender check comes before dispatch in that handler.
    const body = index.slice(
      index.indexOf('ipcMain.handle(channel'),
      index.indexOf('return dispatch(handlers, channel, arg)'),
    );
    expect(body).toMatch(/event\.sender !== mainWindow\.webContents/);
    expect(body).toMatch(/!isTrustedSenderUrl\(frameUrl, devServerUrl\)/);
    const preloadFile = path.join(REPO_ROOT, 'electron', 'preload', 'index.ts');
    for (const f of sourcesUnder(path.join(REPO_ROOT, 'electron')).filter(
      (f) => !f.endsWith(path.join('main', 'index.ts')),
    )) {
      const text = fs.readFileSync(f, 'utf8');
      expect(text, f).not.toMatch(/ipcMain\./);
      if (f !== preloadFile) expect(text, f).not.toMatch(/ipcRenderer\.on\(/);
    }
    // The preload listens to exactly one main->renderer message, the native menu's command, and
    // passes on only names from the fixed list (never the event object).
    const preload = fs.readFileSync(preloadFile, 'utf8');
    expect([...preload.matchAll(/ipcRenderer\.on\(/g)]).toHaveLength(1);
    expect(preload).toMatch(/ipcRenderer\.on\(MENU_EVENT, handler\)/);
    expect(preload).toMatch(/typeof command === 'string' && commands\.has\(command\)\) listener\(command\)/);
  });

  it('external links and IPC senders: hostile URLs are refused (property tests)', () => {
    console.log(`[reliability] URL allow-lists seed=${SEED}`);
    const schemes = [
      'javascript',
      'JavaScript',
      'vbscript',
      'file',
      'data',
      'blob',
      'about',
      'chrome',
      'devtools',
      'smb',
      'ms-msdt',
      'search-ms',
      'shipweek',
      'app',
      'ftp',
      'ws',
      'wss',
      'mailto',
    ];
    const hostile = fc.oneof(
      fc.tuple(fc.constantFrom(...schemes), fc.webUrl()).map(([s, u]) => u.replace(/^https?/, s)),
      fc
        .tuple(fc.constantFrom(' ', '\t', '\n', '\u0000', '%20'), fc.constantFrom(...schemes))
        .map(([ws, s]) => `${ws}${s}:alert(1)`),
      fc
        .tuple(
          fc.webUrl(),
          fc.string({ minLength: 1, maxLength: 8 }).filter((s) => /^[a-z]+$/i.test(s)),
        )
        .map(([u, user]) => u.replace('://', `://${user}:pw@`)),
      fc.constantFrom(
        'java\nscript:alert(1)',
        'jav&#x09;ascript:alert(1)',
        '\\\\evil.example\\share',
        '//evil.example/x',
        'https:/',
        'http://',
        '',
      ),
    );
    let checked = 0;
    fc.assert(
      fc.property(hostile, (raw) => {
        checked++;
        const accepted = isSafeExternalUrl(raw);
        if (!accepted) return true;
        // Anything accepted must really be an http(s) URL without credentials once parsed.
        const u = new URL(raw);
        return (
          (u.protocol === 'https:' || u.protocol === 'http:') &&
          u.username === '' &&
          u.password === '' &&
          u.hostname !== ''
        );
      }),
      { seed: SEED, numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.oneof(hostile, fc.webUrl({ withQueryParameters: true, withFragments: true })), (raw) => {
        checked++;
        if (!isTrustedSenderUrl(raw, 'http://localhost:5173')) return true;
        const u = new URL(raw);
        return (
          (u.protocol === 'app:' && u.host === 'shipweek' && u.pathname === '/index.html') ||
          u.origin === 'http://localhost:5173'
        );
      }),
      { seed: SEED, numRuns: 2000 },
    );
    expect(checked).toBeGreaterThan(3000);
  });

  it('IPC senders: the renderer is served from app://shipweek, so no file: page is ours, local or on a share', () => {
    // On Windows file://host/share/... is a UNC path; even the packaged renderer's own file path is
    // refused now that the app loads from its own origin.
    expect(isTrustedSenderUrl('file://evil-host/share/out/renderer/index.html')).toBe(false);
    expect(isTrustedSenderUrl('file:///opt/ShipWeek/resources/app.asar/out/renderer/index.html')).toBe(false);
    expect(isTrustedSenderUrl('app://shipweek/index.html')).toBe(true);
    const index = fs.readFileSync(path.join(REPO_ROOT, 'electron/main/index.ts'), 'utf8');
    expect(index).not.toMatch(/loadFile\(|['"`]file:/);
    expect(index).toMatch(/protocol\.registerSchemesAsPrivileged\(\[\{ scheme: APP_SCHEME/);
    expect(index).toMatch(/protocol\.handle\(APP_SCHEME, createAppProtocolHandler\(/);
    expect(index).toMatch(/loadURL\(APP_ENTRY_URL\)/);
  });

  it('Electronegativity: no finding left over in the sources or the built app', async () => {
    const run = createRequire(import.meta.url)('@doyensec/electronegativity/dist/runner.js') as (
      o: object,
      forCli: boolean,
    ) => Promise<{
      issues: {
        id: string;
        file: string;
        location: { line: number };
        severity: { name: string };
        sample?: string;
        description: string;
      }[];
      errors: { file: string; message: string; tolerable: boolean }[];
    }>;
    const electronVersion = (
      JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as {
        devDependencies: Record<string, string>;
      }
    ).devDependencies['electron']!;
    expect(
      fs.existsSync(path.join(REPO_ROOT, 'out', 'main', 'index.js')),
      'run `npm run build` (npm test builds first)',
    ).toBe(true);
    const csp = /content="([^"]+)"/.exec(fs.readFileSync(path.join(REPO_ROOT, 'renderer', 'index.html'), 'utf8'))![1]!;

    /**
     * Reviewed false positives. Each is accepted only where its source line matches, so the same
     * check anywhere else still fails the test.
     */
    const reviewed: { id: string; line: RegExp | null; why: string }[] = [
      {
        id: 'CONTEXT_ISOLATION_JS_CHECK',
        line: /new BrowserWindow\((main|print)WindowOptions\(/,
        why: 'the check only reads an inline options literal; the options come from mainWindowOptions (contextIsolation: true), asserted above',
      },
      {
        id: 'SANDBOX_JS_CHECK',
        line: /new BrowserWindow\((main|print)WindowOptions\(/,
        why: 'same: sandbox: true is set by mainWindowOptions and asserted above',
      },
      {
        id: 'AUXCLICK_JS_CHECK',
        line: /new BrowserWindow\((main|print)WindowOptions\(/,
        why: 'a middle-click new-window request goes through setWindowOpenHandler, which always denies (http(s) links go to the system browser after isSafeExternalUrl)',
      },
      {
        id: 'OPEN_EXTERNAL_JS_CHECK',
        line: /if \(safe\) (void )?shell\.openExternal\(safe\)/,
        why: 'openExternal only with the URL safeExternalUrl parsed and normalised (http(s), no credentials), property-tested above',
      },
      {
        id: 'CSP_GLOBAL_CHECK',
        line: null,
        why: 'electron/ holds no HTML; the CSP lives in renderer/index.html and is checked in the out/ scan and in Chromium below',
      },
    ];
    const cspReview = {
      why: "LOW, manual review: style-src 'unsafe-inline' (MUI/emotion inject <style>), img/font data: and worker blob:; scripts are 'self' only — no 'unsafe-inline'/'unsafe-eval' — and tested in Chromium below",
    };

    const counts: Record<string, number> = {};
    const unexplained: string[] = [];
    const accepted: string[] = [];
    for (const input of ['electron', 'out']) {
      const result = await run(
        {
          input: path.join(REPO_ROOT, input),
          excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
          electronVersionOverride: electronVersion,
          isRelative: false,
        },
        false,
      );
      const parseErrors = result.errors.filter((e) => !e.tolerable);
      expect(parseErrors, `Electronegativity could not parse ${input}/`).toEqual([]);
      for (const issue of result.issues) {
        counts[issue.severity.name] = (counts[issue.severity.name] ?? 0) + 1;
        const where = `${path.relative(REPO_ROOT, issue.file)}:${issue.location.line}`;
        const lineText = fs.existsSync(issue.file)
          ? (fs.readFileSync(issue.file, 'utf8').split('\n')[issue.location.line - 1] ?? '')
          : '';
        let ok: string | undefined;
        if (issue.id === 'CSP_GLOBAL_CHECK' && input === 'out') {
          ok =
            issue.severity.name === 'LOW' && issue.sample === csp && !/script-src[^;]*'unsafe-(inline|eval)'/.test(csp)
              ? cspReview.why
              : undefined;
        } else if (issue.id === 'CSP_GLOBAL_CHECK') {
          ok = issue.file === 'N/A' ? reviewed.find((r) => r.id === issue.id)!.why : undefined;
        } else {
          const r = reviewed.find((x) => x.id === issue.id && x.line && x.line.test(lineText));
          ok = r?.why;
        }
        if (ok) accepted.push(`${issue.id} ${issue.severity.name} ${input}/ ${where}: ${ok}`);
        else
          unexplained.push(
            `${issue.id} ${issue.severity.name} at ${where}: ${issue.description} | ${lineText.trim().slice(0, 160)}`,
          );
      }
    }
    const unexplainedHigh = unexplained.filter((u) => / HIGH at /.test(u)).length;
    console.log(`[reliability] Electronegativity reviewed findings:\n  ${accepted.join('\n  ')}`);
    recordFigure(
      'Electronegativity (electron/ and out/, AvailableSecurityFixesGlobalCheck excluded: needs the internet)',
      `${unexplainedHigh} high; ${unexplained.length} unexplained findings; ${accepted.length} reviewed false positives (${Object.entries(
        counts,
      )
        .map(([s, n]) => `${n} ${s.toLowerCase()}`)
        .join(', ')} reported)`,
    );
    expect(unexplained).toEqual([]);
  }, 120_000);
});

describe('renderer CSP and foreign frames in Chromium', () => {
  let app: AppHarness;
  beforeAll(async () => {
    app = await AppHarness.start();
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('injected inline scripts, inline handlers and eval do not run', async () => {
    const { page, context } = await app.newPage();
    await page.getByRole('heading', { name: 'Warehouses' }).waitFor();
    const outcome = await page.evaluate(async () => {
      const w = window as unknown as Record<string, unknown>;
      const violations: string[] = [];
      document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective));
      const s = document.createElement('script');
      s.textContent = 'window.__inlineRan = true';
      document.body.appendChild(s);
      const img = document.createElement('img');
      img.setAttribute('onerror', 'window.__handlerRan = true');
      img.src = 'data:image/png;base64,not-an-image';
      document.body.appendChild(img);
      const div = document.createElement('div');
      div.innerHTML =
        '<img src="x:y" onerror="window.__innerHtmlRan = true"><a id="js" href="javascript:window.__hrefRan=true">x</a>';
      document.body.appendChild(div);
      (document.getElementById('js') as HTMLAnchorElement).click();
      // String timers are eval: they must be refused without 'unsafe-eval'. (eval() itself cannot be
      // tested from page.evaluate: DevTools' Runtime.evaluate lifts the eval restriction for its own call.)
      (setTimeout as unknown as (code: string, ms: number) => void)('window.__timerStringRan = true', 0);
      const dataScript = document.createElement('script');
      dataScript.src = 'data:text/javascript,window.__dataScriptRan=true';
      document.body.appendChild(dataScript);
      const remote = document.createElement('script');
      remote.src = 'https://evil.example/x.js';
      document.body.appendChild(remote);
      // The 300 ms is a floor, not the test: then wait for the outcomes themselves, which a busy
      // machine reports late — each image and refused script has fired its error event, and the
      // refused <script> elements have been reported.
      const failed = [img, div.querySelector('img')!, dataScript, remote].map(
        (el) => new Promise((r) => el.addEventListener('error', r, { once: true })),
      );
      await new Promise((r) => setTimeout(r, 300));
      await Promise.race([Promise.all(failed), new Promise((r) => setTimeout(r, 10_000))]);
      for (let i = 0; i < 200 && !violations.includes('script-src-elem'); i++)
        await new Promise((r) => setTimeout(r, 50));
      return {
        inline: w['__inlineRan'] === true,
        handler: w['__handlerRan'] === true,
        innerHtml: w['__innerHtmlRan'] === true,
        href: w['__hrefRan'] === true,
        timerString: w['__timerStringRan'] === true,
        dataScript: w['__dataScriptRan'] === true,
        violations,
      };
    });
    await context.close();
    const ran = [
      outcome.inline,
      outcome.handler,
      outcome.innerHtml,
      outcome.href,
      outcome.timerString,
      outcome.dataScript,
    ].filter(Boolean).length;
    recordFigure(
      'renderer CSP in Chromium',
      `6 injection attempts (inline <script>, onerror attribute, innerHTML handler, javascript: link, string setTimeout, data: script), ${ran} executed; ${outcome.violations.length} CSP violations reported`,
    );
    expect(outcome).toMatchObject({
      inline: false,
      handler: false,
      innerHtml: false,
      href: false,
      timerString: false,
      dataScript: false,
    });
    expect(outcome.violations).toContain('script-src-elem');
  });

  it('a frame other than the main one cannot call the API, and writes nothing', async () => {
    const { page, context } = await app.newPage();
    await page.getByRole('heading', { name: 'Warehouses' }).waitFor();
    const before = dumpDatabase(app.opened.db);
    // frame-src 'none' blocks loading anything into a frame, so the foreign frame is an about:blank one.
    await page.evaluate(() => {
      const f = document.createElement('iframe');
      f.name = 'foreign';
      document.body.appendChild(f);
    });
    const frame = page.frames().find((f) => f.name() === 'foreign');
    expect(frame).toBeDefined();
    const answers = await frame!.evaluate(async () => {
      const invoke = (window as unknown as { __shipweekInvoke?: (c: string, a: unknown) => Promise<unknown> })
        .__shipweekInvoke;
      if (!invoke) return 'no binding in this frame';
      return Promise.all([
        invoke('app:info', {}),
        invoke('prefs:set', { theme: 'dark' }),
        invoke('warehouse:create', { scenarioId: 1, draft: { name: 'X', zip: '43004', timeZone: 'America/New_York' } }),
      ]);
    });
    // The main frame still works, so the refusal is about the frame, not a broken binding.
    const main = await page.evaluate(() =>
      (window as unknown as { api: { invoke: (c: string, a: unknown) => Promise<{ ok: boolean }> } }).api.invoke(
        'app:info',
        {},
      ),
    );
    await context.close();
    const after = dumpDatabase(app.opened.db);
    if (typeof answers === 'string') {
      recordFigure(
        'foreign frame',
        `binding absent from foreign frames; ${before === after ? 0 : 'SOME'} rows written`,
      );
    } else {
      const refused = answers.filter(
        (a) =>
          (a as { ok: boolean; error?: { code: string } }).ok === false &&
          (a as { error: { code: string } }).error.code === 'forbidden',
      ).length;
      recordFigure(
        'foreign frame',
        `${refused}/${answers.length} calls from a foreign frame refused; ${before === after ? 0 : 'SOME'} rows written`,
      );
      expect(refused).toBe(answers.length);
    }
    expect(main.ok).toBe(true);
    expect(after).toBe(before);
  });
});
