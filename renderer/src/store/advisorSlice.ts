import type { StateCreator } from 'zustand';
import type { AdvicePhase, AdviceResult } from '../../../shared/advisor';
import type { Settings } from '../../../shared/domain/settings';
import { isCancelled, startAdvice, type AdviceRun } from '../engine/advisorClient';
import type { StoreState } from './index';

export interface AdvisorSlice {
  /** "What it takes": the advisor's last search for the open plan, run in its own worker. */
  advisor: {
    status: 'idle' | 'running' | 'ready' | 'cancelled' | 'error';
    /** 0..1 over the whole search, and the phase it is in. */
    progress: number;
    phase: AdvicePhase | null;
    result: AdviceResult | null;
    /** The plan the result belongs to (identity); another plan on screen makes the result stale. */
    forSettings: Settings | null;
    ms: number | null;
    error: string | null;
    /** The failing check the user came from (a check card's "What it takes"), shown first. */
    focusCheck: string | null;
    /** Bumped by openAdvisor so the panel scrolls into view even when the focus is unchanged. */
    openCount: number;
    /** The search's limits the user chose: most changes per plan, most extra dollars a week (null = no limit). */
    limits: { maxMoves: number; budget: number | null };
    /** The limits the shown result was searched with. */
    resultLimits: { maxMoves: number; budget: number | null } | null;
  };
  /** Searches what it takes for the open plan (replacing a search in progress). */
  runAdvisor(): void;
  cancelAdvisor(): void;
  /** Opens the panel (from a failing check: focused on it) and starts a search if none fits the plan. */
  openAdvisor(checkId: string | null): void;
  /** Sets the limits of the next search (a search in progress keeps its own). */
  setAdvisorLimits(limits: Partial<AdvisorSlice['advisor']['limits']>): void;
}

/** The CLI's defaults (`shipweek advise`), so the app and the CLI agree until the user changes them. */
export const ADVISOR_DEFAULT_LIMITS = { maxMoves: 4, budget: null } as const;

export const createAdvisorSlice: StateCreator<StoreState, [], [], AdvisorSlice> = (set, get) => {
  let run: AdviceRun | null = null;
  const patch = (p: Partial<AdvisorSlice['advisor']>) => set({ advisor: { ...get().advisor, ...p } });

  return {
    advisor: {
      status: 'idle',
      progress: 0,
      phase: null,
      result: null,
      forSettings: null,
      ms: null,
      error: null,
      focusCheck: null,
      openCount: 0,
      limits: { ...ADVISOR_DEFAULT_LIMITS },
      resultLimits: null,
    },

    runAdvisor() {
      const settings = get().doc?.settings;
      if (!settings) return;
      run?.cancel();
      // The user's limits (by default those `shipweek advise` uses, so the app and the CLI agree).
      const searched = get().advisor.limits;
      const { maxMoves, budget } = searched;
      const mine = startAdvice(settings, { maxMoves, ...(budget === null ? {} : { budget }) }, (fraction, phase) => {
        if (run === mine) patch({ progress: fraction, phase });
      });
      run = mine;
      patch({ status: 'running', progress: 0, phase: null, error: null });
      mine.done.then(
        ({ result, ms }) => {
          if (run !== mine) return;
          run = null;
          patch({
            status: result.searchNote.reason === 'cancelled' ? 'cancelled' : 'ready',
            result,
            forSettings: settings,
            ms,
            progress: 1,
            resultLimits: searched,
          });
        },
        (error: unknown) => {
          if (run !== mine) return;
          run = null;
          if (isCancelled(error)) patch({ status: 'cancelled', progress: 0, phase: null });
          else patch({ status: 'error', error: error instanceof Error ? error.message : String(error) });
        },
      );
    },

    setAdvisorLimits(limits) {
      patch({ limits: { ...get().advisor.limits, ...limits } });
    },

    cancelAdvisor() {
      run?.cancel();
    },

    openAdvisor(checkId) {
      const a = get().advisor;
      patch({ focusCheck: checkId, openCount: a.openCount + 1 });
      const fresh = a.forSettings !== null && a.forSettings === get().doc?.settings;
      if (a.status !== 'running' && !(fresh && a.status === 'ready')) get().runAdvisor();
    },
  };
};
