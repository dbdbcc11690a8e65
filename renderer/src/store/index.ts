import { create } from 'zustand';
import { createAppSlice, type AppSlice } from './appSlice';
import { createWarehousesSlice, type WarehousesSlice } from './warehousesSlice';
import { createPlannerSlice, type PlannerSlice } from './plannerSlice';

/** One store combined from feature slices; each slice calls lib/api.ts and then set(). */
export type StoreState = AppSlice & WarehousesSlice & PlannerSlice;

export const useStore = create<StoreState>()((...a) => ({
  ...createAppSlice(...a),
  ...createWarehousesSlice(...a),
  ...createPlannerSlice(...a),
}));
