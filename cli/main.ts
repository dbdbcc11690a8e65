/**
 * ShipWeek's headless command line. bin/shipweek.mjs calls `main` (from the prebuilt bundle, or through tsx); tests
 * call `runCli` (no process, no exit) or the command functions in cli/commands directly.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { loadGeo } from '../shared/geo/index';
import { badInput, createContext, ok, type CliContext, type CommandResult } from './context';
import { sampleCommand } from './commands/sample';
import { validateCommand } from './commands/validate';
import { matrixCommand } from './commands/matrix';
import { policiesCommand } from './commands/policies';
import { promiseCommand } from './commands/promise';
import { simulateCommand } from './commands/simulate';
import { reportCommand } from './commands/report';
import { adviseCommand } from './commands/advise';
import { serveCommand } from './commands/serve';
import { eligibilityCommand } from './commands/eligibility';
import { backtestCommand } from './commands/backtest';
import { importCommand } from './commands/importOrders';
import { returnsCommand } from './commands/returns';
import { terminalSafe } from './format';
import { LANGS, toLang, type Lang } from '../shared/i18n/lang';

/** Options each command accepts (besides the global --lang and --help). */
const COMMANDS = {
  sample: { out: { type: 'string' }, variant: { type: 'string' }, force: { type: 'boolean' } },
  validate: { json: { type: 'boolean' } },
  simulate: {
    json: { type: 'boolean' },
    policy: { type: 'string' },
    week: { type: 'string' },
    weeks: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    destinations: { type: 'string' },
  },
  promise: { json: { type: 'boolean' }, at: { type: 'string' }, to: { type: 'string' }, tier: { type: 'string' } },
  matrix: { json: { type: 'boolean' } },
  policies: { json: { type: 'boolean' } },
  advise: {
    json: { type: 'boolean' },
    'max-moves': { type: 'string' },
    budget: { type: 'string' },
    'candidate-zips': { type: 'string' },
    'label-costs': { type: 'string' },
    'search-sites': { type: 'boolean' },
    policy: { type: 'string' },
  },
  report: {
    format: { type: 'string' },
    out: { type: 'string' },
    csv: { type: 'string' },
    policy: { type: 'string' },
    week: { type: 'string' },
    weeks: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    force: { type: 'boolean' },
    returns: { type: 'string' },
  },
  serve: { port: { type: 'string' }, 'data-dir': { type: 'string' }, 'no-open': { type: 'boolean' } },
  eligibility: {
    json: { type: 'boolean' },
    weeks: { type: 'string' },
    runs: { type: 'string' },
    seed: { type: 'string' },
    start: { type: 'string' },
    'transit-spread': { type: 'string' },
    policy: { type: 'string' },
    'trade-off': { type: 'boolean' },
  },
  backtest: {
    json: { type: 'boolean' },
    orders: { type: 'string' },
    worst: { type: 'string' },
    'marketplace-tz': { type: 'string' },
    'apply-out': { type: 'string' },
    force: { type: 'boolean' },
    plans: { type: 'string', multiple: true },
  },
  import: {
    into: { type: 'string' },
    out: { type: 'string' },
    force: { type: 'boolean' },
    json: { type: 'boolean' },
    'adopt-shape': { type: 'boolean' },
    'adopt-volume': { type: 'boolean' },
    'marketplace-tz': { type: 'string' },
    origin: { type: 'string' },
    progress: { type: 'boolean' },
  },
  returns: {
    json: { type: 'boolean' },
    'holidays-from': { type: 'string' },
    warehouse: { type: 'string' },
    today: { type: 'string' },
  },
} as const;
type CommandName = keyof typeof COMMANDS;

/** Own commands only: `name in COMMANDS` also finds toString, constructor, __proto__... on Object.prototype. */
function isCommand(name: string): name is CommandName {
  return Object.hasOwn(COMMANDS, name);
}

const GLOBAL = { lang: { type: 'string' }, help: { type: 'boolean', short: 'h' } } as const;

/**
 * Runs one command line and returns what to print and the exit code. Everything it prints passes
 * through terminalSafe here, the one place output leaves the commands, so no name from a settings
 * file (or a file path typed by the user) can send control sequences to the terminal.
 * @example runCli(['matrix', '--lang', 'fr']).exitCode // 0
 */
export function runCli(argv: readonly string[], cwd: string = process.cwd()): CommandResult {
  return printable(runCommand(argv, cwd));
}

function printable(result: CommandResult): CommandResult {
  const safe: CommandResult = { ...result, stdout: terminalSafe(result.stdout), stderr: terminalSafe(result.stderr) };
  if (result.pending) safe.pending = result.pending.then(printable);
  return safe;
}

function runCommand(argv: readonly string[], cwd: string): CommandResult {
  // The language is read first so that even usage errors come out in it.
  const langIndex = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const langValue =
    langIndex < 0 ? undefined : argv[langIndex]!.includes('=') ? argv[langIndex]!.split('=')[1] : argv[langIndex + 1];
  const lang: Lang = toLang(langValue);
  const ctx = createContext(lang, cwd);
  if (langValue !== undefined && !(LANGS as readonly string[]).includes(langValue)) {
    return badInput(ctx.t('cli.error.badLang', { value: JSON.stringify(langValue) }));
  }

  const name = argv.find((a) => !a.startsWith('-') && a !== langValue);
  if (!name || argv.includes('--help') || argv.includes('-h')) {
    if (!name || !isCommand(name)) return ok(ctx.t('cli.help'));
    return ok(ctx.t(`cli.help.${name}`));
  }
  if (!isCommand(name))
    return badInput(`${ctx.t('cli.error.unknownCommand', { command: JSON.stringify(name) })}\n\n${ctx.t('cli.help')}`);
  const command = name;

  let parsed: { values: Record<string, string | boolean | undefined>; positionals: string[] };
  try {
    const options: ParseArgsConfig['options'] = { ...GLOBAL, ...COMMANDS[command] };
    const result = parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
    parsed = { values: result.values as Record<string, string | boolean | undefined>, positionals: result.positionals };
  } catch (error) {
    return badInput(
      `${ctx.t('cli.error.badOption', { message: (error as Error).message })}\n\n${ctx.t(`cli.help.${command}`)}`,
    );
  }
  const positionals = parsed.positionals.filter((p, i) => !(i === 0 && p === command));
  const v = parsed.values;
  const str = (k: string) => (typeof v[k] === 'string' ? (v[k] as string) : undefined);
  const bool = (k: string) => v[k] === true;
  const file = positionals[0];
  const maxPositionals =
    command === 'import'
      ? 2
      : command === 'validate' ||
          command === 'simulate' ||
          command === 'promise' ||
          command === 'report' ||
          command === 'advise' ||
          command === 'eligibility' ||
          command === 'backtest' ||
          command === 'returns'
        ? 1
        : 0;
  if (positionals.length > maxPositionals) {
    return badInput(
      `${ctx.t('cli.error.extraArguments', { args: positionals.join(' ') })}\n\n${ctx.t(`cli.help.${command}`)}`,
    );
  }

  return withNotices(ctx, dispatch());

  function dispatch(): CommandResult {
    switch (command) {
      case 'sample':
        return sampleCommand(ctx, { out: str('out'), variant: str('variant'), force: bool('force') });
      case 'validate':
        return validateCommand(ctx, loadGeo(), { file, json: bool('json') });
      case 'simulate':
        return simulateCommand(ctx, loadGeo(), {
          file,
          json: bool('json'),
          policy: str('policy'),
          week: str('week'),
          weeks: str('weeks'),
          from: str('from'),
          to: str('to'),
          destinations: str('destinations'),
        });
      case 'promise':
        return promiseCommand(ctx, loadGeo(), {
          file,
          json: bool('json'),
          at: str('at'),
          to: str('to'),
          tier: str('tier'),
        });
      case 'matrix':
        return matrixCommand(ctx, { json: bool('json') });
      case 'policies':
        return policiesCommand(ctx, { json: bool('json') });
      case 'advise':
        return adviseCommand(ctx, loadGeo(), {
          file,
          json: bool('json'),
          maxMoves: str('max-moves'),
          budget: str('budget'),
          candidateZips: str('candidate-zips'),
          labelCosts: str('label-costs'),
          searchSites: bool('search-sites'),
          policy: str('policy'),
          onProgress: progressLine,
        });
      case 'report':
        return reportCommand(ctx, loadGeo(), {
          file,
          format: str('format'),
          out: str('out'),
          csv: str('csv'),
          policy: str('policy'),
          week: str('week'),
          weeks: str('weeks'),
          from: str('from'),
          to: str('to'),
          force: bool('force'),
          returns: str('returns'),
        });
      case 'serve':
        return serveCommand(ctx, { port: str('port'), dataDir: str('data-dir'), noOpen: bool('no-open') });
      case 'eligibility':
        return eligibilityCommand(ctx, loadGeo(), {
          file,
          json: bool('json'),
          weeks: str('weeks'),
          runs: str('runs'),
          seed: str('seed'),
          start: str('start'),
          transitSpread: str('transit-spread'),
          policy: str('policy'),
          tradeOff: bool('trade-off'),
          onProgress: progressLine,
        });
      case 'backtest':
        return backtestCommand(ctx, loadGeo(), {
          file,
          orders: str('orders'),
          json: bool('json'),
          worst: str('worst'),
          marketplaceTz: str('marketplace-tz'),
          applyOut: str('apply-out'),
          force: bool('force'),
          plans: Array.isArray(v['plans']) ? (v['plans'] as string[]) : undefined,
          onProgress: progressLine,
        });
      case 'import':
        return importCommand(ctx, loadGeo(), {
          kind: positionals[0],
          file: positionals[1],
          into: str('into'),
          out: str('out'),
          force: bool('force'),
          json: bool('json'),
          adoptShape: bool('adopt-shape'),
          adoptVolume: bool('adopt-volume'),
          marketplaceTz: str('marketplace-tz'),
          origin: str('origin'),
          // --progress: the line even when stderr is not a terminal (a CI log, a wrapper script).
          onProgress: bool('progress') ? (fraction, phase) => writeProgress(fraction, phase) : progressLine,
        });
      case 'returns':
        return returnsCommand(ctx, loadGeo(), {
          file,
          holidaysFrom: str('holidays-from'),
          warehouse: str('warehouse'),
          today: str('today'),
          json: bool('json'),
        });
    }
  }
}

/** The reading notices (ctx.notices) first on stderr, so they are seen whatever the command prints. */
function withNotices(ctx: CliContext, result: CommandResult): CommandResult {
  const notices = ctx.notices ?? [];
  if (notices.length === 0) return result;
  const text = `${notices.join('\n')}\n`;
  const out: CommandResult = { ...result, stderr: text + result.stderr };
  if (result.pending) out.pending = result.pending.then((r) => ({ ...r, stderr: text + r.stderr }));
  return out;
}

/** Long searches (advise) show their phase on a terminal's stderr; pipes and tests get nothing. */
function progressLine(fraction: number, phase: string): void {
  if (!process.stderr.isTTY) return;
  writeProgress(fraction, phase);
}

function writeProgress(fraction: number, phase: string): void {
  // On a terminal the line rewrites itself; elsewhere each step is a line of its own.
  const end = process.stderr.isTTY ? (fraction >= 1 ? '\n' : '') : '\n';
  process.stderr.write(
    `${process.stderr.isTTY ? '\r' : ''}${phase} ${Math.round(fraction * 100)}%${process.stderr.isTTY ? '   ' : ''}${end}`,
  );
}

/** Entry point for bin/shipweek.mjs: prints and returns the exit code (the caller sets it). */
export async function main(argv: readonly string[]): Promise<number> {
  let result: CommandResult;
  try {
    result = runCli(argv);
    // Only `report --format pdf` waits (for Chromium); every other command is finished here.
    if (result.pending) result = await result.pending;
  } catch (error) {
    // A crash is a bug, not bad input: say so plainly and exit 3 so scripts can tell them apart.
    process.stderr.write(terminalSafe(`shipweek: internal error: ${(error as Error).stack ?? String(error)}\n`));
    return 3;
  }
  if (result.stdout) process.stdout.write(result.stdout);
  if (result.stderr) process.stderr.write(result.stderr);
  return result.exitCode;
}
