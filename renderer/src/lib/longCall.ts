import type { ArgOf, ResultOf, TaskProgressDto } from '../../../shared/ipc/contract';
import type { Result } from '../../../shared/ipc/result';
import { call } from './api';

/**
 * The calls that can take a while (reading a whole order report or carrier transit file, simulating
 * a window of weeks for an export): they take a task id and can be watched and stopped.
 */
export type LongChannel =
  'import:orderReport' | 'backtest:run' | 'import:carrierTransit' | 'export:reportPdf' | 'export:csv';

export interface LongCall<C extends LongChannel> {
  /** The call's own answer (a stopped call answers `cancelled: true`). */
  done: Promise<Result<ResultOf<C>>>;
  /** Asks main to stop at its next 1 MiB or week, or before it starts. */
  cancel(): Promise<void>;
}

/** How often the page asks how far the call is: often enough for a smooth bar, rare enough to cost nothing. */
const POLL_MS = 200;

/**
 * Starts a long call under a fresh task id and reports its progress (`task:progress`) until it
 * answers. Works the same over Electron's IPC and the browser shell's HTTP API: both carry these
 * plain calls, so no push channel is needed.
 * @example
 * const job = startLongCall('backtest:run', { scenarioId }, (p) => setProgress(p));
 * const res = await job.done;
 */
export function startLongCall<C extends LongChannel>(
  channel: C,
  arg: Omit<ArgOf<C>, 'taskId'>,
  onProgress: (progress: TaskProgressDto) => void,
): LongCall<C> {
  const taskId = crypto.randomUUID();
  let settled = false;
  const done = (call(channel, { ...arg, taskId } as ArgOf<C>) as Promise<Result<ResultOf<C>>>).finally(() => {
    settled = true;
  });
  void (async () => {
    while (!settled) {
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      if (settled) break;
      const r = await call('task:progress', { taskId });
      if (r.ok && !settled) onProgress(r.value);
    }
  })();
  return {
    done,
    async cancel() {
      await call('task:cancel', { taskId });
    },
  };
}
