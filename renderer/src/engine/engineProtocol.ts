import type { Settings } from '../../../shared/domain/settings';
import type { PromiseQuery, PromiseResult } from '../../../shared/engine/explainedPromise';
import type { DateRange, SimulationResult } from '../../../shared/engine/simulate';

/** Options of a simulation run that can cross to the worker (plain data only). */
export interface SimulateRequestOptions {
  /** Judge against this policy instead of settings.policyId. */
  policyId?: string;
  /**
   * A Sunday 'YYYY-MM-DD' (Amazon's week; a Monday: a Monday–Sunday week) to simulate that real week; default the
   * typical week.
   */
  weekStart?: string;
  /** With weekStart: this many consecutive weeks judged as one window (1..13, default 1). */
  weeks?: number;
  /** Instead of weekStart: a custom date range (its days only count; at most 91 days). */
  range?: DateRange;
}

/** Messages the UI thread sends to the engine worker. */
export type EngineRequest =
  | { id: number; kind: 'simulate'; settings: Settings; opts: SimulateRequestOptions }
  | { id: number; kind: 'promise'; settings: Settings; query: PromiseQuery };

/** The worker's answer to one request; `ms` is the engine time inside the worker. */
export type EngineResponse =
  | { id: number; ok: true; kind: 'simulate'; result: SimulationResult; ms: number }
  | { id: number; ok: true; kind: 'promise'; result: PromiseResult; ms: number }
  | { id: number; ok: false; message: string }
  /** Sent while a window of several weeks is simulated, after each week. */
  | { id: number; progress: { done: number; total: number } };
