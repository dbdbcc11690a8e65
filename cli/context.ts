/**
 * What a CLI command needs from the outside world, passed in so commands stay plain functions that
 * tests call directly: the language, message rendering, and file access.
 */
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { writeFileAtomic as atomicWrite } from '../electron/main/services/atomicWrite';
import { messagesEn } from '../shared/i18n/messages.en';
import { messagesFr } from '../shared/i18n/messages.fr';
import { renderMessage } from '../shared/engine/findings';
import { SETTINGS_MAX_BYTES } from '../shared/domain/parseSettings';

export type Lang = 'en' | 'fr';

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
  t(key: string, params?: Record<string, string | number>): string;
  messages: Readonly<Record<string, string>>;
  /** Directory relative paths are resolved against. */
  cwd: string;
  /** Largest file a command reads (settings files are a few KB). */
  maxReadBytes: number;
}

export function createContext(lang: Lang, cwd: string = process.cwd()): CliContext {
  const messages = lang === 'fr' ? messagesFr : messagesEn;
  return {
    lang,
    messages,
    t: (key, params = {}) => renderMessage(messages, key, params),
    cwd,
    maxReadBytes: SETTINGS_MAX_BYTES,
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
 * Reads a text file for a command, refusing directories and files over the cap before reading them.
 * `name` is the path as the user typed it, for messages.
 */
export function readInputFile(ctx: CliContext, path: string): ReadResult {
  const full = resolve(ctx.cwd, path);
  try {
    const stat = statSync(full);
    if (stat.isDirectory()) return { ok: false, result: badInput(ctx.t('cli.error.isDirectory', { file: path })) };
    if (stat.size > ctx.maxReadBytes) {
      return { ok: false, result: badInput(ctx.t('cli.error.tooLarge', { file: path, size: stat.size, limit: ctx.maxReadBytes })) };
    }
    return { ok: true, text: readFileSync(full, 'utf8'), name: path };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
    const key = code === 'ENOENT' ? 'cli.error.notFound' : code === 'EACCES' ? 'cli.error.noAccess' : 'cli.error.cannotRead';
    return { ok: false, result: badInput(ctx.t(key, { file: path, code })) };
  }
}

/**
 * Writes a file whole or not at all through the app's atomic writer (temp file, fsync, rename,
 * fsync of the folder). Returns a message in the CLI's language on failure.
 */
export function writeFileAtomic(ctx: CliContext, path: string, text: string): { ok: true } | { ok: false; message: string } {
  const full = resolve(ctx.cwd, path);
  try {
    mkdirSync(dirname(full), { recursive: true });
    atomicWrite(full, text);
    return { ok: true };
  } catch (error) {
    return { ok: false, message: ctx.t('cli.error.cannotWrite', { file: path, code: (error as NodeJS.ErrnoException).code ?? 'EIO' }) };
  }
}
