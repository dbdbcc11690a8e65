import type { AdvicePhase, AdviceResult } from '../../../shared/advisor';
import type { Settings } from '../../../shared/domain/settings';

/** Advisor options that can cross to the worker (plain data; progress and cancel are the protocol's). */
export interface AdviceRequestOptions {
  maxMoves?: number;
  policyId?: string;
  maxEvaluations?: number;
  budget?: number;
}

/**
 * UI thread -> advisor worker. `cancel` is an Int32Array over a SharedArrayBuffer when the page is
 * cross-origin isolated: the UI sets cancel[0] = 1 and the search, which polls it between
 * evaluations, stops and returns what it found, labelled. Without one, cancelling ends the worker.
 */
export type AdvisorRequest = {
  kind: 'advise';
  id: number;
  settings: Settings;
  options: AdviceRequestOptions;
  cancel: Int32Array | null;
};

/** Advisor worker -> UI thread: progress (0..1 over the whole search), then the result or an error. */
export type AdvisorResponse =
  | { kind: 'progress'; id: number; fraction: number; phase: AdvicePhase }
  | { kind: 'done'; id: number; result: AdviceResult; ms: number }
  | { kind: 'error'; id: number; message: string };
