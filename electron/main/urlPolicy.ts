import { isAppPageUrl } from './appProtocol';

/**
 * Which page a ShipWeek window may show, and which frames may call main: the app's own entry page
 * (app://shipweek/index.html) or, in development only, a page of the electron-vite dev server on
 * localhost. Parsed by URL, never matched as a string; file: URLs are never ours any more.
 * @example isAppUrl('app://shipweek/index.html') // true
 * @example isAppUrl('file:///opt/ShipWeek/resources/app.asar/out/renderer/index.html') // false
 */
export function isAppUrl(raw: string, devServerUrl?: string): boolean {
  if (isAppPageUrl(raw)) return true;
  if (!devServerUrl) return false;
  try {
    const url = new URL(raw);
    const dev = new URL(devServerUrl);
    return url.origin === dev.origin && (dev.hostname === 'localhost' || dev.hostname === '127.0.0.1');
  } catch {
    return false;
  }
}

/**
 * Which external links may be opened in the user's browser: http(s) only, parsed by URL (never by
 * string matching), no credentials in the URL. Everything else (file:, javascript:, custom
 * protocols, smb shares) is refused.
 */
export function isSafeExternalUrl(raw: string): boolean {
  return safeExternalUrl(raw) !== null;
}

/** The normalised URL to hand to the OS browser, or null when it must not be opened. */
export function safeExternalUrl(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (url.username || url.password) return null;
  return url.hostname.length > 0 ? url.href : null;
}
