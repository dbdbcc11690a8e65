import type { Db } from '../db/connection';
import { createScenarioService } from './scenarioService';
import { createWorkspaceService } from './workspaceService';

/** Every service behind the IPC handlers, over one open workspace database. */
export function createServices(db: Db, now: () => Date = () => new Date()) {
  return { workspace: createWorkspaceService(db, now), scenarios: createScenarioService(db, now) };
}
export type Services = ReturnType<typeof createServices>;
