/**
 * The app's own origin, app://shipweek. The packaged renderer is served from it instead of file://,
 * as Electron's security guide advises: a file:// page shares its origin with every file on the disk
 * (so a frame or a fetch could reach ~/.ssh), and Chromium grants file:// extra privileges. Under a
 * standard, secure custom scheme the page is one origin of its own, the CSP's 'self' means only the
 * built renderer, and the fuse granting file:// extra privileges can be turned off.
 *
 * Plain Node: the path resolution is tested without Electron. index.ts registers the scheme and
 * hands requests to `createAppProtocolHandler`.
 */
import fs from 'node:fs';
import path from 'node:path';

export const APP_SCHEME = 'app';
export const APP_HOST = 'shipweek';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** The URL the main window loads. */
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * What the scheme may do (protocol.registerSchemesAsPrivileged): a standard scheme (real origins,
 * relative URLs), secure (a secure context, like https), fetch and CORS for the ES modules and
 * module workers the renderer loads, V8's code cache. It does not bypass the CSP and gets no
 * service workers.
 */
export const APP_SCHEME_PRIVILEGES = {
  standard: true,
  secure: true,
  supportFetchAPI: true,
  corsEnabled: true,
  codeCache: true,
} as const;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.wasm': 'application/wasm',
};

export type AppRequest =
  { ok: true; file: string; contentType: string } | { ok: false; status: 400 | 403 | 404; reason: string };

/**
 * Maps an app:// URL to a file under `rootDir` (the built renderer), or says why not. Works on the
 * URL as Chromium sends it: dot segments, including encoded ones (%2e%2e), are already resolved by
 * URL parsing and cannot climb above the root; what is left is refused here — a segment that decodes
 * to a path separator, a dot segment or a NUL (%2f, %5c, %00), a drive or stream name (":"), another
 * host, credentials or a port.
 * @example resolveAppRequest('app://shipweek/assets/index-abc.js', '/opt/ShipWeek/out/renderer') // { ok: true, file: '/opt/ShipWeek/out/renderer/assets/index-abc.js', ... }
 * @example resolveAppRequest('app://shipweek/..%2f..%2fetc/passwd', root).ok // false (403)
 */
export function resolveAppRequest(rawUrl: string, rootDir: string): AppRequest {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return { ok: false, status: 400, reason: 'not a URL' };
  }
  if (url.protocol !== `${APP_SCHEME}:`) return { ok: false, status: 400, reason: `scheme ${url.protocol}` };
  if (url.hostname !== APP_HOST || url.port !== '' || url.username !== '' || url.password !== '')
    return { ok: false, status: 403, reason: `origin ${url.host}` };
  const segments: string[] = [];
  for (const raw of url.pathname.split('/').filter((s) => s !== '')) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return { ok: false, status: 400, reason: 'bad percent-encoding' };
    }
    if (segment === '.' || segment === '..' || /[/\\:\0]/.test(segment))
      return { ok: false, status: 403, reason: 'path outside the app' };
    segments.push(segment);
  }
  if (segments.length === 0) segments.push('index.html');
  const root = path.resolve(rootDir);
  const file = path.join(root, ...segments);
  const relative = path.relative(root, file);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative))
    return { ok: false, status: 403, reason: 'path outside the app' };
  return { ok: true, file, contentType: CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream' };
}

/**
 * The protocol.handle callback: GET (or HEAD) of a regular file under `rootDir`, whose real path
 * (symbolic links followed) is still under the root; everything else is an empty 4xx.
 * @example protocol.handle(APP_SCHEME, createAppProtocolHandler(path.join(here, '../renderer')))
 */
export function createAppProtocolHandler(rootDir: string): (request: Request) => Promise<Response> {
  const root = path.resolve(rootDir);
  let realRoot: string | undefined;
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return new Response(null, { status: 405 });
    const resolved = resolveAppRequest(request.url, root);
    if (!resolved.ok) return new Response(null, { status: resolved.status });
    try {
      realRoot ??= await fs.promises.realpath(root);
      const real = await fs.promises.realpath(resolved.file);
      const relative = path.relative(realRoot, real);
      if (relative.startsWith('..') || path.isAbsolute(relative)) return new Response(null, { status: 403 });
      const stat = await fs.promises.stat(real);
      if (!stat.isFile()) return new Response(null, { status: 404 });
      const body = request.method === 'HEAD' ? null : await fs.promises.readFile(real);
      return new Response(body, {
        status: 200,
        headers: {
          'content-type': resolved.contentType,
          'x-content-type-options': 'nosniff',
          'cache-control': 'no-cache',
        },
      });
    } catch {
      return new Response(null, { status: 404 });
    }
  };
}

/** Whether `url` is a page of the app's own origin (the renderer's entry page). */
export function isAppPageUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return (
      u.protocol === `${APP_SCHEME}:` &&
      u.host === APP_HOST &&
      u.username === '' &&
      u.password === '' &&
      u.pathname === '/index.html'
    );
  } catch {
    return false;
  }
}
