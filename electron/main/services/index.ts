import type { Db } from '../db/connection';
import { createExportService, type ExportOptions } from './exportService';
import { createImportService } from './importService';
import { createOrderImportService } from './orderImportService';
import { createPlanService } from './planService';
import { createReturnsService } from './returnsService';
import { createScenarioService } from './scenarioService';
import { createWorkspaceService } from './workspaceService';

/** Every service behind the IPC handlers, over one open workspace database. */
export function createServices(
  db: Db,
  now: () => Date = () => new Date(),
  options: { version?: string } & Pick<ExportOptions, 'betweenWeeks'> = {},
) {
  return {
    workspace: createWorkspaceService(db, now),
    scenarios: createScenarioService(db, now),
    exports: createExportService(db, { version: options.version ?? '', now, betweenWeeks: options.betweenWeeks }),
    imports: createImportService(db, now),
    orders: createOrderImportService(db, now),
    plans: createPlanService(db, now),
    returns: createReturnsService(db, now),
  };
}
export type Services = ReturnType<typeof createServices>;
