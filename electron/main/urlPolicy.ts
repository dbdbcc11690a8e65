/**
 * Which external links may be opened in the user's browser: http(s) only, parsed by URL (never by
 * string matching), no credentials in the URL. Everything else (file:, javascript:, custom
 * protocols, smb shares) is refused.
 */
export function isSafeExternalUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return false;
  if (url.username || url.password) return false;
  return url.hostname.length > 0;
}
