import type { ArgOf, Channel, ResultOf } from '../../../shared/ipc/contract';
import type { Result } from '../../../shared/ipc/result';
import { MENU_COMMANDS, type MenuCommand } from '../../../shared/ipc/channels';

/** What the preload (or the e2e harness) puts on window: a single typed door to main. */
export interface BridgeApi {
  invoke(channel: string, arg: unknown): Promise<unknown>;
  /** Native-menu commands (absent outside Electron, e.g. in a plain browser). */
  onMenuCommand?(listener: (command: string) => void): () => void;
}

declare global {
  interface Window {
    api?: BridgeApi;
  }
}

/**
 * The only place in the renderer that touches window.api. Calls never throw: a missing bridge or a
 * transport failure comes back as a Result error like any refused call.
 */
export async function call<C extends Channel>(channel: C, arg: ArgOf<C>): Promise<Result<ResultOf<C>>> {
  const bridge = window.api;
  if (!bridge)
    return { ok: false, error: { code: 'internal', message: 'The ShipWeek bridge is missing.', key: 'error.noApi' } };
  try {
    return (await bridge.invoke(channel, arg)) as Result<ResultOf<C>>;
  } catch (e) {
    return {
      ok: false,
      error: { code: 'internal', message: e instanceof Error ? e.message : String(e), key: 'error.internal' },
    };
  }
}

/** Subscribes to the native menu's commands; returns the unsubscribe function. */
export function onMenuCommand(listener: (command: MenuCommand) => void): () => void {
  const known = new Set<string>(MENU_COMMANDS);
  return window.api?.onMenuCommand?.((c) => known.has(c) && listener(c as MenuCommand)) ?? (() => undefined);
}
