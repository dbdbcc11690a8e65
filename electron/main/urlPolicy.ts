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
