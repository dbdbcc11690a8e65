import type { StateCreator } from 'zustand';
import type { Settings } from '../../../shared/domain/settings';
import { call } from '../lib/api';
import type { StoreState } from './index';

export interface PlannerDoc {
  scenarioId: number;
  revision: number;
  settings: Settings;
}

export type SaveState = 'saved' | 'pending' | 'saving' | 'error';

export interface PlannerSlice {
  /** The current scenario's whole plan, as last edited (saved or not). */
  doc: PlannerDoc | null;
  saveState: SaveState;
  /** i18n key (and English fallback) of the last save failure; the edit stays on screen. */
  saveError: { key?: string; message: string; stale?: boolean } | null;
  undoStack: Settings[];
  /**
   * Replaces the plan with the workspace's copy of the current scenario. Refuses (false, with a
   * notice) while an edit cannot be saved, so a refused edit is never silently thrown away.
   */
  loadScenario(): Promise<boolean>;
  /** Applies an edit to a copy of the plan, records it for undo and schedules an autosave. */
  edit(mutate: (draft: Settings) => void): void;
  undo(): void;
  /** Saves now if anything is pending; resolves when the workspace is up to date (or failed). */
  flushSave(): Promise<boolean>;
  /**
   * After a refused save: save what is on screen again. When the refusal was a stale revision, the
   * screen's version is what the user sees and means, so it is saved over the newer revision.
   */
  retrySave(): Promise<boolean>;
  /**
   * What every action that reloads or copies the plan calls first: saves what is pending and, when
   * that fails, tells the user (the edit stays) and answers false so the action does not run.
   */
  ensureSaved(): Promise<boolean>;
}

const UNDO_LIMIT = 100;
const AUTOSAVE_DELAY_MS = 400;
let timer: ReturnType<typeof setTimeout> | null = null;
let inFlight: Promise<boolean> | null = null;

export const createPlannerSlice: StateCreator<StoreState, [], [], PlannerSlice> = (set, get) => {
  function schedule() {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      void get().flushSave();
    }, AUTOSAVE_DELAY_MS);
  }

  async function saveOnce(): Promise<boolean> {
    const doc = get().doc;
    if (!doc) return true;
    const sent = doc.settings;
    set({ saveState: 'saving' });
    const res = await call('scenario:save', { scenarioId: doc.scenarioId, baseRevision: doc.revision, settings: sent });
    const now = get().doc;
    if (!res.ok) {
      // The edit stays in memory and on screen; the user is told (on every page) and can retry.
      set({
        saveState: 'error',
        saveError: { key: res.error.key, message: res.error.message, stale: res.error.key === 'scenarios.error.stale' },
        notice: { severity: 'error', text: res.error.message, key: 'save.failedNotice' },
      });
      return false;
    }
    if (!now || now.scenarioId !== doc.scenarioId) return true;
    const changedMeanwhile = now.settings !== sent;
    set({ doc: { ...now, revision: res.value.revision }, saveState: changedMeanwhile ? 'pending' : 'saved', saveError: null });
    if (changedMeanwhile) return saveOnce();
    return true;
  }

  return {
    doc: null,
    saveState: 'saved',
    saveError: null,
    undoStack: [],

    async ensureSaved() {
      if (await get().flushSave()) return true;
      set({ notice: { severity: 'error', text: 'Your last edit is not saved yet.', key: 'save.keptUnsaved' } });
      return false;
    },

    async loadScenario() {
      if (!(await get().ensureSaved())) return false;
      const scenarioId = get().prefs.currentScenarioId;
      if (scenarioId === null) {
        set({ doc: null, undoStack: [] });
        return true;
      }
      const res = await call('scenario:get', { scenarioId });
      if (!res.ok) {
        set({ notice: { severity: 'error', text: res.error.message, key: res.error.key, params: res.error.params } });
        return false;
      }
      // The undo history ends here: it holds whole plans, and undoing across a warehouse write or an
      // import would write the older warehouses back over the newer ones.
      set({ doc: { scenarioId, revision: res.value.revision, settings: res.value.settings }, saveState: 'saved', saveError: null, undoStack: [] });
      return true;
    },

    edit(mutate) {
      const doc = get().doc;
      if (!doc) return;
      const next = structuredClone(doc.settings);
      mutate(next);
      if (JSON.stringify(next) === JSON.stringify(doc.settings)) return;
      set({ doc: { ...doc, settings: next }, undoStack: [...get().undoStack, doc.settings].slice(-UNDO_LIMIT), saveState: 'pending' });
      schedule();
    },

    undo() {
      const doc = get().doc;
      const stack = get().undoStack;
      if (!doc || stack.length === 0) return;
      set({
        doc: { ...doc, settings: stack[stack.length - 1]! },
        undoStack: stack.slice(0, -1),
        saveState: 'pending',
        notice: { severity: 'success', text: 'Last edit undone.', key: 'save.undone' },
      });
      schedule();
    },

    async retrySave() {
      const doc = get().doc;
      if (doc && get().saveError?.stale) {
        const latest = await call('scenario:get', { scenarioId: doc.scenarioId });
        if (latest.ok) set({ doc: { ...get().doc!, revision: latest.value.revision } });
      }
      return get().flushSave();
    },

    async flushSave() {
      if (timer) {
        clearTimeout(timer);
        timer = null;
      }
      if (inFlight) await inFlight;
      const state = get().saveState;
      if (state !== 'pending' && state !== 'error') return state === 'saved';
      inFlight = saveOnce().finally(() => {
        inFlight = null;
      });
      return inFlight;
    },
  };
};
