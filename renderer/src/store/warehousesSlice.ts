import type { StateCreator } from 'zustand';
import type { Warehouse } from '../../../shared/domain/settings';
import type { WarehouseDraft, WarehouseStart } from '../../../shared/ipc/contract';
import type { FieldError } from '../../../shared/ipc/result';
import { call } from '../lib/api';
import type { StoreState } from './index';
import type { MessageKey } from '../../../shared/i18n/catalogue';

export type SaveOutcome =
  { ok: true; warehouse: Warehouse } | { ok: false; fields: FieldError[]; message: string; key?: MessageKey };

/**
 * Warehouse identity writes (name, ZIP, time zone) go through their own checked IPC calls; the list
 * the Warehouses page shows is the open plan's (plannerSlice), so it never lags the schedule.
 */
export interface WarehousesSlice {
  /** Adds (no id; `start` says how its week starts) or updates a warehouse's identity. */
  saveWarehouse(draft: WarehouseDraft, id?: string, start?: WarehouseStart): Promise<SaveOutcome>;
  deleteWarehouse(id: string): Promise<boolean>;
}

export const createWarehousesSlice: StateCreator<StoreState, [], [], WarehousesSlice> = (set, get) => ({
  async saveWarehouse(draft, id, start) {
    const scenarioId = get().prefs.currentScenarioId;
    if (scenarioId === null) return { ok: false, fields: [], message: 'No scenario selected', key: 'app.noScenario' };
    // Pending schedule edits go first, so the warehouse write does not race the autosave; an edit
    // that cannot be saved blocks the write rather than being lost by the reload after it.
    if (!(await get().ensureSaved()))
      return { ok: false, fields: [], message: 'Your last edit is not saved yet.', key: 'save.keptUnsaved' };
    const res =
      id === undefined
        ? await call('warehouse:create', { scenarioId, draft, start })
        : await call('warehouse:update', { scenarioId, id, draft });
    if (!res.ok) return { ok: false, fields: res.error.fields ?? [], message: res.error.message, key: res.error.key };
    await Promise.all([get().refreshScenarios(), get().loadScenario()]);
    return { ok: true, warehouse: res.value };
  },

  async deleteWarehouse(id) {
    const scenarioId = get().prefs.currentScenarioId;
    if (scenarioId === null) return false;
    if (!(await get().ensureSaved())) return false;
    const res = await call('warehouse:delete', { scenarioId, id });
    if (!res.ok) {
      set({ notice: { severity: 'error', text: res.error.message, key: res.error.key, params: res.error.params } });
      return false;
    }
    await Promise.all([get().refreshScenarios(), get().loadScenario()]);
    return true;
  },
});
