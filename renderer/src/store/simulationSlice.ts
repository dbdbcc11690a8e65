import type { StateCreator } from 'zustand';
import type { SizeTier } from '../../../shared/domain/carrier';
import type { Settings } from '../../../shared/domain/settings';
import type { PromiseResult } from '../../../shared/engine/explainedPromise';
import type { DateRange, SimulationCheck, SimulationResult } from '../../../shared/engine/simulate';
import { cancelSimulation, explainPromise, isStale, simulateTimed } from '../engine/engineClient';
import { dashboardView, type DashboardView } from '../lib/simulationView';
import type { StoreState } from './index';

/**
 * The window a result covers: its first day (a Sunday, or a Monday for a Monday–Sunday week; null =
 * the typical week), its number of weeks (a window's result lists its weeks in `weekStarts`; a
 * one-week result has none), and its date range when it is one.
 */
export function windowOf(
  result: SimulationResult | null,
): { week: string | null; weeks: number; range: DateRange | null } | null {
  if (!result) return null;
  if (result.typicalWeek) return { week: null, weeks: 1, range: null };
  return {
    week: result.weekStart,
    weeks: (result as SimulationResult & { weekStarts?: string[] }).weekStarts?.length ?? 1,
    range: result.range ? { from: result.range.from, to: result.range.to } : null,
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
   * The week simulated: null = the typical week (holidays and closures ignored), else the first day of
   * a real week (a Sunday: Amazon evaluates Sunday to Saturday; a Monday chosen earlier stays a
   * Monday–Sunday week and is named so). One choice for the Simulation page, the compare view and the report exports,
   * so they always show the same week; a view setting, not part of the plan.
   */
  week: string | null;
  /**
   * With a real week: the consecutive weeks from `week` judged as one window, as Amazon's dashboard
   * judges a date range (1 = that week alone). Kept when the first week changes; ignored for the
   * typical week.
   */
  weeks: number;
  /**
   * A custom date range judged instead of `week` and `weeks` (null = none), as Amazon's dashboard
   * offers: only the views of its days count. Choosing a week or a number of weeks clears it.
   */
  range: DateRange | null;
  setWeek(week: string | null): void;
  setWeeks(weeks: number): void;
  setRange(range: DateRange | null): void;
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
    const range = get().range;
    const week = get().week;
    const weeks = week === null ? 1 : get().weeks;
    const onProgress = (progress: { done: number; total: number }) => {
      if (get().week === week && get().weeks === weeks && get().range === range)
        set({ simulation: { ...get().simulation, progress } });
    };
    simulateTimed(
      settings,
      range ? { range, onProgress } : week === null ? {} : { weekStart: week, weeks, onProgress },
    ).then(
      ({ result, ms }) => {
        // An answer for settings (or a window) that are no longer current is dropped: a newer run is on its way.
        if (
          get().doc?.settings !== settings ||
          get().range !== range ||
          get().week !== week ||
          (week !== null && get().weeks !== weeks)
        )
          return;
        const prev = get().simulation;
        const windowKey = range ? `${range.from}..${range.to}` : week === null ? null : `${week}+${weeks}`;
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
    range: null,

    setWeek(week) {
      if (week === get().week && get().range === null) return;
      set({ week, range: null });
      runNow();
    },

    setWeeks(weeks) {
      if (weeks === get().weeks && get().range === null) return;
      set({ weeks, range: null });
      if (get().week !== null) runNow();
    },

    setRange(range) {
      const now = get().range;
      if (range === now || (range && now && range.from === now.from && range.to === now.to)) return;
      // A range replaces the weeks judged together: leaving it later starts again from one week, not
      // from a window chosen before the range that nobody asked to see again.
      set(range ? { range, weeks: 1 } : { range });
      runNow();
    },

    cancelSimulation() {
      if (get().simulation.status !== 'running') return;
      cancelSimulation();
      // Back to the window on screen, so the picker, the labels and the figures agree again.
      const shown = windowOf(get().simulation.result);
      set({
        week: shown?.range ? get().week : (shown?.week ?? null),
        weeks: shown?.week && !shown.range ? shown.weeks : get().weeks,
        range: shown?.range ?? null,
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
