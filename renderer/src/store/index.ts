import { create } from 'zustand';
import { createAppSlice, type AppSlice } from './appSlice';
import { createWarehousesSlice, type WarehousesSlice } from './warehousesSlice';
import { createPlannerSlice, type PlannerSlice } from './plannerSlice';
import { createScenariosSlice, type ScenariosSlice } from './scenariosSlice';
import { createSimulationSlice, type SimulationSlice } from './simulationSlice';
import { createAdvisorSlice, type AdvisorSlice } from './advisorSlice';
import { createReportsSlice, type ReportsSlice } from './reportsSlice';
import { createReturnsSlice, type ReturnsSlice } from './returnsSlice';

/** One store combined from feature slices; each slice calls lib/api.ts and then set(). */
export type StoreState = AppSlice &
  WarehousesSlice &
  PlannerSlice &
  ScenariosSlice &
  SimulationSlice &
  AdvisorSlice &
  ReportsSlice &
  ReturnsSlice;

export const useStore = create<StoreState>()((...a) => ({
  ...createAppSlice(...a),
  ...createWarehousesSlice(...a),
  ...createPlannerSlice(...a),
  ...createScenariosSlice(...a),
  ...createSimulationSlice(...a),
  ...createAdvisorSlice(...a),
  ...createReportsSlice(...a),
  ...createReturnsSlice(...a),
}));
