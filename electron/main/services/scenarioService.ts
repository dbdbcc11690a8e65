import type { Db } from '../db/connection';
import { createRepos, type ScenarioRow } from '../db/repos';
import { SettingsSchema, type Settings } from '../../../shared/domain/settings';
import { AppError } from '../../../shared/ipc/result';
import type { ScenarioDoc, ScenarioSummary } from '../../../shared/ipc/contract';
import { insertScenario, planOf, warehouseFromRow } from './workspaceService';
import { upgradeStoredSettings, type SettingsNotice } from '../../../shared/domain/parseSettings';

/**
 * Scenarios: what-if copies of the whole plan. Plain Node over better-sqlite3; every write is one
 * immediate transaction, so a crash or a refused write leaves the previous version whole.
 */
const NAME_MAX = 120;

export function createScenarioService(db: Db, now: () => Date = () => new Date()) {
  const repos = createRepos(db);

  function row(id: number): ScenarioRow {
    const r = repos.getScenario.get(id);
    if (!r)
      throw new AppError('notFound', `Scenario ${id} does not exist`, {
        key: 'error.scenarioNotFound',
        params: { id },
      });
    return r;
  }

  function summary(id: number): ScenarioSummary {
    const s = repos.listScenarios.all().find((x) => x.id === id)!;
    return {
      id: s.id,
      name: s.name,
      isLive: s.is_live === 1,
      updatedAt: s.updated_at,
      warehouseCount: s.warehouse_count,
    };
  }

  function checkName(raw: string, selfId?: number): string {
    const name = raw.trim();
    if (!name)
      throw new AppError('invalid', 'Enter a name for the scenario.', {
        fields: [
          { field: 'name', key: 'scenarios.error.nameRequired', params: {}, message: 'Enter a name for the scenario.' },
        ],
      });
    const clash = repos.findScenarioByName.get(name);
    if (clash && clash.id !== selfId)
      throw new AppError('conflict', `A scenario named "${name}" already exists.`, {
        fields: [
          {
            field: 'name',
            key: 'scenarios.error.nameTaken',
            params: { name },
            message: `A scenario named "${name}" already exists.`,
          },
        ],
      });
    return name;
  }

  /** Two warehouses of one plan may not share a name or an id (the database refuses it): say which. */
  function checkWarehouses(settings: Settings): void {
    const names = new Set<string>();
    const ids = new Set<string>();
    for (const w of settings.warehouses) {
      const key = w.name.trim().toLowerCase();
      if (names.has(key) || ids.has(w.id))
        throw new AppError('conflict', `Two warehouses are named "${w.name}".`, {
          key: 'warehouses.error.nameTaken',
          params: { name: w.name },
        });
      names.add(key);
      ids.add(w.id);
    }
  }

  /** The name itself when free, else "name (2)", "name (3)", ... cut to fit the 120-character limit. */
  function freeName(name: string): string {
    if (!repos.findScenarioByName.get(name)) return name;
    for (let i = 2; ; i++) {
      const suffix = ` (${i})`;
      const candidate = `${name.slice(0, NAME_MAX - suffix.length).trimEnd()}${suffix}`;
      if (!repos.findScenarioByName.get(candidate)) return candidate;
    }
  }

  /**
   * The stored plan in today's format, with what upgrading it from an older one changed (said on open until it is
   * saved).
   */
  function readSettings(r: ScenarioRow): { settings: Settings; notices: SettingsNotice[] } {
    const { doc, notices } = upgradeStoredSettings(JSON.parse(r.settings) as Record<string, unknown>);
    return {
      settings: SettingsSchema.parse({
        ...doc,
        name: r.name,
        warehouses: repos.listWarehouses.all(r.id).map(warehouseFromRow),
      }),
      notices,
    };
  }

  function settingsOf(r: ScenarioRow): Settings {
    return readSettings(r).settings;
  }

  return {
    get(scenarioId: number): ScenarioDoc {
      const r = row(scenarioId);
      const { settings, notices } = readSettings(r);
      return { summary: summary(scenarioId), revision: r.revision, settings, notices };
    },

    /**
     * Saves the whole plan (its name is changed only by rename). Warehouse names must stay unique;
     * a save based on an older revision is refused rather than silently overwriting newer work.
     */
    save(scenarioId: number, baseRevision: number, settings: Settings): { revision: number; updatedAt: string } {
      checkWarehouses(settings);
      const at = now().toISOString();
      db.transaction(() => {
        const r = row(scenarioId);
        if (r.revision !== baseRevision)
          throw new AppError('conflict', 'This scenario was changed elsewhere; reload it before saving.', {
            key: 'scenarios.error.stale',
          });
        const { name: _name, warehouses, ...body } = settings;
        repos.updateScenarioSettings.run(JSON.stringify(body), at, scenarioId);
        repos.deleteWarehousesOf.run(scenarioId);
        warehouses.forEach((w, i) =>
          repos.insertWarehouse.run(scenarioId, w.id, i, w.name.trim(), w.zip, w.timeZone, JSON.stringify(planOf(w))),
        );
      }).immediate();
      return { revision: row(scenarioId).revision, updatedAt: at };
    },

    duplicate(scenarioId: number, rawName: string): ScenarioSummary {
      const source = row(scenarioId);
      let id = 0;
      db.transaction(() => {
        const name = checkName(rawName);
        id = insertScenario(db, { ...settingsOf(source), name }, { live: false, now: now() });
      }).immediate();
      return summary(id);
    },

    /**
     * A new scenario (not live, not opened) holding `settings` as they are, e.g. a plan the advisor
     * suggests, so it can be compared with the one it came from. A taken name gets a number.
     */
    createFromSettings(rawName: string, settings: Settings): ScenarioSummary {
      checkWarehouses(settings);
      let id = 0;
      db.transaction(() => {
        // An empty name gets checkName's usual refusal; a taken one a number instead.
        const name = rawName.trim() ? freeName(rawName.trim()) : checkName(rawName);
        id = insertScenario(db, { ...settings, name }, { live: false, now: now() });
      }).immediate();
      return summary(id);
    },

    rename(scenarioId: number, rawName: string): ScenarioSummary {
      row(scenarioId);
      db.transaction(() => {
        repos.renameScenario.run(checkName(rawName, scenarioId), now().toISOString(), scenarioId);
      }).immediate();
      return summary(scenarioId);
    },

    /** Deletes a scenario; the live one cannot be deleted (mark another live first), nor the last one. */
    delete(scenarioId: number): { deleted: true } {
      db.transaction(() => {
        const r = row(scenarioId);
        if (r.is_live === 1)
          throw new AppError('conflict', 'The live scenario cannot be deleted; mark another scenario as live first.', {
            key: 'scenarios.error.deleteLive',
          });
        repos.deleteScenario.run(scenarioId);
        const current = repos.getPref.get('currentScenarioId');
        if (current && JSON.parse(current.value) === scenarioId) {
          const live = repos.listScenarios.all().find((s) => s.is_live === 1) ?? repos.listScenarios.all()[0];
          repos.setPref.run('currentScenarioId', JSON.stringify(live ? live.id : null));
        }
      }).immediate();
      return { deleted: true };
    },

    setLive(scenarioId: number): ScenarioSummary[] {
      row(scenarioId);
      db.transaction(() => {
        repos.clearLive.run();
        repos.setLive.run(scenarioId);
      }).immediate();
      return repos.listScenarios.all().map((r) => summary(r.id));
    },
  };
}
export type ScenarioService = ReturnType<typeof createScenarioService>;
