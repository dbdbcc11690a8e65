import type { z } from 'zod';
import { contract, isChannel, type Channel, type Contract, type ResultOf } from '../../../shared/ipc/contract';
import { AppError, type Result } from '../../../shared/ipc/result';
import type { StartupReport } from '../../../shared/ipc/contract';
import type { WorkspaceService } from '../services/workspaceService';
import type { ScenarioService } from '../services/scenarioService';

export type HandlerTable = { [C in Channel]: (arg: z.output<Contract[C]['arg']>) => ResultOf<C> | Promise<ResultOf<C>> };

export interface HandlerDeps {
  workspace: WorkspaceService;
  scenarios: ScenarioService;
  startup: StartupReport;
  version: string;
  dataDir: string;
  onPrefsChanged?: (prefs: ResultOf<'prefs:get'>) => void;
}

/**
 * The table of every IPC handler. Typed as HandlerTable so a channel added to the contract without
 * a handler fails to compile. Electron's ipcMain, the e2e tests' exposeBinding and the integration
 * tests all call through `dispatch` below, so they run the very same code.
 */
export function createHandlers(deps: HandlerDeps): HandlerTable {
  const { workspace, scenarios } = deps;
  return {
    'app:info': () => ({ version: deps.version, startup: deps.startup, dataDir: deps.dataDir }),
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
    'warehouse:list': ({ scenarioId }) => workspace.listWarehouses(scenarioId),
    'warehouse:create': ({ scenarioId, draft }) => workspace.createWarehouse(scenarioId, draft),
    'warehouse:update': ({ scenarioId, id, draft }) => workspace.updateWarehouse(scenarioId, id, draft),
    'warehouse:delete': ({ scenarioId, id }) => workspace.deleteWarehouse(scenarioId, id),
    'geo:lookupZip': ({ zip }) => workspace.lookupZip(zip),
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
export async function dispatch(handlers: HandlerTable, channel: unknown, rawArg: unknown, log: (e: unknown) => void = console.error): Promise<Result<unknown>> {
  if (!isChannel(channel)) return { ok: false, error: { code: 'forbidden', message: `Unknown channel ${String(channel).slice(0, 60)}` } };
  const spec = contract[channel];
  const parsed = spec.arg.safeParse(rawArg);
  if (!parsed.success) {
    return { ok: false, error: { code: 'invalid', message: `Invalid request for ${channel}: ${describeIssues(parsed.error)}`, key: 'error.invalidRequest' } };
  }
  try {
    const handler = handlers[channel] as (arg: unknown) => unknown;
    const value = await handler(parsed.data);
    // Checking the answer too keeps the contract honest: a handler cannot leak a row or a stack.
    return { ok: true, value: spec.result.parse(value) };
  } catch (e) {
    if (e instanceof AppError) return { ok: false, error: e.toShape() };
    log(e);
    const busy = e instanceof Error && /SQLITE_(BUSY|FULL|IOERR|READONLY)/.test((e as { code?: string }).code ?? e.message);
    return busy
      ? { ok: false, error: { code: 'storage', message: 'The workspace could not be saved. Your change was not written.', key: 'error.storage' } }
      : { ok: false, error: { code: 'internal', message: 'Something went wrong; nothing was changed.', key: 'error.internal' } };
  }
}
