import { advise, type AdvicePhase } from '../../../shared/advisor';
import type { GeoData } from '../../../shared/geo';
import type { AdvisorRequest, AdvisorResponse } from './advisorProtocol';

/*
 * One advice request, as the advisor worker runs it (kept apart from the worker's global scope so a
 * test can run it in Node): the search's phases mapped onto one progress bar, a cancel flag polled
 * between evaluations, and every answer posted through `post`.
 */

/** Where each phase sits on the overall bar (start, width); the searches dominate the work. */
const PHASES: Record<AdvicePhase, [number, number]> = {
  singleMoves: [0, 0.35],
  siteSearch: [0.35, 0.05],
  cheapestPassing: [0.4, 0.3],
  ceiling: [0.7, 0.2],
  verify: [0.9, 0.1],
};

/**
 * Runs advise() for a request and posts progress (never backwards, at most every 1 %), then `done`
 * or `error`.
 * @example runAdvice(req, loadGeo(), (m) => postMessage(m), () => performance.now())
 */
export function runAdvice(
  req: AdvisorRequest,
  geo: GeoData,
  post: (message: AdvisorResponse) => void,
  clock: () => number,
): void {
  const started = clock();
  let shown = 0;
  try {
    const result = advise(req.settings, geo, {
      ...req.options,
      onProgress(fraction, phase) {
        const [start, width] = PHASES[phase];
        const overall = Math.min(1, start + width * Math.max(0, Math.min(1, fraction)));
        if (overall >= shown + 0.01 || (overall === 1 && shown < 1)) {
          shown = overall;
          post({ kind: 'progress', id: req.id, fraction: overall, phase });
        }
      },
      shouldCancel: req.cancel ? () => Atomics.load(req.cancel!, 0) !== 0 : undefined,
    });
    post({ kind: 'done', id: req.id, result, ms: clock() - started });
  } catch (e) {
    post({ kind: 'error', id: req.id, message: e instanceof Error ? e.message : String(e) });
  }
}
