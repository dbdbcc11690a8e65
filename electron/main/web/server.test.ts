import http from 'node:http';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserShell, type BrowserShell } from './browserShell';
import { startWebServer, PortInUseError, DEFAULT_MAX_CALL_BYTES, DEFAULT_MAX_UPLOAD_BYTES } from './server';
import { createTransfers } from './transfers';
import { dumpDatabase } from '../../../test/support/dbDump';
import { CHANNELS } from '../../../shared/ipc/contract';
import { IMPORT_FILE_MAX_BYTES } from '../../../shared/ipc/channels';
import { SETTINGS_MAX_BYTES } from '../../../shared/domain/parseSettings';

/**
 * The browser shell's server over real HTTP, with the real handler table over a real SQLite file:
 * every refusal the issue lists (no session, foreign Host, foreign Origin, oversized body, unknown
 * channel, bad arguments) and the files' round trip (upload -> import, export -> one download).
 */
const RENDERER_DIR = path.resolve(__dirname, '../../../out/renderer');
const built = fs.existsSync(path.join(RENDERER_DIR, 'web-api.js'));

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
  json(): unknown;
}

function request(
  port: number,
  options: { method?: string; path: string; headers?: Record<string, string>; body?: Buffer | string },
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, method: options.method ?? 'GET', path: options.path, headers: options.headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const body = Buffer.concat(chunks);
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body,
            json: () => JSON.parse(body.toString('utf8')),
          });
        });
      },
    );
    // The server may answer (413) and close before the whole body is sent.
    req.on('error', (e: NodeJS.ErrnoException) =>
      e.code === 'EPIPE' || e.code === 'ECONNRESET' ? undefined : reject(e),
    );
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

describe.skipIf(!built)('browser shell server (real HTTP, real handlers, real SQLite)', () => {
  let dir: string;
  let shell: BrowserShell;
  let port: number;
  let cookie: string;
  const own = () => ({ host: `127.0.0.1:${port}`, origin: `http://127.0.0.1:${port}` });
  const call = (channel: string, arg: unknown, headers: Record<string, string> = {}, extra: object = {}) =>
    request(port, {
      method: 'POST',
      path: `/api/call/${encodeURIComponent(channel)}`,
      headers: { ...own(), cookie, 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ arg, ...extra }),
    });
  const dump = () => dumpDatabase(shell.opened.db);

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shipweek-web-'));
    shell = await startBrowserShell({
      dataDir: path.join(dir, 'ws'),
      rendererDir: RENDERER_DIR,
      port: 0,
      version: '0.1.0-test',
      log: () => undefined,
    });
    port = shell.server.port;
    const url = new URL(shell.server.newSignInUrl());
    const signIn = await request(port, { path: url.pathname + url.search, headers: own() });
    expect(signIn.status).toBe(303);
    cookie = String(signIn.headers['set-cookie']![0]!.split(';')[0]);
  });
  afterAll(async () => {
    await shell?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('signs a browser in once per code: HttpOnly SameSite=Strict cookie, redirect to the app; a spent code is refused', async () => {
    const url = new URL(shell.server.newSignInUrl());
    const first = await request(port, { path: url.pathname + url.search, headers: own() });
    expect(first.status).toBe(303);
    expect(first.headers.location).toBe('/');
    const set = first.headers['set-cookie']![0]!;
    expect(set).toMatch(new RegExp(`^shipweek_session_${port}=[A-Za-z0-9_-]{43};`));
    expect(set).toContain('HttpOnly');
    expect(set).toContain('SameSite=Strict');
    const again = await request(port, { path: url.pathname + url.search, headers: own() });
    expect(again.status).toBe(403);
    expect(again.body.toString()).toContain('already used');
    expect(again.headers['set-cookie']).toBeUndefined();
    const ok = await call('prefs:get', {});
    expect(ok.status).toBe(200);
    expect(ok.json()).toMatchObject({ result: { ok: true, value: { language: 'en' } } });
  });

  it('refuses an API call without the session (401) or with a wrong one, and writes nothing', async () => {
    const before = dump();
    for (const c of ['', `shipweek_session_${port}=wrong`, `shipweek_session_${port + 1}=${cookie.split('=')[1]}`]) {
      const r = await call('prefs:set', { language: 'fr' }, { cookie: c });
      expect(r.status).toBe(401);
      expect(r.json()).toMatchObject({ ok: false, error: { code: 'forbidden', key: 'error.signedOut' } });
    }
    expect(dump()).toBe(before);
  });

  it('refuses a foreign Host (DNS rebinding) on the API and on the page, even with the session', async () => {
    for (const host of [
      'evil.example',
      `evil.example:${port}`,
      `127.0.0.1:${port + 1}`,
      `127.0.0.2:${port}`,
      `0.0.0.0:${port}`,
    ]) {
      const api = await call('prefs:get', {}, { host, origin: `http://${host}` });
      expect(api.status).toBe(403);
      const page = await request(port, { path: '/', headers: { host } });
      expect(page.status).toBe(403);
      expect(page.body.toString()).toContain('Forbidden host');
    }
    const page = await request(port, { path: '/', headers: { host: `localhost:${port}` } });
    expect(page.status).toBe(200);
  });

  it('refuses a foreign or missing Origin and a cross-site fetch, and writes nothing', async () => {
    const before = dump();
    for (const headers of [
      { origin: 'http://evil.example' },
      { origin: `http://localhost:${port}` },
      { origin: 'null' },
      { origin: '' },
      { 'sec-fetch-site': 'cross-site' },
      { 'sec-fetch-site': 'same-site' },
    ] as Record<string, string>[]) {
      const r = await call('prefs:set', { language: 'fr' }, headers);
      expect(r.status, JSON.stringify(headers)).toBe(403);
      expect(r.json()).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    const noOrigin = await request(port, {
      method: 'POST',
      path: '/api/call/prefs:set',
      headers: { host: own().host, cookie, 'content-type': 'application/json' },
      body: '{"arg":{"language":"fr"}}',
    });
    expect(noOrigin.status).toBe(403);
    // A page of another site may not even load our files (a cross-site <script src>).
    const script = await request(port, {
      path: '/web-api.js',
      headers: { host: own().host, 'sec-fetch-site': 'cross-site' },
    });
    expect(script.status).toBe(403);
    expect(dump()).toBe(before);
  });

  it('refuses an oversized body with 413 (declared or streamed) and writes nothing', async () => {
    const before = dump();
    const big = Buffer.alloc(DEFAULT_MAX_CALL_BYTES + 1, 0x20);
    const declared = await request(port, {
      method: 'POST',
      path: '/api/call/prefs:set',
      headers: { ...own(), cookie, 'content-type': 'application/json', 'content-length': String(big.length) },
      body: big,
    });
    expect(declared.status).toBe(413);
    expect(declared.json()).toMatchObject({
      ok: false,
      error: { key: 'error.tooLarge', params: { limit: DEFAULT_MAX_CALL_BYTES } },
    });
    const streamed = await request(port, {
      method: 'POST',
      path: '/api/call/prefs:set',
      headers: { ...own(), cookie, 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
      body: big,
    });
    expect(streamed.status).toBe(413);
    const upload = await request(port, {
      method: 'POST',
      path: '/api/upload?name=big.json',
      headers: { ...own(), cookie, 'content-type': 'application/octet-stream' },
      body: Buffer.alloc(DEFAULT_MAX_UPLOAD_BYTES + 1),
    });
    expect(upload.status).toBe(413);
    expect(dump()).toBe(before);
  });

  it('answers 404 for an unknown channel and an unknown route, 405 for a GET on the API', async () => {
    const r = await call('scenario:drop', {});
    expect(r.status).toBe(404);
    expect(r.json()).toMatchObject({ ok: false, error: { code: 'notFound' } });
    expect((await call('__proto__', {})).status).toBe(404);
    expect((await request(port, { method: 'POST', path: '/api/other', headers: { ...own(), cookie } })).status).toBe(
      404,
    );
    expect((await request(port, { path: '/api/call/prefs:get', headers: { ...own(), cookie } })).status).toBe(405);
    expect((await request(port, { path: '/../package.json', headers: own() })).status).toBe(404);
    expect((await request(port, { path: '/%2e%2e/package.json', headers: own() })).status).toBe(404);
  });

  it('parses every argument with the contract exactly as main does: bad arguments come back as a contract error and nothing is written', async () => {
    const sid = shell.services.workspace.getPrefs().currentScenarioId!;
    const before = dump();
    const bad: [string, unknown][] = [
      ['prefs:set', { language: 'de' }],
      ['prefs:set', { language: 'fr', extra: 1 }],
      ['scenario:rename', { scenarioId: sid, name: 'x'.repeat(500) }],
      ['scenario:save', { scenarioId: sid, baseRevision: 1, settings: { nonsense: true } }],
      ['warehouse:create', { scenarioId: sid, draft: { name: 'A', zip: '43004' } }],
      ['warehouse:delete', { scenarioId: -1, id: 'x' }],
      ['scenario:delete', undefined],
    ];
    for (const [channel, arg] of bad) {
      const r = await call(channel, arg);
      expect(r.status).toBe(200);
      expect(r.json(), channel).toMatchObject({
        result: { ok: false, error: { code: 'invalid', key: 'error.invalidRequest' } },
        downloads: [],
      });
    }
    const notJson = await request(port, {
      method: 'POST',
      path: '/api/call/prefs:set',
      headers: { ...own(), cookie, 'content-type': 'application/json' },
      body: '{"arg":',
    });
    expect(notJson.status).toBe(400);
    const wrongType = await request(port, {
      method: 'POST',
      path: '/api/call/prefs:set',
      headers: { ...own(), cookie, 'content-type': 'text/plain' },
      body: '{"arg":{"language":"fr"}}',
    });
    expect(wrongType.status).toBe(415);
    expect(dump()).toBe(before);
  });

  it('serves the built renderer with the Electron window’s CSP as a header, the adapter first, and nothing cached', async () => {
    const page = await request(port, { path: '/', headers: own() });
    expect(page.status).toBe(200);
    const html = page.body.toString();
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(
      fs.readFileSync(path.join(RENDERER_DIR, 'index.html'), 'utf8'),
    )![1];
    expect(page.headers['content-security-policy']).toBe(`${meta}; frame-ancestors 'none'`);
    expect(page.headers['x-frame-options']).toBe('DENY');
    expect(page.headers['cache-control']).toBe('no-store');
    expect(html.indexOf('src="./web-api.js"')).toBeGreaterThan(0);
    expect(html.indexOf('src="./web-api.js"')).toBeLessThan(html.indexOf('src="./assets/index-'));
    const script = await request(port, { path: '/web-api.js', headers: own() });
    expect(script.headers['content-type']).toContain('text/javascript');
    expect(script.headers['x-content-type-options']).toBe('nosniff');
  });

  it('imports an uploaded file and downloads an export once, through the same handlers', async () => {
    const sid = shell.services.workspace.getPrefs().currentScenarioId!;
    const up = await request(port, {
      method: 'POST',
      path: '/api/upload?name=carrier%20times.csv',
      headers: { ...own(), cookie, 'content-type': 'application/octet-stream' },
      body: 'dest,service,business_days\n432,UPS Ground,1\n',
    });
    expect(up.status).toBe(200);
    const { upload } = up.json() as { upload: string };
    const imported = await call('import:transitCsv', { scenarioId: sid }, {}, { upload });
    expect(imported.json()).toMatchObject({ result: { ok: true, value: { imported: true, count: 1, total: 1 } } });
    expect(shell.services.scenarios.get(sid).settings.transitOverrides).toEqual([
      { serviceId: 'ups-ground', dest: '432', businessDays: 1 },
    ]);
    // An upload serves one call only.
    expect((await call('import:transitCsv', { scenarioId: sid }, {}, { upload })).status).toBe(400);
    // No upload = the user closed the picker: the same answer as a cancelled dialog.
    expect((await call('import:transitCsv', { scenarioId: sid })).json()).toMatchObject({
      result: { ok: true, value: { imported: false } },
    });

    const exported = (await call('export:csv', { scenarioId: sid, kind: 'metrics', lang: 'en' })).json() as {
      result: { ok: true; value: { saved: boolean; path: string } };
      downloads: { id: string; name: string }[];
    };
    expect(exported.result.value.saved).toBe(true);
    expect(exported.downloads).toHaveLength(1);
    expect(exported.result.value.path).toBe(exported.downloads[0]!.name);
    expect(exported.result.value.path).toMatch(/metrics.*\.csv$/);
    const file = await request(port, {
      method: 'POST',
      path: `/api/download/${exported.downloads[0]!.id}`,
      headers: { ...own(), cookie },
    });
    expect(file.status).toBe(200);
    expect(file.headers['content-disposition']).toContain(encodeURIComponent(exported.downloads[0]!.name));
    expect(file.body.toString('utf8')).toContain(',');
    const twice = await request(port, {
      method: 'POST',
      path: `/api/download/${exported.downloads[0]!.id}`,
      headers: { ...own(), cookie },
    });
    expect(twice.status).toBe(404);
    // Downloading needs the session like every other call.
    expect((await request(port, { method: 'POST', path: `/api/download/x`, headers: own() })).status).toBe(401);
  });

  it('answers a call whose value is null (no plan of action yet) like any other', async () => {
    const sid = shell.services.workspace.getPrefs().currentScenarioId!;
    const r = await call('plan:get', { scenarioId: sid });
    expect(r.status).toBe(200);
    expect(r.json()).toEqual({ result: { ok: true, value: null }, downloads: [] });
  });

  it('carries every contract channel (each answers with a Result, none is missing)', async () => {
    for (const channel of CHANNELS) {
      const r = await call(channel, { definitely: 'wrong' });
      expect(r.status, channel).toBe(200);
      expect((r.json() as { result: { ok: boolean } }).result.ok, channel).toBe(false);
    }
  });

  it('says when its port is taken', async () => {
    const transfers = createTransfers();
    try {
      await expect(
        startWebServer({ rendererDir: RENDERER_DIR, handlers: () => shell.handlers, transfers, port }),
      ).rejects.toBeInstanceOf(PortInUseError);
    } finally {
      transfers.close();
    }
  });
});

describe('limits', () => {
  it('an upload may be as large as the largest import accepts', () => {
    expect(IMPORT_FILE_MAX_BYTES).toBe(SETTINGS_MAX_BYTES);
    expect(DEFAULT_MAX_UPLOAD_BYTES).toBe(IMPORT_FILE_MAX_BYTES);
  });
});
