/**
 * The browser shell's adapter: gives the page the same `window.api` the Electron preload gives it,
 * carried over the loopback HTTP API of `shipweek serve` (electron/main/web/server.ts) instead of IPC.
 * It is its own entry (web-api.js), loaded by the browser shell's page before the app; the app itself
 * never imports it and still only knows window.api (renderer/src/lib/api.ts).
 *
 * The session is an HttpOnly cookie this script never sees. Files cross as the browser allows: an
 * import shows a file picker and uploads the picked file before the call; an export's file is
 * downloaded once the call has written it. There is no native menu here: the app's own keyboard
 * shortcuts (Ctrl/Cmd+S, Ctrl/Cmd+Z) do what its menu does in Electron.
 */
import { IMPORT_FILE_MAX_BYTES, OPEN_FILE_CHANNELS, type ChannelName } from '../../../shared/ipc/channels';
import type { BridgeApi } from '../lib/api';
import type { MessageKey } from '../../../shared/i18n/catalogue';

type Refusal = {
  ok: false;
  error: { code: string; message: string; key?: MessageKey; params?: Record<string, number> };
};

function refused(message: string, key: MessageKey, params?: Record<string, number>): Refusal {
  return { ok: false, error: { code: 'internal', message, key, ...(params ? { params } : {}) } };
}

function post(url: string, body: BodyInit, contentType: string): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    body,
    headers: { 'content-type': contentType },
    credentials: 'same-origin',
    cache: 'no-store',
    redirect: 'error',
  });
}

/** Asks the user for one file; null when they close the picker. */
function pickFile(accept: readonly string[]): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept.join(',');
    input.hidden = true;
    let settled = false;
    const finish = (file: File | null) => {
      if (settled) return;
      settled = true;
      input.remove();
      resolve(file);
    };
    input.addEventListener('change', () => finish(input.files?.[0] ?? null));
    input.addEventListener('cancel', () => finish(null));
    document.body.append(input);
    input.click();
  });
}

/** Saves a finished export through the browser's own download (where its user keeps downloads). */
async function download(file: { id: string; name: string }): Promise<void> {
  const res = await post(`/api/download/${encodeURIComponent(file.id)}`, '', 'application/octet-stream');
  if (!res.ok) throw new Error(`The export could not be downloaded (HTTP ${res.status}).`);
  const url = URL.createObjectURL(await res.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = file.name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the blob; release it once the browser has surely copied it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

async function readJson(res: Response): Promise<unknown> {
  try {
    return await res.json();
  } catch {
    return refused(`ShipWeek's server answered HTTP ${res.status}.`, 'error.noApi');
  }
}

async function invoke(channel: string, arg: unknown): Promise<unknown> {
  let upload: string | undefined;
  const accept = OPEN_FILE_CHANNELS[channel as ChannelName];
  if (accept) {
    const file = await pickFile(accept);
    if (file && file.size > IMPORT_FILE_MAX_BYTES)
      return refused(`${file.name} is too large.`, 'error.tooLarge', { limit: IMPORT_FILE_MAX_BYTES });
    if (file) {
      const res = await post(`/api/upload?name=${encodeURIComponent(file.name)}`, file, 'application/octet-stream');
      const body = (await readJson(res)) as { upload?: string };
      if (!res.ok || typeof body.upload !== 'string') return body;
      upload = body.upload;
    }
  }
  const res = await post(
    `/api/call/${encodeURIComponent(channel)}`,
    JSON.stringify(upload ? { arg, upload } : { arg }),
    'application/json',
  );
  const body = (await readJson(res)) as { result?: unknown; downloads?: { id: string; name: string }[] };
  // A refusal by the transport (not signed in, too large, unknown channel) is already a Result.
  if (!res.ok || !('result' in body)) return body;
  for (const file of body.downloads ?? []) await download(file);
  return body.result;
}

// Electron's preload (or a test standing in for it) comes first when present: never replace it.
if (!window.api) {
  const api: BridgeApi = { invoke };
  Object.defineProperty(window, 'api', {
    value: Object.freeze(api),
    writable: false,
    configurable: false,
    enumerable: true,
  });
}
