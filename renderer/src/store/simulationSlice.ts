import type { StateCreator } from 'zustand';
import type { SizeTier } from '../../../shared/domain/carrier';
import type { Settings } from '../../../shared/domain/settings';
import type { PromiseResult } from '../../../shared/engine/explainedPromise';
import type { SimulationCheck, SimulationResult } from '../../../shared/engine/simulate';
import { cancelSimulation, explainPromise, isStale, simulateTimed } from '../engine/engineClient';
import { dashboardView, type DashboardView } from '../lib/simulationView';
import type { StoreState } from './index';

/**
 * The window a result covers: its first Monday (null = the typical week) and its number of weeks
 * (a window's result lists its weeks in `weekStarts`; a one-week result has none).
 */
export function windowOf(result: SimulationResult | null): { week: string | null; weeks: number } | null {
  if (!result) return null;
  if (result.typicalWeek) return { week: null, weeks: 1 };
  return {
    week: result.weekStart,
    weeks: (result as SimulationResult & { weekStarts?: string[] }).weekStarts?.length ?? 1,
  };
}

export interface ExplainQuery {
  /** Destination ZIP5 or ZIP3. */
  to: string;
  /** Destination-local 'YYYY-MM-DDTHH:MM'. */
  at: string;
  sizeTier: SizeTier;
}

export interface SimulationSlice {
  /** The latest simulation of the current plan, computed in the engine worker after every edit. */
  simulation: {
    status: 'idle' | 'running' | 'ready' | 'error';
    result: SimulationResult | null;
    /** Everything the dashboard shows, derived once from the result. */
    view: DashboardView | null;
    /** The settings object the result belongs to (identity: the plan as it was). */
    forSettings: Settings | null;
    /** Engine time inside the worker, ms. */
    engineMs: number | null;
    error: string | null;
    /** While a window of several weeks computes: the weeks done so far, of how many. */
    progress: { done: number; total: number } | null;
  };
  /**
   * The policy checks before and after the last edit of the open scenario (null until a second
   * simulation of the same scenario lands): the Weekly schedule page's live strip shows them.
   */
  lastEdit: { before: SimulationCheck[]; after: SimulationCheck[] } | null;
  /**
   * The week simulated: null = the typical week (holidays and closures ignored), else the Monday of a
   * real week. One choice for the Simulation page, the compare view and the report exports, so they
   * always show the same week; a view setting, not part of the plan.
   */
  week: string | null;
  /**
   * With a real week: the consecutive weeks from `week` judged as one window, as Amazon's dashboard
   * judges a date range (1 = that week alone). Kept when the first week changes; ignored for the
   * typical week.
   */
  weeks: number;
  setWeek(week: string | null): void;
  setWeeks(weeks: number): void;
  /** Stops a window that is computing; the choice goes back to the window whose figures are shown. */
  cancelSimulation(): void;
  /** "Explain this promise": the last query and its answer; re-run when the plan changes. */
  explain: {
    query: ExplainQuery | null;
    status: 'idle' | 'running' | 'ready' | 'error';
    result: PromiseResult | null;
    error: string | null;
  };
  /** Simulates the current plan now (edits trigger it by themselves). */
  runSimulation(): void;
  explainPromise(query: ExplainQuery): Promise<void>;
}

/** Short enough to feel live, long enough that a burst of keystrokes costs one run. */
const DEBOUNCE_MS = 20;

export const createSimulationSlice: StateCreator<StoreState, [], [], SimulationSlice> = (set, get, api) => {
  let timer: ReturnType<typeof setTimeout> | null = null;
  /** The scenario the shown result belongs to: a result for another scenario is not "after an edit". */
  let resultScenario: number | null = null;
  /** Likewise the window ('Monday+weeks', null = typical): another window's figures are not the effect of an edit. */
  let resultWeek: string | null = null;

  function runNow() {
    if (timer) {
      clearTimeout(timer);
      timer = null;
    }
    const settings = get().doc?.settings;
    if (!settings)
      return set({ simulation: { ...get().simulation, status: 'idle', result: null, view: null, forSettings: null } });
    set({ simulation: { ...get().simulation, status: 'running', progress: null } });
    const scenarioId = get().doc?.scenarioId ?? null;
    const week = get().week;
    const weeks = week === null ? 1 : get().weeks;
    const onProgress = (progress: { done: number; total: number }) => {
      if (get().week === week && get().weeks === weeks) set({ simulation: { ...get().simulation, progress } });
    };
    simulateTimed(settings, week === null ? {} : { weekStart: week, weeks, onProgress }).then(
      ({ result, ms }) => {
        // An answer for settings (or a window) that are no longer current is dropped: a newer run is on its way.
        if (get().doc?.settings !== settings || get().week !== week || (week !== null && get().weeks !== weeks)) return;
        const prev = get().simulation;
        const windowKey = week === null ? null : `${week}+${weeks}`;
        const same = resultScenario === scenarioId && resultWeek === windowKey;
        const lastEdit =
          prev.result && prev.forSettings !== settings && same
            ? { before: prev.result.checks, after: result.checks }
            : same
              ? get().lastEdit
              : null;
        resultScenario = scenarioId;
        resultWeek = windowKey;
        set({
          simulation: {
            status: 'ready',
            result,
            view: dashboardView(result),
            forSettings: settings,
            engineMs: ms,
            error: null,
            progress: null,
          },
          lastEdit,
        });
      },
      (error: unknown) => {
        if (isStale(error)) return;
        set({
          simulation: {
            ...get().simulation,
            status: 'error',
            error: error instanceof Error ? error.message : String(error),
            progress: null,
          },
        });
      },
    );
    const query = get().explain.query;
    if (query) void get().explainPromise(query);
  }

  // Every edit, undo and scenario switch replaces doc.settings: recompute on that, lightly debounced.
  api.subscribe((state, prev) => {
    if (state.doc?.settings === prev.doc?.settings) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(runNow, DEBOUNCE_MS);
  });

  return {
    simulation: {
      status: 'idle',
      result: null,
      view: null,
      forSettings: null,
      engineMs: null,
      error: null,
      progress: null,
    },
    explain: { query: null, status: 'idle', result: null, error: null },
    lastEdit: null,
    week: null,
    weeks: 1,

    setWeek(week) {
      if (week === get().week) return;
      set({ week });
      runNow();
    },

    setWeeks(weeks) {
      if (weeks === get().weeks) return;
      set({ weeks });
      if (get().week !== null) runNow();
    },

    cancelSimulation() {
      if (get().simulation.status !== 'running') return;
      cancelSimulation();
      // Back to the window on screen, so the picker, the labels and the figures agree again.
      const shown = windowOf(get().simulation.result);
      set({
        week: shown?.week ?? null,
        weeks: shown?.week ? shown.weeks : get().weeks,
        simulation: { ...get().simulation, status: shown ? 'ready' : 'idle', progress: null },
      });
    },

    runSimulation() {
      runNow();
    },

    async explainPromise(query) {
      const settings = get().doc?.settings;
      if (!settings) return;
      set({ explain: { ...get().explain, query, status: 'running' } });
      try {
        const result = await explainPromise(settings, { to: query.to, at: query.at, sizeTier: query.sizeTier });
        if (get().explain.query !== query) return;
        set({ explain: { query, status: 'ready', result, error: null } });
      } catch (error) {
        if (isStale(error)) return;
        set({
          explain: {
            query,
            status: 'error',
            result: null,
            error: error instanceof Error ? error.message : String(error),
          },
        });
      }
    },
  };
};
