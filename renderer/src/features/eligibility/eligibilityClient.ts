import type { Settings } from '../../../../shared/domain/settings';
import type { HorizonResult } from '../../../../shared/eligibility/horizon';
import type { TradeOffRow } from '../../../../shared/eligibility/tradeOff';
import type { MessageKey } from '../../../../shared/i18n/catalogue';
import type { EligibilityRequest, EligibilityRequestOptions, EligibilityResponse } from './eligibilityProtocol';

/*
 * The UI thread's door to the eligibility worker: one run at a time. A new run or cancel() ends the
 * one in progress by ending its worker (the Monte Carlo has no partial answer worth showing) and
 * rejects it with EligibilityCancelledError.
 */

export class EligibilityCancelledError extends Error {
  constructor() {
    super('the eligibility run was cancelled');
    this.name = 'EligibilityCancelledError';
  }
}

/** Bad input reported by the engine, with its i18n key. */
export class EligibilityRunError extends Error {
  constructor(
    message: string,
    readonly messageKey?: MessageKey,
    readonly params?: Record<string, string | number>,
  ) {
    super(message);
    this.name = 'EligibilityRunError';
  }
}

/** The part of a Worker the client uses. */
export interface EligibilityWorkerLike {
  postMessage(message: EligibilityRequest): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<EligibilityResponse>) => void): void;
  addEventListener(type: 'error', listener: (event: ErrorEvent) => void): void;
  terminate(): void;
}

/** A finished run: the horizon, and speed against expected on-time for the plan and each slower service. */
export interface EligibilityOutcome {
  result: HorizonResult;
  tradeOff: TradeOffRow[];
  ms: number;
}

export interface EligibilityRun {
  done: Promise<EligibilityOutcome>;
  cancel(): void;
}

/**
 * A client over workers made by `makeWorker`.
 * @example createEligibilityClient(() => new Worker(url, { type: 'module' })).run(settings, options, setProgress)
 */
export function createEligibilityClient(makeWorker: () => EligibilityWorkerLike) {
  let worker: EligibilityWorkerLike | null = null;
  let nextId = 1;
  let current: {
    id: number;
    onProgress: (f: number) => void;
    resolve: (v: EligibilityOutcome) => void;
    reject: (e: unknown) => void;
  } | null = null;

  const settle = () => {
    const c = current;
    current = null;
    return c;
  };
  const stop = () => {
    worker?.terminate();
    worker = null;
    settle()?.reject(new EligibilityCancelledError());
  };
  const ensureWorker = () => {
    if (worker) return worker;
    const w = makeWorker();
    w.addEventListener('message', (event: MessageEvent<EligibilityResponse>) => {
      const m = event.data;
      if (!current || current.id !== m.id) return;
      if (m.kind === 'progress') current.onProgress(m.fraction);
      else if (m.kind === 'done') settle()!.resolve({ result: m.result, tradeOff: m.tradeOff, ms: m.ms });
      else settle()!.reject(new EligibilityRunError(m.message, m.messageKey, m.params));
    });
    w.addEventListener('error', (event: ErrorEvent) => {
      worker?.terminate();
      worker = null;
      settle()?.reject(new EligibilityRunError(event.message || 'the eligibility worker stopped'));
    });
    worker = w;
    return w;
  };

  return {
    run(
      settings: Settings,
      options: EligibilityRequestOptions,
      onProgress: (fraction: number) => void,
    ): EligibilityRun {
      if (current) stop();
      const id = nextId++;
      const done = new Promise<EligibilityOutcome>((resolve, reject) => {
        current = { id, onProgress, resolve, reject };
      });
      ensureWorker().postMessage({ kind: 'run', id, settings, options });
      return {
        done,
        cancel() {
          if (current?.id === id) stop();
        },
      };
    },
    dispose: stop,
  };
}

let shared: ReturnType<typeof createEligibilityClient> | null = null;

/**
 * Starts the horizon on `settings` in its worker.
 * @example
 * const run = startEligibility(settings, { start, weeks: 13, runs: 2000, seed: 1 }, setProgress);
 */
export function startEligibility(
  settings: Settings,
  options: EligibilityRequestOptions,
  onProgress: (fraction: number) => void,
): EligibilityRun {
  shared ??= createEligibilityClient(
    () =>
      new Worker(new URL('./eligibility.worker.ts', import.meta.url), {
        type: 'module',
      }) as unknown as EligibilityWorkerLike,
  );
  return shared.run(settings, options, onProgress);
}
