import type { AdvicePhase, AdviceResult } from '../../../shared/advisor';
import type { Settings } from '../../../shared/domain/settings';
import type { AdviceRequestOptions, AdvisorRequest, AdvisorResponse } from './advisorProtocol';

/*
 * The UI thread's door to the advisor worker: one search at a time. A new search or cancel() ends
 * the one in progress: through the shared cancel flag when the page has SharedArrayBuffer (the
 * search then returns what it found, labelled "cancelled"), otherwise by ending the worker (a new
 * one is made for the next search) and rejecting with AdviceCancelledError.
 */

export class AdviceCancelledError extends Error {
  constructor() {
    super('the search was cancelled');
    this.name = 'AdviceCancelledError';
  }
}

export function isCancelled(error: unknown): boolean {
  return error instanceof AdviceCancelledError;
}

/** The part of a Worker the client uses (a fake one in unit tests). */
export interface AdvisorWorkerLike {
  postMessage(message: AdvisorRequest): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<AdvisorResponse>) => void): void;
  addEventListener(type: 'error', listener: (event: ErrorEvent) => void): void;
  terminate(): void;
}

export interface AdviceRun {
  /** The result, or AdviceCancelledError when cancelled without a partial result. */
  done: Promise<{ result: AdviceResult; ms: number }>;
  /** Stops the search (see the file comment); does nothing once it has finished. */
  cancel(): void;
}

export interface AdvisorClient {
  advise(
    settings: Settings,
    options: AdviceRequestOptions,
    onProgress: (fraction: number, phase: AdvicePhase) => void,
  ): AdviceRun;
  dispose(): void;
}

/**
 * An advisor client over workers made by `makeWorker`; `sharedFlag` makes the cancel flag (null
 * when SharedArrayBuffer is unavailable).
 * @example createAdvisorClient(() => new Worker(url, { type: 'module' }), sharedCancelFlag)
 */
export function createAdvisorClient(
  makeWorker: () => AdvisorWorkerLike,
  sharedFlag: () => Int32Array | null,
): AdvisorClient {
  let worker: AdvisorWorkerLike | null = null;
  let nextId = 1;
  let current: {
    id: number;
    flag: Int32Array | null;
    onProgress: (f: number, p: AdvicePhase) => void;
    resolve: (v: { result: AdviceResult; ms: number }) => void;
    reject: (e: unknown) => void;
  } | null = null;

  function settle(): typeof current {
    const c = current;
    current = null;
    return c;
  }

  function ensureWorker(): AdvisorWorkerLike {
    if (worker) return worker;
    const w = makeWorker();
    w.addEventListener('message', (event: MessageEvent<AdvisorResponse>) => {
      const m = event.data;
      if (!current || current.id !== m.id) return;
      if (m.kind === 'progress') current.onProgress(m.fraction, m.phase);
      else if (m.kind === 'done') settle()!.resolve({ result: m.result, ms: m.ms });
      else settle()!.reject(new Error(m.message));
    });
    w.addEventListener('error', (event: ErrorEvent) => {
      // A crashed worker is replaced on the next search; the search it held fails visibly.
      worker?.terminate();
      worker = null;
      settle()?.reject(new Error(event.message || 'the advisor stopped'));
    });
    worker = w;
    return w;
  }

  /** Ends the search in progress: by its flag (it answers, labelled) or by ending the worker. */
  function stop() {
    if (!current) return;
    if (current.flag) {
      Atomics.store(current.flag, 0, 1);
      return;
    }
    worker?.terminate();
    worker = null;
    settle()!.reject(new AdviceCancelledError());
  }

  return {
    advise(settings, options, onProgress) {
      if (current) {
        // A newer search replaces the older one outright: its answer would be for another plan.
        worker?.terminate();
        worker = null;
        settle()!.reject(new AdviceCancelledError());
      }
      const id = nextId++;
      const flag = sharedFlag();
      const done = new Promise<{ result: AdviceResult; ms: number }>((resolve, reject) => {
        current = { id, flag, onProgress, resolve, reject };
      });
      ensureWorker().postMessage({ kind: 'advise', id, settings, options, cancel: flag });
      return {
        done,
        cancel() {
          if (current?.id === id) stop();
        },
      };
    },
    dispose() {
      worker?.terminate();
      worker = null;
      settle()?.reject(new AdviceCancelledError());
    },
  };
}

/** A cancel flag the worker can read while it computes, when the page may share memory. */
function sharedCancelFlag(): Int32Array | null {
  const g = globalThis as { crossOriginIsolated?: boolean };
  return g.crossOriginIsolated && typeof SharedArrayBuffer === 'function'
    ? new Int32Array(new SharedArrayBuffer(4))
    : null;
}

let shared: AdvisorClient | null = null;

/**
 * Starts the advisor on `settings` in its worker, reporting progress; see AdviceRun.
 * @example const run = startAdvice(doc.settings, { maxMoves: 4 }, (f) => setProgress(f)); run.cancel();
 */
export function startAdvice(
  settings: Settings,
  options: AdviceRequestOptions,
  onProgress: (fraction: number, phase: AdvicePhase) => void,
): AdviceRun {
  shared ??= createAdvisorClient(
    () =>
      new Worker(new URL('./advisor.worker.ts', import.meta.url), { type: 'module' }) as unknown as AdvisorWorkerLike,
    sharedCancelFlag,
  );
  return shared.advise(settings, options, onProgress);
}
