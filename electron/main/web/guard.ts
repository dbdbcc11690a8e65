/**
 * The browser shell's request checks, as plain functions so each rule has its own test. The server
 * listens on 127.0.0.1 only; these checks stop the two ways a web page could still reach it: a
 * rebound DNS name pointing at 127.0.0.1 (the Host header gives it away) and a cross-site request
 * from another tab (its Origin and Sec-Fetch-Site give it away, and it carries no session cookie).
 */
import crypto from 'node:crypto';

/** The hosts a browser on this machine uses to reach the server: exactly these, with our port. */
export function allowedHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

/** True when the Host header names this server (anything else is DNS rebinding or a confused proxy). */
export function isAllowedHost(host: string | undefined, port: number): boolean {
  return typeof host === 'string' && allowedHosts(port).includes(host.toLowerCase());
}

/**
 * An API call must come from a page of this very origin: the Origin header is required (browsers
 * send it on every POST) and must equal the Host's origin; Sec-Fetch-Site, when sent, must say so too.
 */
export function isSameOriginCall(
  headers: { host?: string; origin?: string; 'sec-fetch-site'?: string },
  port: number,
): boolean {
  if (!isAllowedHost(headers.host, port)) return false;
  if (headers.origin !== `http://${headers.host!.toLowerCase()}`) return false;
  const site = headers['sec-fetch-site'];
  return site === undefined || site === 'same-origin';
}

/**
 * A static file request (the page, its scripts) from another site is refused too: nothing secret is
 * in those files, but there is no reason to serve them to anyone but our own tab or the address bar.
 */
export function isAllowedPageRequest(
  headers: { host?: string; origin?: string; 'sec-fetch-site'?: string },
  port: number,
): boolean {
  if (!isAllowedHost(headers.host, port)) return false;
  if (headers.origin !== undefined && headers.origin !== `http://${headers.host!.toLowerCase()}`) return false;
  const site = headers['sec-fetch-site'];
  return site === undefined || site === 'same-origin' || site === 'none';
}

/** A random secret, URL- and cookie-safe. */
export function randomSecret(bytes = 32): string {
  return crypto.randomBytes(bytes).toString('base64url');
}

/** Compares two secrets in constant time (a timing difference must not reveal a prefix). */
export function sameSecret(given: string | undefined, expected: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

/** The value of one cookie in a Cookie header, or undefined. */
export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

/**
 * Cookies are shared by every port of a host, so the name carries the port: two servers (two
 * workspaces) never overwrite each other's session.
 */
export function sessionCookieName(port: number): string {
  return `shipweek_session_${port}`;
}
