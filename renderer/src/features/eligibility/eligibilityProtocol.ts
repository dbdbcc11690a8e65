import type { Settings } from '../../../../shared/domain/settings';
import type { HorizonResult } from '../../../../shared/eligibility/horizon';
import type { TradeOffRow } from '../../../../shared/eligibility/tradeOff';
import type { MessageKey } from '../../../../shared/i18n/catalogue';

/** What the page asks for: plain data that can cross to the worker. */
export interface EligibilityRequestOptions {
  start: string;
  weeks: number;
  runs: number;
  seed: number;
}

/** UI thread -> eligibility worker. */
export type EligibilityRequest = { kind: 'run'; id: number; settings: Settings; options: EligibilityRequestOptions };

/**
 * Eligibility worker -> UI thread: progress (0..1), then the result or an error (its i18n key when it is bad input).
 */
export type EligibilityResponse =
  | { kind: 'progress'; id: number; fraction: number }
  | { kind: 'done'; id: number; result: HorizonResult; tradeOff: TradeOffRow[]; ms: number }
  | { kind: 'error'; id: number; message: string; messageKey?: MessageKey; params?: Record<string, string | number> };
