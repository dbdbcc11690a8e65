import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openWorkspace, type OpenedWorkspace } from '../../electron/main/db/workspace';
import { seedSampleWorkspace } from '../../electron/main/services/workspaceService';
import { createServices, type Services } from '../../electron/main/services';

export interface TempWorkspace {
  /** A fresh temp folder; the workspace lives in `dataDir` (this folder, or its `ws/` subfolder). */
  dir: string;
  dataDir: string;
  ws: OpenedWorkspace;
  svc: Services;
  /** The sample scenario, current and live. */
  sid: number;
  close(): void;
}

/**
 * A real workspace (the sample) in a temp folder with the real services over it, for the service and
 * IPC tests. `subfolder` keeps the workspace apart from files a test writes next to it (exports).
 */
export function openTempWorkspace(
  prefix: string,
  options: { now?: () => Date; version?: string; subfolder?: boolean } = {},
): TempWorkspace {
  const now = options.now ?? (() => new Date());
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `shipweek-${prefix}-`));
  const dataDir = options.subfolder ? path.join(dir, 'ws') : dir;
  const ws = openWorkspace({ dataDir, seed: (db) => seedSampleWorkspace(db, now()) });
  const svc = createServices(ws.db, now, options.version === undefined ? undefined : { version: options.version });
  return {
    dir,
    dataDir,
    ws,
    svc,
    sid: svc.workspace.getPrefs().currentScenarioId!,
    close() {
      ws.db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
