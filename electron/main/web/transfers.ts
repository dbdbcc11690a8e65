/**
 * Files between the browser and the handlers. The handlers ask their shell for a path (Electron shows
 * an OS dialog); the browser shell answers from the request being served instead:
 * - an import's file was picked in the page and uploaded first; its open "dialog" returns that upload;
 * - an export's save "dialog" returns a path in a private staging folder; once the handler has written
 *   the file, the page downloads it once and it is deleted.
 * The handler table, its schemas and the services stay exactly those of the desktop app.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomSecret } from './guard';
import type { HandlerDeps } from '../ipc/handlers';

interface CallContext {
  /** The uploaded file this call may read (an import), if any. */
  upload: string | null;
  /** Files the handler chose to write during this call (an export). */
  saved: { id: string; name: string; file: string }[];
}

export interface StagedFile {
  id: string;
  /** The name the browser offers to save under (the handler's suggested name). */
  name: string;
  file: string;
}

/** Uploads and downloads not claimed within this time are deleted. */
const UNCLAIMED_MS = 10 * 60 * 1000;
/** At most this many files wait in staging at once: a runaway page cannot fill the disk. */
const MAX_WAITING = 16;

/** A file name safe to keep in the staging folder, close to what the user picked. */
export function safeFileName(name: string): string {
  const base = path.basename(name.replace(/\\/g, '/'));
  // The typographic apostrophe stays ("plan d’action"): the download header percent-encodes it.
  const cleaned = base
    .replace(/[^\p{L}\p{N} ._()’-]/gu, '_')
    .replace(/^\.+/, '')
    .slice(0, 120);
  return cleaned || 'upload';
}

export function createTransfers(options: { root?: string; now?: () => number } = {}) {
  const now = options.now ?? (() => Date.now());
  const root = fs.mkdtempSync(path.join(options.root ?? os.tmpdir(), 'shipweek-web-'));
  fs.chmodSync(root, 0o700);
  const calls = new AsyncLocalStorage<CallContext>();
  const uploads = new Map<string, { file: string; at: number }>();
  const downloads = new Map<string, StagedFile & { at: number }>();

  function newSlot(): string {
    const id = randomSecret(18);
    fs.mkdirSync(path.join(root, id), { mode: 0o700 });
    return id;
  }
  function drop(file: string): void {
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  }
  function sweep(): void {
    const cutoff = now() - UNCLAIMED_MS;
    for (const [id, u] of uploads) {
      if (u.at >= cutoff) continue;
      uploads.delete(id);
      drop(u.file);
    }
    for (const [id, d] of downloads) {
      if (d.at >= cutoff) continue;
      downloads.delete(id);
      drop(d.file);
    }
  }
  function roomLeft(): boolean {
    sweep();
    return uploads.size + downloads.size < MAX_WAITING;
  }

  /** The dialog functions the handlers get in the browser shell (in place of Electron's dialogs). */
  const dialogs: Required<Pick<HandlerDeps, 'chooseSavePath' | 'chooseOpenPath'>> = {
    async chooseSavePath({ defaultName }) {
      const ctx = calls.getStore();
      if (!ctx) return null;
      const name = safeFileName(defaultName);
      const id = newSlot();
      const file = path.join(root, id, name);
      ctx.saved.push({ id, name, file });
      return file;
    },
    // No upload means the user closed the file picker: the same answer as a cancelled OS dialog.
    async chooseOpenPath() {
      return calls.getStore()?.upload ?? null;
    },
  };

  return {
    root,
    dialogs,
    /** Stores an uploaded file; null when too many files are already waiting. */
    addUpload(name: string, bytes: Buffer): string | null {
      if (!roomLeft()) return null;
      const id = newSlot();
      const file = path.join(root, id, safeFileName(name));
      fs.writeFileSync(file, bytes, { mode: 0o600 });
      uploads.set(id, { file, at: now() });
      return id;
    },
    hasUpload(id: string): boolean {
      return uploads.has(id);
    },
    /**
     * Runs one handler call with its files: the upload it names (consumed whatever the outcome) and
     * the exports it writes. `keep` says whether the call succeeded; a failed export leaves nothing.
     */
    async run<T>(
      uploadId: string | null,
      call: () => Promise<T>,
      keep: (result: T) => boolean,
    ): Promise<{ result: T; downloads: StagedFile[] }> {
      const upload = uploadId ? uploads.get(uploadId) : undefined;
      if (uploadId) uploads.delete(uploadId);
      const ctx: CallContext = { upload: upload?.file ?? null, saved: [] };
      try {
        const result = await calls.run(ctx, call);
        const kept = keep(result);
        const written = kept ? ctx.saved.filter((s) => fs.existsSync(s.file)) : [];
        for (const s of ctx.saved) if (!written.includes(s)) drop(s.file);
        for (const s of written) downloads.set(s.id, { ...s, at: now() });
        return { result, downloads: written };
      } finally {
        if (upload) drop(upload.file);
      }
    },
    /** Hands out a finished export once: the caller streams it, then calls `done`. */
    takeDownload(id: string): (StagedFile & { done(): void }) | null {
      const d = downloads.get(id);
      if (!d) return null;
      downloads.delete(id);
      return { id: d.id, name: d.name, file: d.file, done: () => drop(d.file) };
    },
    close(): void {
      fs.rmSync(root, { recursive: true, force: true });
    },
  };
}
export type Transfers = ReturnType<typeof createTransfers>;
