import { isAppUrl } from '../urlPolicy';

/**
 * Only our own renderer may call main: its frames come from the app's origin (app://shipweek/index.html)
 * or, in development, from the electron-vite dev server on localhost. Anything else — a file: page, a
 * navigated-away frame, an injected iframe, a remote page — is refused.
 */
export function isTrustedSenderUrl(url: string, devServerUrl?: string): boolean {
  return isAppUrl(url, devServerUrl);
}
