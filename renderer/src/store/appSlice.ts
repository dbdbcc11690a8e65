import type { StateCreator } from 'zustand';
import type { Prefs, ResultOf, ScenarioSummary } from '../../../shared/ipc/contract';
import type { AppErrorShape } from '../../../shared/ipc/result';
import { call } from '../lib/api';
import type { StoreState } from './index';
import type { MessageKey } from '../../../shared/i18n/catalogue';

export const PAGES = [
  'warehouses',
  'schedule',
  'weekend',
  'simulation',
  'eligibility',
  'scenarios',
  'reports',
  'returns',
  'assumptions',
  'settings',
] as const;
export type Page = (typeof PAGES)[number];

export interface AppSlice {
  page: Page;
  /**
   * Goes to another page. While a field holds an invalid entry, the page is not left: the request
   * waits in leaveRequest for the user to stay and fix it, or discard it and go (leavePage).
   * `then` runs once the page is open (a File-menu command), and never if the user stays.
   */
  setPage(page: Page, then?: () => void): void;
  leaveRequest: Page | null;
  /** Answers the leave request: go (dropping the invalid entries) or stay. */
  answerLeaveRequest(leave: boolean): void;
  /**
   * Closes or replaces an entry form on the page (`then` does it). While a field holds an invalid
   * entry, asks first as leaving the page does: stay and fix it, or discard it, then `then` runs.
   */
  leaveForm(then: () => void): void;
  status: 'loading' | 'ready' | 'failed';
  loadError: AppErrorShape | null;
  info: ResultOf<'app:info'> | null;
  prefs: Prefs;
  scenarios: ScenarioSummary[];
  startupNoticeDismissed: boolean;
  /** The last error of a call made from anywhere in the app, shown once in a snackbar. */
  notice: {
    severity: 'success' | 'error';
    text: string;
    key?: MessageKey;
    params?: Record<string, string | number>;
    /** 'undo': the snackbar offers Undo for the edit it reports (gone once another edit is made). */
    action?: 'undo';
  } | null;
  boot(): Promise<void>;
  updatePrefs(patch: Partial<Prefs>): Promise<boolean>;
  refreshScenarios(): Promise<void>;
  /** Opens another scenario in the planner screens (pending edits are saved first). */
  selectScenario(id: number): Promise<void>;
  dismissStartupNotice(): void;
  notify(notice: AppSlice['notice']): void;
}

export const createAppSlice: StateCreator<StoreState, [], [], AppSlice> = (set, get) => {
  /** What runs once the page asked for is open, while the user answers the leave request. */
  let afterLeave: (() => void) | null = null;

  function open(page: Page) {
    // The Reports page's choices and last outcome belong to one visit of the page.
    if (get().page === 'reports' && page !== 'reports') get().resetReportsView();
    set({ page });
  }

  return {
    page: 'warehouses',
    setPage(page, then) {
      if (page !== get().page && Object.keys(get().invalidEntries).length > 0) {
        afterLeave = then ?? null;
        set({ leaveRequest: page });
        return;
      }
      open(page);
      then?.();
    },
    leaveRequest: null,
    leaveForm(then) {
      if (Object.keys(get().invalidEntries).length === 0) return then();
      afterLeave = then;
      set({ leaveRequest: get().page });
    },
    answerLeaveRequest(leave) {
      const target = get().leaveRequest;
      if (target === null) return;
      const then = afterLeave;
      afterLeave = null;
      set({ leaveRequest: null });
      if (leave) {
        get().discardInvalidEntries();
        open(target);
        then?.();
      }
      // Staying: a File-menu command that was on its way to the Reports page does not run later by surprise.
    },
    status: 'loading',
    loadError: null,
    info: null,
    prefs: { language: 'en', theme: 'system', currentScenarioId: null },
    scenarios: [],
    startupNoticeDismissed: false,
    notice: null,

    async boot() {
      const [info, prefs, scenarios] = await Promise.all([
        call('app:info', {}),
        call('prefs:get', {}),
        call('scenario:list', {}),
      ]);
      if (!info.ok) return set({ status: 'failed', loadError: info.error });
      if (!prefs.ok) return set({ status: 'failed', loadError: prefs.error });
      if (!scenarios.ok) return set({ status: 'failed', loadError: scenarios.error });
      let current = prefs.value;
      // A workspace always opens on a scenario: the saved one, else the live one, else the first.
      if (current.currentScenarioId === null || !scenarios.value.some((s) => s.id === current.currentScenarioId)) {
        const pick = scenarios.value.find((s) => s.isLive) ?? scenarios.value[0];
        if (pick) {
          const saved = await call('prefs:set', { currentScenarioId: pick.id });
          if (saved.ok) current = saved.value;
        }
      }
      set({ info: info.value, prefs: current, scenarios: scenarios.value });
      await get().loadScenario();
      set({ status: 'ready' });
    },

    async updatePrefs(patch) {
      const before = get().prefs;
      set({ prefs: { ...before, ...patch } });
      const res = await call('prefs:set', patch);
      if (!res.ok) {
        set({
          prefs: before,
          notice: { severity: 'error', text: res.error.message, key: res.error.key, params: res.error.params },
        });
        return false;
      }
      set({ prefs: res.value });
      return true;
    },

    async refreshScenarios() {
      const res = await call('scenario:list', {});
      if (res.ok) set({ scenarios: res.value });
    },

    async selectScenario(id) {
      // A plan whose last edit cannot be saved stays open: switching would throw the edit away.
      if (!(await get().ensureSaved())) return;
      if (await get().updatePrefs({ currentScenarioId: id })) await get().loadScenario();
    },

    dismissStartupNotice() {
      set({ startupNoticeDismissed: true });
    },

    notify(notice) {
      set({ notice });
    },
  };
};
