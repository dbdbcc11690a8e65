/**
 * What a CLI command needs from the outside world, passed in so commands stay plain functions that
 * tests call directly: the language, message rendering, and file access.
 */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { writeFileAtomic as atomicWrite } from '../electron/main/services/atomicWrite';
import { readFileBounded } from '../electron/main/services/boundedRead';
import { NotARegularFileError } from '../electron/main/services/fileKind';
import { renderMessage } from '../shared/i18n/render';
import { SETTINGS_MAX_BYTES } from '../shared/domain/parseSettings';
import { type Lang } from '../shared/i18n/lang';
import { CATALOGUE, type MessageKey } from '../shared/i18n/catalogue';

export interface CommandResult {
  /** The command's output (human text or JSON). */
  stdout: string;
  /** Error explanations for people; never mixed into stdout so `--json` output stays parseable. */
  stderr: string;
  /** 0 pass, 1 findings or failed checks, 2 bad input. */
  exitCode: 0 | 1 | 2;
  /** A command that must wait (a PDF printed by Chromium) returns its real result here; main awaits it. */
  pending?: Promise<CommandResult>;
}

export interface CliContext {
  lang: Lang;
  /** Translated message; unknown keys render as the key itself. */
  t(key: MessageKey, params?: Record<string, string | number>): string;
  messages: Readonly<Record<string, string>>;
  /** Directory relative paths are resolved against. */
  cwd: string;
  /** Largest file a command reads (settings files are a few KB). */
  maxReadBytes: number;
  /**
   * What reading the input changed that the user must hear about (an older settings format upgraded),
   * in the user's language; printed on stderr before the command's own messages.
   */
  notices?: string[];
}

export function createContext(lang: Lang, cwd: string = process.cwd()): CliContext {
  const messages = CATALOGUE[lang];
  return {
    lang,
    messages,
    t: (key, params = {}) => renderMessage(messages, key, params),
    cwd,
    maxReadBytes: SETTINGS_MAX_BYTES,
    notices: [],
  };
}

export function ok(stdout: string): CommandResult {
  return { stdout: stdout.endsWith('\n') || stdout === '' ? stdout : `${stdout}\n`, stderr: '', exitCode: 0 };
}

export function badInput(stderr: string, stdout = ''): CommandResult {
  return { stdout, stderr: stderr.endsWith('\n') ? stderr : `${stderr}\n`, exitCode: 2 };
}

export type ReadResult = { ok: true; text: string; name: string } | { ok: false; result: CommandResult };

/**
 * Reads a text file for a command with the size cap counted on the bytes read, so a pipe or a device
 * (`/dev/zero`) stops at the cap like a large file. Waits for a pipe's writer, as Unix tools do.
 * `name` is the path as the user typed it, for messages.
 */
export function readInputFile(ctx: CliContext, path: string): ReadResult {
  const read = readFileBounded(resolve(ctx.cwd, path), ctx.maxReadBytes);
  if (read.ok) return { ok: true, text: read.bytes.toString('utf8'), name: path };
  switch (read.problem) {
    case 'isDirectory':
      return { ok: false, result: badInput(ctx.t('cli.error.isDirectory', { file: path })) };
    case 'tooLarge':
      return {
        ok: false,
        result: badInput(
          read.size === null
            ? ctx.t('cli.error.tooLargeStream', { file: path, limit: read.limit })
            : ctx.t('cli.error.tooLarge', { file: path, size: read.size, limit: read.limit }),
        ),
      };
    case 'cannotRead': {
      const key =
        read.code === 'ENOENT'
          ? 'cli.error.notFound'
          : read.code === 'EACCES'
            ? 'cli.error.noAccess'
            : 'cli.error.cannotRead';
      return { ok: false, result: badInput(ctx.t(key, { file: path, code: read.code })) };
    }
  }
}

/** The message for a failed write: what the target is when it is not a regular file, else the error code. */
export function cannotWriteMessage(ctx: CliContext, file: string, error: unknown): string {
  if (error instanceof NotARegularFileError) return ctx.t(`cli.error.target.${error.kind}`, { file });
  return ctx.t('cli.error.cannotWrite', { file, code: (error as NodeJS.ErrnoException).code ?? 'EIO' });
}

/**
 * Writes a file whole or not at all through the app's atomic writer (temp file, fsync, rename,
 * fsync of the folder). Returns a message in the CLI's language on failure.
 */
export function writeFileAtomic(
  ctx: CliContext,
  path: string,
  text: string,
): { ok: true } | { ok: false; message: string } {
  const full = resolve(ctx.cwd, path);
  try {
    mkdirSync(dirname(full), { recursive: true });
    atomicWrite(full, text);
    return { ok: true };
  } catch (error) {
    return { ok: false, message: cannotWriteMessage(ctx, path, error) };
  }
}
