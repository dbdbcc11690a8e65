/**
 * Only our own renderer may call main: its frames are loaded from the packaged files (file://) or,
 * in development, from the electron-vite dev server on localhost. Anything else — a navigated-away
 * frame, an injected iframe, a remote page — is refused.
 */
export function isTrustedSenderUrl(url: string, devServerUrl?: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  // A file: URL with a host is a network share (\\host\share on Windows), never our packaged files.
  if (parsed.protocol === 'file:') return parsed.host === '' && parsed.pathname.endsWith('/renderer/index.html');
  if (devServerUrl) {
    try {
      const dev = new URL(devServerUrl);
      return parsed.origin === dev.origin && (dev.hostname === 'localhost' || dev.hostname === '127.0.0.1');
    } catch {
      return false;
    }
  }
  return false;
}
