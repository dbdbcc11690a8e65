import type { StateCreator } from 'zustand';
import type { Settings } from '../../../shared/domain/settings';
import type { SettingsNotice } from '../../../shared/domain/parseSettings';
import { call } from '../lib/api';
import type { StoreState } from './index';
import type { MessageKey } from '../../../shared/i18n/catalogue';

export interface PlannerDoc {
  scenarioId: number;
  revision: number;
  settings: Settings;
}

export type SaveState = 'saved' | 'pending' | 'saving' | 'error';

/**
 * What a field holds that the plan cannot take ("25:00", "−30"): kept on screen and here, so the
 * save status can say what is not saved and why, and nothing is saved until it is fixed or undone.
 * `label` and `reason` are already in the user's language (they change only with the language,
 * which is on another page, and leaving a page with such an entry asks first).
 */
export interface InvalidEntry {
  label: string;
  text: string;
  reason: string;
}

export interface PlannerSlice {
  /** The current scenario's whole plan, as last edited (saved or not). */
  doc: PlannerDoc | null;
  /**
   * What upgrading a plan written by an older ShipWeek changed (opened or imported), shown until
   * dismissed: the upgrade keeps the plan's meaning, but the user must know how.
   */
  planNotices: { scenarioName: string; notices: SettingsNotice[] } | null;
  showPlanNotices(value: PlannerSlice['planNotices']): void;
  saveState: SaveState;
  /** i18n key (and English fallback) of the last save failure; the edit stays on screen. */
  saveError: { key?: MessageKey; message: string; stale?: boolean } | null;
  undoStack: Settings[];
  /** Entries the fields hold but the plan cannot take, by field id (see InvalidEntry). */
  invalidEntries: Record<string, InvalidEntry>;
  /** Counts discards of invalid entries; fields watch it to show the plan's value again. */
  invalidDiscards: number;
  /** A field records (or, with null, clears) the invalid entry it holds. */
  setInvalidEntry(id: string, entry: InvalidEntry | null): void;
  /** Drops every invalid entry (the fields go back to the plan's values); held edits then save. */
  discardInvalidEntries(): void;
  /**
   * The field being typed in: edits made under the same session replace each other in the undo
   * history, so typing "11:30 pm" is one undo step, not one per time read on the way.
   */
  setEditSession(session: string | null): void;
  /**
   * Replaces the plan with the workspace's copy of the current scenario. Refuses (false, with a
   * notice) while an edit cannot be saved, so a refused edit is never silently thrown away.
   */
  loadScenario(): Promise<boolean>;
  /** Applies an edit to a copy of the plan, records it for undo and schedules an autosave. */
  edit(mutate: (draft: Settings) => void): void;
  /**
   * Undoes the last thing done: an invalid entry first (the field shows the saved value again), else the last plan
   * edit.
   */
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
/** Session of the last edit (see setEditSession); null when it was not made while typing. */
let lastEditSession: string | null = null;

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
    set({
      doc: { ...now, revision: res.value.revision },
      saveState: changedMeanwhile ? 'pending' : 'saved',
      saveError: null,
    });
    if (changedMeanwhile) return saveOnce();
    return true;
  }

  let editSession: string | null = null;
  const invalidCount = () => Object.keys(get().invalidEntries).length;

  return {
    doc: null,
    planNotices: null,
    showPlanNotices(value) {
      set({ planNotices: value && value.notices.length > 0 ? value : null });
    },
    saveState: 'saved',
    saveError: null,
    undoStack: [],
    invalidEntries: {},
    invalidDiscards: 0,

    setInvalidEntry(id, entry) {
      const current = get().invalidEntries;
      if (entry === null) {
        if (!(id in current)) return;
        const { [id]: _gone, ...rest } = current;
        set({ invalidEntries: rest });
        // The last invalid entry is gone: the edits held behind it can be saved now.
        if (Object.keys(rest).length === 0 && get().saveState !== 'saved') schedule();
        return;
      }
      const before = current[id];
      if (before && before.text === entry.text && before.reason === entry.reason && before.label === entry.label)
        return;
      set({ invalidEntries: { ...current, [id]: entry } });
    },

    discardInvalidEntries() {
      if (invalidCount() === 0) return;
      set({ invalidEntries: {}, invalidDiscards: get().invalidDiscards + 1 });
      if (get().saveState !== 'saved') schedule();
    },

    setEditSession(session) {
      editSession = session;
    },

    async ensureSaved() {
      if (await get().flushSave()) return true;
      const entries = Object.values(get().invalidEntries);
      if (entries.length > 0) {
        const first = entries[0]!;
        set({
          notice: {
            severity: 'error',
            text: `Not saved: ${entries.length} invalid entry. ${first.label}: ${first.reason}`,
            key: 'save.invalidNotice',
            params: { count: entries.length, label: first.label, reason: first.reason },
          },
        });
        return false;
      }
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
      lastEditSession = null;
      set({
        doc: { scenarioId, revision: res.value.revision, settings: res.value.settings },
        saveState: 'saved',
        saveError: null,
        undoStack: [],
      });
      if (res.value.notices.length > 0)
        set({ planNotices: { scenarioName: res.value.summary.name, notices: res.value.notices } });
      return true;
    },

    edit(mutate) {
      const doc = get().doc;
      if (!doc) return;
      const next = structuredClone(doc.settings);
      mutate(next);
      if (JSON.stringify(next) === JSON.stringify(doc.settings)) return;
      // Another read of the same typing replaces the step it made; anything else is a new step.
      const sameTyping = editSession !== null && editSession === lastEditSession && get().undoStack.length > 0;
      lastEditSession = editSession;
      const undoStack = sameTyping ? get().undoStack : [...get().undoStack, doc.settings].slice(-UNDO_LIMIT);
      // A snackbar's Undo is about the edit it reported; after another edit it would undo that one.
      const notice = get().notice?.action === 'undo' ? null : get().notice;
      set({ doc: { ...doc, settings: next }, undoStack, saveState: 'pending', notice });
      schedule();
    },

    undo() {
      if (invalidCount() > 0) {
        get().discardInvalidEntries();
        set({ notice: { severity: 'success', text: 'Invalid entry undone.', key: 'save.invalidUndone' } });
        return;
      }
      const doc = get().doc;
      const stack = get().undoStack;
      lastEditSession = null;
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
      // Nothing is saved while a field holds an entry the plan cannot take: the plan on disk would
      // no longer be what the screen shows. The save status says so and why.
      if (invalidCount() > 0) return false;
      const state = get().saveState;
      if (state !== 'pending' && state !== 'error') return state === 'saved';
      inFlight = saveOnce().finally(() => {
        inFlight = null;
      });
      return inFlight;
    },
  };
};
