import type { Settings } from '../../../shared/domain/settings';
import type { PromiseQuery, PromiseResult } from '../../../shared/engine/explainedPromise';
import type { SimulationResult } from '../../../shared/engine/simulate';
import type { EngineRequest, EngineResponse, SimulateRequestOptions } from './engineProtocol';

/*
 * The UI thread's door to the engine worker. Requests carry a `lane` (default: one per kind); a
 * newer request on the same lane makes the older one stale: if it is still queued it is never sent,
 * if it is running its answer is discarded. Either way its promise rejects with StaleRequestError,
 * which callers ignore. Different lanes (e.g. two scenarios compared side by side) never cancel
 * each other. The worker computes one request at a time, so a burst of edits costs one run at most
 * behind the one in progress.
 */

export class StaleRequestError extends Error {
  constructor() {
    super('superseded by a newer request');
    this.name = 'StaleRequestError';
  }
}

/** Whether a rejection only means a newer request replaced this one (or the user cancelled it). */
export function isStale(error: unknown): boolean {
  return error instanceof StaleRequestError;
}

/** How far a window of several weeks has got. */
export type ProgressListener = (progress: { done: number; total: number }) => void;

/** The part of a Worker the client uses (a fake one in unit tests). */
export interface WorkerLike {
  postMessage(message: EngineRequest): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<EngineResponse>) => void): void;
  addEventListener(type: 'error', listener: (event: ErrorEvent) => void): void;
  terminate(): void;
}

type Body =
  | { kind: 'simulate'; settings: Settings; opts: SimulateRequestOptions }
  | { kind: 'promise'; settings: Settings; query: PromiseQuery };

interface Pending {
  id: number;
  lane: string;
  body: Body;
  onProgress?: ProgressListener;
  resolve(value: { result: unknown; ms: number }): void;
  reject(error: unknown): void;
}

export interface EngineClient {
  simulate(
    settings: Settings,
    opts?: SimulateRequestOptions & { lane?: string; onProgress?: ProgressListener },
  ): Promise<{ result: SimulationResult; ms: number }>;
  promise(settings: Settings, query: PromiseQuery, lane?: string): Promise<{ result: PromiseResult; ms: number }>;
  /**
   * Stops the lane's request: a queued one is never sent; a running one stops at once (the worker
   * is replaced, as it cannot be interrupted mid-computation). Its promise rejects as stale.
   */
  cancel(lane: string): void;
  dispose(): void;
}

/**
 * An engine client over a worker made by `makeWorker` (made lazily, remade after a crash).
 * @example const client = createEngineClient(() => new Worker(url, { type: 'module' }));
 */
export function createEngineClient(makeWorker: () => WorkerLike): EngineClient {
  let worker: WorkerLike | null = null;
  let nextId = 1;
  let running: Pending | null = null;
  /** Superseded while running: its answer is dropped. */
  let runningStale = false;
  const queue = new Map<string, Pending>();

  function ensureWorker(): WorkerLike {
    if (worker) return worker;
    const w = makeWorker();
    w.addEventListener('message', (event: MessageEvent<EngineResponse>) => {
      const res = event.data;
      const done = running;
      if (!done || done.id !== res.id) return;
      if ('progress' in res) {
        if (!runningStale) done.onProgress?.(res.progress);
        return;
      }
      running = null;
      if (runningStale) done.reject(new StaleRequestError());
      else if (res.ok) done.resolve({ result: res.result, ms: res.ms });
      else done.reject(new Error(res.message));
      runningStale = false;
      pump();
    });
    w.addEventListener('error', (event: ErrorEvent) => {
      // A crashed worker is replaced on the next request; the request it held fails visibly.
      const failed = running;
      running = null;
      runningStale = false;
      worker?.terminate();
      worker = null;
      failed?.reject(new Error(event.message || 'the engine worker stopped'));
      pump();
    });
    worker = w;
    return w;
  }

  function pump() {
    if (running) return;
    const first = queue.entries().next();
    if (first.done) return;
    const [lane, next] = first.value;
    queue.delete(lane);
    running = next;
    runningStale = false;
    ensureWorker().postMessage({ id: next.id, ...next.body } as EngineRequest);
  }

  function request(lane: string, body: Body, onProgress?: ProgressListener): Promise<{ result: unknown; ms: number }> {
    return new Promise((resolve, reject) => {
      const older = queue.get(lane);
      if (older) {
        queue.delete(lane);
        older.reject(new StaleRequestError());
      }
      if (running && running.lane === lane) runningStale = true;
      queue.set(lane, { id: nextId++, lane, body, onProgress, resolve, reject });
      pump();
    });
  }

  return {
    simulate(settings, opts = {}) {
      const { lane = 'simulate', onProgress, ...rest } = opts;
      return request(lane, { kind: 'simulate', settings, opts: rest }, onProgress) as Promise<{
        result: SimulationResult;
        ms: number;
      }>;
    },
    promise(settings, query, lane = 'promise') {
      return request(lane, { kind: 'promise', settings, query }) as Promise<{ result: PromiseResult; ms: number }>;
    },
    cancel(lane) {
      const queued = queue.get(lane);
      if (queued) {
        queue.delete(lane);
        queued.reject(new StaleRequestError());
      }
      if (running && running.lane === lane) {
        const stopped = running;
        running = null;
        runningStale = false;
        worker?.terminate();
        worker = null;
        stopped.reject(new StaleRequestError());
        pump();
      }
    },
    dispose() {
      worker?.terminate();
      worker = null;
      running?.reject(new StaleRequestError());
      running = null;
      for (const p of queue.values()) p.reject(new StaleRequestError());
      queue.clear();
    },
  };
}

let shared: EngineClient | null = null;
function sharedClient(): EngineClient {
  shared ??= createEngineClient(
    () => new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module' }) as unknown as WorkerLike,
  );
  return shared;
}

/**
 * Simulates the settings in the engine worker. A newer call on the same lane (opts.lane, default
 * "simulate") makes this one reject with StaleRequestError (see isStale); use one lane per thing
 * shown side by side.
 * @example const result = await simulateSettings(doc.settings, { policyId: 'us-2021' });
 */
export async function simulateSettings(
  settings: Settings,
  opts?: SimulateRequestOptions & { lane?: string },
): Promise<SimulationResult> {
  return (await sharedClient().simulate(settings, opts)).result;
}

/**
 * Like simulateSettings, with the engine time measured inside the worker.
 * @example const { result, ms } = await simulateTimed(settings);
 */
export function simulateTimed(
  settings: Settings,
  opts?: SimulateRequestOptions & { lane?: string; onProgress?: ProgressListener },
): Promise<{ result: SimulationResult; ms: number }> {
  return sharedClient().simulate(settings, opts);
}

/**
 * Stops the simulation running or queued on a lane (default "simulate").
 * @example cancelSimulation(); // the window being computed stops; its caller sees a stale rejection
 */
export function cancelSimulation(lane = 'simulate'): void {
  shared?.cancel(lane);
}

/**
 * The explained promise for one destination and moment, computed in the engine worker.
 * @example const p = await explainPromise(settings, { at: '2026-06-12T15:30', to: '10001' });
 */
export async function explainPromise(settings: Settings, query: PromiseQuery): Promise<PromiseResult> {
  return (await sharedClient().promise(settings, query)).result;
}
