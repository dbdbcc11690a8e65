/**
 * Long calls (an order report or carrier transit import, a backtest, an export over a window of
 * weeks) that the user can watch and stop. The page names
 * the task (a random id it sends with the call) and asks `task:progress` / `task:cancel` while the
 * call runs; both transports carry those calls unchanged, so no push channel is needed. A task
 * cancelled before its call starts (the browser shell is still uploading the file) stops at once.
 *
 * Plain Node, in memory: tasks never outlive the process, and only the latest few are kept.
 */

/** What `task:progress` answers. `waiting`: not started yet (a file dialog or an upload is open). */
export interface TaskProgress {
  state: 'waiting' | 'running' | 'finished' | 'cancelled';
  bytesRead: number;
  /** The file's size; 0 when unknown (a pipe). */
  totalBytes: number;
  /** Only for a call that simulates a window of several weeks: the weeks simulated so far, of weeksTotal. */
  weeksDone?: number;
  weeksTotal?: number;
}

export interface TaskHandle {
  progress(bytesRead: number, totalBytes: number): void;
  weeks(done: number, total: number): void;
  /** True once the user asked to stop. */
  readonly cancelled: boolean;
  finish(): void;
}

/** Tasks remembered at once; the oldest finished ones are forgotten first. */
const MAX_TASKS = 32;

export function createTaskRegistry() {
  const tasks = new Map<string, TaskProgress & { cancelRequested: boolean }>();

  function remember(id: string, task: TaskProgress & { cancelRequested: boolean }): void {
    tasks.delete(id);
    tasks.set(id, task);
    while (tasks.size > MAX_TASKS) {
      // Map keeps insertion order: drop the oldest task that is no longer running, else the oldest.
      const done = [...tasks].find(([, t]) => t.state !== 'running');
      tasks.delete(done ? done[0] : tasks.keys().next().value!);
    }
  }

  return {
    /** Starts (or resumes the record of) a task; a cancel sent before it started is honoured. */
    start(id: string): TaskHandle {
      const earlier = tasks.get(id);
      const task: TaskProgress & { cancelRequested: boolean } = {
        state: 'running',
        bytesRead: 0,
        totalBytes: 0,
        cancelRequested: earlier?.cancelRequested ?? false,
      };
      remember(id, task);
      return {
        progress(bytesRead, totalBytes) {
          task.bytesRead = bytesRead;
          task.totalBytes = totalBytes;
        },
        weeks(done, total) {
          task.weeksDone = done;
          task.weeksTotal = total;
        },
        get cancelled() {
          return task.cancelRequested;
        },
        finish() {
          task.state = task.cancelRequested ? 'cancelled' : 'finished';
        },
      };
    },
    get(id: string): TaskProgress {
      const t = tasks.get(id);
      if (!t) return { state: 'waiting', bytesRead: 0, totalBytes: 0 };
      const { state, bytesRead, totalBytes, weeksDone, weeksTotal } = t;
      return weeksTotal ? { state, bytesRead, totalBytes, weeksDone, weeksTotal } : { state, bytesRead, totalBytes };
    },
    /** Asks a task to stop at its next chunk or week; `false` when it had already finished. */
    cancel(id: string): boolean {
      const t = tasks.get(id);
      if (t && t.state !== 'running' && t.state !== 'waiting') return false;
      if (t) t.cancelRequested = true;
      else remember(id, { state: 'waiting', bytesRead: 0, totalBytes: 0, cancelRequested: true });
      return true;
    },
  };
}
export type TaskRegistry = ReturnType<typeof createTaskRegistry>;
