import type { z } from 'zod';
import { contract, isChannel, type Channel, type Contract, type ResultOf } from '../../../shared/ipc/contract';
import { AppError, type Result } from '../../../shared/ipc/result';
import type { StartupReport } from '../../../shared/ipc/contract';
import type { WorkspaceService } from '../services/workspaceService';
import { exportFileLabel } from '../../../shared/report/messages';
import type { ScenarioService } from '../services/scenarioService';
import type { ExportService, PrintToPdf } from '../services/exportService';
import type { ImportService } from '../services/importService';
import type { PlanService } from '../services/planService';
import type { ReturnsService } from '../services/returnsService';
import { CANCELLED, type OrderImportService } from '../services/orderImportService';
import { createTaskRegistry, type TaskHandle } from '../services/taskRegistry';
import { importTransitFileWatched } from '../services/transitFiles';
import { loadGeo } from '../../../shared/geo';
import { type Lang } from '../../../shared/i18n/lang';

/** A file type offered by an OS file dialog (Electron's FileFilter shape). */
export interface FileFilter {
  name: string;
  extensions: string[];
}

export type HandlerTable = {
  [C in Channel]: (arg: z.output<Contract[C]['arg']>) => ResultOf<C> | Promise<ResultOf<C>>;
};

export interface HandlerDeps {
  workspace: WorkspaceService;
  scenarios: ScenarioService;
  startup: StartupReport;
  version: string;
  dataDir: string;
  onPrefsChanged?: (prefs: ResultOf<'prefs:get'>) => void;
  exports: ExportService;
  imports: ImportService;
  orders: OrderImportService;
  plans: PlanService;
  returns: ReturnsService;
  /** OS save dialog; null when the user cancels. Electron's dialog in the app, a temp path in tests. */
  chooseSavePath?: (options: { defaultName: string; filters: FileFilter[] }) => Promise<string | null>;
  /**
   * Opens a file with its application or shows it in the file manager (Electron's shell.openPath /
   * showItemInFolder); resolves with an error text, '' when it worked. Absent in the browser shell.
   */
  revealFile?: (file: string, action: 'open' | 'showInFolder') => Promise<string>;
  /** OS open dialog; null when the user cancels. */
  chooseOpenPath?: (options: { filters: FileFilter[] }) => Promise<string | null>;
  /** HTML to PDF (a hidden, sandboxed, script-less window in the app; Chromium's page.pdf() in tests). */
  printToPdf?: PrintToPdf;
}

const FILTERS: Record<
  'pdf' | 'csv' | 'json' | 'markdown' | 'orderReport' | 'uspsStandards' | 'upsTransit',
  FileFilter
> = {
  uspsStandards: { name: 'USPS service standards', extensions: ['txt', 'csv', 'tsv'] },
  upsTransit: { name: 'UPS Time in Transit (JSON)', extensions: ['json'] },
  orderReport: { name: 'Amazon order report', extensions: ['txt', 'tsv', 'csv'] },
  pdf: { name: 'PDF', extensions: ['pdf'] },
  csv: { name: 'CSV', extensions: ['csv'] },
  json: { name: 'JSON', extensions: ['json'] },
  markdown: { name: 'Markdown', extensions: ['md'] },
};

function unavailable(what: string): never {
  throw new AppError('internal', `${what} is not available in this build.`, { key: 'reports.error.unavailable' });
}

/** The report / export / import / plan-of-action handlers; merged into the table below. */
function reportHandlers(deps: HandlerDeps) {
  const { exports, imports, orders, plans } = deps;
  // The suggested file name is in the export's language, else the interface's ("rapport", "statistiques").
  const save = async (
    scenarioId: number,
    what: string,
    filter: FileFilter,
    lang: Lang = deps.workspace.getPrefs().language,
  ) =>
    (deps.chooseSavePath ?? (() => unavailable('Saving files')))({
      defaultName: exports.defaultName(scenarioId, exportFileLabel(what, lang), filter.extensions[0]!),
      filters: [filter],
    });
  const open = async (filter: FileFilter) =>
    (deps.chooseOpenPath ?? (() => unavailable('Opening files')))({ filters: [filter] });
  const pdf: PrintToPdf = (html) => (deps.printToPdf ?? (() => unavailable('PDF export')))(html);
  const cancelled = { saved: false, path: null, bytes: 0 };
  // Long calls the page can watch and stop (one registry per handler table, i.e. per open workspace).
  const tasks = createTaskRegistry();
  /** Runs `work` as the task the page named (or as an unnamed one nobody can watch). */
  async function asTask<T>(taskId: string | undefined, work: (task: TaskHandle) => Promise<T>): Promise<T> {
    const task = taskId ? tasks.start(taskId) : createTaskRegistry().start('unnamed-task');
    try {
      return await work(task);
    } finally {
      task.finish();
    }
  }
  const taskOptions = (task: TaskHandle) => ({
    onProgress: (bytesRead: number, totalBytes: number) => task.progress(bytesRead, totalBytes),
    isCancelled: () => task.cancelled,
  });
  const exportWatch = (task: TaskHandle) => ({
    onWeekDone: (done: number, total: number) => task.weeks(done, total),
    isCancelled: () => task.cancelled,
  });
  const stopped = { saved: false, path: null, bytes: 0, cancelled: true };
  return {
    'export:reportPdf': async ({
      scenarioId,
      lang,
      policyId,
      weekStart,
      weeks,
      range,
      includeReturns,
      returnsWarehouseId,
      taskId,
    }) => {
      const target = await save(scenarioId, 'report', FILTERS.pdf, lang);
      if (!target) return cancelled;
      const extras = { returns: includeReturns === true, returnsWarehouseId, weeks, range };
      const r = await asTask(taskId, (task) =>
        exports.exportReportPdf(scenarioId, lang, target, pdf, {
          policyId,
          weekStart,
          extras,
          watch: exportWatch(task),
        }),
      );
      return 'cancelled' in r ? stopped : { saved: true, ...r };
    },
    'export:scenarioJson': async ({ scenarioId }) => {
      const target = await save(scenarioId, 'settings', FILTERS.json);
      return target ? { saved: true, ...exports.writeScenarioJson(scenarioId, target) } : cancelled;
    },
    'export:csv': async ({ scenarioId, kind, lang, weekStart, weeks, range, taskId }) => {
      const target = await save(scenarioId, kind, FILTERS.csv, lang);
      if (!target) return cancelled;
      const r = await asTask(taskId, (task) =>
        exports.exportCsv(scenarioId, kind, lang, target, { weekStart, weeks, range, watch: exportWatch(task) }),
      );
      return 'cancelled' in r ? stopped : { saved: true, ...r };
    },
    'import:settings': async ({ lang }) => {
      const file = await open(FILTERS.json);
      if (!file) return { imported: false, scenario: null, renamedFrom: null, migratedFrom: null, notices: [] };
      return { imported: true, ...imports.importSettingsFile(file, lang) };
    },
    'import:transitCsv': async ({ scenarioId }) => {
      const file = await open(FILTERS.csv);
      if (!file) return { imported: false, count: 0, total: 0 };
      const { count, total } = imports.importTransitCsv(scenarioId, file);
      return { imported: true, count, total };
    },
    'import:destinationWeights': async ({ scenarioId }) => {
      const file = await open(FILTERS.csv);
      if (!file) return { imported: false, count: 0 };
      return { imported: true, count: imports.importDestinationWeights(scenarioId, file).count };
    },
    'import:orderReport': async ({ scenarioId, adoptShape, taskId }) => {
      const file = await open(FILTERS.orderReport);
      if (!file) return { imported: false, read: null, cancelled: false };
      const r = await asTask(taskId, (task) =>
        task.cancelled
          ? Promise.resolve(CANCELLED)
          : orders.importOrderReport(scenarioId, file, { adoptShape, ...taskOptions(task) }),
      );
      return r.cancelled
        ? { imported: false, read: null, cancelled: true }
        : { imported: true, read: r.read, cancelled: false };
    },
    'backtest:run': async ({ scenarioId, taskId, plansInForce }) => {
      const file = await open(FILTERS.orderReport);
      if (!file) return { done: false, read: null, result: null, cancelled: false };
      const r = await asTask(taskId, (task) =>
        task.cancelled
          ? Promise.resolve(CANCELLED)
          : orders.backtestScenario(scenarioId, file, { ...taskOptions(task), plansInForce }),
      );
      return r.cancelled
        ? { done: false, read: null, result: null, cancelled: true }
        : { done: true, read: r.read, result: r.result, cancelled: false };
    },
    'import:carrierTransit': async ({ scenarioId, kind, taskId }) => {
      const file = await open(kind === 'usps-standards' ? FILTERS.uspsStandards : FILTERS.upsTransit);
      if (!file) return { imported: false, summary: null };
      const r = await asTask(taskId, (task) =>
        importTransitFileWatched(deps.scenarios, loadGeo(), scenarioId, file, kind, {
          onProgress: (bytesRead, totalBytes) => task.progress(bytesRead, totalBytes),
          isCancelled: () => task.cancelled,
        }),
      );
      if ('cancelled' in r) return { imported: false, cancelled: true, summary: null };
      const { revision: _revision, ...summary } = r;
      return { imported: true, summary };
    },
    'task:progress': ({ taskId }) => tasks.get(taskId),
    'task:cancel': ({ taskId }) => ({ cancelling: tasks.cancel(taskId) }),
    'plan:get': ({ scenarioId }) => plans.get(scenarioId),
    'plan:draft': ({ scenarioId, lang, keepEdits }) => plans.draft(scenarioId, lang, { keepEdits }),
    'plan:save': ({ scenarioId, baseRevision, sections }) => plans.save(scenarioId, baseRevision, sections),
    'export:reveal': async ({ path: file, action }) => {
      if (!deps.revealFile) unavailable('Opening exported files');
      if (!exports.wrote(file))
        throw new AppError('forbidden', 'Only a file ShipWeek exported in this session can be opened from here.', {
          key: 'reports.reveal.notExported',
        });
      const problem = await deps.revealFile(file, action);
      if (problem)
        throw new AppError('storage', `Could not open ${file}: ${problem}`, {
          key: 'reports.reveal.failed',
          params: { reason: problem },
        });
      return { done: true as const };
    },
    'plan:export': async ({ scenarioId, format }) => {
      const filter = format === 'pdf' ? FILTERS.pdf : FILTERS.markdown;
      const target = await save(scenarioId, 'planOfAction', filter, plans.get(scenarioId)?.plan.lang);
      return target ? { saved: true, ...(await exports.writePlan(scenarioId, format, target, pdf)) } : cancelled;
    },
  } satisfies Partial<HandlerTable>;
}

/** The returns register and SAFE-T claims (shared/returns); merged into the table below. */
function returnsHandlers(deps: HandlerDeps) {
  const { returns } = deps;
  const filter: FileFilter = { name: 'Amazon returns report', extensions: ['txt', 'tsv', 'csv'] };
  return {
    'returns:list': () => returns.list(),
    'returns:saveReturn': ({ id, entry }) => returns.saveReturn(id, entry),
    'returns:deleteReturn': ({ id }) => returns.deleteReturn(id),
    'returns:saveClaim': ({ id, claim }) => returns.saveClaim(id, claim),
    'returns:deleteClaim': ({ id }) => returns.deleteClaim(id),
    'returns:replaceAll': ({ returns: entries, claims }) => returns.replaceAll(entries, claims),
    'returns:importReport': async ({ scenarioId, warehouseId }) => {
      const file = await (deps.chooseOpenPath ?? (() => unavailable('Opening files')))({ filters: [filter] });
      if (!file) return { imported: false, read: null, added: 0, updated: 0, unchanged: 0, register: null };
      return { imported: true, ...returns.importReport(file, scenarioId, warehouseId) };
    },
    'returns:exportCsv': async ({ scenarioId, warehouseId, kind, lang, today }) => {
      const target = await (deps.chooseSavePath ?? (() => unavailable('Saving files')))({
        defaultName: `${kind === 'claims' ? 'safe-t-claims' : 'returns'} - ${today}.csv`,
        filters: [FILTERS.csv],
      });
      if (!target) return { saved: false, path: null, bytes: 0 };
      return { saved: true, ...returns.writeCsv(kind, lang, scenarioId, today, target, warehouseId) };
    },
  } satisfies Pick<HandlerTable, `returns:${string}` & Channel>;
}

/**
 * The table of every IPC handler. Typed as HandlerTable so a channel added to the contract without
 * a handler fails to compile. Electron's ipcMain, the browser shell's HTTP API (electron/main/web)
 * and the integration tests all call through `dispatch` below, so they run the very same code.
 */
export function createHandlers(deps: HandlerDeps): HandlerTable {
  const { workspace, scenarios } = deps;
  return {
    'app:info': () => ({
      version: deps.version,
      startup: deps.startup,
      dataDir: deps.dataDir,
      fileActions: deps.revealFile !== undefined,
    }),
    'prefs:get': () => workspace.getPrefs(),
    'prefs:set': (patch) => {
      const prefs = workspace.setPrefs(patch);
      deps.onPrefsChanged?.(prefs);
      return prefs;
    },
    'scenario:list': () => workspace.listScenarios(),
    'scenario:get': ({ scenarioId }) => scenarios.get(scenarioId),
    'scenario:save': ({ scenarioId, baseRevision, settings }) => scenarios.save(scenarioId, baseRevision, settings),
    'scenario:duplicate': ({ scenarioId, name }) => scenarios.duplicate(scenarioId, name),
    'scenario:rename': ({ scenarioId, name }) => scenarios.rename(scenarioId, name),
    'scenario:delete': ({ scenarioId }) => scenarios.delete(scenarioId),
    'scenario:setLive': ({ scenarioId }) => scenarios.setLive(scenarioId),
    'scenario:createFromSettings': ({ name, settings }) => scenarios.createFromSettings(name, settings),
    'warehouse:list': ({ scenarioId }) => workspace.listWarehouses(scenarioId),
    'warehouse:create': ({ scenarioId, draft, start }) => workspace.createWarehouse(scenarioId, draft, start),
    'warehouse:update': ({ scenarioId, id, draft }) => workspace.updateWarehouse(scenarioId, id, draft),
    'warehouse:delete': ({ scenarioId, id }) => workspace.deleteWarehouse(scenarioId, id),
    'geo:lookupZip': ({ zip }) => workspace.lookupZip(zip),
    ...reportHandlers(deps),
    ...returnsHandlers(deps),
  };
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((i) => `${i.path.length ? i.path.join('.') : '(argument)'}: ${i.message}`)
    .join('; ');
}

/**
 * Runs one call: checks the channel, parses the argument with the contract's schema before
 * anything runs, and answers `{ ok, value }` or `{ ok: false, error }`. Never throws.
 */
export async function dispatch(
  handlers: HandlerTable,
  channel: unknown,
  rawArg: unknown,
  log: (e: unknown) => void = console.error,
): Promise<Result<unknown>> {
  if (!isChannel(channel))
    return { ok: false, error: { code: 'forbidden', message: `Unknown channel ${String(channel).slice(0, 60)}` } };
  const spec = contract[channel];
  const parsed = spec.arg.safeParse(rawArg);
  if (!parsed.success) {
    return {
      ok: false,
      error: {
        code: 'invalid',
        message: `Invalid request for ${channel}: ${describeIssues(parsed.error)}`,
        key: 'error.invalidRequest',
      },
    };
  }
  try {
    const handler = handlers[channel] as (arg: unknown) => unknown;
    const value = await handler(parsed.data);
    // Checking the answer too keeps the contract honest: a handler cannot leak a row or a stack.
    return { ok: true, value: spec.result.parse(value) };
  } catch (e) {
    if (e instanceof AppError) return { ok: false, error: e.toShape() };
    log(e);
    const busy =
      e instanceof Error && /SQLITE_(BUSY|FULL|IOERR|READONLY)/.test((e as { code?: string }).code ?? e.message);
    return busy
      ? {
          ok: false,
          error: {
            code: 'storage',
            message: 'The workspace could not be saved. Your change was not written.',
            key: 'error.storage',
          },
        }
      : {
          ok: false,
          error: { code: 'internal', message: 'Something went wrong; nothing was changed.', key: 'error.internal' },
        };
  }
}
