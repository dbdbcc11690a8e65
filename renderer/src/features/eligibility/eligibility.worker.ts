import { loadGeo } from '../../../../shared/geo';
import { EligibilityInputError, runHorizon } from '../../../../shared/eligibility/horizon';
import { createRng } from '../../../../shared/eligibility/rng';
import { tradeOff } from '../../../../shared/eligibility/tradeOff';
import type { EligibilityRequest, EligibilityResponse } from './eligibilityProtocol';

/*
 * The eligibility horizon off the UI thread: thousands of simulated horizons take seconds. Its own
 * worker, so the live simulation keeps answering; cancelling ends this worker (the client makes a new
 * one for the next run).
 */

// Typed by hand, as in engine.worker.ts: the renderer is checked with the DOM lib only.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<EligibilityRequest>) => void) | null;
  postMessage(message: EligibilityResponse): void;
};

scope.onmessage = (event: MessageEvent<EligibilityRequest>) => {
  const { id, settings, options } = event.data;
  const t0 = performance.now();
  let lastPercent = -1;
  try {
    const geo = loadGeo();
    const result = runHorizon(settings, geo, {
      ...options,
      rng: createRng(options.seed),
      onProgress: (fraction) => {
        const percent = Math.floor(fraction * 100);
        if (percent === lastPercent) return;
        lastPercent = percent;
        scope.postMessage({ kind: 'progress', id, fraction });
      },
    });
    // Speed against expected on-time over the same weeks (expectations, no draws: a small part of the run).
    const rows = tradeOff(settings, geo, { start: options.start, weeks: options.weeks });
    scope.postMessage({ kind: 'done', id, result, tradeOff: rows, ms: performance.now() - t0 });
  } catch (error) {
    if (error instanceof EligibilityInputError)
      scope.postMessage({
        kind: 'error',
        id,
        message: error.message,
        messageKey: error.messageKey,
        params: error.params,
      });
    else scope.postMessage({ kind: 'error', id, message: error instanceof Error ? error.message : String(error) });
  }
};
