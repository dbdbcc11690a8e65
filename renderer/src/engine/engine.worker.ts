import { simulate } from '../../../shared/engine/simulate';
import { simulateWindow } from '../../../shared/engine/simulateWindow';
import { computePromise } from '../../../shared/engine/explainedPromise';
import { loadGeo } from '../../../shared/geo';
import type { EngineRequest, EngineResponse } from './engineProtocol';

/*
 * The engine off the UI thread: the simulation of a whole week (hundreds of thousands of promise
 * evaluations on big plans) and single explained promises. One request at a time; the client
 * decides what is stale, so every request that arrives here is answered.
 */

// The renderer is type-checked with the DOM lib only (not WebWorker, which clashes with it): the
// little of the worker scope used here is typed by hand.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<EngineRequest>) => void) | null;
  postMessage(message: EngineResponse): void;
};

scope.onmessage = (event: MessageEvent<EngineRequest>) => {
  const req = event.data;
  const started = performance.now();
  let res: EngineResponse;
  try {
    if (req.kind === 'simulate') {
      const { weeks = 1, range, ...requested } = req.opts;
      // ZIP5 mode whenever the plan has ZIP5 transit overrides (else the ZIP3 simulation, same figures).
      const opts = { ...requested, destinations: 'auto' as const };
      // A window is the CLI's simulateWindow, week by week with progress; one week stays simulate().
      const onWeekDone = (done: number, total: number) => scope.postMessage({ id: req.id, progress: { done, total } });
      const result = range
        ? simulateWindow(req.settings, loadGeo(), { ...opts, weekStart: undefined, range, onWeekDone })
        : weeks > 1 && opts.weekStart !== undefined
          ? simulateWindow(req.settings, loadGeo(), {
              ...opts,
              weekStart: opts.weekStart,
              weeks,
              onWeekDone: (done, total) => scope.postMessage({ id: req.id, progress: { done, total } }),
            })
          : simulate(req.settings, loadGeo(), opts);
      res = { id: req.id, ok: true, kind: 'simulate', result, ms: performance.now() - started };
    } else {
      const result = computePromise(req.settings, loadGeo(), req.query);
      res = { id: req.id, ok: true, kind: 'promise', result, ms: performance.now() - started };
    }
  } catch (e) {
    res = { id: req.id, ok: false, message: e instanceof Error ? e.message : String(e) };
  }
  scope.postMessage(res);
};
