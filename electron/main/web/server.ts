/**
 * The browser shell's server: the built renderer plus the app's handler table over a small loopback
 * HTTP API, so ShipWeek runs in the user's own browser where Electron cannot start.
 *
 * Node's `http` rather than a framework: the server has five routes, one body format and security
 * checks that must stay in view; a framework would add dependencies and defaults (CORS helpers,
 * body parsers with their own limits) that we would have to audit and then override.
 *
 * Routes (everything else: 404):
 *   GET  /?code=<one-time code>   signs this browser in: sets the session cookie, redirects to /
 *   GET  /, /index.html, /<file>  the built renderer, with the browser adapter script added
 *   POST /api/call/<channel>      {arg, upload?} -> {result, downloads}; the handlers' own dispatch
 *   POST /api/upload?name=<file>  raw bytes of a file picked for an import -> {upload}
 *   POST /api/download/<id>       an export written by a call, once
 *
 * Every request: Host must be 127.0.0.1:<port> or localhost:<port>. Every API request: the session
 * cookie (HttpOnly, SameSite=Strict, set only through a one-time sign-in code), an Origin equal to
 * our own, a body within its limit.
 */
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { dispatch, type HandlerTable } from '../ipc/handlers';
import { isChannel } from '../../../shared/ipc/contract';
import { IMPORT_FILE_MAX_BYTES } from '../../../shared/ipc/channels';
import { SETTINGS_MAX_BYTES } from '../../../shared/domain/parseSettings';
import type { AppErrorShape, Result } from '../../../shared/ipc/result';
import type { MessageKey } from '../../../shared/i18n/catalogue';
import {
  isAllowedHost,
  isAllowedPageRequest,
  isSameOriginCall,
  randomSecret,
  readCookie,
  sameSecret,
  sessionCookieName,
} from './guard';
import type { Transfers } from './transfers';

/** The adapter that gives the page its `window.api` over this server (built with the renderer). */
export const BROWSER_ADAPTER = 'web-api.js';

/** The largest call: a whole settings document as big as an importable settings file, plus room. */
export const DEFAULT_MAX_CALL_BYTES = SETTINGS_MAX_BYTES + 1024 * 1024;
/** The largest upload: the largest file any import accepts (each import checks its own cap again). */
export const DEFAULT_MAX_UPLOAD_BYTES = IMPORT_FILE_MAX_BYTES;
/** Sign-in codes waiting to be used; older ones are forgotten. */
const MAX_OPEN_CODES = 8;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};

export class PortInUseError extends Error {
  constructor(readonly port: number) {
    super(`Port ${port} is already in use on 127.0.0.1.`);
    this.name = 'PortInUseError';
  }
}

export interface WebServerOptions {
  /** The built renderer (out/renderer). */
  rendererDir: string;
  /** The handler table to call; a function so a restarted workspace can swap it (tests). */
  handlers: () => HandlerTable;
  transfers: Transfers;
  /** 0 = any free port. */
  port?: number;
  maxCallBytes?: number;
  maxUploadBytes?: number;
  /** Unexpected handler errors (never request contents or secrets). */
  log?: (line: string) => void;
}

export interface WebServer {
  port: number;
  /** http://127.0.0.1:<port> */
  origin: string;
  /** A fresh one-time sign-in address: opening it signs one browser in. */
  newSignInUrl(): string;
  /** Called whenever a browser signs in (the terminal says so, so a stolen code does not go unnoticed). */
  onSignIn?: () => void;
  close(): Promise<void>;
}

/** The CSP of the renderer's own meta tag, sent as a header too, plus what only a header can say. */
export function cspOf(indexHtml: string): string {
  const m = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(indexHtml);
  if (!m) throw new Error('The built renderer has no Content-Security-Policy meta tag.');
  // frame-ancestors is ignored in a meta tag: only the header can stop other sites from framing us.
  return `${m[1]}; frame-ancestors 'none'`;
}

/** The renderer's page with the adapter loaded first (module scripts run in document order). */
export function withAdapter(indexHtml: string): string {
  const tag = `<script type="module" crossorigin src="./${BROWSER_ADAPTER}"></script>`;
  const at = indexHtml.indexOf('<script type="module"');
  if (at < 0) throw new Error('The built renderer has no module script.');
  return `${indexHtml.slice(0, at)}${tag}\n    ${indexHtml.slice(at)}`;
}

const COMMON_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'cache-control': 'no-store',
};

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly key?: MessageKey,
    readonly params?: Record<string, number>,
  ) {
    super(message);
  }
}

/** Reads a request body up to `limit` bytes; a larger one is refused (413) without reading it all. */
function readBody(req: http.IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length'] ?? NaN);
  if (Number.isFinite(declared) && declared > limit)
    return Promise.reject(
      new HttpError(413, `The request is larger than ${limit} bytes.`, 'error.tooLarge', { limit }),
    );
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.removeAllListeners('data');
        req.resume();
        reject(new HttpError(413, `The request is larger than ${limit} bytes.`, 'error.tooLarge', { limit }));
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function sendJson(res: http.ServerResponse, status: number, body: unknown, extra: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...COMMON_HEADERS,
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    ...extra,
  });
  res.end(text);
}

/** A transport-level refusal in the shape every caller of window.api understands. */
function refusal(status: number, message: string, key?: MessageKey, params?: Record<string, number>): Result<never> {
  const code: AppErrorShape['code'] =
    status === 401 || status === 403
      ? 'forbidden'
      : status === 404
        ? 'notFound'
        : status >= 500
          ? 'internal'
          : 'invalid';
  return { ok: false, error: { code, message, ...(key ? { key } : {}), ...(params ? { params } : {}) } };
}

function sendPlain(res: http.ServerResponse, status: number, text: string): void {
  res.writeHead(status, { ...COMMON_HEADERS, 'content-type': 'text/plain; charset=utf-8' });
  res.end(text);
}

/** Starts the server on 127.0.0.1 (never another interface). Rejects with PortInUseError when taken. */
export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const rendererDir = path.resolve(options.rendererDir);
  const indexFile = path.join(rendererDir, 'index.html');
  if (!fs.existsSync(indexFile) || !fs.existsSync(path.join(rendererDir, BROWSER_ADAPTER))) {
    throw new Error(`The app is not built (${indexFile} or ${BROWSER_ADAPTER} missing): run \`npm run build\` first.`);
  }
  const rawIndex = fs.readFileSync(indexFile, 'utf8');
  const csp = cspOf(rawIndex);
  const indexHtml = withAdapter(rawIndex);
  const maxCall = options.maxCallBytes ?? DEFAULT_MAX_CALL_BYTES;
  const maxUpload = options.maxUploadBytes ?? DEFAULT_MAX_UPLOAD_BYTES;
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const session = randomSecret();
  const codes: string[] = [];
  let port = 0;
  let api: WebServer | null = null;

  function sendPage(res: http.ServerResponse): void {
    res.writeHead(200, {
      ...COMMON_HEADERS,
      'content-type': TYPES['.html']!,
      'content-security-policy': csp,
      'x-frame-options': 'DENY',
    });
    res.end(indexHtml);
  }

  function sendStatic(res: http.ServerResponse, urlPath: string): void {
    const file = path.resolve(rendererDir, `.${urlPath}`);
    if (!file.startsWith(rendererDir + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      sendPlain(res, 404, 'Not found.');
      return;
    }
    res.writeHead(200, { ...COMMON_HEADERS, 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  }

  /** One-time sign-in: the code is spent whatever happens next; the session lives in an HttpOnly cookie. */
  function signIn(res: http.ServerResponse, code: string): void {
    const at = codes.findIndex((c) => sameSecret(code, c));
    if (at < 0) {
      sendPlain(
        res,
        403,
        'This sign-in link was already used or is not valid. Press Enter in the terminal running `shipweek serve` for a new one.\n\n' +
          'Ce lien de connexion a déjà servi ou n’est pas valide. Appuyez sur Entrée dans le terminal de `shipweek serve` pour en obtenir un nouveau.\n',
      );
      return;
    }
    codes.splice(at, 1);
    res.writeHead(303, {
      ...COMMON_HEADERS,
      location: '/',
      'set-cookie': `${sessionCookieName(port)}=${session}; HttpOnly; SameSite=Strict; Path=/`,
    });
    res.end();
    api?.onSignIn?.();
  }

  async function handleApi(req: http.IncomingMessage, res: http.ServerResponse, url: URL): Promise<void> {
    if (req.method !== 'POST') throw new HttpError(405, 'The API accepts POST only.');
    if (!isSameOriginCall(req.headers, port))
      throw new HttpError(403, 'Only ShipWeek’s own page may call this server.', 'error.foreignOrigin');
    if (!sameSecret(readCookie(req.headers.cookie, sessionCookieName(port)), session)) {
      throw new HttpError(
        401,
        'This browser tab is not signed in to ShipWeek: open the sign-in link printed by `shipweek serve`.',
        'error.signedOut',
      );
    }
    const [, , route, rest] = url.pathname.split('/');
    if (route === 'call') {
      const channel = decodeURIComponent(rest ?? '');
      if (!isChannel(channel)) throw new HttpError(404, `Unknown channel ${channel.slice(0, 60)}`);
      if (!/^application\/json(;|$)/.test(req.headers['content-type'] ?? ''))
        throw new HttpError(415, 'A call is sent as application/json.');
      let body: unknown;
      try {
        body = JSON.parse((await readBody(req, maxCall)).toString('utf8'));
      } catch (e) {
        if (e instanceof HttpError) throw e;
        throw new HttpError(400, 'The request body is not JSON.', 'error.invalidRequest');
      }
      if (typeof body !== 'object' || body === null || Array.isArray(body))
        throw new HttpError(400, 'The request body must be an object {arg}.', 'error.invalidRequest');
      const { arg, upload } = body as { arg?: unknown; upload?: unknown };
      if (upload !== undefined && (typeof upload !== 'string' || !options.transfers.hasUpload(upload))) {
        throw new HttpError(400, 'The uploaded file is no longer available; pick it again.', 'error.uploadGone');
      }
      const handlers = options.handlers();
      const { result, downloads } = await options.transfers.run(
        typeof upload === 'string' ? upload : null,
        () =>
          dispatch(handlers, channel, arg, (e) =>
            log(`shipweek serve: ${channel} failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`),
          ),
        (r: Result<unknown>) =>
          r.ok && typeof r.value === 'object' && r.value !== null && (r.value as { saved?: unknown }).saved === true,
      );
      // The browser saves the file where its user chooses; the answer names the file, not our staging path.
      const value = result.ok && downloads[0] ? { ...(result.value as object), path: downloads[0].name } : undefined;
      sendJson(res, 200, {
        result: value ? { ok: true, value } : result,
        downloads: downloads.map((d) => ({ id: d.id, name: d.name })),
      });
      return;
    }
    if (route === 'upload' && !rest) {
      const bytes = await readBody(req, maxUpload);
      const id = options.transfers.addUpload(url.searchParams.get('name') ?? 'upload', bytes);
      if (!id) throw new HttpError(429, 'Too many files are waiting; try again in a moment.');
      sendJson(res, 200, { upload: id });
      return;
    }
    if (route === 'download' && rest) {
      const staged = options.transfers.takeDownload(decodeURIComponent(rest));
      if (!staged) throw new HttpError(404, 'This export was already downloaded or has expired.');
      res.writeHead(200, {
        ...COMMON_HEADERS,
        'content-type': 'application/octet-stream',
        'content-length': fs.statSync(staged.file).size,
        'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(staged.name)}`,
      });
      const stream = fs.createReadStream(staged.file);
      stream.on('close', staged.done);
      stream.pipe(res);
      return;
    }
    throw new HttpError(404, 'Not found.');
  }

  const server = http.createServer((req, res) => {
    // Any name but ours in Host means DNS rebinding or a misdirected request: refuse before routing.
    if (!isAllowedHost(req.headers.host, port)) {
      sendPlain(res, 403, 'Forbidden host: ShipWeek answers only to 127.0.0.1 and localhost.');
      return;
    }
    let url: URL;
    try {
      url = new URL(req.url ?? '/', `http://${req.headers.host}`);
    } catch {
      sendPlain(res, 400, 'Bad request.');
      return;
    }
    if (url.pathname.startsWith('/api/')) {
      handleApi(req, res, url).catch((e: unknown) => {
        if (res.headersSent) return void res.destroy();
        if (e instanceof HttpError) {
          sendJson(
            res,
            e.status,
            refusal(e.status, e.message, e.key, e.params),
            e.status === 413 ? { connection: 'close' } : {},
          );
        } else {
          log(`shipweek serve: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
          sendJson(res, 500, refusal(500, 'Something went wrong; nothing was changed.', 'error.internal'));
        }
      });
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendPlain(res, 405, 'Method not allowed.');
      return;
    }
    if (!isAllowedPageRequest(req.headers, port)) {
      sendPlain(res, 403, 'Only ShipWeek’s own page may load these files.');
      return;
    }
    const code = url.searchParams.get('code');
    if ((url.pathname === '/' || url.pathname === '/index.html') && code !== null) return signIn(res, code);
    let urlPath: string;
    try {
      urlPath = decodeURIComponent(url.pathname);
    } catch {
      sendPlain(res, 400, 'Bad request.');
      return;
    }
    if (urlPath === '/' || urlPath === '/index.html') sendPage(res);
    else sendStatic(res, urlPath);
  });
  server.headersTimeout = 30_000;
  server.requestTimeout = 120_000;

  await new Promise<void>((resolve, reject) => {
    const onError = (e: NodeJS.ErrnoException) =>
      reject(e.code === 'EADDRINUSE' || e.code === 'EACCES' ? new PortInUseError(options.port ?? 0) : e);
    server.once('error', onError);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', onError);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;
  api = {
    port,
    origin,
    newSignInUrl() {
      const code = randomSecret();
      codes.push(code);
      if (codes.length > MAX_OPEN_CODES) codes.shift();
      return `${origin}/?code=${code}`;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
  return api;
}
