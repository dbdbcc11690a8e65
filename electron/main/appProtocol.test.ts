/**
 * The app:// origin that serves the built renderer: path resolution and the protocol handler,
 * against a real folder laid out like out/renderer, with a secret file beside it that no URL may reach.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  APP_ENTRY_URL,
  APP_SCHEME_PRIVILEGES,
  createAppProtocolHandler,
  isAppPageUrl,
  resolveAppRequest,
} from './appProtocol';

let base: string;
let root: string;
let handler: (request: Request) => Promise<Response>;
beforeAll(() => {
  base = fs.mkdtempSync(path.join(os.tmpdir(), 'shipweek-app-protocol-'));
  root = path.join(base, 'out', 'renderer');
  fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>ShipWeek</title>');
  fs.writeFileSync(path.join(root, 'assets', 'index-abc.js'), 'export {}');
  fs.writeFileSync(path.join(root, 'assets', 'a b.css'), 'body{}');
  fs.writeFileSync(path.join(base, 'secret.txt'), 'SECRET');
  fs.writeFileSync(path.join(base, 'out', 'secret.txt'), 'SECRET');
  fs.symlinkSync(path.join(base, 'secret.txt'), path.join(root, 'assets', 'escape.js'));
  handler = createAppProtocolHandler(root);
});
afterAll(() => fs.rmSync(base, { recursive: true, force: true }));

const get = (url: string, method = 'GET') => handler(new Request(url, { method }));

describe('app:// protocol: what it serves', () => {
  it('serves the entry page and assets with their types, and / as the entry page', async () => {
    const page = await get(APP_ENTRY_URL);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await page.text()).toContain('<title>ShipWeek</title>');
    const script = await get('app://shipweek/assets/index-abc.js');
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect((await get('app://shipweek/assets/a%20b.css')).status).toBe(200);
    expect((await get('app://shipweek/')).status).toBe(200);
    expect((await get('app://shipweek/index.html?x=1#top')).status).toBe(200);
    const head = await get(APP_ENTRY_URL, 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('a missing file or a folder is 404; a write method is 405', async () => {
    expect((await get('app://shipweek/assets/missing.js')).status).toBe(404);
    expect((await get('app://shipweek/assets')).status).toBe(404);
    expect((await get('app://shipweek/assets/')).status).toBe(404);
    expect((await get(APP_ENTRY_URL, 'POST')).status).toBe(405);
  });

  it('refuses traversal, plain or encoded, and never returns the secret beside the renderer', async () => {
    const attempts = [
      'app://shipweek/../secret.txt',
      'app://shipweek/../../secret.txt',
      'app://shipweek/%2e%2e/secret.txt',
      'app://shipweek/%2E%2E/%2e%2e/secret.txt',
      'app://shipweek/.%2e/secret.txt',
      'app://shipweek/assets/..%2f..%2fsecret.txt',
      'app://shipweek/assets/..%2F..%2F..%2Fsecret.txt',
      'app://shipweek/..%5c..%5csecret.txt',
      'app://shipweek/assets%2f..%2f..%2fsecret.txt',
      'app://shipweek/index.html%00.js',
      'app://shipweek/C:%5cWindows%5cwin.ini',
      'app://shipweek/assets/escape.js',
      `app://shipweek/${encodeURIComponent(path.join(base, 'secret.txt'))}`,
    ];
    for (const url of attempts) {
      const response = await get(url);
      expect([403, 404], url).toContain(response.status);
      expect(await response.text(), url).not.toContain('SECRET');
    }
    expect(resolveAppRequest('app://shipweek/assets/..%2f..%2fsecret.txt', root)).toMatchObject({
      ok: false,
      status: 403,
    });
    expect(resolveAppRequest('app://shipweek/%2e%2e/%2e%2e/secret.txt', root)).toMatchObject({
      ok: true,
      file: path.join(root, 'secret.txt'),
    });
    expect((await get('app://shipweek/assets/escape.js')).status).toBe(403);
  });

  it('refuses other hosts, ports, credentials and schemes', async () => {
    for (const url of [
      'app://evil/index.html',
      'app://shipweek.evil.example/index.html',
      'app://shipweek:8080/index.html',
      'app://SHIPWEEK.evil/index.html',
    ]) {
      expect((await get(url)).status, url).toBe(403);
    }
    // A Request cannot even carry credentials; the resolver refuses them all the same.
    expect(resolveAppRequest('app://user:pw@shipweek/index.html', root)).toMatchObject({ ok: false, status: 403 });
    expect(resolveAppRequest('file:///etc/passwd', root)).toMatchObject({ ok: false, status: 400 });
    expect(resolveAppRequest('https://shipweek/index.html', root)).toMatchObject({ ok: false, status: 400 });
    expect(resolveAppRequest('app://shipweek/%E0%A4%A', root)).toMatchObject({ ok: false, status: 400 });
  });

  it('property: whatever the path, a file that resolves is inside the renderer folder', () => {
    const segment = fc.oneof(
      fc.constantFrom(
        '..',
        '.',
        '%2e%2e',
        '%2E.',
        '.%2e',
        '%2f',
        '%5c',
        '%00',
        'assets',
        'index.html',
        '..%2f',
        '%252e%252e',
        'C:',
        '~',
      ),
      fc.string({ maxLength: 6 }),
    );
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 8 }), (segments) => {
        const r = resolveAppRequest(`app://shipweek/${segments.join('/')}`, root);
        if (!r.ok) return true;
        const rel = path.relative(root, r.file);
        return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
      }),
      { numRuns: 2000 },
    );
  });

  it('the scheme is standard and secure but neither bypasses the CSP nor gets service workers', () => {
    expect(APP_SCHEME_PRIVILEGES).toMatchObject({ standard: true, secure: true });
    expect(APP_SCHEME_PRIVILEGES).not.toHaveProperty('bypassCSP');
    expect(APP_SCHEME_PRIVILEGES).not.toHaveProperty('allowServiceWorkers');
    expect(isAppPageUrl(APP_ENTRY_URL)).toBe(true);
    expect(isAppPageUrl('app://shipweek/assets/index-abc.js')).toBe(false);
    expect(isAppPageUrl('app://evil/index.html')).toBe(false);
  });
});
