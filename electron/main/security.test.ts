import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mainWindowOptions } from './windowOptions';
import { DEFAULT_WINDOW_STATE } from './windowState';
import { isSafeExternalUrl } from './urlPolicy';
import { isTrustedSenderUrl } from './ipc/senderGuard';

describe('Electron security checklist', () => {
  it('the main window is isolated, sandboxed and without Node', () => {
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
    expect(wp).not.toHaveProperty('enableBlinkFeatures');
    expect(wp.preload).toMatch(/\.cjs$/);
  });

  it('external links: only http(s) without credentials', () => {
    expect(isSafeExternalUrl('https://sellercentral.amazon.com/help/hub/reference/external/G201812270')).toBe(true);
    for (const bad of [
      'javascript:alert(1)',
      'file:///etc/passwd',
      'smb://host/share',
      'ms-msdt:/id',
      'https://user:pw@evil.example',
      'data:text/html,x',
      '//evil.example',
      'not a url',
      '',
    ]) {
      expect(isSafeExternalUrl(bad), bad).toBe(false);
    }
  });

  it('external links: property — anything that is not http(s) is refused', () => {
    fc.assert(
      fc.property(
        fc.webUrl({ validSchemes: ['ftp', 'file', 'javascript', 'vbscript', 'chrome', 'shipweek'] }),
        (url) => !isSafeExternalUrl(url),
      ),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.string(), (s) => !isSafeExternalUrl(s) || /^https?:/i.test(s.trim())),
      { numRuns: 500 },
    );
  });

  it('IPC senders: only the app page (app://shipweek) or the local dev server; never a file: page', () => {
    expect(isTrustedSenderUrl('app://shipweek/index.html')).toBe(true);
    expect(isTrustedSenderUrl('http://localhost:5173/', 'http://localhost:5173')).toBe(true);
    for (const bad of [
      'https://evil.example/',
      'file:///tmp/evil.html',
      'file:///opt/ShipWeek/resources/app.asar/out/renderer/index.html',
      'app://evil/index.html',
      'app://shipweek/assets/x.js',
      'app://shipweek:1/index.html',
      'http://localhost:5174/',
      'about:blank',
      'data:text/html,x',
      '',
    ]) {
      expect(isTrustedSenderUrl(bad, 'http://localhost:5173'), bad).toBe(false);
    }
    expect(isTrustedSenderUrl('http://localhost:5173/')).toBe(false);
    fc.assert(
      fc.property(fc.webUrl(), (url) => !isTrustedSenderUrl(url)),
      { numRuns: 300 },
    );
  });
});
