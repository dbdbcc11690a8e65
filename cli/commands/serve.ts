/**
 * `shipweek serve`: ShipWeek in the user's own browser (the browser shell). This file is the shell's
 * wiring, as electron/main/index.ts is the desktop's: it checks better-sqlite3, starts the browser
 * shell (lock, workspace, handler table, loopback server), signs the user's browser in and stops
 * cleanly on Ctrl+C. Everything it starts is loaded only when `serve` runs, so the other commands
 * stay as quick as before.
 */
import fs from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { badInput, type CliContext, type CommandResult } from '../context';
import type { PrintToPdf } from '../../electron/main/services/exportService';

export interface ServeArgs {
  port?: string;
  dataDir?: string;
  noOpen?: boolean;
}

/** Used when --port is not given; another free port is taken if it is busy. */
export const DEFAULT_PORT = 4780;

/** The project folder (it holds out/renderer): the nearest package.json named shipweek above this file. */
export function projectRoot(from: string = path.dirname(fileURLToPath(import.meta.url))): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    try {
      if (
        (JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name?: string }).name === 'shipweek'
      )
        return dir;
    } catch {
      // not here: look one level up
    }
    if (path.dirname(dir) === dir) throw new Error('The ShipWeek project folder (package.json) was not found.');
  }
}

/** Opens `url` in the user's default browser; resolves false when that did not work. */
function openBrowser(url: string): Promise<boolean> {
  const [cmd, args] =
    process.platform === 'darwin'
      ? ['open', [url]]
      : process.platform === 'win32'
        ? ['cmd', ['/c', 'start', '""', url]]
        : ['xdg-open', [url]];
  return new Promise((resolve) => {
    try {
      const child = spawn(cmd, args as string[], { stdio: 'ignore', detached: true });
      child.on('error', () => resolve(false));
      child.on('exit', (code) => resolve(code === 0));
      child.unref();
    } catch {
      resolve(false);
    }
  });
}

/** PDF exports through a headless Chromium, started on the first export and kept for the next ones. */
function lazyChromiumPdf(ctx: CliContext): { printToPdf: PrintToPdf; close(): Promise<void> } {
  let browser: Promise<import('playwright-core').Browser> | null = null;
  return {
    async printToPdf(html) {
      const { findChromium, launchHeadlessChromium, htmlToPdf } = await import('../chromium');
      const { AppError } = await import('../../shared/ipc/result');
      if (!browser) {
        const exe = findChromium();
        if (!exe) throw new AppError('internal', ctx.t('cli.serve.noChromium'), { key: 'reports.error.noChromium' });
        browser = launchHeadlessChromium(exe);
        browser.catch(() => (browser = null));
      }
      return htmlToPdf(await browser, html);
    },
    async close() {
      if (browser) await (await browser.catch(() => null))?.close();
    },
  };
}

/**
 * Runs the browser shell until Ctrl+C (or SIGTERM). Returns at once with `pending`, which settles
 * when the server has stopped: exit 0 after a clean stop, 2 when it cannot start (workspace already
 * served, port taken, app not built, better-sqlite3 unusable).
 */
export function serveCommand(ctx: CliContext, args: ServeArgs): CommandResult {
  let port: number | undefined;
  if (args.port !== undefined) {
    if (!/^\d{1,5}$/.test(args.port) || Number(args.port) > 65535)
      return badInput(ctx.t('cli.serve.badPort', { value: JSON.stringify(args.port) }));
    port = Number(args.port);
  }
  return { stdout: '', stderr: '', exitCode: 0, pending: runServer(ctx, { ...args, port }) };
}

async function runServer(ctx: CliContext, args: Omit<ServeArgs, 'port'> & { port?: number }): Promise<CommandResult> {
  const out = (line: string) => process.stdout.write(`${line}\n`);
  const root = projectRoot();
  // better-sqlite3 first: a binary built for Electron (or removed by a failed rebuild) is repaired
  // here, before anything loads it, or the user is told exactly what to run.
  const { ensureBetterSqlite } = await import('../../scripts/preflight.mjs');
  if (!ensureBetterSqlite({ root })) return badInput(ctx.t('cli.serve.sqliteBroken'));

  const rendererDir = path.join(root, 'out', 'renderer');
  if (!fs.existsSync(path.join(rendererDir, 'web-api.js')))
    return badInput(ctx.t('cli.serve.notBuilt', { dir: rendererDir }));
  const { startBrowserShell } = await import('../../electron/main/web/browserShell');
  const { WorkspaceLockedError } = await import('../../electron/main/web/workspaceLock');
  const { PortInUseError } = await import('../../electron/main/web/server');
  const { defaultWorkspaceDir } = await import('../../electron/main/web/userDataDir');
  const dataDir = path.resolve(ctx.cwd, args.dataDir ?? defaultWorkspaceDir());
  const version = (JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version;
  const pdf = lazyChromiumPdf(ctx);

  const start = (p: number) =>
    startBrowserShell({ dataDir, rendererDir, port: p, version, printToPdf: pdf.printToPdf });
  let shell: Awaited<ReturnType<typeof startBrowserShell>>;
  try {
    try {
      shell = await start(args.port ?? DEFAULT_PORT);
    } catch (e) {
      // Only the default port gives way to another one; a port the user asked for is theirs to choose.
      if (!(e instanceof PortInUseError) || args.port !== undefined) throw e;
      out(ctx.t('cli.serve.defaultPortBusy', { port: DEFAULT_PORT }));
      shell = await start(0);
    }
  } catch (e) {
    await pdf.close();
    if (e instanceof WorkspaceLockedError)
      return badInput(
        ctx.t('cli.serve.locked', { pid: e.owner.pid, url: e.owner.url ?? '?', dir: dataDir, lock: e.lockFile }),
      );
    if (e instanceof PortInUseError) return badInput(ctx.t('cli.serve.portInUse', { port: e.port }));
    throw e;
  }

  const address = `${shell.server.origin}/`;
  // The sign-in link is printed only to this terminal, never logged: it works once, and the session
  // it opens lives in an HttpOnly cookie that is never printed.
  const showLink = () => out(ctx.t('cli.serve.signInLink', { url: shell.server.newSignInUrl() }));
  shell.server.onSignIn = () => out(ctx.t('cli.serve.signedIn'));

  // Ctrl+C and SIGTERM are handled before anything is printed: a script that stops the server as soon
  // as it reads the address must get a clean stop, not a process killed by the signal's default.
  const stopped = new Promise<CommandResult>((resolve) => {
    const onLine = () => showLink();
    if (process.stdin.isTTY) {
      process.stdin.setEncoding('utf8');
      process.stdin.on('data', onLine);
    }
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      process.stdin.off('data', onLine);
      process.stdin.pause();
      void Promise.all([shell.close(), pdf.close()]).then(() =>
        resolve({ stdout: ctx.t('cli.serve.stopped') + '\n', stderr: '', exitCode: 0 }),
      );
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  out(ctx.t('cli.serve.serving', { dir: dataDir, url: address }));
  if (args.noOpen || !(await openBrowser(shell.server.newSignInUrl()))) showLink();
  else out(ctx.t('cli.serve.opened'));
  out(ctx.t('cli.serve.keys'));
  return stopped;
}
