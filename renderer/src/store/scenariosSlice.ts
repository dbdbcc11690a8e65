import type { StateCreator } from 'zustand';
import type { Settings } from '../../../shared/domain/settings';
import type { ScenarioSummary } from '../../../shared/ipc/contract';
import { call } from '../lib/api';
import type { StoreState } from './index';
import type { MessageKey } from '../../../shared/i18n/catalogue';

export type NameOutcome =
  | { ok: true; scenario: ScenarioSummary }
  | { ok: false; error: string; key?: MessageKey; params?: Record<string, string | number> };

export interface ScenariosSlice {
  duplicateScenario(sourceId: number, name: string): Promise<NameOutcome>;
  renameScenario(id: number, name: string): Promise<NameOutcome>;
  deleteScenario(id: number): Promise<boolean>;
  setLiveScenario(id: number): Promise<boolean>;
  /**
   * Stores `settings` as a new scenario (a taken name gets a number), keeps the open plan open, and
   * goes to the Scenarios page with the two side by side in the compare view.
   */
  openSettingsAsScenario(name: string, settings: Settings): Promise<NameOutcome>;
  /** The pair the compare view should show next (set by openSettingsAsScenario), then cleared. */
  compareRequest: { a: number; b: number } | null;
  clearCompareRequest(): void;
}

export const createScenariosSlice: StateCreator<StoreState, [], [], ScenariosSlice> = (set, get) => {
  const fail = (error: {
    message: string;
    key?: MessageKey;
    params?: Record<string, string | number>;
    fields?: { key: MessageKey; params: Record<string, string | number>; message: string }[];
  }): NameOutcome => {
    const field = error.fields?.[0];
    return field
      ? { ok: false, error: field.message, key: field.key, params: field.params }
      : { ok: false, error: error.message, key: error.key, params: error.params };
  };
  const unsaved: NameOutcome = { ok: false, error: 'Your last edit is not saved yet.', key: 'save.keptUnsaved' };
  const noticeOf = (error: { message: string; key?: MessageKey; params?: Record<string, string | number> }) =>
    set({ notice: { severity: 'error', text: error.message, key: error.key, params: error.params } });

  return {
    async duplicateScenario(sourceId, name) {
      // The copy is made from the workspace: what is on screen must be saved first.
      if (!(await get().ensureSaved())) return unsaved;
      const res = await call('scenario:duplicate', { scenarioId: sourceId, name });
      if (!res.ok) return fail(res.error);
      await get().refreshScenarios();
      return { ok: true, scenario: res.value };
    },

    async renameScenario(id, name) {
      if (!(await get().ensureSaved())) return unsaved;
      const res = await call('scenario:rename', { scenarioId: id, name });
      if (!res.ok) return fail(res.error);
      await get().refreshScenarios();
      if (get().prefs.currentScenarioId === id) await get().loadScenario();
      return { ok: true, scenario: res.value };
    },

    async deleteScenario(id) {
      if (!(await get().ensureSaved())) return false;
      const res = await call('scenario:delete', { scenarioId: id });
      if (!res.ok) {
        noticeOf(res.error);
        return false;
      }
      const prefs = await call('prefs:get', {});
      if (prefs.ok) set({ prefs: prefs.value });
      await Promise.all([get().refreshScenarios(), get().loadScenario()]);
      return true;
    },

    compareRequest: null,
    clearCompareRequest() {
      set({ compareRequest: null });
    },

    async openSettingsAsScenario(name, settings) {
      // The names allow 120 characters; a long suggestion is cut at a whole character.
      const fitted = Array.from(name.trim()).slice(0, 120).join('').trim();
      const res = await call('scenario:createFromSettings', { name: fitted, settings });
      if (!res.ok) {
        noticeOf(res.error);
        return fail(res.error);
      }
      await get().refreshScenarios();
      const from = get().prefs.currentScenarioId;
      set({
        compareRequest: from === null ? null : { a: from, b: res.value.id },
        notice: { severity: 'success', text: '', key: 'advisor.opened', params: { name: res.value.name } },
      });
      get().setPage('scenarios');
      return { ok: true, scenario: res.value };
    },

    async setLiveScenario(id) {
      const res = await call('scenario:setLive', { scenarioId: id });
      if (!res.ok) {
        noticeOf(res.error);
        return false;
      }
      set({ scenarios: res.value });
      return true;
    },
  };
};
