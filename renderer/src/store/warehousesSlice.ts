import type { StateCreator } from 'zustand';
import type { Warehouse } from '../../../shared/domain/settings';
import type { WarehouseDraft } from '../../../shared/ipc/contract';
import type { FieldError } from '../../../shared/ipc/result';
import { call } from '../lib/api';
import type { StoreState } from './index';

export type SaveOutcome = { ok: true; warehouse: Warehouse } | { ok: false; fields: FieldError[]; message: string; key?: string };

export interface WarehousesSlice {
  warehouses: Warehouse[];
  warehousesLoading: boolean;
  loadWarehouses(): Promise<void>;
  saveWarehouse(draft: WarehouseDraft, id?: string): Promise<SaveOutcome>;
  deleteWarehouse(id: string): Promise<boolean>;
}

export const createWarehousesSlice: StateCreator<StoreState, [], [], WarehousesSlice> = (set, get) => ({
  warehouses: [],
  warehousesLoading: false,

  async loadWarehouses() {
    const scenarioId = get().prefs.currentScenarioId;
    if (scenarioId === null) return set({ warehouses: [] });
    set({ warehousesLoading: true });
    const res = await call('warehouse:list', { scenarioId });
    if (res.ok) set({ warehouses: res.value, warehousesLoading: false });
    else set({ warehousesLoading: false, notice: { severity: 'error', text: res.error.message, key: res.error.key, params: res.error.params } });
  },

  async saveWarehouse(draft, id) {
    const scenarioId = get().prefs.currentScenarioId;
    if (scenarioId === null) return { ok: false, fields: [], message: 'No scenario selected', key: 'app.noScenario' };
    // Pending schedule edits go first, so the warehouse write does not race the autosave.
    await get().flushSave();
    const res = id === undefined ? await call('warehouse:create', { scenarioId, draft }) : await call('warehouse:update', { scenarioId, id, draft });
    if (!res.ok) return { ok: false, fields: res.error.fields ?? [], message: res.error.message, key: res.error.key };
    await Promise.all([get().loadWarehouses(), get().refreshScenarios(), get().loadScenario()]);
    return { ok: true, warehouse: res.value };
  },

  async deleteWarehouse(id) {
    const scenarioId = get().prefs.currentScenarioId;
    if (scenarioId === null) return false;
    await get().flushSave();
    const res = await call('warehouse:delete', { scenarioId, id });
    if (!res.ok) {
      set({ notice: { severity: 'error', text: res.error.message, key: res.error.key, params: res.error.params } });
      return false;
    }
    await Promise.all([get().loadWarehouses(), get().refreshScenarios(), get().loadScenario()]);
    return true;
  },
});
