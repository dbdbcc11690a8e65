import type { ArgOf, Channel, ResultOf } from '../../../shared/ipc/contract';
import type { Result } from '../../../shared/ipc/result';

/** What the preload (or the e2e harness) puts on window: a single typed door to main. */
export interface BridgeApi {
  invoke(channel: string, arg: unknown): Promise<unknown>;
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
  if (!bridge) return { ok: false, error: { code: 'internal', message: 'The ShipWeek bridge is missing.', key: 'error.noApi' } };
  try {
    return (await bridge.invoke(channel, arg)) as Result<ResultOf<C>>;
  } catch (e) {
    return { ok: false, error: { code: 'internal', message: e instanceof Error ? e.message : String(e), key: 'error.internal' } };
  }
}
