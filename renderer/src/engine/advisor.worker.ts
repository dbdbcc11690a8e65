import { loadGeo } from '../../../shared/geo';
import type { AdvisorRequest, AdvisorResponse } from './advisorProtocol';
import { runAdvice } from './advisorRun';

/*
 * The plan advisor off the UI thread: a search that re-simulates hundreds of plans. Its own worker
 * (not the engine worker's queue), so the live simulation keeps answering while it runs and a
 * cancel can end this worker without touching the other.
 */

// Typed by hand, as in engine.worker.ts: the renderer is checked with the DOM lib only.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<AdvisorRequest>) => void) | null;
  postMessage(message: AdvisorResponse): void;
};

scope.onmessage = (event: MessageEvent<AdvisorRequest>) => {
  runAdvice(
    event.data,
    loadGeo(),
    (m) => scope.postMessage(m),
    () => performance.now(),
  );
};
